package tables

import (
	"slices"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// RowKind says what a line of the budget form is. Its values are machine
// names (a spreadsheet writer may key its styles on them).
type RowKind string

// The kinds of a budget form's lines.
const (
	// KindService is a serviceudgift: one of the interventions' cost lines,
	// before any state grant.
	KindService RowKind = "service"
	// KindTransfer is an overførselsudgift: one ydelse's gross change.
	KindTransfer RowKind = "overfoersel"
	// KindIncome is an income, signed as a change in spending (a larger
	// income is negative): a state grant for an intervention, or the
	// change in statsrefusion.
	KindIncome RowKind = "income"
	// KindSubtotal closes a block (serviceudgifter, overførselsudgifter).
	KindSubtotal RowKind = "subtotal"
	// KindTotal is the kommune's net change in spending.
	KindTotal RowKind = "total"
	// KindMemo is for information only and not in the total (benefits
	// paid out by Udbetaling Danmark and the a-kasser).
	KindMemo RowKind = "memo"
)

// FormRow is one line of the budget form.
type FormRow struct {
	Kind  RowKind
	Label string
	// Konto is the line's function in the kommunal kontoplan ("5.57.71"),
	// or "" when the scenario does not give it.
	Konto string
	// Values are the line's change in spending in kr. (not thousands),
	// + = merudgift, − = mindreudgift: one per budget year, then the
	// total over the horizon (Form.Columns). A Stat carries the mean and
	// the 90 % interval (P5, P95) across runs.
	Values []sim.Stat
}

// Form is the kommune's budget form of a comparison, "Økonomiske
// konsekvenser", as numbers: rows of kinds (service, overførsel, income,
// subtotal, total, memo) with one value per column. Text, Markdown and the
// report render it through Grid; a spreadsheet writer can read it
// directly.
type Form struct {
	// Title is the heading with the unit and the price level:
	// "Økonomiske konsekvenser (1.000 kr., 2027-priser, ekskl. moms)".
	Title string
	// Unit is the unit the form shows its values in: 1.000 kr.
	Unit float64
	// Years are the budget years of the columns; the first is the budget
	// year, the next three are overslagsår.
	Years []int
	// Columns head the values: "Budget 2027", "Overslagsår 2028", …, "I
	// alt 2027–2030", labelled by the Meta's coverage of each year.
	Columns []string
	Rows    []FormRow
}

// YearHeading names budget year i (from 0) of the form for a reader:
// "Budget 2027" for the first, "Overslagsår 2028" for the next three, the
// year alone beyond the budget period. label is the year's label, e.g.
// "2027 (fra 4. januar)" (results.Meta.YearLabel).
func YearHeading(i int, label string) string {
	switch {
	case i == 0:
		return msg.Sprintf(lang, "Budget %s", label)
	case i < results.BudgetYears:
		return msg.Sprintf(lang, "Overslagsår %s", label)
	}
	return label
}

// BudgetForm returns the budget form of comparison c of model m, headed
// by meta (its price level and the days it covers of each year).
//
// Serviceudgifter are the interventions' cost lines, each at its full
// amount, with a state grant (ComparedLine.StateShare) as an income line
// under it; overførselsudgifter are the ydelser's gross change, one line
// each with its konto, and the change in statsrefusion as an income. Each
// block ends with its subtotal, net; the total is the kommune's net change
// (sim.Comparison.Total). Ydelser whose change shows as 0 (1.000 kr.) in
// every period are left out.
func BudgetForm(meta results.Meta, c *sim.Comparison, m *sim.Model) *Form {
	f := &Form{
		Title: msg.Sprintf(lang, "Økonomiske konsekvenser (1.000 kr., %s, ekskl. moms)", meta.Prices(lang)),
		Unit:  Thousand, Years: c.Years,
	}
	for i, y := range c.Years {
		f.Columns = append(f.Columns, YearHeading(i, meta.YearLabel(lang, y)))
	}
	f.Columns = append(f.Columns, msg.Sprintf(lang, "I alt %s", meta.YearsLabel(lang, c.Years[0], c.Years[len(c.Years)-1])))
	several := len(c.Lines) > 0 && slices.ContainsFunc(c.Lines, func(l sim.ComparedLine) bool {
		return l.Intervention != c.Lines[0].Intervention || l.Baseline
	})
	for i, l := range c.Lines {
		label := l.Line
		if several {
			label = l.Label + ": " + label
		}
		if l.Baseline {
			label = msg.Sprintf(lang, "Basis, %s (bortfalder)", label)
		}
		f.Rows = append(f.Rows, FormRow{Kind: KindService, Label: label, Values: c.CostGross[i]})
		if l.StateShare > 0 {
			grant := make([]sim.Stat, len(c.CostGross[i]))
			for p, s := range c.CostGross[i] {
				grant[p] = s.Scale(-l.StateShare)
			}
			f.Rows = append(f.Rows, FormRow{Kind: KindIncome, Label: msg.Sprintf(lang, "Statens andel: %s", l.Line), Values: grant})
		}
	}
	if len(c.Lines) > 0 {
		f.Rows = append(f.Rows, FormRow{Kind: KindSubtotal, Label: msg.T(lang, "Serviceudgifter i alt"), Values: c.Service})
	}
	for s, st := range c.GrossByState {
		if showsNonZero(st, Thousand) || showsNonZero(c.NetByState[s], Thousand) {
			f.Rows = append(f.Rows, FormRow{Kind: KindTransfer, Label: m.States[s].Label, Konto: m.States[s].Konto, Values: st})
		}
	}
	f.Rows = append(f.Rows,
		FormRow{Kind: KindIncome, Label: msg.T(lang, "Statsrefusion"), Values: negate(c.StatePart)},
		FormRow{Kind: KindSubtotal, Label: msg.T(lang, "Overførselsudgifter i alt, netto"), Values: c.Net},
		FormRow{Kind: KindTotal, Label: msg.T(lang, "Nettoændring for kommunen i alt"), Values: c.Total})
	// The payments of Udbetaling Danmark and the a-kasser, whose
	// co-financing is in the kommune's figures above: a memo line, not the
	// kommune's spending.
	if showsNonZero(c.PaidByOthers, Thousand) {
		f.Rows = append(f.Rows, FormRow{Kind: KindMemo, Label: msg.T(lang, "Til orientering: ændring i ydelser udbetalt af andre"), Values: c.PaidByOthers})
	}
	return f
}

// Grid returns the form as formatted figures for a reader: one figure per
// cell, with the 90 % interval under it when intervals is set. Block
// headings ("Serviceudgifter", "Overførselsudgifter") are rows of their
// own; a konto is given before the label, "5.57.71 Sygedagpenge".
func (f *Form) Grid(intervals bool) Grid {
	g := Grid{Title: f.Title, Columns: f.Columns}
	heading := func(label string) {
		g.Rows = append(g.Rows, Row{Label: label, Heading: true, Means: make([]string, len(f.Columns))})
	}
	inTransfers := false
	for i, r := range f.Rows {
		if i == 0 && r.Kind == KindService {
			heading(msg.T(lang, "Serviceudgifter"))
		}
		if !inTransfers && (r.Kind == KindTransfer || r.Kind == KindIncome && r.Label == msg.T(lang, "Statsrefusion")) {
			inTransfers = true
			heading(msg.T(lang, "Overførselsudgifter"))
			g.Rows[len(g.Rows)-1].Rule = i > 0
		}
		label := r.Label
		if r.Konto != "" {
			label = r.Konto + " " + label
		}
		switch r.Kind {
		case KindService, KindTransfer, KindIncome:
			label = "  " + label
		}
		row := Row{Label: label, Kind: r.Kind}
		for _, s := range r.Values {
			row.Means = append(row.Means, Signed(s.Mean/f.Unit))
			if intervals {
				row.Intervals = append(row.Intervals, "("+Signed(s.P5/f.Unit)+" til "+Signed(s.P95/f.Unit)+")")
				row.Lows, row.Highs = append(row.Lows, Signed(s.P5/f.Unit)), append(row.Highs, Signed(s.P95/f.Unit))
			}
		}
		switch r.Kind {
		case KindTotal:
			row.Rule, row.Total = true, true
		case KindMemo:
			row.Rule = true
		case KindSubtotal:
			row.Subtotal = true
		}
		g.Rows = append(g.Rows, row)
	}
	return g
}

// Signed formats a change in spending in whole units with its sign, + for
// a merudgift: +1.234, -567, 0.
func Signed(v float64) string { return numfmt.Da.Signed(v) }
