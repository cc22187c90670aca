package tables

import (
	"io"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// FlowGrids returns the new cases (tilgang: spells started) and the exits
// (afgang: spells ended) of each ydelse per budget year, as an analyst
// checks them against jobindsats.dk: from sim.Flows (the mean over the
// runs, or the exact expected values). A ydelse is a state with
// financing; keep, if not nil, chooses other states.
func FlowGrids(meta results.Meta, m *sim.Model, f *sim.Flows, keep func(s int) bool) []Grid {
	if keep == nil {
		keep = func(s int) bool { return m.States[s].Financing.Kind != sim.FinancingNone }
	}
	cols := make([]string, len(meta.Years))
	for y, yr := range meta.Years {
		cols[y] = meta.YearLabel(lang, yr)
	}
	grid := func(title string, value func(fl sim.Flow) float64) Grid {
		g := Grid{Title: title, Columns: cols}
		for s, st := range m.States {
			if !keep(s) || st.Absorbing {
				continue
			}
			row := Row{Label: st.Label}
			nonzero := false
			for y := range cols {
				v := value(f.Year[y][s])
				nonzero = nonzero || v >= 0.5
				row.Means = append(row.Means, Number(v))
			}
			if nonzero {
				g.Rows = append(g.Rows, row)
			}
		}
		return g
	}
	return []Grid{
		grid(msg.T(lang, "Tilgang (nye forløb)"), func(fl sim.Flow) float64 { return fl.Entries }),
		grid(msg.T(lang, "Afgang (afsluttede forløb)"), func(fl sim.Flow) float64 { return fl.Exits }),
	}
}

// FlowsText writes FlowGrids as text, one line per ydelse, under a note
// that says what is counted.
func FlowsText(w io.Writer, meta results.Meta, m *sim.Model, f *sim.Flows) error {
	if f == nil {
		return nil
	}
	var sb strings.Builder
	for _, g := range FlowGrids(meta, m, f, nil) {
		sb.WriteString("\n")
		g.compactText(&sb)
	}
	sb.WriteString(flowsNote() + "\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// FlowsMarkdown writes FlowGrids as Markdown tables.
func FlowsMarkdown(w io.Writer, meta results.Meta, m *sim.Model, f *sim.Flows) error {
	if f == nil {
		return nil
	}
	var sb strings.Builder
	for _, g := range FlowGrids(meta, m, f, nil) {
		sb.WriteString("\n")
		g.markdown(&sb)
	}
	sb.WriteString("\n" + flowsNote() + "\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// flowsNote says what the flow tables count.
func flowsNote() string {
	return msg.T(lang, "Tilgang og afgang tæller forløb (en sammenhængende periode i ydelsen): et skift til en anden ydelse er afgang fra den ene og tilgang til den anden; gennemsnit over kørslerne.")
}
