package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
	"ydelsesflow/tables"
)

// sensitivityCommand is "ydelsesflow sensitivity": which uncertain assumption matters.
func sensitivityCommand() *cli.Command {
	return &cli.Command{
		Name:      "sensitivity",
		Usage:     "which uncertain assumption matters: tornado and rank correlations",
		ArgsUsage: "[BASELINE] INTERVENTION",
		Description: `Analyses the uncertain numbers ({dist: ...}) of INTERVENTION and its baseline (as in
compare: the same scenario without interventions, or BASELINE):

  one-way (tornado): each uncertain number at its low and high value — P10 and P90 of its
  distribution, or low: and high: in the file — with the others at their means; the
  expected saving over the horizon for each, ordered by the spread;

  probabilistic: every uncertain number drawn in every run; the saving with its 90 %
  interval, the probability of saving, the expected loss of choosing wrongly, and
  Spearman's rank correlation between each number's draws and the saving.

Every simulation uses the same seed (common random numbers), so the spreads come from the
assumptions and not from noise. Writes sensitivitet.txt, sensitivitet.csv and resultat.json
(the figures of the charts) to --out, and with --plots the tornado chart as PNG, SVG and PDF.`,
		Flags:        sharedFlags(sensitivityFlags),
		Action:       cliAction(sensitivityFlags, sensitivityAction),
		OnUsageError: usage,
	}
}

// sensitivityAction analyses which uncertain numbers of an intervention
// scenario matter, and writes the tornado and the rank correlations.
func sensitivityAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) < 1 || len(args) > 2 {
		return usageError{"sensitivity takes one intervention scenario, optionally after its baseline"}
	}
	list, err := loadArms(args)
	if err != nil {
		return err
	}
	a := list[0]
	runs, seed := o.runs, a.Base.Seed
	if o.seedSet {
		seed = o.seed
	}
	res, err := analyze(o, a, runs, seed, stderr)
	if err != nil {
		return err
	}
	meta := results.NewMeta(a.Alt.Model, a.Alt.Title, a.AltName, a.Alt.Start, runs, seed)
	meta.Baseline = a.BaseName
	var txt, csv bytes.Buffer
	if err := tables.SensitivityText(&txt, meta, res); err != nil {
		return err
	}
	if err := tables.SensitivityCSV(&csv, res); err != nil {
		return err
	}
	files := outputFiles{"sensitivitet.txt": txt.Bytes(), "sensitivitet.csv": csv.Bytes()}
	if err := files.addResults(o, &results.File{Sensitivity: results.FromSensitivity(meta, res)}); err != nil {
		return err
	}
	if err := files.write(o.out); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	if _, err := stdout.Write(txt.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	files.printWritten(stdout, o.out)
	return nil
}

// analyze runs the sensitivity analysis of an arm with a progress bar.
func analyze(o options, a arms.Arm, runs int, seed uint64, stderr io.Writer) (*sensitivity.Result, error) {
	var bar *progress
	res, err := sensitivity.Analyze(a.Base, a.Alt, a.Alt.DiscountRate, sensitivity.Options{
		Runs: runs, Seed: seed, Workers: o.workers,
		Progress: func(done, total int) {
			if bar == nil {
				bar = newProgress(stderr, total)
			}
			bar.update(done)
		},
	})
	if bar != nil {
		bar.finish()
	}
	return res, err
}
