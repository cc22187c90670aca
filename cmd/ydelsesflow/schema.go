package main

import (
	"io"
	"io/fs"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/scenarios"
)

// schemaCommand is "ydelsesflow schema": the JSON Schema of scenario files.
func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: msg.T(lang, "udskriv JSON Schema for scenariefiler, til editorer"),
		Description: msg.T(lang, `Udskriver JSON Schema (draft-07) for scenariefiler. Gem det ved siden af dit scenarie, og
begynd scenariet med linjen
  # yaml-language-server: $schema=./scenario.schema.json
så fuldfører og kontrollerer VS Code (med YAML-udvidelsen) nøglerne, mens du skriver.`),
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
