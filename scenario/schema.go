package scenario

import (
	"encoding/json"
	"fmt"

	"github.com/invopop/jsonschema"
)

//go:generate go run ../internal/genschema -src . -o ../scenarios/scenario.schema.json

// SchemaDraft is the JSON Schema dialect of the generated schema; draft-07
// is the newest one that common editors (VS Code's YAML extension) accept.
const SchemaDraft = "http://json-schema.org/draft-07/schema#"

// JSONSchema returns the JSON Schema of a scenario file, generated from File
// and the types it uses. srcDir is the directory holding this package's
// source; the doc comments found there become the schema's descriptions,
// which editors show while an economist types.
func JSONSchema(srcDir string) ([]byte, error) {
	r := &jsonschema.Reflector{ExpandedStruct: true}
	if err := r.AddGoComments("ydelsesflow/scenario", srcDir); err != nil {
		return nil, fmt.Errorf("reading doc comments in %s: %w", srcDir, err)
	}
	s := r.Reflect(&File{})
	s.Version = SchemaDraft
	s.ID = "https://ydelsesflow.dk/scenario.schema.json"
	s.Title = "ydelsesflow scenario"
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
