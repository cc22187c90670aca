package tables

import (
	"ydelsesflow/msg"
	"ydelsesflow/results"
)

// PaidPersons keeps, of the helårspersoner table g (the first of RunGrids),
// the ydelser the kommune pays for, and totals those from r.Persons: a
// reader takes "I alt" for persons on ydelser, not for everyone the model
// follows (self-support, SU).
func PaidPersons(g Grid, r *results.Run) Grid {
	unpaid := map[string]bool{}
	for _, st := range r.States {
		if !st.Paid {
			unpaid[st.Label] = true
		}
	}
	out := g
	out.Rows = nil
	rows := g.Rows // the last is the total, if there are any (a scenario with no persons has none)
	if len(rows) > 0 {
		rows = rows[:len(rows)-1]
	}
	for _, row := range rows {
		if !unpaid[row.Label] {
			out.Rows = append(out.Rows, row)
		}
	}
	total := Row{Label: msg.T(lang, "I alt på ydelse"), Rule: true, Total: true}
	for _, b := range r.Persons {
		total.Means = append(total.Means, Number(b.Mean))
		total.Lows, total.Highs = append(total.Lows, Number(b.P5)), append(total.Highs, Number(b.P95))
	}
	out.Rows = append(out.Rows, total)
	return out
}
