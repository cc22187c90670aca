package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/plots"
	"ydelsesflow/results"
)

// resultsName is the file in which run, compare and sensitivity save the
// figures the charts and the report are drawn from.
const resultsName = "resultat.json"

// plotFlags are the flags of every command that can draw charts.
func plotFlags(withSwitch bool) []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "lang", Value: "da", Usage: "language of the charts: da or en"},
		&cli.StringFlag{Name: "plot-formats", Value: strings.Join(plots.Formats, ","), Usage: "chart file formats, comma-separated: png, svg, pdf"},
	}
	if withSwitch {
		flags = append([]cli.Flag{&cli.BoolFlag{Name: "plots", Aliases: []string{"p"}, Usage: "also draw the charts (PNG, SVG, PDF) into --out"}}, flags...)
	}
	return flags
}

// plotOptions reads --lang and --plot-formats.
func plotOptions(c *cli.Context) (plots.Options, []string, error) {
	lang, err := msg.ParseLang(c.String("lang"))
	if err != nil {
		return plots.Options{}, nil, usageError{"--lang: " + err.Error()}
	}
	var formats []string
	for _, f := range strings.Split(c.String("plot-formats"), ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		if !slices.Contains(plots.Formats, f) {
			return plots.Options{}, nil, usageError{fmt.Sprintf("--plot-formats: unknown format %q; use %s", f, strings.Join(plots.Formats, ", "))}
		}
		if !slices.Contains(formats, f) {
			formats = append(formats, f)
		}
	}
	return plots.Options{Lang: lang}, formats, nil
}

// addResults adds resultat.json, and the charts if --plots is set, to files.
func addResults(c *cli.Context, files map[string][]byte, rf *results.File) error {
	var buf bytes.Buffer
	if err := results.Write(&buf, rf); err != nil {
		return fmt.Errorf("rendering %s: %w", resultsName, err)
	}
	files[resultsName] = buf.Bytes()
	if !c.Bool("plots") {
		return nil
	}
	o, formats, err := plotOptions(c)
	if err != nil {
		return err
	}
	return addCharts(files, rf, o, formats)
}

// addCharts renders every chart of rf in every format into files.
func addCharts(files map[string][]byte, rf *results.File, o plots.Options, formats []string) error {
	for _, ch := range plots.All(rf, o) {
		for _, f := range formats {
			var buf bytes.Buffer
			if err := ch.Render(&buf, f); err != nil {
				return fmt.Errorf("drawing %s.%s: %w", ch.Name, f, err)
			}
			files[ch.Name+"."+f] = buf.Bytes()
		}
	}
	return nil
}

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
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "directory for the charts", DefaultText: "RESULT_DIR"},
		}, plotFlags(false)...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError{"plot needs one RESULT_DIR, the --out directory of a run, compare or sensitivity"}
			}
			dir := c.Args().First()
			o, formats, err := plotOptions(c)
			if err != nil {
				return err
			}
			rf, err := readResults(dir)
			if err != nil {
				return err
			}
			files := map[string][]byte{}
			if err := addCharts(files, rf, o, formats); err != nil {
				return err
			}
			out := dir
			if c.IsSet("out") {
				out = c.String("out")
			}
			if err := writeFiles(out, files); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "Figurer skrevet til %s/: %s\n", out, strings.Join(fileNames(files), ", "))
			return nil
		},
		OnUsageError: usage,
	}
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
