package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/results"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// compareCommand is "ydelsesflow compare": interventions against a baseline, as the budget form.
func compareCommand() *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "compare interventions with a baseline, as the kommune's budget table",
		ArgsUsage: "[BASELINE] INTERVENTION...",
		Description: `Simulates BASELINE and each INTERVENTION scenario on common random numbers — the same
seed and the same random numbers per person, keyed by the person's identity — so that a
participant's life differs only where the intervention acts, and prints for each
intervention the table "Økonomiske konsekvenser (1.000 kr. ekskl. moms)": one column per
budget year and the total, lines for each intervention cost, the change in ydelser
(gross), in state refusion and net, and the kommune's net change; + is extra spending,
− a saving; each figure the mean over the runs with the 90 % interval underneath. Below
it: the saving per year with its Monte Carlo error, P5/P50/P95 and the probability that
it saves money, the present value at the scenario's discount rate, the break-even week,
and the helårspersoner moved between ydelser.

With a single scenario, its baseline is the same scenario without its interventions.

--runs auto adds runs — 100, then doubling — until the Monte Carlo error of every total
saving is below --precision kr., or --max-runs is reached, and says which. The figures equal
those of a fixed --runs of the same number.
A scenario may be FILE#VARIANT to choose one of the variants the file declares.

Writes to the --out directory:
  sammenligning.txt   the printed tables
  sammenligning.md    the same in Markdown
  sammenligning.csv   every figure in kr. with mean, sd, MC error, P5, P50, P95
  resultat.json       the figures the charts are drawn from (see plot)
and with --plots the charts budget, besparelse-akkumuleret, besparelse-fordeling and
personer-med-og-uden as PNG, SVG and PDF (see plot).

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of the first N persons whose path the interventions
change (or who start in --trace-state), in the baseline and with the interventions, so that
the arithmetic can be checked by hand; unpaid weeks in one state share a line.`,
		Flags:        sharedFlags(compareFlags),
		Action:       cliAction(compareFlags, compareAction),
		OnUsageError: usage,
	}
}

// compareAction simulates each intervention scenario against its baseline
// and writes the budget tables.
func compareAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"compare needs at least one scenario with interventions"}
	}
	list, err := loadArms(args)
	if err != nil {
		return err
	}
	runs, seed := o.runsAndSeed(list[0].Base)
	if o.trace > 0 {
		return traceArms(o, list[0], seed, stdout)
	}

	ar := arms.New(list)
	opts, done := armOptions(o, seed, stderr)
	defer done()
	note := ""
	var cmps []*sim.Comparison
	if o.auto {
		var stop arms.Stop
		if cmps, stop, err = ar.Auto(opts, o.precision, o.maxRuns); err != nil {
			return err
		}
		done()
		runs, note = stop.Runs, autoNote(stop, o.precision)
		fmt.Fprintln(stderr, note)
	} else {
		if err := ar.Simulate(opts, 0, runs); err != nil {
			return err
		}
		if cmps, err = ar.Compare(); err != nil {
			return err
		}
	}
	files, rf, err := renderComparisons(ar, cmps, runs, seed, note)
	if err != nil {
		return err
	}
	if err := files.addResults(o, rf); err != nil {
		return err
	}
	if err := files.write(o.out); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	show := map[string]string{"text": "sammenligning.txt", "markdown": "sammenligning.md", "csv": "sammenligning.csv"}[o.format]
	if _, err := stdout.Write(files[show]); err != nil {
		return err
	}
	if o.format == "text" {
		fmt.Fprintln(stdout)
		files.printWritten(stdout, o.out)
	}
	return nil
}

// autoNote says why --runs auto stopped.
func autoNote(stop arms.Stop, precision float64) string {
	if stop.Reached {
		return fmt.Sprintf("--runs auto: stoppede efter %d kørsler, da MC-fejlen på den samlede besparelse (%s kr.) var under målet %s kr.",
			stop.Runs, tables.Number(stop.Worst), tables.Number(precision))
	}
	return fmt.Sprintf("--runs auto: loftet på %d kørsler (--max-runs) nået; MC-fejlen på den samlede besparelse (%s kr.) er stadig over målet %s kr.",
		stop.Runs, tables.Number(stop.Worst), tables.Number(precision))
}

// renderComparisons renders the budget tables of the comparisons of
// ar's arms (sammenligning.txt, .md, .csv) and the figures of their charts.
func renderComparisons(ar *arms.Results, cmps []*sim.Comparison, runs int, seed uint64, note string) (outputFiles, *results.File, error) {
	var txt, md, csv bytes.Buffer
	rf := &results.File{}
	for i, a := range ar.Arms {
		cmp := cmps[i]
		rmeta := results.NewMeta(a.Alt.Model, a.Alt.Title, a.AltName, a.Alt.Start, runs, seed)
		rmeta.Baseline = a.BaseName
		rf.Comparisons = append(rf.Comparisons, results.FromComparison(rmeta, ar.Base[a.Base], ar.Alt[i], cmp))
		meta := rmeta
		meta.Note = note
		if i > 0 {
			txt.WriteString("\n\n")
			md.WriteString("\n")
		}
		if err := tables.CompareText(&txt, meta, cmp, a.Alt.Model); err != nil {
			return nil, nil, err
		}
		if err := tables.CompareMarkdown(&md, meta, cmp, a.Alt.Model); err != nil {
			return nil, nil, err
		}
		if err := tables.CompareCSV(&csv, meta, cmp, a.Alt.Model, i == 0); err != nil {
			return nil, nil, err
		}
	}
	mdDoc := append([]byte("# Økonomiske konsekvenser\n\n"), md.Bytes()...)
	return outputFiles{"sammenligning.txt": txt.Bytes(), "sammenligning.md": mdDoc, "sammenligning.csv": csv.Bytes()}, rf, nil
}

// armOptions returns the options of simulating arms, with a progress bar
// on stderr per batch of runs, and a function that removes the bar shown.
func armOptions(o options, seed uint64, stderr io.Writer) (arms.Options, func()) {
	var bar *progress
	finish := func() {
		if bar != nil {
			bar.finish()
			bar = nil
		}
	}
	update := func(done, total int) {
		if done == 0 {
			finish()
			bar = newProgress(stderr, total)
		}
		bar.update(done)
	}
	return arms.Options{Seed: seed, Workers: o.workers, Progress: update}, finish
}
