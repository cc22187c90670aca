package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
	"ydelsesflow/tables"
)

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
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "runs", Aliases: []string{"n"}, Value: 100, Usage: "Monte Carlo runs per simulation"},
			&cli.Uint64Flag{Name: "seed", Usage: "master random seed", DefaultText: "the baseline's seed"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (does not change the results)", DefaultText: "one per CPU core"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "ud", Usage: "directory for the output files"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing on standard output; only write the files"},
		}, plotFlags(true)...),
		Action:       sensitivityAction,
		OnUsageError: usage,
	}
}

func sensitivityAction(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) < 1 || len(args) > 2 {
		return usageError{"sensitivity takes one intervention scenario, optionally after its baseline"}
	}
	if c.Int("runs") < 2 {
		return usageError{fmt.Sprintf("--runs must be at least 2, got %d", c.Int("runs"))}
	}
	arms, err := loadArms(args)
	if err != nil {
		return err
	}
	a := arms[0]
	seed := a.base.Seed
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	res, err := analyze(c, a, c.Int("runs"), seed)
	if err != nil {
		return err
	}
	meta := results.NewMeta(a.alt.Model, a.alt.Title, a.altName, a.alt.Start, c.Int("runs"), seed)
	meta.Baseline = a.baseName
	var txt, csv bytes.Buffer
	if err := tables.SensitivityText(&txt, meta, res); err != nil {
		return err
	}
	if err := tables.SensitivityCSV(&csv, res); err != nil {
		return err
	}
	files := map[string][]byte{"sensitivitet.txt": txt.Bytes(), "sensitivitet.csv": csv.Bytes()}
	if err := addResults(c, files, &results.File{Sensitivity: results.FromSensitivity(meta, res)}); err != nil {
		return err
	}
	if err := writeFiles(c.String("out"), files); err != nil {
		return err
	}
	if !c.Bool("quiet") {
		c.App.Writer.Write(txt.Bytes())
		fmt.Fprintf(c.App.Writer, "\nFiler skrevet til %s/: %s\n", c.String("out"), strings.Join(fileNames(files), ", "))
	}
	return nil
}

// analyze runs the sensitivity analysis of an arm with a progress bar.
func analyze(c *cli.Context, a arm, runs int, seed uint64) (*sensitivity.Result, error) {
	var bar *progress
	res, err := sensitivity.Analyze(a.base, a.alt, a.alt.DiscountRate, sensitivity.Options{
		Runs: runs, Seed: seed, Workers: c.Int("workers"),
		Progress: func(done, total int) {
			if bar == nil {
				bar = newProgress(c.App.ErrWriter, total)
			}
			bar.update(done)
		},
	})
	if bar != nil {
		bar.finish()
	}
	return res, err
}
