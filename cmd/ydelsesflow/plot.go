package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/results"
)

// plotCommand is "ydelsesflow plot": redraw the charts of saved results.
func plotCommand() *cli.Command {
	return &cli.Command{
		Name:      "plot",
		Usage:     "draw the charts of saved results",
		ArgsUsage: "RESULT_DIR",
		Description: `Draws every chart that the results in RESULT_DIR/` + resultsName + ` hold data for — written there by
run, compare or sensitivity — without simulating again:
  personer              persons per ydelse week by week (run)
  refusion              gross, state refusion and net per year, and the persons on each step
                        of the refusionstrappe (run)
  budget                the saving per budget year: ydelser saved, cost of the intervention,
                        net with its 90 % interval (compare)
  besparelse-akkumuleret  the cumulative saving as a fan chart with the break-even week (compare)
  besparelse-fordeling  the distribution of the saving over the budget period with P(saving > 0)
                        (compare)
  personer-med-og-uden  persons in the ydelser the intervention changes most, with and without
                        (compare)
  tornado               the one-way sensitivity analysis (sensitivity)
each as PNG, SVG and PDF, into --out (default: RESULT_DIR). With several interventions, the
charts of the second and later end in -2, -3, ….`,
		Flags:        sharedFlags(plotFlags),
		Action:       cliAction(plotFlags, plotAction),
		OnUsageError: usage,
	}
}

// plotAction draws the charts of RESULT_DIR/resultat.json.
func plotAction(o options, args []string, stdout, _ io.Writer) error {
	if len(args) != 1 {
		return usageError{"plot needs one RESULT_DIR, the --out directory of a run, compare or sensitivity"}
	}
	dir := args[0]
	rf, err := readResults(dir)
	if err != nil {
		return err
	}
	files := outputFiles{}
	if err := files.addCharts(o, rf); err != nil {
		return err
	}
	out := dir
	if o.out != "" {
		out = o.out
	}
	if err := files.write(out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Figurer skrevet til %s/: %s\n", out, strings.Join(files.names(), ", "))
	return nil
}

// readResults reads dir/resultat.json.
func readResults(dir string) (*results.File, error) {
	name := filepath.Join(dir, resultsName)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s does not exist; run, compare or sensitivity with --out %s writes it", name, dir)
	}
	if err != nil {
		return nil, err
	}
	rf, err := results.Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return rf, nil
}
