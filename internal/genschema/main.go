// Command genschema writes the JSON Schema of ydelsesflow scenario files,
// generated from the Go types in package scenario. It is run by go generate
// in package scenario; a test there fails when the committed schema drifts
// from the types.
package main

import (
	"flag"
	"fmt"
	"os"

	"ydelsesflow/scenario"
)

func main() {
	src := flag.String("src", ".", "directory of package scenario's source (for doc comments)")
	out := flag.String("o", "scenario.schema.json", "output file")
	flag.Parse()
	b, err := scenario.JSONSchema(*src)
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
}
