package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"ydelsesflow/internal/browser"
	"ydelsesflow/report"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/tables"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "write a Danish report for politicians as one self-contained HTML file",
		ArgsUsage: "[[BASELINE] SCENARIO...]",
		Description: `Simulates as compare does — each SCENARIO with interventions against BASELINE, or against
itself without interventions — and writes rapport.html: one HTML file with everything inlined
(charts as SVG, no scripts, no network), in Danish, for a Beskæftigelsesudvalg:
  a one-sentence headline ("… forventes at spare kommunen 2,1 mio. kr. netto over
  2027–2030; 90 % sandsynlighed for besparelse"), the key figures, the budget form
  "Økonomiske konsekvenser (1.000 kr. ekskl. moms)", the charts, the helårspersoner moved,
  which assumptions matter most (a sensitivity analysis of the first SCENARIO when its
  assumptions are uncertain numbers), the key assumptions with their sources and file:line,
  and a short method section (refusionstrappe, Monte Carlo, common random numbers).

A single SCENARIO without interventions (or none: the embedded default.yaml) gives a budget
projection report instead: the kommune's spending per ydelse and year, persons per ydelse
and the refusion picture.

Also writes resultat.json (see plot), and with --pdf rapport.pdf, printed by a headless
Chromium (Debian's chromium package). Nothing is written if anything fails.`,
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "runs", Aliases: []string{"n"}, Usage: "number of Monte Carlo runs", DefaultText: "the baseline's runs"},
			&cli.Uint64Flag{Name: "seed", Usage: "master random seed", DefaultText: "the baseline's seed"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (does not change the results)", DefaultText: "one per CPU core"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "ud", Usage: "directory for rapport.html"},
			&cli.IntFlag{Name: "sensitivity-runs", Value: 50, Usage: "Monte Carlo runs per simulation of the sensitivity analysis (0: none)"},
			&cli.BoolFlag{Name: "pdf", Usage: "also print the report to rapport.pdf with a headless Chromium"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing on standard output"},
		}, plotFlags(true)...),
		Action:       reportAction,
		OnUsageError: usage,
	}
}

func reportAction(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) == 0 {
		args = []string{""} // the default scenario, as for run
	}
	if c.IsSet("runs") && c.Int("runs") < 2 {
		return usageError{fmt.Sprintf("--runs must be at least 2, got %d", c.Int("runs"))}
	}
	if c.Int("sensitivity-runs") < 0 || c.Int("sensitivity-runs") == 1 {
		return usageError{fmt.Sprintf("--sensitivity-runs must be 0 (none) or at least 2, got %d", c.Int("sensitivity-runs"))}
	}
	var chromium browser.Chromium
	if c.Bool("pdf") {
		path, err := browser.Find()
		if err != nil {
			return fmt.Errorf("--pdf: %w", err)
		}
		chromium.Path = path
	}
	rep := &report.Report{Generated: time.Now(), Version: programVersion()}
	var err error
	if len(args) == 1 {
		sc, lerr := loader.Load(scenarioName(args[0]))
		if lerr != nil {
			return lerr
		}
		if len(sc.Model.Interventions) == 0 {
			err = projectionReport(c, rep, sc)
		} else {
			err = comparisonReport(c, rep, args)
		}
	} else {
		err = comparisonReport(c, rep, args)
	}
	if err != nil {
		return err
	}
	var html bytes.Buffer
	if err := report.Write(&html, rep); err != nil {
		return err
	}
	files := map[string][]byte{"rapport.html": html.Bytes()}
	if err := addResults(c, files, rep.Results); err != nil {
		return err
	}
	if c.Bool("pdf") {
		pdf, err := printPDF(c.Context, chromium, html.Bytes())
		if err != nil {
			return err
		}
		files["rapport.pdf"] = pdf
	}
	if err := writeFiles(c.String("out"), files); err != nil {
		return err
	}
	if !c.Bool("quiet") {
		if len(rep.Results.Comparisons) > 0 {
			fmt.Fprintln(c.App.Writer, report.Headline(rep.Results.Comparisons[0]))
		} else {
			fmt.Fprintln(c.App.Writer, report.RunHeadline(rep.Results.Run))
		}
		fmt.Fprintf(c.App.Writer, "Filer skrevet til %s/: %s\n", c.String("out"), strings.Join(fileNames(files), ", "))
	}
	return nil
}

// projectionReport simulates one scenario without interventions.
func projectionReport(c *cli.Context, rep *report.Report, sc *scenario.Scenario) error {
	runs, seed := runsAndSeed(c, sc)
	res, err := simulate(c, sc, runs, seed)
	if err != nil {
		return err
	}
	sum := res.Summarize(sc.DiscountRate)
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, runs, seed)
	rep.Title, rep.Description, rep.Files = sc.Title, sc.Description, sc.Files
	rep.Results = &results.File{Run: results.FromRun(meta, res, sum)}
	// The kommune's net spending first, then persons, gross and refusion.
	grids := tables.RunGrids(sum)
	grids[0] = paidPersons(grids[0], rep.Results.Run)
	rep.RunGrids = append(grids[len(grids)-1:], grids[:len(grids)-1]...)
	rep.Assumptions = sc.Assumptions()
	rep.SensitivityNote = "Rapporten er en fremskrivning uden indsatser; en følsomhedsanalyse af en indsats laves med en scenariefil, der har indsatser."
	return nil
}

// paidPersons keeps, of the helårspersoner table, the ydelser the kommune
// pays for, and totals those: a reader takes "I alt" for persons on
// ydelser, not for everyone the model follows (self-support, SU).
func paidPersons(g tables.Grid, r *results.Run) tables.Grid {
	unpaid := map[string]bool{}
	for _, st := range r.States {
		if !st.Paid {
			unpaid[st.Label] = true
		}
	}
	out := tables.Grid{Title: g.Title, Columns: g.Columns}
	for _, row := range g.Rows[:len(g.Rows)-1] {
		if !unpaid[row.Label] {
			out.Rows = append(out.Rows, row)
		}
	}
	total := tables.Row{Label: "I alt på ydelse", Rule: true, Total: true}
	for _, b := range r.Persons {
		total.Means = append(total.Means, tables.Number(b.Mean))
		total.Lows, total.Highs = append(total.Lows, tables.Number(b.P5)), append(total.Highs, tables.Number(b.P95))
	}
	out.Rows = append(out.Rows, total)
	return out
}

// comparisonReport simulates the arms and, if the first has uncertain
// numbers, its sensitivity analysis.
func comparisonReport(c *cli.Context, rep *report.Report, args []string) error {
	arms, err := loadArms(args)
	if err != nil {
		return err
	}
	runs, seed := arms[0].base.Runs, arms[0].base.Seed
	if c.IsSet("runs") {
		runs = c.Int("runs")
	}
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	first := arms[0].alt
	rep.Title, rep.Description = first.Title, first.Description
	rf := &results.File{}
	ar := newArmResults(arms)
	if err := ar.simulate(c, seed, 0, runs); err != nil {
		return err
	}
	cmps, err := ar.compare()
	if err != nil {
		return err
	}
	for i, a := range arms {
		cmp := cmps[i]
		meta := results.NewMeta(a.alt.Model, a.alt.Title, a.altName, a.alt.Start, runs, seed)
		meta.Baseline = a.baseName
		rf.Comparisons = append(rf.Comparisons, results.FromComparison(meta, ar.base[a.base], ar.alt[i], cmp))
		rep.Arms = append(rep.Arms, report.Arm{Budget: tables.BudgetGrid(cmp, a.alt.Model), Persons: tables.PersonsGrid(cmp, a.alt.Model)})
		for _, f := range slices.Concat(a.alt.Files, a.base.Files) {
			if !slices.Contains(rep.Files, f) {
				rep.Files = append(rep.Files, f)
			}
		}
	}
	rep.Assumptions = first.Assumptions()
	rep.Results = rf

	a := arms[0]
	switch n := c.Int("sensitivity-runs"); {
	case len(a.alt.Params)+len(a.base.Params) == 0:
		rep.SensitivityNote = "Scenariet angiver ingen af sine antagelser som usikre tal (fordelinger), så der er ikke lavet en følsomhedsanalyse. Intervallerne ovenfor viser alene den tilfældige variation mellem borgernes forløb, ikke usikkerheden om antagelserne. Se forudsætningerne nedenfor, især dem mærket UNCONFIRMED."
	case n == 0:
		rep.SensitivityNote = "Følsomhedsanalysen er fravalgt (--sensitivity-runs 0)."
	default:
		res, err := analyze(c, a, n, seed)
		if err != nil {
			return err
		}
		meta := results.NewMeta(a.alt.Model, a.alt.Title, a.altName, a.alt.Start, n, seed)
		meta.Baseline = a.baseName
		rf.Sensitivity = results.FromSensitivity(meta, res)
	}
	return nil
}

// printPDF prints the HTML page to PDF with Chromium, through a temporary
// file, within two minutes.
func printPDF(ctx context.Context, chromium browser.Chromium, html []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "ydelsesflow-report-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "rapport.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "rapport.pdf")
	if err := chromium.PDF(ctx, page, out); err != nil {
		return nil, fmt.Errorf("printing the report to PDF: %w", err)
	}
	return os.ReadFile(out)
}

// programVersion returns the module version and VCS revision the binary
// was built from, as far as the build recorded them.
func programVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(ukendt version)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			v += " " + s.Value[:7]
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += "+ændret"
		}
	}
	return v
}
