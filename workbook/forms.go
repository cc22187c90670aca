package workbook

import (
	"math"
	"slices"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// measureHeading is the heading of each measure's block in a run's form
// (the tables' headings).
var measureHeading = map[sim.Measure]string{
	sim.FullTimePersons: msg.Mark("Helårspersoner"),
	sim.Gross:           msg.Mark("Bruttoudgift til ydelser (1.000 kr.)"),
	sim.StatePart:       msg.Mark("Statsrefusion og statens andel (1.000 kr.)"),
	sim.Net:             msg.Mark("Kommunal nettoudgift (1.000 kr.)"),
	sim.PaidByOthers:    msg.Mark("Til orientering: ydelser udbetalt af andre (1.000 kr.)"),
}

// RunForm is a run's budget: per budget year and in total, the
// helårspersoner, the kommune's gross spending, the state's part and the
// kommune's net per ydelse with their totals, and for information what
// Udbetaling Danmark and the a-kasser pay out; the means over the runs.
// Helårspersoner have no total over the years (their column is empty).
func RunForm(meta results.Meta, sum *sim.Summary) Form {
	ny := len(sum.Years)
	nrow := len(sum.Rows) / ny // the states and the total
	f := Form{
		Title: meta.Title,
		Note: msg.Sprintf(lang, "Budgetfremskrivning i 1.000 kr., %s; helårspersoner i personer. Gennemsnit over %d kørsler (seed %d).",
			meta.Prices(lang), meta.Runs, meta.Seed),
		Columns: budgetColumns(meta, sum.Years, true),
	}
	for _, ms := range sim.Measures {
		unit, scale := Thousands, float64(thousand)
		if ms == sim.FullTimePersons {
			unit, scale = Persons, 1
		}
		values := func(i int) []float64 {
			v := make([]float64, ny+1)
			for y := range ny {
				v[y] = sum.Rows[y*nrow+i].Stats[ms].Mean / scale
				v[ny] += v[y]
			}
			if ms == sim.FullTimePersons {
				v[ny] = blank
			}
			return v
		}
		var rows []FormRow
		total := make([]float64, ny+1)
		for i := range nrow - 1 {
			if !meta.States[i].Paid {
				continue
			}
			v := values(i)
			if slices.ContainsFunc(v, func(x float64) bool { return x != 0 && !math.IsNaN(x) }) {
				rows = append(rows, FormRow{Label: sum.Rows[i].Label, Values: v, Kind: Line, Unit: unit})
			}
			for p := range v {
				total[p] += v[p]
			}
		}
		if len(rows) == 0 && ms == sim.PaidByOthers {
			continue // no benefit paid by others
		}
		kind := Subtotal
		switch ms {
		case sim.Net:
			kind = Total
		case sim.PaidByOthers:
			kind = Memo
			for i := range rows {
				rows[i].Kind = Memo
			}
		}
		f.heading(msg.T(lang, measureHeading[ms]))
		f.Rows = append(f.Rows, rows...)
		f.add(msg.T(lang, "I alt"), kind, unit, total)
	}
	return f
}

// CompareForm returns the budget form of comparison c of model m as the
// kommune files it: tables.BudgetForm (serviceudgifter — each cost line,
// a state grant as an income under it, their subtotal —, overførselsudgifter
// — each ydelse's gross change with its konto, the change in statsrefusion
// as an income, the net subtotal —, the kommune's net change in total, and
// for information what Udbetaling Danmark and the a-kasser pay out), in
// 1.000 kr. with + = merudgift, − = mindreudgift, followed by the 90 %
// interval of the net change.
func CompareForm(meta results.Meta, c *sim.Comparison, m *sim.Model) Form {
	tf := tables.BudgetForm(meta, c, m)
	f := Form{
		Title: msg.Sprintf(lang, "Økonomiske konsekvenser: %s", meta.Title),
		Note: msg.Sprintf(lang, "1.000 kr., %s, ekskl. moms; %s. Sammenlignet med %s; gennemsnit over %d kørsler (seed %d).",
			meta.Prices(lang), signNote(), meta.Baseline, c.Runs, meta.Seed),
		Columns: tf.Columns,
	}
	means := func(st []sim.Stat) []float64 {
		v := make([]float64, len(st))
		for p, s := range st {
			v[p] = s.Mean / tf.Unit
		}
		return v
	}
	var block tables.RowKind
	for _, r := range tf.Rows {
		// A block heading before the first line of each block.
		switch {
		case r.Kind == tables.KindService && block != tables.KindService:
			f.heading(msg.T(lang, "Serviceudgifter: udgifter til indsatsen"))
			block = tables.KindService
		case r.Kind == tables.KindTransfer && block != tables.KindTransfer:
			f.heading(msg.T(lang, "Overførselsudgifter: ydelser"))
			block = tables.KindTransfer
		}
		label := r.Label
		if r.Konto != "" {
			label = r.Konto + " " + label
		}
		kind := Line
		switch r.Kind {
		case tables.KindSubtotal:
			kind = Subtotal
		case tables.KindTotal:
			kind = Total
		case tables.KindMemo:
			kind = Memo
		}
		f.add(label, kind, Thousands, means(r.Values))
		if r.Kind == tables.KindTotal {
			lo, hi := make([]float64, len(r.Values)), make([]float64, len(r.Values))
			for p, s := range r.Values {
				lo[p], hi[p] = s.P5/tf.Unit, s.P95/tf.Unit
			}
			f.add(msg.T(lang, "Nettoændring i alt, 90 %-interval: nedre grænse (P5)"), Memo, Thousands, lo)
			f.add(msg.T(lang, "Nettoændring i alt, 90 %-interval: øvre grænse (P95)"), Memo, Thousands, hi)
		}
	}
	return f
}
