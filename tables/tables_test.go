package tables

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"ydelsesflow/results"
	"ydelsesflow/sim"
)

func TestDanishNumbers(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Number(1234567.891), "1.234.568"},
		{Number(-88166.5), "-88.167"},
		{Number(-0.4), "0"},
		{Number(999), "999"},
		{Percent(0.035), "3,5 %"},
		{Percent(0.2), "20 %"},
		{Interval(sim.Stat{P5: 86900400, P95: 89400600}, sim.Net), "(86.900–89.401)"},
		{Interval(sim.Stat{P5: 647.2, P95: 693.6}, sim.FullTimePersons), "(647–694)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// summary is a two-year, one-state summary with known figures.
func summary() *sim.Summary {
	row := func(year int, state, label string, gross float64) sim.Row {
		r := sim.Row{Year: year, State: state, Label: label}
		r.Stats[sim.FullTimePersons] = sim.Stat{Mean: 10, P5: 9, P50: 10, P95: 11}
		r.Stats[sim.Gross] = sim.Stat{Mean: gross, P5: gross - 1000, P50: gross, P95: gross + 1000}
		r.Stats[sim.StatePart] = sim.Stat{Mean: gross / 2, P5: gross/2 - 500, P50: gross / 2, P95: gross/2 + 500}
		r.Stats[sim.Net] = sim.Stat{Mean: gross / 2, P5: gross/2 - 500, P50: gross / 2, P95: gross/2 + 500}
		return r
	}
	return &sim.Summary{
		Years: []int{2027, 2028},
		Rows: []sim.Row{
			row(2027, "kh", "Kontanthjælp", 2_000_000), row(2027, sim.TotalName, "I alt", 2_000_000),
			row(2028, "kh", "Kontanthjælp", 3_000_000), row(2028, sim.TotalName, "I alt", 3_000_000),
		},
		PresentValue: sim.Stat{Mean: 2_449_275, MCSE: 1000, P5: 2_400_000, P95: 2_500_000},
		DiscountRate: 0.035,
	}
}

var meta = results.Meta{Scenario: "test.yaml", Title: "Test", Start: "2027-01-04", Runs: 5, Seed: 1, RealPresentValue: true}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, meta, summary()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Bruttoudgift til ydelser (1.000 kr.)",
		"Kontanthjælp    2.000    3.000", // in 1.000 kr., one column per year
		"(1.999–2.001)",
		"Nutidsværdi af kommunal nettoudgift 2027–2028 i 2027-priser, diskonteret med en real rente på 3,5 % om året til 2027: 2.449 (2.400–2.500) 1.000 kr.",
	} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
}

// TestPaidByOthersMemo checks the display rule for a benefit paid by
// Udbetaling Danmark: its co-financing is in the kommune's gross with no
// refusion, and the payment only in the memo table, with its note.
func TestPaidByOthersMemo(t *testing.T) {
	s := summary()
	// Førtidspension: 1.000.000 kr. paid out by Udbetaling Danmark, of which
	// the kommune co-finances 600.000 kr. (60 %); kontanthjælp as before.
	fp := func(year int) sim.Row {
		r := sim.Row{Year: year, State: "fp", Label: "Førtidspension"}
		r.Stats[sim.FullTimePersons] = sim.Stat{Mean: 4, P5: 4, P50: 4, P95: 4}
		r.Stats[sim.Gross] = sim.Stat{Mean: 600_000, P5: 600_000, P50: 600_000, P95: 600_000}
		r.Stats[sim.Net] = r.Stats[sim.Gross]
		r.Stats[sim.PaidByOthers] = sim.Stat{Mean: 1_000_000, P5: 1_000_000, P50: 1_000_000, P95: 1_000_000}
		return r
	}
	total := func(r sim.Row) sim.Row {
		for _, m := range []sim.Measure{sim.FullTimePersons, sim.Gross, sim.Net, sim.PaidByOthers} {
			st := &r.Stats[m]
			add := fp(r.Year).Stats[m]
			st.Mean, st.P5, st.P50, st.P95 = st.Mean+add.Mean, st.P5+add.P5, st.P50+add.P50, st.P95+add.P95
		}
		return r
	}
	s.Rows = []sim.Row{s.Rows[0], fp(2027), total(s.Rows[1]), s.Rows[2], fp(2028), total(s.Rows[3])}
	var b bytes.Buffer
	if err := Text(&b, meta, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	gross, rest, _ := strings.Cut(out, "Statsrefusion og statens andel")
	refusion, rest, _ := strings.Cut(rest, "Kommunal nettoudgift")
	_, memo, ok := strings.Cut(rest, "Til orientering: ydelser udbetalt af andre (1.000 kr.)")
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	switch {
	case !ok:
		t.Fatalf("no memo table:\n%s", out)
	case !strings.Contains(flat(gross), "Førtidspension 600 600") || !strings.Contains(flat(gross), "I alt 2.600 3.600"):
		t.Errorf("the kommune's gross should hold the co-financing, 600, and total 2.600 and 3.600:\n%s", gross)
	case strings.Contains(refusion, "Førtidspension"):
		t.Errorf("the co-financing gets no refusion:\n%s", refusion)
	case !strings.Contains(flat(memo), "Førtidspension 1.000 1.000") || !strings.Contains(flat(memo), "I alt 1.000 1.000"):
		t.Errorf("memo lacks the payment of 1.000 (1.000 kr.) a year:\n%s", memo)
	case !strings.Contains(flat(memo), "Førtidspension udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen"):
		t.Errorf("memo lacks its note:\n%s", memo)
	case strings.Contains(flat(memo), "Kontanthjælp"):
		t.Errorf("kontanthjælp is paid by the kommune and has no memo line:\n%s", memo)
	}
	// Without benefits paid by others there is no memo table.
	b.Reset()
	if err := Text(&b, meta, summary()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Til orientering") {
		t.Errorf("a memo table without benefits paid by others:\n%s", b.String())
	}
}

func TestMachineFiles(t *testing.T) {
	var b bytes.Buffer
	if err := SummaryCSV(&b, results.Meta{}, summary()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// header + 4 rows × 5 measures + present value
	if len(recs) != 1+20+1 {
		t.Fatalf("%d CSV records, want 22", len(recs))
	}
	if got := strings.Join(recs[2], ","); got != "2027,kh,Kontanthjælp,brutto,kr,2000000,0,0,1999000,2000000,2001000,loebende" {
		t.Errorf("gross line: %s", got)
	}
	b.Reset()
	if err := JSON(&b, meta, summary()); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Rows []struct {
			Measures map[string]struct{ Mean float64 }
		}
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Rows) != 4 || v.Rows[2].Measures["kommunal_netto"].Mean != 1_500_000 {
		t.Errorf("JSON rows: %+v", v.Rows)
	}
}

func TestAmount(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{2_100_000, "2,1 mio. kr."},
		{-4_949_999, "-4,9 mio. kr."},
		{354_669, "355.000 kr."},
		{-1_499, "-1.000 kr."},
		{960_000, "1,0 mio. kr."},
		{0, "0 kr."},
	} {
		if got := Amount(tc.v); got != tc.want {
			t.Errorf("Amount(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestValue(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{395_998.6, "395.999"},
		{0.75018, "0,75"},
		{12.834, "12,834"},
		{-3.5, "-3,5"},
	} {
		if got := Value(tc.v); got != tc.want {
			t.Errorf("Value(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
