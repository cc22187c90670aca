package main

import (
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
)

// explainCommand is "ydelsesflow explain": a scenario with the source of every value.
func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     msg.T(lang, "udskriv et scenarie efter extends med fil og linje for hver værdi"),
		ArgsUsage: msg.T(lang, "SCENARIE"),
		Description: msg.T(lang, `Udskriver SCENARIE med alle de filer, det bygger på (extends), flettet ind som ét
YAML-dokument; hver værdi har en kommentar med den fil og linje, den kommer fra. Daterede
ændringer står under changes: og gælder i motoren fra deres dato.`),
		Action:       cliAction(flagRules{}, explainAction),
		OnUsageError: usage,
	}
}

// explainAction prints a scenario with the source of every value.
func explainAction(_ options, args []string, stdout, _ io.Writer) error {
	if len(args) != 1 {
		return usagef("explain kræver præcis ét scenarie")
	}
	sc, err := (options{}).loader().Load(scenarioName(args[0]))
	if err != nil {
		return err
	}
	out, err := sc.Explain()
	if err != nil {
		return err
	}
	_, err = stdout.Write(out)
	return err
}
