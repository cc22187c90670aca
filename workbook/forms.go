package workbook

import (
	"math"
	"slices"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
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

// CompareForm is the kommune's budget form "Økonomiske konsekvenser" of a
// comparison, per budget year and in total, in 1.000 kr.: the
// serviceudgifter (a line per cost line of the intervention, and their
// subtotal), the overførselsudgifter (the change in ydelser gross, in
// state refusion and net, with the net per ydelse that changes, for
// information), the kommune's net change in total, and for information
// the change in what Udbetaling Danmark and the a-kasser pay out and the
// 90 % interval of the net change. + is a merudgift, − a mindreudgift.
func CompareForm(meta results.Meta, c *sim.Comparison, m *sim.Model) Form {
	f := Form{
		Title: msg.Sprintf(lang, "Økonomiske konsekvenser: %s", meta.Title),
		Note: msg.Sprintf(lang, "1.000 kr., %s, ekskl. moms; %s. Sammenlignet med %s; gennemsnit over %d kørsler (seed %d).",
			meta.Prices(lang), signNote(), meta.Baseline, c.Runs, meta.Seed),
		Columns: budgetColumns(meta, c.Years, true),
	}
	mean := func(st []sim.Stat, sign float64) []float64 {
		v := make([]float64, len(st))
		for p, s := range st {
			v[p] = sign * s.Mean / thousand
		}
		return v
	}
	np := len(c.Years) + 1
	several := slices.ContainsFunc(c.Lines, func(l sim.ComparedLine) bool {
		return l.Intervention != c.Lines[0].Intervention || l.Baseline
	})
	f.heading(msg.T(lang, "Serviceudgifter: udgifter til indsatsen"))
	service := make([]float64, np)
	for i, l := range c.Lines {
		label := l.Line
		if several {
			label = l.Label + ": " + label
		}
		if l.Baseline {
			label = msg.Sprintf(lang, "Basis, %s (bortfalder)", label)
		}
		v := mean(c.Cost[i], 1)
		for p := range v {
			service[p] += v[p]
		}
		f.add(label, Line, Thousands, v)
	}
	f.add(msg.T(lang, "Serviceudgifter i alt"), Subtotal, Thousands, service)

	f.heading(msg.T(lang, "Overførselsudgifter: ydelser"))
	f.add(msg.T(lang, "Ændring i ydelser, brutto"), Line, Thousands, mean(c.Gross, 1))
	f.add(msg.T(lang, "Ændring i statsrefusion (− = mere refusion)"), Line, Thousands, mean(c.StatePart, -1))
	f.add(msg.T(lang, "Ændring i ydelser, netto for kommunen"), Subtotal, Thousands, mean(c.Net, 1))
	for s, st := range c.NetByState {
		v := mean(st, 1)
		if slices.ContainsFunc(v, func(x float64) bool { return math.Abs(x) >= 0.5 }) {
			f.add(msg.Sprintf(lang, "heraf %s", m.States[s].Label), Memo, Thousands, v)
		}
	}
	f.add(msg.T(lang, "Nettoændring for kommunen i alt"), Total, Thousands, mean(c.Total, 1))
	lo, hi := make([]float64, np), make([]float64, np)
	for p, s := range c.Total {
		lo[p], hi[p] = s.P5/thousand, s.P95/thousand
	}
	f.add(msg.T(lang, "Nettoændring i alt, 90 %-interval: nedre grænse (P5)"), Memo, Thousands, lo)
	f.add(msg.T(lang, "Nettoændring i alt, 90 %-interval: øvre grænse (P95)"), Memo, Thousands, hi)
	if v := mean(c.PaidByOthers, 1); slices.ContainsFunc(v, func(x float64) bool { return math.Abs(x) >= 0.5 }) {
		f.add(msg.T(lang, "Til orientering: ændring i ydelser udbetalt af andre"), Memo, Thousands, v)
	}
	return f
}
