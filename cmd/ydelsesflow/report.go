package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"time"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/internal/browser"
	"ydelsesflow/msg"
	"ydelsesflow/report"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// reportCommand is "ydelsesflow report": the Danish report for politicians.
func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     msg.T(lang, "skriv en dansk rapport til politikerne som én selvstændig HTML-fil"),
		ArgsUsage: msg.T(lang, "[[BASIS] SCENARIE...]"),
		Description: msg.T(lang, `Simulerer som compare — hvert SCENARIE med indsatser mod BASIS eller mod sig selv uden
indsatser — og skriver rapport.html: én HTML-fil med alt indlejret (diagrammer som SVG,
ingen scripts, intet netværk), på dansk, til et beskæftigelsesudvalg:
  en overskrift på én sætning ("… forventes at spare kommunen 2,1 mio. kr. netto over
  2027–2030; 90 % sandsynlighed for besparelse"), nøgletallene, budgetskemaet
  "Økonomiske konsekvenser (1.000 kr., 2027-priser, ekskl. moms)", diagrammerne, de helårspersoner, der
  flyttes, hvilke antagelser der betyder mest (en følsomhedsanalyse af det første SCENARIE,
  når dets antagelser er usikre tal), de vigtigste antagelser med kilder og fil:linje og et
  kort metodeafsnit (refusionstrappen, Monte Carlo, fælles tilfældige tal).

Et enkelt SCENARIE uden indsatser (eller intet: det indbyggede default.yaml) giver i stedet
en budgetfremskrivning: kommunens udgifter pr. ydelse og år, personer pr. ydelse og
refusionsbilledet.

Skriver også resultat.json (se plot) og med --pdf rapport.pdf, udskrevet af en headless
Chromium (Debians pakke chromium). Intet skrives, hvis noget går galt.`),
		Flags: append(sharedFlags(reportFlags),
			&cli.IntFlag{Name: "sensitivity-runs", Value: 50, Usage: msg.T(lang, "Monte Carlo-kørsler pr. simulering i følsomhedsanalysen (0: ingen)")},
			&cli.BoolFlag{Name: "pdf", Usage: msg.T(lang, "udskriv også rapporten til rapport.pdf med en headless Chromium"), DisableDefaultText: true},
		),
		Action: func(c *cli.Context) error {
			o, err := parseOptions(c, reportFlags)
			if err != nil {
				return err
			}
			ro := reportOptions{sensitivityRuns: c.Int("sensitivity-runs"), pdf: c.Bool("pdf")}
			return reportAction(c.Context, o, ro, c.Args().Slice(), c.App.Writer, c.App.ErrWriter)
		},
		OnUsageError: usage,
	}
}

// reportOptions are report's own flags.
type reportOptions struct {
	sensitivityRuns int  // --sensitivity-runs: 0 (none) or at least 2
	pdf             bool // --pdf
}

// reportAction simulates as compare (or run, for a scenario without
// interventions) and writes the report.
func reportAction(ctx context.Context, o options, ro reportOptions, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		args = []string{""} // the default scenario, as for run
	}
	if ro.sensitivityRuns < 0 || ro.sensitivityRuns == 1 {
		return usagef("--sensitivity-runs skal være 0 (ingen) eller mindst 2, fik %d", ro.sensitivityRuns)
	}
	var chromium browser.Chromium
	if ro.pdf {
		path, err := browser.Find()
		if err != nil {
			return msg.Errorf("--pdf: %w", err)
		}
		chromium.Path = path
	}
	rep := &report.Report{Generated: time.Now(), Version: programVersion()}
	var err error
	if len(args) == 1 {
		sc, lerr := o.loader().Load(scenarioName(args[0]))
		if lerr != nil {
			return lerr
		}
		if len(sc.Model.Interventions) == 0 {
			err = projectionReport(o, rep, sc, stderr)
		} else {
			err = comparisonReport(o, ro, rep, args, stderr)
		}
	} else {
		err = comparisonReport(o, ro, rep, args, stderr)
	}
	if err != nil {
		return err
	}
	var html bytes.Buffer
	if err := report.Write(&html, rep); err != nil {
		return err
	}
	files := outputFiles{"rapport.html": html.Bytes()}
	if err := files.addResults(o, rep.Results); err != nil {
		return err
	}
	if ro.pdf {
		pdf, err := printPDF(ctx, chromium, html.Bytes())
		if err != nil {
			return err
		}
		files["rapport.pdf"] = pdf
	}
	if err := files.write(o.out, scenarioSet("report", args)); err != nil {
		return err
	}
	if !o.quiet {
		if len(rep.Results.Comparisons) > 0 {
			fmt.Fprintln(stdout, report.Headline(rep.Results.Comparisons[0]))
		} else {
			fmt.Fprintln(stdout, report.RunHeadline(rep.Results.Run))
		}
		files.printWritten(stdout, "Filer skrevet til %s/: %s", o.out)
	}
	return nil
}

// projectionReport simulates one scenario without interventions.
func projectionReport(o options, rep *report.Report, sc *scenario.Scenario, stderr io.Writer) error {
	runs, seed := o.runsAndSeed(sc)
	res, err := simulate(o, sc, runs, seed, false, stderr)
	if err != nil {
		return err
	}
	sum := res.Summarize(sc.DiscountRate)
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, runs, seed)
	rep.Title, rep.Description, rep.Files = sc.Title, sc.Description, sc.Files
	rep.Results = &results.File{Run: results.FromRun(meta, res, sum)}
	// The kommune's net spending first, then persons, gross and refusion,
	// and the memo of what Udbetaling Danmark and the a-kasser paid out last.
	grids := tables.RunGrids(sum)
	grids[sim.FullTimePersons] = tables.PaidPersons(grids[sim.FullTimePersons], rep.Results.Run)
	rep.RunGrids = append(append([]tables.Grid{grids[sim.Net]}, grids[:sim.Net]...), grids[sim.Net+1:]...)
	rep.Assumptions = sc.Assumptions()
	rep.SensitivityNote = msg.T(lang, "Rapporten er en fremskrivning uden indsatser; en følsomhedsanalyse af en indsats laves med en scenariefil, der har indsatser.")
	return nil
}

// comparisonReport simulates the arms and, if the first has uncertain
// numbers, its sensitivity analysis.
func comparisonReport(o options, ro reportOptions, rep *report.Report, args []string, stderr io.Writer) error {
	list, err := loadArms(o.loader(), args)
	if err != nil {
		return err
	}
	runs, seed := o.runsAndSeed(list[0].Base)
	first := list[0].Alt
	rep.Title, rep.Description = first.Title, first.Description
	rf := &results.File{}
	ar := arms.New(list)
	opts, done := armOptions(o, seed, stderr)
	err = ar.Simulate(opts, 0, runs)
	done()
	if err != nil {
		return err
	}
	cmps, err := ar.Compare()
	if err != nil {
		return err
	}
	for i, a := range list {
		cmp := cmps[i]
		meta := armMeta(a, runs, seed)
		rf.Comparisons = append(rf.Comparisons, results.FromComparison(meta, ar.Base[a.Base], ar.Alt[i], cmp))
		rep.Arms = append(rep.Arms, report.Arm{Budget: tables.BudgetForm(meta, cmp, a.Alt.Model).Grid(true), Persons: tables.PersonsGrid(cmp, a.Alt.Model)})
		for _, f := range slices.Concat(a.Alt.Files, a.Base.Files) {
			if !slices.Contains(rep.Files, f) {
				rep.Files = append(rep.Files, f)
			}
		}
	}
	rep.Assumptions = first.Assumptions()
	rep.Results = rf

	a := list[0]
	switch n := ro.sensitivityRuns; {
	case len(a.Alt.Params)+len(a.Base.Params) == 0:
		rep.SensitivityNote = msg.T(lang, "Scenariet angiver ingen af sine antagelser som usikre tal (fordelinger), så der er ikke lavet en følsomhedsanalyse. Intervallerne ovenfor viser alene den tilfældige variation mellem borgernes forløb, ikke usikkerheden om antagelserne. Se forudsætningerne nedenfor, især dem mærket UNCONFIRMED.")
	case n == 0:
		rep.SensitivityNote = msg.T(lang, "Følsomhedsanalysen er fravalgt (--sensitivity-runs 0).")
	default:
		res, err := analyze(o, a, n, seed, stderr)
		if err != nil {
			return err
		}
		rf.Sensitivity = results.FromSensitivity(armMeta(a, n, seed), res)
	}
	return nil
}

// printPDF prints the HTML page to PDF with Chromium, through a temporary
// file, within two minutes.
func printPDF(ctx context.Context, chromium browser.Chromium, html []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "ydelsesflow-report-")
	if err != nil {
		return nil, msg.Errorf("kan ikke oprette en midlertidig mappe til PDF'en: %w", msg.FileReason(err))
	}
	defer tempDir(dir)()
	page := filepath.Join(dir, "rapport.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		return nil, msg.Errorf("kan ikke skrive %s: %w", page, msg.FileReason(err))
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "rapport.pdf")
	if err := chromium.PDF(ctx, page, out); err != nil {
		return nil, msg.Errorf("kan ikke udskrive rapporten til PDF: %w", err)
	}
	pdf, err := os.ReadFile(out)
	if err != nil {
		return nil, msg.Errorf("kan ikke læse %s: %w", out, msg.FileReason(err))
	}
	return pdf, nil
}

// programVersion returns the module version and VCS revision the binary
// was built from, as far as the build recorded them.
func programVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return msg.T(lang, "(ukendt version)")
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			v += " " + s.Value[:7]
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += msg.T(lang, "+ændret")
		}
	}
	return v
}
