package main

import (
	"io"
	"io/fs"

	"github.com/urfave/cli/v2"

	"ydelsesflow/scenarios"
)

// schemaCommand is "ydelsesflow schema": the JSON Schema of scenario files.
func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the JSON Schema of scenario files, for editors",
		Description: `Prints the JSON Schema (draft-07) of scenario files. Save it next to your scenario and
start the scenario with the line
  # yaml-language-server: $schema=./scenario.schema.json
and VS Code (with the YAML extension) completes and checks keys while you type.`,
		Action:       cliAction(flagRules{}, schemaAction),
		OnUsageError: usage,
	}
}

// schemaAction prints the JSON Schema of scenario files.
func schemaAction(_ options, _ []string, stdout, _ io.Writer) error {
	b, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		return err
	}
	_, err = stdout.Write(b)
	return err
}
