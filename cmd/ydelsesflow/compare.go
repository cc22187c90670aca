package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
	"ydelsesflow/workbook"
)

// compareCommand is "ydelsesflow compare": interventions against a baseline, as the budget form.
func compareCommand() *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     msg.T(lang, "sammenlign indsatser med et basisscenarie i kommunens budgetskema"),
		ArgsUsage: msg.T(lang, "[BASIS] INDSATS..."),
		Description: msg.T(lang, `Simulerer BASIS og hvert INDSATS-scenarie med fælles tilfældige tal — samme seed og
samme tilfældige tal pr. person, knyttet til personens identitet — så en deltagers forløb kun
er anderledes, hvor indsatsen virker, og udskriver for hver indsats tabellen "Økonomiske
konsekvenser (1.000 kr., 2027-priser, ekskl. moms)": en kolonne pr. budgetår og i alt, en linje pr.
udgift til indsatsen, ændringen i ydelser (brutto), i statens refusion og netto, og
kommunens nettoændring, og til orientering ændringen i ydelser, som Udbetaling Danmark og
a-kasser udbetaler; + er merudgift, − mindreudgift; hvert tal er gennemsnittet over
kørslerne med 90 %-intervallet nedenunder. Derunder: besparelsen pr. år med dens
Monte Carlo-fejl, P5/P50/P95 og sandsynligheden for en besparelse, nutidsværdien ved
scenariets diskonteringsrente, break-even-ugen og de helårspersoner, der flyttes mellem
ydelser.

Med ét scenarie er basisscenariet det samme scenarie uden dets indsatser. Et scenarie kan
skrives FIL#VARIANT for at vælge en af de varianter, filen angiver.

--runs auto tilføjer kørsler — 100, derefter dobbelt så mange — indtil Monte Carlo-fejlen på
hver samlet besparelse er under --precision kr., eller --max-runs er nået, og siger hvilket.
Tallene er de samme som med et fast --runs af samme antal.

Skriver i --out-mappen:
  sammenligning.txt   de udskrevne tabeller
  sammenligning.md    det samme i Markdown
  sammenligning.csv   hvert tal i kr. med gennemsnit, sd, MC-fejl, P5, P50, P95
  sammenligning.xlsx  Excel-projektmappen: budgetskemaet, helårspersoner med tilgang og
                      afgang med og uden indsatsen, hver kørsels totaler og forudsætningerne
  resultat.json       de tal, diagrammerne tegnes ud fra (se plot)
og med --plots diagrammerne budget, besparelse-akkumuleret, besparelse-fordeling og
personer-med-og-uden som PNG, SVG og PDF (se plot).

--trace N udskriver i stedet, for kørsel 1, uge for uge tilstanden, ugerne i tilstanden,
uret på refusionstrappen, refusionsprocenten og brutto og netto i kr. for de første N
personer, hvis forløb indsatserne ændrer (eller som starter i --trace-state), i
basisscenariet og med indsatserne, så regnestykket kan efterprøves i hånden; ubetalte uger i
samme tilstand deler en linje.`),
		Flags:        sharedFlags(compareFlags),
		Action:       cliAction(compareFlags, compareAction),
		OnUsageError: usage,
	}
}

// compareAction simulates each intervention scenario against its baseline
// and writes the budget tables.
func compareAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("compare kræver mindst ét scenarie med indsatser")
	}
	list, err := loadArms(o.loader(), args)
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
	opts.Flows = true // the workbook's tilgang and afgang
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
	files, rf, err := renderComparisons(ar, cmps, runs, seed, note, o.intervals)
	if err != nil {
		return err
	}
	if err := files.addResults(o, rf); err != nil {
		return err
	}
	if err := files.write(o.out, scenarioSet("compare", args)); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	if o.format == "xlsx" {
		printWorkbook(stdout, o.out, compareWorkbook)
		return nil
	}
	show := map[string]string{"text": "sammenligning.txt", "markdown": "sammenligning.md", "csv": "sammenligning.csv"}[o.format]
	if _, err := stdout.Write(files[show]); err != nil {
		return err
	}
	if o.format == "text" {
		fmt.Fprintln(stdout)
		files.printWritten(stdout, "Filer skrevet til %s/: %s", o.out)
	}
	return nil
}

// autoNote says why --runs auto stopped.
func autoNote(stop arms.Stop, precision float64) string {
	if stop.Reached {
		return msg.Sprintf(lang, "--runs auto: stoppede efter %d kørsler, da MC-fejlen på den samlede besparelse (%s kr.) var under målet %s kr.",
			stop.Runs, tables.Number(stop.Worst), tables.Number(precision))
	}
	return msg.Sprintf(lang, "--runs auto: loftet på %d kørsler (--max-runs) nået; MC-fejlen på den samlede besparelse (%s kr.) er stadig over målet %s kr.",
		stop.Runs, tables.Number(stop.Worst), tables.Number(precision))
}

// renderComparisons renders the budget tables of the comparisons of
// ar's arms (sammenligning.txt, .md, .csv) and the figures of their charts;
// with intervals the budget form shows the 90 % interval under each figure.
func renderComparisons(ar *arms.Results, cmps []*sim.Comparison, runs int, seed uint64, note string, intervals bool) (outputFiles, *results.File, error) {
	var txt, md, csv bytes.Buffer
	rf := &results.File{}
	var sheets []workbook.Arm
	for i, a := range ar.Arms {
		cmp := cmps[i]
		meta := armMeta(a, runs, seed)
		meta.Note = note // the tables print it; resultat.json does not keep it
		rf.Comparisons = append(rf.Comparisons, results.FromComparison(meta, ar.Base[a.Base], ar.Alt[i], cmp))
		sheets = append(sheets, workbook.Arm{Meta: meta, Comparison: cmp, Base: ar.Base[a.Base], Alt: ar.Alt[i], Assumptions: a.Alt.Assumptions()})
		if i > 0 {
			txt.WriteString("\n\n")
			md.WriteString("\n")
		}
		if err := tables.CompareText(&txt, meta, cmp, a.Alt.Model, intervals); err != nil {
			return nil, nil, err
		}
		if err := tables.CompareMarkdown(&md, meta, cmp, a.Alt.Model, intervals); err != nil {
			return nil, nil, err
		}
		if err := tables.CompareCSV(&csv, meta, cmp, a.Alt.Model, i == 0); err != nil {
			return nil, nil, err
		}
	}
	var xlsx bytes.Buffer
	if err := workbook.WriteCompare(&xlsx, sheets); err != nil {
		return nil, nil, msg.Errorf("kan ikke lave %s: %w", compareWorkbook, err)
	}
	mdDoc := append([]byte("# "+msg.T(lang, "Økonomiske konsekvenser")+"\n\n"), md.Bytes()...)
	return outputFiles{"sammenligning.txt": txt.Bytes(), "sammenligning.md": mdDoc, "sammenligning.csv": csv.Bytes(), compareWorkbook: xlsx.Bytes()}, rf, nil
}

// armMeta returns what an arm's results say was simulated: its
// alternative, compared with its baseline, in runs runs from seed.
func armMeta(a arms.Arm, runs int, seed uint64) results.Meta {
	meta := results.NewMeta(a.Alt.Model, a.Alt.Title, a.AltName, a.Alt.Start, runs, seed)
	meta.Baseline = a.BaseName
	return meta
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
