package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/plots"
	"ydelsesflow/results"
)

// resultsName is the file in which run, compare, sensitivity and report
// save the figures the charts and the report are drawn from.
const resultsName = "resultat.json"

// runWorkbook and compareWorkbook are the Excel workbooks run and compare
// write (package workbook).
const (
	runWorkbook     = "budget.xlsx"
	compareWorkbook = "sammenligning.xlsx"
)

// runFiles are the files run writes besides resultat.json and the charts,
// in the order its help lists them.
var runFiles = []string{"tabel.txt", "tabel.md", "sammendrag.csv", "koersler.csv", "sammendrag.json", runWorkbook}

// outputFiles are the files a command writes, by name, rendered in memory
// first so that nothing is written unless everything could be rendered.
type outputFiles map[string][]byte

// names returns the names of the files in a fixed order: run's files in
// the order its help lists them, then any others sorted.
func (f outputFiles) names() []string {
	var names, rest []string
	for _, n := range runFiles {
		if _, ok := f[n]; ok {
			names = append(names, n)
		}
	}
	for n := range f {
		if !slices.Contains(runFiles, n) {
			rest = append(rest, n)
		}
	}
	slices.Sort(rest)
	return append(names, rest...)
}

// printWritten tells the user which files were written into dir, by
// format, a Danish text with a %s for dir and one for the files' names:
// "Filer skrevet til %s/: %s".
func (f outputFiles) printWritten(w io.Writer, format, dir string) {
	fmt.Fprintln(w, msg.Sprintf(lang, format, dir, strings.Join(f.names(), ", ")))
}

// printWorkbook tells the user where --format xlsx wrote the workbook name,
// in place of printing it: a terminal gets no binary.
func printWorkbook(w io.Writer, dir, name string) {
	fmt.Fprintln(w, msg.Sprintf(lang, "Excel-projektmappen er skrevet til %s", filepath.Join(dir, name)))
}

// addResults adds resultat.json and, with --plots, the charts of rf.
func (f outputFiles) addResults(o options, rf *results.File) error {
	var buf bytes.Buffer
	if err := results.Write(&buf, rf); err != nil {
		return msg.Errorf("kan ikke lave %s: %w", resultsName, err)
	}
	f[resultsName] = buf.Bytes()
	if !o.plots {
		return nil
	}
	return f.addCharts(o, rf)
}

// addCharts renders every chart of rf in every --plot-formats format.
func (f outputFiles) addCharts(o options, rf *results.File) error {
	for _, ch := range plots.All(rf, o.chart) {
		for _, format := range o.plotFormats {
			var buf bytes.Buffer
			if err := ch.Render(&buf, format); err != nil {
				return msg.Errorf("kan ikke tegne %s.%s: %w", ch.Name, format, err)
			}
			f[ch.Name+"."+format] = buf.Bytes()
		}
	}
	return nil
}
