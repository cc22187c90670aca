package tables

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// ExactCheck is the Monte Carlo check of an approximate exact table: per
// budget year the kommune's net spending in the Monte Carlo mean and its
// standard error.
type ExactCheck struct {
	Runs     int
	Net, SE  []float64 // kr. per budget year
	Approx   string    // why the split is approximate: the state that leads back to self-support
	ExactNet []float64 // kr. per budget year, from the exact chain
}

// ExactText writes the expected values of a run computed without random
// numbers: helårspersoner, new cases (tilgang) and exits (afgang) per
// ydelse, gross spending, the state's part and the kommune's net. check is
// nil when the state's part is exact; else it says why not and how far
// the Monte Carlo check lies from it.
func ExactText(w io.Writer, meta results.Meta, m *sim.Model, totals [][]sim.Totals, flows *sim.Flows, check *ExactCheck) error {
	var sb strings.Builder
	sb.WriteString(meta.Title + "\n")
	sb.WriteString(msg.Sprintf(lang, "Scenarie %s · start %s · eksakte forventede værdier uden tilfældige tal · %s", meta.Scenario, meta.Start, meta.Prices(lang)) + "\n")
	if check == nil {
		sb.WriteString(msg.T(lang, "Alle tal er eksakte: personer, strømme og udgifter er de forventede værdier, som uendeligt mange Monte Carlo-kørsler ville give.") + "\n")
	} else {
		sb.WriteString(msg.T(lang, "Personer, strømme og bruttoudgifter er eksakte. Statens andel og kommunens nettoudgift er tilnærmede: kæden nulstiller kun refusionstrappen gennem ét sammenhængende selvforsørgende forløb, ") +
			msg.Sprintf(lang, "men fra %s kan en borger nå et nyt selvforsørgende forløb inden for samme optælling.", check.Approx) + "\n")
	}
	cols := make([]string, len(meta.Years))
	for y, yr := range meta.Years {
		cols[y] = meta.YearLabel(lang, yr)
	}
	block := func(title string, value func(y, s int) float64, scale float64, total bool, keep func(s int) bool) {
		g := Grid{Title: title, Columns: cols}
		sum := make([]float64, len(cols))
		for s, st := range m.States {
			if !keep(s) {
				continue
			}
			row := Row{Label: st.Label}
			nonzero := false
			for y := range cols {
				v := value(y, s)
				sum[y] += v
				nonzero = nonzero || v != 0
				row.Means = append(row.Means, Number(v/scale))
			}
			if nonzero {
				g.Rows = append(g.Rows, row)
			}
		}
		if total {
			row := Row{Label: msg.T(lang, "I alt")}
			for y := range cols {
				row.Means = append(row.Means, Number(sum[y]/scale))
			}
			g.Rows = append(g.Rows, row)
		}
		sb.WriteString("\n")
		g.compactText(&sb)
	}
	living := func(s int) bool { return !m.States[s].Absorbing }
	paid := func(s int) bool { return m.States[s].Financing.Kind != sim.FinancingNone }
	block(msg.T(lang, "Helårspersoner"), func(y, s int) float64 { return totals[y][s].PersonYears }, 1, true, living)
	for _, g := range FlowGrids(meta, m, flows, living) {
		sb.WriteString("\n")
		g.compactText(&sb)
	}
	block(msg.T(lang, "Bruttoudgift til ydelser (1.000 kr.)"), func(y, s int) float64 { return totals[y][s].Gross }, Thousand, true, paid)
	block(msg.T(lang, "Statsrefusion og statens andel (1.000 kr.)"), func(y, s int) float64 { return totals[y][s].StatePart }, Thousand, true, paid)
	block(msg.T(lang, "Kommunens nettoudgift (1.000 kr.)"), func(y, s int) float64 { return totals[y][s].Net() }, Thousand, true, paid)
	others := func(s int) bool { return m.States[s].PaidBy != sim.PaidByKommune }
	hasOthers := false
	for s := range m.States {
		hasOthers = hasOthers || others(s)
	}
	if hasOthers {
		block(msg.T(lang, "Til orientering: ydelser udbetalt af andre (1.000 kr.)"), func(y, s int) float64 { return totals[y][s].PaidByOthers }, Thousand, true, others)
	}
	if check != nil {
		sb.WriteString("\n" + msg.Sprintf(lang, "Monte Carlo-kontrol (%d kørsler) af kommunens nettoudgift:", check.Runs) + "\n")
		for y := range cols {
			d := check.ExactNet[y] - check.Net[y]
			sb.WriteString(msg.Sprintf(lang, "  %s: eksakt %s, Monte Carlo %s (MC-fejl ±%s); forskel %s (%s)",
				cols[y], Number(check.ExactNet[y]/Thousand), Number(check.Net[y]/Thousand), Number(check.SE[y]/Thousand), Number(d/Thousand), signedPercent(d/check.Net[y])) + "\n")
		}
		sb.WriteString(msg.T(lang, "(1.000 kr.; forskellen er tilnærmelsens fejl plus Monte Carlo-støj.)") + "\n")
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// ExactCSV writes the exact values in machine form: one row per budget
// year, state and measure, with exact=false for the state's part and the
// net when they are approximate.
func ExactCSV(w io.Writer, meta results.Meta, m *sim.Model, totals [][]sim.Totals, flows *sim.Flows, splitExact bool) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"year", "state", "measure", "value", "exact", "prices"})
	prices := PricesField(meta.PriceBase)
	for y, yr := range meta.Years {
		for s, st := range m.States {
			t, f := totals[y][s], flows.Year[y][s]
			for _, r := range []struct {
				name  string
				v     float64
				exact bool
				price bool
			}{
				{"helaarspersoner", t.PersonYears, true, false},
				{"tilgang", f.Entries, true, false},
				{"afgang", f.Exits, true, false},
				{"brutto", t.Gross, true, true},
				{"statsandel", t.StatePart, splitExact, true},
				{"kommunal_netto", t.Net(), splitExact, true},
				{"udbetalt_af_andre", t.PaidByOthers, true, true},
			} {
				p := ""
				if r.price {
					p = prices
				}
				cw.Write([]string{fmt.Sprint(yr), st.Name, r.name, num(r.v), fmt.Sprint(r.exact), p})
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
