package workbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// column is a column of the sheet of runs: its heading and unit.
type column struct {
	name string
	unit Unit
}

// rowsPerSheet is the number of runs a sheet of runs holds: Excel's rows
// less the header row. A variable, so that a test can split a few runs.
var rowsPerSheet = MaxRows - 1

// periods returns the labels of the budget years and of their total.
func periods(meta results.Meta) []string {
	var out []string
	for _, y := range meta.Years {
		out = append(out, meta.YearLabel(lang, y))
	}
	return append(out, msg.Sprintf(lang, "I alt %s", meta.YearsLabel(lang, meta.Years[0], meta.Years[len(meta.Years)-1])))
}

// paidByOthers reports whether a model has a benefit that Udbetaling
// Danmark or an a-kasse pays out.
func paidByOthers(m *sim.Model) bool {
	for _, s := range m.States {
		if s.PaidBy != sim.PaidByKommune {
			return true
		}
	}
	return false
}

// runColumns are the columns of a run's sheet of runs: per budget year the
// helårspersoner, gross, state part and net (and what others pay out, if
// any), and the amounts over the whole horizon.
func runColumns(meta results.Meta, res *sim.Result) []column {
	others := paidByOthers(res.Model)
	var cols []column
	for i, p := range periods(meta) {
		if i < len(meta.Years) {
			cols = append(cols, column{msg.Sprintf(lang, "Helårspersoner %s", p), Persons})
		}
		cols = append(cols,
			column{msg.Sprintf(lang, "Bruttoudgift %s (1.000 kr.)", p), Thousands},
			column{msg.Sprintf(lang, "Statens andel %s (1.000 kr.)", p), Thousands},
			column{msg.Sprintf(lang, "Nettoudgift %s (1.000 kr.)", p), Thousands})
		if others {
			cols = append(cols, column{msg.Sprintf(lang, "Udbetalt af andre %s (1.000 kr.)", p), Thousands})
		}
	}
	return cols
}

// runRow returns the values of run r (index into res.PerRun) in the
// order of runColumns.
func runRow(res *sim.Result) func(r int) []float64 {
	others := paidByOthers(res.Model)
	return func(r int) []float64 {
		var out []float64
		var whole sim.Totals
		for y := range res.PerRun[r] {
			var t sim.Totals
			for s, st := range res.PerRun[r][y] {
				if res.Model.States[s].Financing.Kind != sim.FinancingNone {
					t.Add(st)
				}
			}
			whole.Add(t)
			out = append(out, t.PersonYears)
			out = appendAmounts(out, t, others)
		}
		return appendAmounts(out, whole, others)
	}
}

// appendAmounts appends t's gross, state part, net and, if others, what
// others pay out, in 1.000 kr.
func appendAmounts(out []float64, t sim.Totals, others bool) []float64 {
	out = append(out, t.Gross/thousand, t.StatePart/thousand, t.Net()/thousand)
	if others {
		out = append(out, t.PaidByOthers/thousand)
	}
	return out
}

// compareColumns are the columns of a comparison's sheet of runs: per
// budget year and in total, the kommune's net spending on ydelser without
// and with the intervention, the intervention's cost and the net change.
func compareColumns(a Arm) []column {
	var cols []column
	for _, p := range periods(a.Meta) {
		cols = append(cols,
			column{msg.Sprintf(lang, "Ydelser netto uden indsatsen %s (1.000 kr.)", p), Thousands},
			column{msg.Sprintf(lang, "Ydelser netto med indsatsen %s (1.000 kr.)", p), Thousands},
			column{msg.Sprintf(lang, "Serviceudgifter %s (1.000 kr.)", p), Thousands},
			column{msg.Sprintf(lang, "Nettoændring %s (1.000 kr.)", p), Thousands})
	}
	return cols
}

// compareRow returns the values of run r in the order of compareColumns.
// The cost is the net change less the change in ydelser, as
// sim.Compare adds them.
func compareRow(a Arm) func(r int) []float64 {
	return func(r int) []float64 {
		var out []float64
		var base, alt, total float64
		for y := range a.Base.PerRun[r] {
			b, n := 0.0, 0.0
			for s := range a.Base.PerRun[r][y] {
				b += a.Base.PerRun[r][y][s].Net()
				n += a.Alt.PerRun[r][y][s].Net()
			}
			t := -a.Comparison.SavingRuns[y][r]
			out = append(out, b/thousand, n/thousand, (t-(n-b))/thousand, t/thousand)
			base, alt, total = base+b, alt+n, total+t
		}
		t := -a.Comparison.SavingRuns[len(a.Comparison.Years)][r]
		return append(out, base/thousand, alt/thousand, (t-(alt-base))/thousand, t/thousand)
	}
}

// runsSheets writes the runs' rows, one row per run with its number
// (first+1 for the first), under a frozen header of cols, on as many
// sheets named name as Excel's row limit needs ("Kørsler (del 2)").
func (b *book) runsSheets(name string, cols []column, runs, first int, row func(r int) []float64) error {
	if len(cols)+1 > MaxColumns {
		return msg.Errorf("arket %s ville få %d kolonner; Excel tillader %d", name, len(cols)+1, MaxColumns)
	}
	headings := []string{msg.T(lang, "Kørsel")}
	widths := []float64{9}
	for _, c := range cols {
		headings = append(headings, c.name)
		widths = append(widths, 16)
	}
	parts := (runs + rowsPerSheet - 1) / rowsPerSheet
	numID, err := b.styleID(style{format: CountFormat})
	if err != nil {
		return err
	}
	var ids [2]int
	for _, u := range []Unit{Thousands, Persons} {
		if ids[u], err = b.styleID(style{unit: u}); err != nil {
			return err
		}
	}
	for k := range parts {
		sheetName := name
		if parts > 1 {
			sheetName = msg.Sprintf(lang, "%s (del %d)", name, k+1)
		}
		s, err := b.newSheet(sheetName, widths, 1, 1)
		if err != nil {
			return err
		}
		if err := s.header(false, headings...); err != nil {
			return err
		}
		cells := make([]any, len(cols)+1)
		for r := k * rowsPerSheet; r < min(runs, (k+1)*rowsPerSheet); r++ {
			cells[0] = excelize.Cell{StyleID: numID, Value: first + r + 1}
			v := row(r)
			if len(v) != len(cols) {
				return fmt.Errorf("workbook: %d values for %d columns", len(v), len(cols))
			}
			for i, x := range v {
				cells[i+1] = excelize.Cell{StyleID: ids[cols[i].unit], Value: x}
			}
			if err := s.write(cells); err != nil {
				return err
			}
		}
		if err := s.flush(); err != nil {
			return err
		}
	}
	return nil
}
