package tables

import (
	"strings"
	"testing"

	"ydelsesflow/sim"
)

// TestBudgetFormGrant checks the form's rows, worked by hand: a project
// of 300.000 kr. in 2027 that the state finances in full (state_share 1)
// is an expense of +300.000 and an income of −300.000, not a line of
// zeros; a mentor line of −50.000 kr. with half refunded is −50.000 and
// +25.000; the service subtotal is their net, 0 − 25.000 = −25.000 kr.
func TestBudgetFormGrant(t *testing.T) {
	one := func(v float64) []sim.Stat { return []sim.Stat{{Mean: v, P5: v, P95: v}, {Mean: v, P5: v, P95: v}} }
	c := &sim.Comparison{Years: []int{2027},
		Lines: []sim.ComparedLine{{Intervention: "p", Label: "P", Line: "Projekttilskud", StateShare: 1}, {Intervention: "p", Label: "P", Line: "Mentorudgifter", StateShare: 0.5}},
		Cost:  [][]sim.Stat{one(0), one(-25_000)}, CostGross: [][]sim.Stat{one(300_000), one(-50_000)}, Service: one(-25_000),
		Gross: one(-100_000), StatePart: one(-30_000), Net: one(-70_000), Total: one(-95_000),
		GrossByState: [][]sim.Stat{one(-100_000)}, NetByState: [][]sim.Stat{one(-70_000)}}
	m := &sim.Model{States: []sim.State{{Name: "kh", Label: "Kontanthjælp", Konto: "5.57.73"}}}
	f := BudgetForm(partial, c, m)
	want := []struct {
		kind  RowKind
		label string
		kr    float64
	}{
		{KindService, "Projekttilskud", 300_000},
		{KindIncome, "Statens andel: Projekttilskud", -300_000},
		{KindService, "Mentorudgifter", -50_000},
		{KindIncome, "Statens andel: Mentorudgifter", 25_000},
		{KindSubtotal, "Serviceudgifter i alt", -25_000},
		{KindTransfer, "Kontanthjælp", -100_000},
		{KindIncome, "Statsrefusion", 30_000},
		{KindSubtotal, "Overførselsudgifter i alt, netto", -70_000},
		{KindTotal, "Nettoændring for kommunen i alt", -95_000},
	}
	if len(f.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(f.Rows), len(want), f.Rows)
	}
	for i, w := range want {
		r := f.Rows[i]
		if r.Kind != w.kind || r.Label != w.label || r.Values[0].Mean != w.kr {
			t.Errorf("row %d: %s %q %v, want %s %q %v", i, r.Kind, r.Label, r.Values[0].Mean, w.kind, w.label, w.kr)
		}
	}
	if f.Rows[5].Konto != "5.57.73" {
		t.Errorf("konto %q", f.Rows[5].Konto)
	}
	for _, tc := range []struct {
		intervals bool
		want      string
	}{
		{false, "Projekttilskud +300 +300"},
		{true, "(+300 til +300)"},
	} {
		var sb strings.Builder
		f.Grid(tc.intervals).text(&sb)
		if got := squeeze(sb.String()); !strings.Contains(got, squeeze(tc.want)) || strings.Contains(got, " til +") != tc.intervals {
			t.Errorf("intervals %v: lacks %q or shows intervals wrongly:\n%s", tc.intervals, tc.want, sb.String())
		}
		if !strings.Contains(sb.String(), "5.57.73 Kontanthjælp") || !strings.Contains(sb.String(), "Budget 2027 (fra 4. januar)") {
			t.Errorf("the konto or the budget year's heading is missing:\n%s", sb.String())
		}
	}
}
