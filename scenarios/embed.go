// Package scenarios holds the scenario files shipped inside the ydelsesflow
// binary, and the JSON Schema that editors use to check them.
package scenarios

import "embed"

// FS holds every embedded scenario file and scenario.schema.json.
//
//go:embed *.yaml scenario.schema.json */*.yaml */*.csv
var FS embed.FS

// Default is the name of the scenario used when none is given.
const Default = "default.yaml"
