package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/scenario"
)

// validateCommand is "ydelsesflow validate": check scenario files.
func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check scenario files and report every problem with file:line:col",
		ArgsUsage: "FILE...",
		Description: `Reads each FILE with everything it extends, and reports every problem found —
unknown or misspelt keys, wrong types, destination shares that do not sum to 1, unknown
states, negative rates, a start that is not a Monday, extends cycles — with file, line,
column and key path. Exits with status 1 if any file has a problem.`,
		Action:       cliAction(flagRules{}, validateAction),
		OnUsageError: usage,
	}
}

// validateAction loads each file and prints its problems, or a line saying
// it is fine.
func validateAction(_ options, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"validate needs at least one scenario file"}
	}
	bad := 0
	for _, arg := range args {
		sc, err := loader.Load(scenarioName(arg))
		if err != nil {
			var list scenario.ErrorList
			if !errors.As(err, &list) {
				return err
			}
			printProblems(stderr, list)
			bad++
			continue
		}
		m := sc.Model
		fmt.Fprintf(stdout, "%s: ok (%d states, %d groups, %d weeks in %d budget years, %d dated changes)\n",
			arg, len(m.States), len(m.Groups), m.Weeks, len(m.Years), len(sc.Epochs)-1+extraChanges(sc))
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "%d of %d files have problems.\n", bad, len(args))
		return exitError{1}
	}
	return nil
}

// extraChanges counts changes that share an epoch with another change or
// start the first epoch.
func extraChanges(sc *scenario.Scenario) int {
	n := 0
	for i, e := range sc.Epochs {
		if i == 0 {
			n += len(e.Changes)
		} else {
			n += len(e.Changes) - 1
		}
	}
	return n
}
