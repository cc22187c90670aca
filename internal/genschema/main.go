// Command genschema writes scenarios/scenario.schema.json, the JSON Schema
// of ydelsesflow scenario files, generated from the Go types in package
// scenario and their doc comments. go generate runs it from package
// scenario:
//
//	go generate ./scenario
//
// Its test fails when the committed schema drifts from the types. It is a
// command of its own so that the JSON Schema library it uses is not linked
// into bin/ydelsesflow, which serves the committed file.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	src := flag.String("src", ".", "directory of package scenario's source (for doc comments)")
	out := flag.String("o", "scenario.schema.json", "output file")
	flag.Parse()
	b, err := schema(*src)
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
}
