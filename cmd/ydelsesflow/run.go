package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// runCommand is "ydelsesflow run": simulate a scenario and write its tables.
func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "simulate a scenario and print its yearly budget table",
		ArgsUsage: "[SCENARIO]",
		Description: `Simulates SCENARIO (a YAML file, or the name of an embedded scenario; default: the
embedded default.yaml) and prints, per budget year, helårspersoner, gross spending,
state refusion and the kommune's net spending per ydelse, in 1.000 kr., as the mean over
the Monte Carlo runs with the 90 % interval (P5–P95) underneath.

It also writes to the --out directory:
  tabel.txt        the printed table
  tabel.md         the same table in Markdown
  sammendrag.csv   every figure per year, state and measure (kr., full precision)
  koersler.csv     the totals of every run, year and state (kr.)
  sammendrag.json  the figures with the scenario's metadata
  resultat.json    the figures the charts are drawn from (see plot)
and with --plots the charts personer and refusion as PNG, SVG and PDF (see plot).
Files are written only when the whole run succeeded, each one atomically.

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of N persons who start in --trace-state, so that the
arithmetic can be checked by hand.

The same scenario, seed and number of runs give the same figures on any machine and
with any number of --workers.`,
		Flags:        sharedFlags(runFlags),
		Action:       cliAction(runFlags, runAction),
		OnUsageError: usage,
	}
}

// runAction simulates one scenario and writes its tables.
func runAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) > 1 {
		return usageError{fmt.Sprintf("run takes one scenario, got %d: %s", len(args), strings.Join(args, " "))}
	}
	sc, err := loader.Load(scenarioName(first(args)))
	if err != nil {
		return err
	}
	runs, seed := o.runsAndSeed(sc)
	if o.trace > 0 {
		return traceRun(o, sc, seed, stdout)
	}
	res, err := simulate(o, sc, runs, seed, stderr)
	if err != nil {
		return err
	}
	sum := res.Summarize(sc.DiscountRate)
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, runs, seed)
	meta.Files = sc.Files

	files, err := renderRun(meta, sum, res)
	if err != nil {
		return err
	}
	rmeta := meta
	if err := files.addResults(o, &results.File{Run: results.FromRun(rmeta, res, sum)}); err != nil {
		return err
	}
	if err := files.write(o.out); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	show := map[string]string{"text": "tabel.txt", "markdown": "tabel.md", "csv": "sammendrag.csv", "json": "sammendrag.json"}[o.format]
	if _, err := stdout.Write(files[show]); err != nil {
		return err
	}
	if o.format == "text" {
		fmt.Fprintln(stdout)
		files.printWritten(stdout, o.out)
	}
	return nil
}

// first returns the first argument, or "" (the default scenario).
func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

// simulate runs a scenario with a progress bar on the terminal.
func simulate(o options, sc *scenario.Scenario, runs int, seed uint64, stderr io.Writer) (*sim.Result, error) {
	bar := newProgress(stderr, runs)
	defer bar.finish()
	return sim.Run(sc.Model, sim.Options{Runs: runs, Seed: seed, Workers: o.workers, Progress: bar.update, ModelFor: arms.ModelFor(sc, seed)})
}

// renderRun renders run's tables in memory.
func renderRun(meta results.Meta, sum *sim.Summary, res *sim.Result) (outputFiles, error) {
	render := map[string]func(io.Writer) error{
		"tabel.txt":       func(w io.Writer) error { return tables.Text(w, meta, sum) },
		"tabel.md":        func(w io.Writer) error { return tables.Markdown(w, meta, sum) },
		"sammendrag.csv":  func(w io.Writer) error { return tables.SummaryCSV(w, sum) },
		"koersler.csv":    func(w io.Writer) error { return tables.RunsCSV(w, res) },
		"sammendrag.json": func(w io.Writer) error { return tables.JSON(w, meta, sum) },
	}
	files := outputFiles{}
	for name, f := range render {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", name, err)
		}
		files[name] = buf.Bytes()
	}
	return files, nil
}
