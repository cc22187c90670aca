package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/calibration"
	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
	"ydelsesflow/workbook"
)

// runCommand is "ydelsesflow run": simulate a scenario and write its tables.
func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     msg.T(lang, "simulér et scenarie og udskriv dets budgettabel pr. år"),
		ArgsUsage: msg.T(lang, "[SCENARIE]"),
		Description: msg.T(lang, `Simulerer SCENARIE (en YAML-fil eller navnet på et indbygget scenarie; standard: det
indbyggede default.yaml) og udskriver pr. budgetår helårspersoner, bruttoudgift, statens
refusion og kommunens nettoudgift pr. ydelse i 1.000 kr., som gennemsnittet over
Monte Carlo-kørslerne med 90 %-intervallet (P5–P95) nedenunder. For en ydelse, som
Udbetaling Danmark eller en a-kasse udbetaler (paid_by), er kommunens bruttoudgift dens
medfinansiering, uden refusion; udbetalingen står kun til orientering i en tabel for sig.

Skriver desuden i --out-mappen:
  tabel.txt        den udskrevne tabel
  tabel.md         samme tabel i Markdown
  sammendrag.csv   hvert tal pr. år, tilstand og mål (kr., med fuld præcision)
  koersler.csv     totalerne for hver kørsel, hvert år og hver tilstand (kr.)
  sammendrag.json  tallene med scenariets metadata
  budget.xlsx      Excel-projektmappen: budgettet, helårspersoner med tilgang og afgang,
                   hver kørsels totaler og forudsætningerne
  resultat.json    de tal, diagrammerne tegnes ud fra (se plot)
og med --plots diagrammerne personer og refusion som PNG, SVG og PDF (se plot).
Filerne skrives kun, når hele kørslen er lykkedes, og hver fil skrives atomisk.

--trace N udskriver i stedet, for kørsel 1, uge for uge tilstanden, ugerne i tilstanden,
uret på refusionstrappen, refusionsprocenten og brutto og netto i kr. for N personer, der
starter i --trace-state, så regnestykket kan efterprøves i hånden.

--exact regner i stedet de forventede værdier uden tilfældige tal: helårspersoner, tilgang,
afgang og bruttoudgift eksakt; statens andel og kommunens nettoudgift eksakt, hvor
refusionstrappen kun kan nulstilles gennem ét sammenhængende selvforsørgende forløb, ellers
tilnærmet og kontrolleret mod en Monte Carlo-kørsel. Skriver tabel.txt og eksakt.csv. Et
scenarie med indsatser, usikre tal eller en maksimal varighed over et tilbageblik regnes ikke
eksakt; det siges hvorfor.

Samme scenarie, seed og antal kørsler giver de samme tal på enhver maskine og med
ethvert antal --workers.`),
		Flags:        sharedFlags(runFlags),
		Action:       cliAction(runFlags, runAction),
		OnUsageError: usage,
	}
}

// runAction simulates one scenario and writes its tables.
func runAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) > 1 {
		return usagef("run tager højst ét scenarie, fik %d: %s", len(args), strings.Join(args, " "))
	}
	sc, err := o.loader().Load(scenarioName(first(args)))
	if err != nil {
		return err
	}
	runs, seed := o.runsAndSeed(sc)
	if o.trace > 0 {
		return traceRun(o, sc, seed, stdout)
	}
	if o.exact {
		return exactRun(o, sc, runs, seed, scenarioSet("run", args), stdout, stderr)
	}
	// A scenario with calibration targets is checked against them: read
	// them before simulating, so that a bad file stops the run at once.
	var targets []calibration.Target
	if sc.Calibration != nil && sc.Calibration.Targets != "" {
		if targets, _, err = readTargets(o, sc); err != nil {
			return err
		}
	}
	// The flows give the workbook's tilgang and afgang, and the deviations
	// from the targets.
	res, err := simulate(o, sc, runs, seed, true, stderr)
	if err != nil {
		return err
	}
	sum := res.Summarize(sc.DiscountRate)
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, runs, seed)
	meta.Files = sc.Files

	flows := sim.MeanFlows(res.Flows) // the mean flows, for the tables and the targets
	files, err := renderRun(meta, sum, res, flows)
	if err != nil {
		return err
	}
	var xlsx bytes.Buffer
	if err := workbook.WriteRun(&xlsx, workbook.Run{Meta: meta, Summary: sum, Result: res, Assumptions: sc.Assumptions()}); err != nil {
		return msg.Errorf("kan ikke lave %s: %w", runWorkbook, err)
	}
	files[runWorkbook] = xlsx.Bytes()
	rf := &results.File{Run: results.FromRun(meta, res, sum)}
	if len(targets) > 0 {
		values := make([]float64, len(targets))
		for i := range targets {
			values[i] = targets[i].Measure(flows, res.MeanStock)
		}
		rf.Calibration = results.FromCalibration(meta, targets, nil, nil, values, calibration.MonteCarlo)
		var txt, csv bytes.Buffer
		if err := tables.CalibrationText(&txt, rf.Calibration); err != nil {
			return err
		}
		if err := tables.CalibrationCSV(&csv, rf.Calibration); err != nil {
			return err
		}
		files["kalibrering.txt"], files["kalibrering.csv"] = txt.Bytes(), csv.Bytes()
		// The deviations follow the budget table on the terminal.
		files["tabel.txt"] = append(append(files["tabel.txt"], '\n'), txt.Bytes()...)
	}
	if err := files.addResults(o, rf); err != nil {
		return err
	}
	if err := files.write(o.out, scenarioSet("run", args)); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	if o.format == "xlsx" {
		printWorkbook(stdout, o.out, runWorkbook)
		return nil
	}
	show := map[string]string{"text": "tabel.txt", "markdown": "tabel.md", "csv": "sammendrag.csv", "json": "sammendrag.json"}[o.format]
	if _, err := stdout.Write(files[show]); err != nil {
		return err
	}
	if o.format == "text" {
		fmt.Fprintln(stdout)
		files.printWritten(stdout, "Filer skrevet til %s/: %s", o.out)
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

// simulate runs a scenario with a progress bar on the terminal, counting
// its flows if asked.
func simulate(o options, sc *scenario.Scenario, runs int, seed uint64, flows bool, stderr io.Writer) (*sim.Result, error) {
	bar := newProgress(stderr, runs)
	defer bar.finish()
	return sim.Run(sc.Model, sim.Options{Runs: runs, Seed: seed, Workers: o.workers, Progress: bar.update, ModelFor: sc.RunModels(seed), Flows: flows})
}

// renderRun renders run's tables in memory; flows are the runs' mean flows.
func renderRun(meta results.Meta, sum *sim.Summary, res *sim.Result, flows *sim.Flows) (outputFiles, error) {
	render := map[string]func(io.Writer) error{
		"tabel.txt": func(w io.Writer) error {
			if err := tables.Text(w, meta, sum); err != nil {
				return err
			}
			return tables.FlowsText(w, meta, res.Model, flows)
		},
		"tabel.md": func(w io.Writer) error {
			if err := tables.Markdown(w, meta, sum); err != nil {
				return err
			}
			return tables.FlowsMarkdown(w, meta, res.Model, flows)
		},
		"sammendrag.csv":  func(w io.Writer) error { return tables.SummaryCSV(w, meta, sum) },
		"koersler.csv":    func(w io.Writer) error { return tables.RunsCSV(w, res) },
		"sammendrag.json": func(w io.Writer) error { return tables.JSON(w, meta, sum) },
	}
	files := outputFiles{}
	for name, f := range render {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			return nil, msg.Errorf("kan ikke lave %s: %w", name, err)
		}
		files[name] = buf.Bytes()
	}
	return files, nil
}

// exactRun writes the expected values of a scenario computed without random
// numbers (sim.Expected, sim.ExpectedFlows), checked against a Monte Carlo
// run where the state's part is approximate, as the set set.
func exactRun(o options, sc *scenario.Scenario, runs int, seed uint64, set setOf, stdout, stderr io.Writer) error {
	m := sc.Model
	switch {
	case len(m.Interventions) > 0:
		return msg.Errorf("--exact: %s har indsatser, og den eksakte beregning kender ingen indsatser; kør uden --exact, eller sammenlign med compare", sc.Name)
	case len(sc.Params) > 0 || len(sc.ShareSets) > 0:
		return msg.Errorf("--exact: %s har usikre tal (dist:), og en forventet værdi af modellen ved deres middelværdier er ikke forventningen over deres fordeling; kør uden --exact", sc.Name)
	}
	totals, err := sim.Expected(m)
	if err != nil {
		return msg.Errorf("--exact: %w", err)
	}
	flows, err := sim.ExpectedFlows(m)
	if err != nil {
		return msg.Errorf("--exact: %w", err)
	}
	meta := results.NewMeta(m, sc.Title, sc.Name, sc.Start, 0, seed)
	meta.Files = sc.Files
	var check *tables.ExactCheck
	splitExact, via := sim.ResetExact(m)
	if !splitExact {
		res, err := simulate(o, sc, runs, seed, false, stderr)
		if err != nil {
			return err
		}
		sum := res.Summarize(sc.DiscountRate)
		check = &tables.ExactCheck{Runs: runs, Approx: m.States[via].Label}
		for y := range m.Years {
			st := sum.Rows[y*(len(m.States)+1)+len(m.States)].Stats[sim.Net] // the year's total row
			exact := 0.0
			for s := range m.States {
				exact += totals[y][s].Net()
			}
			check.Net, check.SE, check.ExactNet = append(check.Net, st.Mean), append(check.SE, st.MCSE), append(check.ExactNet, exact)
		}
	}
	var txt, csv bytes.Buffer
	if err := tables.ExactText(&txt, meta, m, totals, flows, check); err != nil {
		return err
	}
	if err := tables.ExactCSV(&csv, meta, m, totals, flows, splitExact); err != nil {
		return err
	}
	files := outputFiles{"tabel.txt": txt.Bytes(), "eksakt.csv": csv.Bytes()}
	if err := files.write(o.out, set); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	if _, err := stdout.Write(txt.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	files.printWritten(stdout, "Filer skrevet til %s/: %s", o.out)
	return nil
}
