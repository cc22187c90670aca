// Command ydelsesflow simulates citizens flowing between Danish benefits
// (ydelser) week by week, prices every week with the refusionstrappe, and
// prints per-budget-year tables in 1.000 kr. with Monte Carlo uncertainty.
//
// Usage:
//
//	ydelsesflow run [SCENARIO]              simulate and write tables (default: the embedded default scenario)
//	ydelsesflow compare [BASE] ALT...       compare interventions with a baseline: the budget table
//	ydelsesflow sensitivity [BASE] ALT      which uncertain assumption matters (tornado, rank correlations)
//	ydelsesflow report [[BASE] SCENARIO...] write the Danish report for politicians (rapport.html)
//	ydelsesflow plot RESULT_DIR             redraw the charts of saved results (resultat.json)
//	ydelsesflow validate FILE...            check scenario files
//	ydelsesflow scenarios                   list the embedded scenarios
//	ydelsesflow explain SCENARIO            print a scenario after extends, with each value's source
//	ydelsesflow schema                      print the JSON Schema of scenario files
//
// Run "ydelsesflow help COMMAND" for the flags of a command.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// exitError carries an exit code and a message already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// run runs the CLI with args and returns the process exit code: 0 on
// success, 1 for a problem in the input or while writing, 2 for a usage
// mistake.
func run(args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && args[1] != "help" && args[1] != "h" && app.Command(args[1]) == nil {
		fmt.Fprintf(stderr, "ydelsesflow: no command %q; the commands are %s (see ydelsesflow --help)\n", args[1], commandList(app))
		return 2
	}
	err := app.Run(flagsFirst(app, args))
	if err == nil {
		return 0
	}
	var ee exitError
	var list scenario.ErrorList
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &list):
		printErrors(stderr, list)
		return 1
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "ydelsesflow: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "ydelsesflow: %v\n", err)
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg + " (see ydelsesflow --help)" }

// printProblems prints scenario problems, each with the offending line.
func printProblems(w io.Writer, list scenario.ErrorList) {
	for _, e := range list {
		fmt.Fprintf(w, "%s\n", e)
		if s := e.Snippet(); s != "" {
			fmt.Fprintf(w, "%s\n", s)
		}
	}
}

// printErrors prints scenario problems that stopped a command.
func printErrors(w io.Writer, list scenario.ErrorList) {
	printProblems(w, list)
	noun := "problems"
	if len(list) == 1 {
		noun = "problem"
	}
	fmt.Fprintf(w, "%d %s found; nothing was written.\n", len(list), noun)
}

// newApp returns the command line application, writing to stdout and
// stderr.
func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "ydelsesflow",
		Usage: "budget the kommune's benefit spending with a Monte Carlo flow model and the refusionstrappe",
		Description: `ydelsesflow follows simulated citizens week by week between sygedagpenge, jobafklaring,
ressourceforløb, fleksjob, ledighedsydelse, førtidspension, kontanthjælp, revalidering and
self-support, prices every week with the state's refusion (` + sim.Refusionstrappe.Percents() + `), and reports the
kommune's gross and net spending per budget year in 1.000 kr. with a 90 % interval.

Scenarios are YAML files; "ydelsesflow scenarios" lists the ones built in.`,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: false,
		Commands:        []*cli.Command{runCommand(), compareCommand(), sensitivityCommand(), reportCommand(), plotCommand(), validateCommand(), scenariosCommand(), explainCommand(), schemaCommand()},
		OnUsageError:    usage,
	}
}

// commandList lists the app's commands for a message: "run, compare, …
// and schema".
func commandList(app *cli.App) string {
	var names []string
	for _, c := range app.VisibleCommands() {
		if c.Name != "help" {
			names = append(names, c.Name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// usage turns a flag parsing error into a usageError.
func usage(_ *cli.Context, err error, _ bool) error { return usageError{err.Error()} }

// flagsFirst moves a command's flags before its arguments, so that
// "ydelsesflow run my.yaml --runs 50" works like "ydelsesflow run --runs 50
// my.yaml" (urfave/cli/v2 stops reading flags at the first argument).
// Everything after "--" is left alone.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var flags, rest []string
	tail := args[2:]
	for i := 0; i < len(tail); i++ {
		a := tail[i]
		if a == "--" {
			rest = append(rest, tail[i:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(tail) {
			flags = append(flags, tail[i+1])
			i++
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	return append(out, rest...)
}
