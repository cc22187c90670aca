package tables

import (
	"bytes"
	"strings"
	"testing"

	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
	"ydelsesflow/sim"
)

// partial is the meta data of a horizon that starts on Monday 4 January
// 2027 and ends on 15 March 2028: both its budget years are covered only
// in part.
var partial = results.Meta{Scenario: "test.yaml", Baseline: "basis.yaml", Title: "Test", Start: "2027-01-04", End: "2028-03-15",
	Runs: 5, Seed: 1, Years: []int{2027, 2028}, RealPresentValue: true}

// comparison is a hand-made comparison over 2027 and 2028 (and their
// total) with one cost line and one state.
func comparison() (*sim.Comparison, *sim.Model) {
	st := func(vs ...float64) []sim.Stat {
		var out []sim.Stat
		for _, v := range vs {
			out = append(out, sim.Stat{Mean: v, P5: v - 1000, P50: v, P95: v + 1000})
		}
		return out
	}
	c := &sim.Comparison{Years: []int{2027, 2028}, Runs: 5,
		Lines: []sim.ComparedLine{{Intervention: "ips", Label: "IPS", Line: "Konsulenter"}},
		Cost:  [][]sim.Stat{st(100_000, 20_000, 120_000)}, CostGross: [][]sim.Stat{st(100_000, 20_000, 120_000)}, Service: st(100_000, 20_000, 120_000),
		GrossByState: [][]sim.Stat{st(-300_000, -60_000, -360_000)},
		Gross:        st(-300_000, -60_000, -360_000), StatePart: st(-100_000, -20_000, -120_000), Net: st(-200_000, -40_000, -240_000),
		Total: st(-100_000, -20_000, -120_000), Saving: st(100_000, 20_000, 120_000), PSaving: []float64{0.9, 0.8, 0.9},
		ExpectedLoss: []float64{0, 0, 0}, NetByState: [][]sim.Stat{st(-200_000, -40_000, -240_000)},
		Persons: [][]sim.Stat{st(-2, -1, -1.5)}, NPV: sim.Stat{Mean: 115_000}, DiscountRate: 0.035, BreakEvenWeek: -1, BreakEvenRuns: 0.9}
	m := &sim.Model{States: []sim.State{{Name: "kh", Label: "Kontanthjælp"}}}
	return c, m
}

// TestPartialYears checks that every table a reader sees labels a budget
// year the horizon covers only in part, and that the machine files keep
// the plain year.
func TestPartialYears(t *testing.T) {
	from, to := "2027 (fra 4. januar)", "2028 (til 15. marts)"
	period := "4. januar 2027–15. marts 2028"
	c, m := comparison()
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
		want  []string
	}{
		{"Text", func(b *bytes.Buffer) error { return Text(b, partial, summary()) },
			[]string{"Bruttoudgift til ydelser (1.000 kr.) " + from + " " + to, "Nutidsværdi af kommunal nettoudgift " + period + " i 2027-priser, diskonteret med en real rente"}},
		{"Markdown", func(b *bytes.Buffer) error { return Markdown(b, partial, summary()) },
			[]string{"| | " + from + " | " + to + " |", "Nutidsværdi af kommunal nettoudgift " + period}},
		{"CompareText", func(b *bytes.Buffer) error { return CompareText(b, partial, c, m, true) },
			[]string{"netto over " + period + " (90 %-interval", "Budget " + from + "  Overslagsår " + to + "  I alt " + period,
				"Nettoændring " + to + ": -20", "Nettoændring I alt " + period + ": -120", "Nutidsværdi af nettoændringen " + period + " i 2027-priser, diskonteret med en real rente",
				"Break-even: nås ikke inden 15. marts 2028;", "Ændring i helårspersoner (indsats − basis)"}},
		{"CompareMarkdown", func(b *bytes.Buffer) error { return CompareMarkdown(b, partial, c, m, false) },
			[]string{"| Budget " + from + " | Overslagsår " + to + " | I alt " + period + " |"}},
	} {
		var b bytes.Buffer
		if err := tc.write(&b); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(b.String(), want) && !strings.Contains(squeeze(b.String()), squeeze(want)) {
				t.Errorf("%s lacks %q:\n%s", tc.name, want, b.String())
			}
		}
	}
	for _, g := range []Grid{PersonsGrid(c, m), RunGrids(summary())[0]} {
		if got := strings.Join(g.Columns, " | "); !strings.HasPrefix(got, "2027 | 2028") {
			t.Errorf("%s: unlabelled columns %q, want the plain years", g.Title, got)
		}
		if got := strings.Join(g.Labelled(partial).Columns, " | "); !strings.HasPrefix(got, from+" | "+to) {
			t.Errorf("%s: labelled columns %q", g.Title, got)
		}
	}
	if got, want := strings.Join(BudgetForm(partial, c, m).Columns, " | "), "Budget "+from+" | Overslagsår "+to+" | I alt "+period; got != want {
		t.Errorf("budget form's columns %q, want %q", got, want)
	}
	if got, want := PersonsGrid(c, m).Labelled(partial).Columns[2], "Gns. pr. år"; got != want {
		t.Errorf("persons' last column %q, want %q", got, want)
	}
	whole := partial
	whole.Start, whole.End = "2027-01-01", "2028-12-31"
	if got, want := strings.Join(BudgetForm(whole, c, m).Grid(false).Columns, " | "), "Budget 2027 | Overslagsår 2028 | I alt 2027–2028"; got != want {
		t.Errorf("whole years: columns %q, want %q", got, want)
	}
	// The machine files keep the plain year as the key.
	var b bytes.Buffer
	if err := CompareCSV(&b, partial, c, m, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\ntest.yaml,2028,ydelser_brutto,kr,") || strings.Contains(b.String(), "marts") {
		t.Errorf("the CSV does not key its lines by the plain year:\n%s", b.String())
	}
	b.Reset()
	if err := JSON(&b, partial, summary()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"end": "2028-03-15"`) || !strings.Contains(b.String(), `"year": 2028`) {
		t.Errorf("the JSON lacks the end or the plain year:\n%s", b.String())
	}
}

// TestSensitivityPartialYears checks the sensitivity text's periods: the
// horizon and the budget period, each with its partial end as a date.
func TestSensitivityPartialYears(t *testing.T) {
	years := []int{2027, 2028, 2029, 2030, 2031}
	meta := results.Meta{Scenario: "test.yaml", Baseline: "basis.yaml", Title: "Test", Start: "2027-01-04", End: "2031-03-15", Runs: 5, Seed: 1, Years: years}
	saving := make([]sim.Stat, len(years)+1)
	r := &sensitivity.Result{Years: years, PSA: &sim.Comparison{Years: years, Saving: saving, Total: saving, PSaving: make([]float64, len(years)+1), ExpectedLoss: make([]float64, len(years)+1)}}
	var b bytes.Buffer
	if err := SensitivityText(&b, meta, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"nettoændring 4. januar 2027–15. marts 2031 0 kr.", "Tornado: nettoændring 4. januar 2027–15. marts 2031 (1.000 kr., løbende priser, + = merudgift)",
		"Tornado: nettoændring i budgetperioden 4. januar 2027–2030 (1.000 kr., løbende priser, + = merudgift)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the sensitivity text lacks %q:\n%s", want, b.String())
		}
	}
}

// squeeze turns every run of white space into one space, so that a test
// need not know the width of a text table's columns.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }
