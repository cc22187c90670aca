package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
	"ydelsesflow/tables"
)

// sensitivityCommand is "ydelsesflow sensitivity": which uncertain assumption matters.
func sensitivityCommand() *cli.Command {
	return &cli.Command{
		Name:      "sensitivity",
		Usage:     msg.T(lang, "hvilken usikker antagelse betyder mest: tornado og rangkorrelationer"),
		ArgsUsage: msg.T(lang, "[BASIS] INDSATS"),
		Description: msg.T(lang, `Analyserer de usikre tal ({dist: ...}) i scenariet INDSATS og dets basisscenarie (som i
compare: det samme scenarie uden indsatser, eller BASIS):

  envejs (tornado): hvert usikkert tal ved sin lave og sin høje værdi — P10 og P90 af dets
  fordeling, eller low: og high: i filen — med de øvrige ved deres middelværdi; den
  forventede besparelse over horisonten for hver, ordnet efter spændet;

  probabilistisk: hvert usikkert tal trukket i hver kørsel; besparelsen med dens
  90 %-interval, sandsynligheden for en besparelse, det forventede tab ved et forkert valg og
  Spearmans rangkorrelation mellem hvert tals træk og besparelsen.

Alle simuleringer bruger samme seed (fælles tilfældige tal), så spændene kommer fra
antagelserne og ikke fra støj. Skriver sensitivitet.txt, sensitivitet.csv og resultat.json
(diagrammets tal) i --out og med --plots tornadodiagrammet som PNG, SVG og PDF.`),
		Flags:        sharedFlags(sensitivityFlags),
		Action:       cliAction(sensitivityFlags, sensitivityAction),
		OnUsageError: usage,
	}
}

// sensitivityAction analyses which uncertain numbers of an intervention
// scenario matter, and writes the tornado and the rank correlations.
func sensitivityAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) < 1 || len(args) > 2 {
		return usagef("sensitivity tager ét scenarie med indsatser, eventuelt efter dets basisscenarie")
	}
	list, err := loadArms(o.loader(), args)
	if err != nil {
		return err
	}
	a := list[0]
	runs, seed := o.runsAndSeed(a.Base)
	res, err := analyze(o, a, runs, seed, stderr)
	if err != nil {
		return err
	}
	meta := armMeta(a, runs, seed)
	var txt, csv bytes.Buffer
	if err := tables.SensitivityText(&txt, meta, res); err != nil {
		return err
	}
	if err := tables.SensitivityCSV(&csv, meta, res); err != nil {
		return err
	}
	files := outputFiles{"sensitivitet.txt": txt.Bytes(), "sensitivitet.csv": csv.Bytes()}
	if err := files.addResults(o, &results.File{Sensitivity: results.FromSensitivity(meta, res)}); err != nil {
		return err
	}
	if err := files.write(o.out, scenarioSet("sensitivity", args)); err != nil {
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
