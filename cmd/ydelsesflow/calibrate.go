package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"ydelsesflow/calibration"
	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/tables"
)

// calibrateCommand is "ydelsesflow calibrate": fit a scenario to the
// kommune's own figures.
func calibrateCommand() *cli.Command {
	return &cli.Command{
		Name:      "calibrate",
		Usage:     msg.T(lang, "tilpas et scenarie til kommunens egne tal (helårspersoner, tilgang, afgang, varighed)"),
		ArgsUsage: msg.T(lang, "SCENARIE"),
		Description: msg.T(lang, `Tilpasser de tal, som scenariet nævner under calibration.fit (med grænser), så modellen
rammer kommunens observerede tal i målfilen (calibration.targets eller --targets) så godt som
muligt: summen af de kvadrerede relative afvigelser, hver divideret med målets tolerance,
gøres mindst mulig. Scenariet tilpasses, som det er, med sine indsatser, hvis det har nogen:
de observerede tal kommer fra den verden, kommunen levede i.

Målfilen er en CSV-fil med overskriften ydelse,periode,maal,vaerdi,kilde og evt. tolerance
(relativ; standard 0.02). Målene er helaarspersoner, tilgang, afgang og varighed_uger for et
budgetår, personer og andel:TILSTANDE på en dato (eller ved årets slutning) og
afgang_andel:TILSTAND for et budgetår. Flere tilstande forbindes med +.

Strømmene regnes eksakt (forventede antal uden tilfældige tal), hvor det kan lade sig gøre;
ellers med Monte Carlo med de samme tilfældige tal i hver beregning, og det siges hvilket.
Skriver kalibreret.yaml (et scenarie, der bygger på SCENARIE og sætter de tilpassede tal med
kilde), kalibrering.txt, kalibrering.csv, resultat.json og diagrammet kalibrering i --out.`),
		Flags:        sharedFlags(calibrateFlags),
		Action:       cliAction(calibrateFlags, calibrateAction),
		OnUsageError: usage,
	}
}

// calibrateAction fits a scenario's calibration numbers to its targets and
// writes the fitted scenario, the deviation table and its chart.
func calibrateAction(o options, args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return usagef("calibrate tager ét scenarie")
	}
	sc, err := o.loader().Load(scenarioName(args[0]))
	if err != nil {
		return err
	}
	if sc.Calibration == nil || len(sc.Calibration.Numbers) == 0 {
		return msg.Errorf("%s angiver ingen tal at tilpasse; angiv dem under calibration.fit, fx transitions.sygedagpenge.mean_weeks: {min: 10, max: 60}", sc.Name)
	}
	targets, name, err := readTargets(o, sc)
	if err != nil {
		return err
	}
	runs, seed := o.runsAndSeed(sc)
	if !o.quiet {
		fmt.Fprintln(stderr, msg.Sprintf(lang, "Tilpasser %d tal til %d mål …", len(sc.Calibration.Numbers), len(targets)))
	}
	began := time.Now()
	fit, err := calibration.Fit(sc, targets, calibration.Options{Runs: runs, Seed: seed, Workers: o.workers})
	if err != nil {
		return err
	}
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, fit.Runs, seed)
	cal := results.FromCalibration(meta, targets, sc.Calibration.Numbers, fit, nil, fit.Method)
	yaml, err := fittedFile(o, sc, name, fit, cal)
	if err != nil {
		return err
	}
	var txt, csv bytes.Buffer
	if err := tables.CalibrationText(&txt, cal); err != nil {
		return err
	}
	if err := tables.CalibrationCSV(&csv, cal); err != nil {
		return err
	}
	files := outputFiles{"kalibreret.yaml": yaml, "kalibrering.txt": txt.Bytes(), "kalibrering.csv": csv.Bytes()}
	o.plots = true
	if err := files.addResults(o, &results.File{Calibration: cal}); err != nil {
		return err
	}
	if err := files.write(o.out, scenarioSet("calibrate", args)); err != nil {
		return err
	}
	if o.quiet {
		return nil
	}
	if _, err := stdout.Write(txt.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	how := msg.T(lang, "eksakt")
	if fit.Method == calibration.MonteCarlo {
		how = msg.Sprintf(lang, "med Monte Carlo (%d kørsler), fordi %s", fit.Runs, fit.Why)
	}
	if fit.Prefit {
		how += msg.Sprintf(lang, "; søgt på kæden med hvert maksimum over et tilbageblik talt pr. forløb, rettet mod Monte Carlo i hvert fundet punkt (%d beregninger på kæden)", fit.PrefitEvaluations)
	}
	fmt.Fprintln(stdout, msg.Sprintf(lang, "Beregnet %s: %d beregninger af modellen på %s s.", how, fit.Evaluations, numfmt.Da.Decimal(time.Since(began).Seconds(), 1)))
	files.printWritten(stdout, "Filer skrevet til %s/: %s", o.out)
	return nil
}

// readTargets reads the targets file: --targets, else the scenario's
// calibration.targets. It returns the targets and the file's name as the
// fitted scenario's sources cite it.
func readTargets(o options, sc *scenario.Scenario) ([]calibration.Target, string, error) {
	var (
		data []byte
		name string
		err  error
	)
	switch {
	case o.targets != "":
		name = o.targets
		data, err = scenario.ReadFile(o.targets)
	case sc.Calibration.Targets != "":
		name = sc.Calibration.TargetsFile
		data, err = sc.Calibration.ReadTargets()
	default:
		return nil, "", usagef("%s angiver ingen målfil; angiv calibration.targets i scenariet eller --targets FIL", sc.Name)
	}
	if err != nil {
		return nil, "", msg.Errorf("kan ikke læse målfilen %s: %v", name, msg.FileReason(err))
	}
	targets, err := calibration.Read(name, data, sc.Model, sc.Start)
	return targets, name, err
}

// fittedFile returns kalibreret.yaml: a scenario that extends the input by
// a path that works from --out (or by the built-in name) and sets the
// fitted numbers, each entry with a source that names the targets.
func fittedFile(o options, sc *scenario.Scenario, targetsName string, fit *calibration.Result, cal *results.Calibration) ([]byte, error) {
	extends := strings.TrimPrefix(sc.Files[0], scenario.EmbeddedPrefix)
	if !strings.HasPrefix(sc.Files[0], scenario.EmbeddedPrefix) {
		abs, err := filepath.Abs(sc.Files[0])
		if err != nil {
			return nil, err
		}
		out, err := filepath.Abs(o.out)
		if err != nil {
			return nil, err
		}
		if rel, err := filepath.Rel(out, abs); err == nil {
			extends = filepath.ToSlash(rel)
		} else {
			extends = abs
		}
	}
	if sc.Variant != "" {
		extends += "#" + sc.Variant
	}
	within := 0
	for _, t := range cal.Targets {
		if t.Within() {
			within++
		}
	}
	notes := make([]string, len(fit.X))
	for i, n := range sc.Calibration.Numbers {
		notes[i] = msg.Sprintf(lang, "%s tilpasset af ydelsesflow calibrate fra %s til %s (grænser %s–%s) mod målene i %s; %d af %d mål inden for tolerancen.",
			n.Path, tables.Value(fit.Start[i]), tables.Value(fit.X[i]), tables.Value(n.Min), tables.Value(n.Max), filepath.Base(targetsName), within, len(cal.Targets))
	}
	head := "# " + msg.Sprintf(lang, "Kalibreret af ydelsesflow calibrate ud fra %s og målene i %s.", sc.Name, targetsName) +
		"\n# " + msg.T(lang, "Afvigelserne før og efter tilpasningen står i kalibrering.txt.")
	return sc.FittedFile(fit.X, extends, msg.Sprintf(lang, "%s, kalibreret", sc.Title), head, notes)
}
