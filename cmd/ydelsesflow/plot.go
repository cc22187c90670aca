package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/results"
)

// plotCommand is "ydelsesflow plot": redraw the charts of saved results.
func plotCommand() *cli.Command {
	return &cli.Command{
		Name:      "plot",
		Usage:     msg.T(lang, "tegn diagrammerne for gemte resultater"),
		ArgsUsage: msg.T(lang, "RESULTATMAPPE"),
		Description: msg.Sprintf(lang, `Tegner hvert diagram, som resultaterne i RESULTATMAPPE/%s har tal til — skrevet dér
af run, compare, sensitivity eller report — uden at simulere igen:
  personer              personer pr. ydelse uge for uge (run)
  refusion              brutto, statens refusion og netto pr. år og personerne på hvert trin
                        af refusionstrappen (run)
  budget                besparelsen pr. budgetår: sparede ydelser, udgiften til indsatsen,
                        netto med 90 %%-interval (compare)
  besparelse-akkumuleret  den akkumulerede besparelse som viftediagram med break-even-ugen
                        (compare)
  besparelse-fordeling  fordelingen af besparelsen over budgetperioden med P(besparelse > 0)
                        (compare)
  personer-med-og-uden  personer i de ydelser, indsatsen ændrer mest, med og uden indsatsen
                        (compare)
  tornado               envejs-følsomhedsanalysen (sensitivity)
hver som PNG, SVG og PDF, i --out (standard: RESULTATMAPPE). Med flere indsatser ender
navnene på den andens og de følgendes diagrammer på -2, -3, ….`, resultsName),
		Flags:        sharedFlags(plotFlags),
		Action:       cliAction(plotFlags, plotAction),
		OnUsageError: usage,
	}
}

// plotAction draws the charts of RESULTATMAPPE/resultat.json and adds them
// to the set in --out (RESULTATMAPPE by default).
func plotAction(o options, args []string, stdout, _ io.Writer) error {
	if len(args) != 1 {
		return usagef("plot kræver én RESULTATMAPPE: --out-mappen fra run, compare, sensitivity eller report")
	}
	dir := args[0]
	rf, set, err := readResults(dir)
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
	if err := files.write(out, set); err != nil {
		return err
	}
	files.printWritten(stdout, "Diagrammer skrevet til %s/: %s", out)
	return nil
}

// readResults reads dir/resultat.json if dir's manifest lists it as it is,
// and returns the set plot writes its charts as: plot's, of the same
// scenarios, drawn from it.
func readResults(dir string) (*results.File, setOf, error) {
	name := filepath.Join(dir, resultsName)
	m, err := readManifest(dir)
	if errors.Is(err, errNoManifest) {
		if _, serr := os.Stat(name); errors.Is(serr, fs.ErrNotExist) {
			return nil, setOf{}, msg.Errorf("%s findes ikke; run, compare, sensitivity og report skriver den med --out %s", name, dir)
		}
		return nil, setOf{}, msg.Errorf("%s mangler, så %s er ikke et helt sæt filer fra én kommando (skrivningen blev afbrudt, eller en ældre version skrev dem); kør kommandoen igen med --out %s", filepath.Join(dir, manifestName), dir, dir)
	}
	if err != nil {
		return nil, setOf{}, err
	}
	entry, owner := m.entry(resultsName)
	if entry == nil {
		return nil, setOf{}, msg.Errorf("%s nævner ingen %s; run, compare, sensitivity og report skriver den med --out %s", filepath.Join(dir, manifestName), resultsName, dir)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, setOf{}, msg.Errorf("kan ikke læse %s: %w", name, msg.FileReason(err))
	}
	if sum(data) != entry.SHA256 {
		return nil, setOf{}, msg.Errorf("%s er ikke den, %s nævner (den er ændret siden); kør %s igen med --out %s", name, filepath.Join(dir, manifestName), owner.Command, dir)
	}
	rf, err := results.Read(bytes.NewReader(data))
	if err != nil {
		return nil, setOf{}, msg.Errorf("%s: %w", name, err)
	}
	return rf, setOf{command: "plot", scenarios: owner.Scenarios, drawnFrom: entry.SHA256}, nil
}
