// Package workbook writes a simulation's results as an Excel workbook
// (.xlsx) for a kommune's økonomiafdeling, in Danish: the budget form as it
// is pasted into the kommune's budget (numbers as numbers in 1.000 kr.,
// + = merudgift, − = mindreudgift for kommunen, bold subtotals and totals,
// a frozen header), helårspersoner with tilgang and afgang per ydelse and
// year, every Monte Carlo run's totals one row per run, and the scenario's
// assumptions with their sources.
//
// The workbook is built from numbers (sim.Summary, sim.Comparison,
// sim.Result and its flows), never from formatted text, with
// github.com/xuri/excelize/v2; each sheet is written by its stream writer.
package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// lang is the language of the workbook: the program's default, Danish.
const lang = msg.Default

// thousand is the unit of the workbook's amounts: 1.000 kr.
const thousand = 1000

// signNote states the sign convention of every signed amount.
func signNote() string {
	return msg.T(lang, "+ = merudgift, − = mindreudgift for kommunen")
}

// Run is the input of a run's workbook.
type Run struct {
	Meta    results.Meta
	Summary *sim.Summary
	// Result is the simulation; its Flows, if counted (sim.Options.Flows),
	// give the tilgang and afgang.
	Result      *sim.Result
	Assumptions []scenario.Assumption
}

// Arm is one comparison of an intervention scenario with its baseline.
type Arm struct {
	Meta       results.Meta
	Comparison *sim.Comparison
	// Base and Alt are the simulations without and with the intervention;
	// their Flows, if counted, give the tilgang and afgang.
	Base, Alt   *sim.Result
	Assumptions []scenario.Assumption
}

// WriteRun writes the workbook of a run to w: the sheets Budget,
// Helårspersoner, Kørsler (split into parts if the runs exceed Excel's
// rows) and Forudsætninger.
func WriteRun(w io.Writer, r Run) error {
	b := newBook()
	if err := b.form(msg.T(lang, "Budget"), RunForm(r.Meta, r.Summary)); err != nil {
		return err
	}
	if err := b.form(msg.T(lang, "Helårspersoner"), runPersons(r.Meta, r.Result)); err != nil {
		return err
	}
	if err := b.runsSheets(msg.T(lang, "Kørsler"), runColumns(r.Meta, r.Result), r.Result.Runs, r.Result.FirstRun, runRow(r.Result)); err != nil {
		return err
	}
	if err := b.assumptions(msg.T(lang, "Forudsætninger"), r.Meta, r.Assumptions); err != nil {
		return err
	}
	return b.finish(w, r.Meta.Title)
}

// WriteCompare writes the workbook of comparisons to w: for each arm the
// sheets Budgetskema, Helårspersoner, Kørsler and Forudsætninger, numbered
// ("Budgetskema 2") when there are several.
func WriteCompare(w io.Writer, arms []Arm) error {
	if len(arms) == 0 {
		return msg.New("ingen sammenligninger at skrive")
	}
	b := newBook()
	name := func(base string, i int) string {
		if len(arms) == 1 {
			return base
		}
		return base + " " + strconv.Itoa(i+1)
	}
	for i, a := range arms {
		if err := b.form(name(msg.T(lang, "Budgetskema"), i), CompareForm(a.Meta, a.Comparison, a.Alt.Model)); err != nil {
			return err
		}
		if err := b.form(name(msg.T(lang, "Helårspersoner"), i), comparePersons(a)); err != nil {
			return err
		}
		if err := b.runsSheets(name(msg.T(lang, "Kørsler"), i), compareColumns(a), a.Comparison.Runs, a.Alt.FirstRun, compareRow(a)); err != nil {
			return err
		}
		if err := b.assumptions(name(msg.T(lang, "Forudsætninger"), i), a.Meta, a.Assumptions); err != nil {
			return err
		}
	}
	return b.finish(w, arms[0].Meta.Title)
}

// finish sets the workbook's properties, makes its first sheet the active
// one and writes it to w.
func (b *book) finish(w io.Writer, title string) error {
	b.f.SetActiveSheet(0)
	// Fixed dates, so that the same results give the same file.
	const epoch = "2000-01-01T00:00:00Z"
	if err := b.f.SetDocProps(&excelize.DocProperties{Title: title, Creator: "ydelsesflow", Created: epoch, Modified: epoch, Language: "da-DK"}); err != nil {
		return err
	}
	var buf bytes.Buffer
	_, err := b.f.WriteTo(&buf)
	if cerr := b.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return canonical(w, buf.Bytes())
}

// canonical writes the zip archive data to w with its files in a fixed
// order, [Content_Types].xml first and the others by name: excelize
// writes them in an order that varies from one call to the next, and the
// same results must give the same bytes.
func canonical(w io.Writer, data []byte) error {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	files := slices.Clone(r.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		const first = "[Content_Types].xml"
		switch {
		case a.Name == first:
			return -1
		case b.Name == first:
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		if err := zw.Copy(f); err != nil {
			return err
		}
	}
	return zw.Close()
}
