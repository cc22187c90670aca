package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/scenario"
)

// validateCommand is "ydelsesflow validate": check scenario files.
func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     msg.T(lang, "kontrollér scenariefiler og vis hvert problem med fil:linje:kolonne"),
		ArgsUsage: msg.T(lang, "FIL..."),
		Description: msg.T(lang, `Læser hver FIL med alt, hvad den bygger på (extends), og viser hvert problem, der findes —
ukendte eller forkert stavede nøgler, forkerte typer, destinationsandele, der ikke summer til
1, ukendte tilstande, negative satser, en start, der ikke er en mandag, ring af extends — med
fil, linje, kolonne og nøglesti. Afslutter med status 1, hvis en fil har et problem.`),
		Action:       cliAction(flagRules{}, validateAction),
		OnUsageError: usage,
	}
}

// validateAction loads each file and prints its problems, or a line saying
// it is fine.
func validateAction(_ options, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("validate kræver mindst én scenariefil")
	}
	bad := 0
	for _, arg := range args {
		sc, err := (options{}).loader().Load(scenarioName(arg))
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
		fmt.Fprintln(stdout, msg.Sprintf(lang, "%s: ok (%s, %s, %s i %s, %s)", arg,
			count(lang, len(m.States), "tilstand", "tilstande"), count(lang, len(m.Groups), "gruppe", "grupper"),
			count(lang, m.Weeks, "uge", "uger"), count(lang, len(m.Years), "budgetår", "budgetår"),
			count(lang, len(sc.Epochs)-1+extraChanges(sc), "dateret ændring", "daterede ændringer")))
	}
	if bad > 0 {
		fmt.Fprintln(stderr, msg.Sprintf(lang, "%d af %s har problemer.", bad, count(lang, len(args), "fil", "filer")))
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
