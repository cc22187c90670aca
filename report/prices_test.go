package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/results"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// TestPrices checks that the report names the prices of its amounts — in
// the meta line, the cards, the budget form, the sensitivity section, the
// charts and their captions — from the results' Meta: løbende priser for
// PriceBase 0, "2027-priser" for faste priser of 2027.
func TestPrices(t *testing.T) {
	years := []int{2027, 2028, 2029}
	zero := make([]sim.Stat, 4)
	c := &sim.Comparison{Years: years, Gross: zero, StatePart: zero, Net: zero, Total: zero}
	for _, tc := range []struct {
		base          int
		prices, other string
	}{
		{0, "løbende priser", "2027-priser"},
		{2027, "2027-priser", "løbende priser"},
	} {
		rf := fixture.Results()
		for _, m := range []*results.Meta{&rf.Run.Meta, &rf.Comparisons[0].Meta, &rf.Sensitivity.Meta} {
			m.PriceBase = tc.base
		}
		run := *rf
		run.Comparisons, run.Sensitivity = nil, nil
		rf.Run = nil
		m := &sim.Model{PriceBase: tc.base}
		for _, r := range []struct {
			name   string
			report *Report
			want   []string
		}{
			{"comparison", &Report{Title: "T", Generated: time.Now(), Results: rf, Arms: []Arm{{Budget: tables.BudgetForm(rf.Comparisons[0].Meta, c, m).Grid(true)}}},
				[]string{"seed 1 · beløb i " + tc.prices + " ekskl. moms.",
					"gennemsnit over 20 kørsler, " + tc.prices, tc.prices + "; + = merudgift, − = mindreudgift",
					"<h3>Økonomiske konsekvenser (1.000 kr., " + tc.prices + ", ekskl. moms)</h3>",
					"Beløbene er i " + tc.prices + ".",
					"trekanten er nettoændringen med 90 %-interval. Beløb i " + tc.prices + ".</figcaption>",
					"Ændring i udgifter (mio. kr., " + tc.prices + ")"}},
			{"run", &Report{Title: "T", Generated: time.Now(), Results: &run,
				RunGrids: []tables.Grid{{Title: "Kommunal nettoudgift (1.000 kr.)", Columns: []string{"2027"}, Rows: []tables.Row{{Label: "I alt", Means: []string{"1"}}}}}},
				[]string{"seed 1 · beløb i " + tc.prices + " ekskl. moms.", "Beløb i 1.000 kr., " + tc.prices + ".</p>",
					"jo lavere refusion. Beløb i " + tc.prices + ".</figcaption>", "Udgift (mio. kr., " + tc.prices + ")"}},
		} {
			var buf bytes.Buffer
			if err := Write(&buf, r.report); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			for _, want := range r.want {
				if !strings.Contains(page, want) {
					t.Errorf("%s report, PriceBase %d, lacks %q", r.name, tc.base, want)
				}
			}
			if strings.Contains(page, tc.other) {
				t.Errorf("%s report, PriceBase %d, names %q", r.name, tc.base, tc.other)
			}
		}
	}
}
