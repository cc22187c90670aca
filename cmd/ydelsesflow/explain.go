package main

import (
	"io"

	"github.com/urfave/cli/v2"
)

// explainCommand is "ydelsesflow explain": a scenario with the source of every value.
func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print a scenario after extends, with the file and line of every value",
		ArgsUsage: "SCENARIO",
		Description: `Prints SCENARIO with every file it extends merged in, as one YAML document; each value
carries a comment naming the file and line it came from. Dated changes are listed under
changes: and applied by the engine from their date.`,
		Action:       cliAction(flagRules{}, explainAction),
		OnUsageError: usage,
	}
}

// explainAction prints a scenario with the source of every value.
func explainAction(_ options, args []string, stdout, _ io.Writer) error {
	if len(args) != 1 {
		return usageError{"explain needs exactly one scenario"}
	}
	sc, err := loader.Load(scenarioName(args[0]))
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
