package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ydelsesflow/results"
)

// paidByScenario is a small scenario priced by hand in TestPaidByOthersTable:
// ten weeks from Monday 4 January 2027 (all in budget year 2027), nobody
// moves. Two persons start a-dagpenge, paid by the a-kasse; one has been on
// kontanthjælp, paid by the kommune, for 52 weeks; one has a førtidspension
// granted before July 2014, paid by Udbetaling Danmark with a fixed 35 %
// state share.
const paidByScenario = `title: Medfinansiering i hånden
start: 2027-01-04
horizon: {weeks: 10}
runs: 1
seed: 1
groups: {alle: {source: test}}
states:
  dagpenge:
    label: A-dagpenge
    financing: medfinansiering
    paid_by: a_kasse
    rate: {per: week, amounts: {2027: 4865}, indexing: 0, source: test}
    source: test
  kontanthjaelp:
    label: Kontanthjælp
    financing: staircase
    rate: {per: week, amounts: {2027: 2800}, indexing: 0, source: test}
    source: test
  gammel_fp:
    label: Førtidspension (før juli 2014)
    financing: fixed
    state_share: 0.35
    clock: false
    paid_by: udbetaling_danmark
    rate: {per: week, amounts: {2027: 4700}, indexing: 0, source: test}
    source: test
initial:
  dagpenge: {persons: {alle: 2}, weeks_in_state: {min: 1, max: 1}, source: test}
  kontanthjaelp: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}, prior_benefit_weeks: 52, source: test}
  gammel_fp: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}, source: test}
`

// TestPaidByOthersTable runs paidByScenario and checks every output of
// run against kroner computed by hand: the kommune's co-financing of the
// benefits the a-kasse and Udbetaling Danmark pay out is its gross, with
// no refusion, and their payment only a memo.
//
// A-dagpenge, 2 persons, clock 1–10: the a-kasse pays 2 × 10 × 4.865 =
// 97.300 kr.; the kommune co-finances 20 % in weeks 1–4 and 60 % in weeks
// 5–10: 2 × 4.865 × (4 × 0,2 + 6 × 0,6) = 42.812 kr., its gross and net.
// Kontanthjælp, clock 53–62: 10 × 2.800 = 28.000 kr. gross, 20 % refusion
// 5.600 kr., net 22.400 kr. Førtidspension before July 2014: Udbetaling
// Danmark pays 10 × 4.700 = 47.000 kr., the kommune 65 % = 30.550 kr.
// Totals: gross 42.812 + 28.000 + 30.550 = 101.362 kr. (not 173.300, the
// sum of the payments), refusion 5.600, net 95.762, memo 97.300 + 47.000
// = 144.300 kr.
func TestPaidByOthersTable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "medfinansiering.yaml")
	if err := os.WriteFile(file, []byte(paidByScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "ud")
	if code, _, stderr := invoke(t, "run", "--out", out, "--quiet", file); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := map[string]map[string]float64{ // state → measure → kr.
		"dagpenge":      {"brutto": 42812, "statsandel": 0, "kommunal_netto": 42812, "udbetalt_af_andre": 97300},
		"kontanthjaelp": {"brutto": 28000, "statsandel": 5600, "kommunal_netto": 22400, "udbetalt_af_andre": 0},
		"gammel_fp":     {"brutto": 30550, "statsandel": 0, "kommunal_netto": 30550, "udbetalt_af_andre": 47000},
		"total":         {"brutto": 101362, "statsandel": 5600, "kommunal_netto": 95762, "udbetalt_af_andre": 144300},
	}
	f, err := os.Open(filepath.Join(out, "sammendrag.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, r := range recs[1:] {
		w, ok := want[r[1]][r[3]]
		if !ok || r[0] != "2027" {
			continue
		}
		seen++
		if got, _ := strconv.ParseFloat(r[5], 64); !kr(got, w) {
			t.Errorf("sammendrag.csv %s %s: %.2f kr., want %.0f", r[1], r[3], got, w)
		}
	}
	if seen != 16 {
		t.Errorf("sammendrag.csv: %d of the 16 figures found", seen)
	}

	// The table in 1.000 kr.: the gross holds the co-financing, the
	// refusion table not the benefits paid by others, the memo the payments.
	table, err := os.ReadFile(filepath.Join(out, "tabel.txt"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(table)), " ")
	gross, rest, _ := strings.Cut(flat, "Statsrefusion og statens andel")
	refusion, rest, _ := strings.Cut(rest, "Kommunal nettoudgift")
	net, memo, ok := strings.Cut(rest, "Til orientering: ydelser udbetalt af andre (1.000 kr.)")
	if !ok {
		t.Fatalf("no memo table:\n%s", table)
	}
	for _, c := range []struct{ part, name, want string }{
		{gross, "gross", "A-dagpenge 43 (43–43) Kontanthjælp 28 (28–28) Førtidspension (før juli 2014) 31 (31–31)"},
		{gross, "gross", "I alt 101 (101–101)"},
		{refusion, "refusion", "Kontanthjælp 6 (6–6) ──"},
		{net, "net", "I alt 96 (96–96)"},
		{memo, "memo", "A-dagpenge 97 (97–97) Førtidspension (før juli 2014) 47 (47–47)"},
		{memo, "memo", "I alt 144 (144–144)"},
		{memo, "memo", "A-dagpenge og førtidspension (før juli 2014) udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen"},
	} {
		if !strings.Contains(c.part, c.want) {
			t.Errorf("%s table lacks %q:\n%s", c.name, c.want, table)
		}
	}
	if strings.Contains(refusion, "A-dagpenge") || strings.Contains(refusion, "Førtidspension") || strings.Contains(memo, "Kontanthjælp") {
		t.Errorf("refusion for the co-financing, or a memo for a benefit the kommune pays:\n%s", table)
	}

	// resultat.json keeps the memo beside the kommune's figures.
	rf, err := os.Open(filepath.Join(out, "resultat.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer rf.Close()
	res, err := results.Read(rf)
	if err != nil {
		t.Fatal(err)
	}
	if r := res.Run; !kr(r.Gross[0].Mean, 101362) || !kr(r.Net[0].Mean, 95762) || len(r.PaidByOthers) != 1 || !kr(r.PaidByOthers[0].Mean, 144300) {
		t.Errorf("resultat.json: gross %v, net %v, paid by others %v", r.Gross, r.Net, r.PaidByOthers)
	}
}

// kr reports whether a and b agree to the krone.
func kr(a, b float64) bool { return a-b < 0.5 && b-a < 0.5 }
