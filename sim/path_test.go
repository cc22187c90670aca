package sim_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// leg is one stretch of a fixed path: weeks in a state, then on to the next.
type leg struct {
	name      string
	financing string  // staircase, medfinansiering, fixed, none
	share     float64 // state_share for fixed
	paidBy    string  // paid_by, if given: kommune, udbetaling_danmark, a_kasse
	perWeek   float64 // gross kr. per week, every year
	weeks     int
}

// pathScenario writes a scenario in which one person follows legs in order,
// each leg lasting exactly its weeks (a zero hazard and a forced exit at
// max_weeks), and ends in an unpaid state after the last leg. Each leg is
// its own state, named after the leg.
func pathScenario(t *testing.T, start string, horizonWeeks int, legs []leg) *scenario.Scenario {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "start: %s\nhorizon: {weeks: %d}\nruns: 1\ngroups: {alle: {}}\nstates:\n", start, horizonWeeks)
	for _, l := range legs {
		fmt.Fprintf(&b, "  %s:\n    financing: %s\n", l.name, l.financing)
		switch l.financing {
		case "fixed":
			fmt.Fprintf(&b, "    state_share: %v\n", l.share)
		case "none":
			fmt.Fprintf(&b, "    self_supporting: true\n")
		}
		if l.paidBy != "" {
			fmt.Fprintf(&b, "    paid_by: %s\n", l.paidBy)
		}
		if l.financing != "none" {
			fmt.Fprintf(&b, "    rate: {per: week, amounts: {2026: %v}, indexing: 0}\n", l.perWeek)
		}
	}
	fmt.Fprintf(&b, "  slut:\n    financing: none\ntransitions:\n")
	for i, l := range legs {
		next := "slut"
		if i+1 < len(legs) {
			next = legs[i+1].name
		}
		fmt.Fprintf(&b, "  %s: {hazards: [{from_week: 1, weekly: 0}], destinations: {%s: 1}, max_weeks: %d, at_max: {%s: 1}}\n", l.name, next, l.weeks, next)
	}
	fmt.Fprintf(&b, "initial:\n  %s: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}}\n", legs[0].name)
	file := filepath.Join(t.TempDir(), "path.yaml")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return sc
}

// runPath simulates the path once and returns the totals per year and state.
func runPath(t *testing.T, sc *scenario.Scenario) [][]sim.Totals {
	t.Helper()
	res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return res.PerRun[0]
}

func stateIndex(t *testing.T, m *sim.Model, name string) int {
	for i, s := range m.States {
		if s.Name == name {
			return i
		}
	}
	t.Fatalf("no state %q", name)
	return -1
}

// sumYears adds a state's totals over all years.
func sumYears(per [][]sim.Totals, s int) sim.Totals {
	var t sim.Totals
	for _, y := range per {
		t.Add(y[s])
	}
	return t
}

// kroner reports whether a and b agree to the øre.
func kroner(a, b float64) bool { return math.Abs(a-b) < 0.005 }

// TestSickThenJobafklaring prices 20 weeks of sygedagpenge followed by 49
// weeks of jobafklaringsforløb (seed case 3, scenario 2) by hand.
func TestSickThenJobafklaring(t *testing.T) {
	const syg, jaf = 4695.0, 2844.0 // kr. per week
	sc := pathScenario(t, "2027-01-04", 70, []leg{
		{name: "sygedagpenge", financing: "staircase", perWeek: syg, weeks: 20},
		{name: "jobafklaring", financing: "staircase", perWeek: jaf, weeks: 49},
	})
	per := runPath(t, sc)
	// Budget years are calendar years, and the person's week 52, Monday 27
	// December 2027 – Sunday 2 January 2028, is split by its days: 5 in
	// 2027, 2 in 2028. A weekly sats is sats/7 a day.
	// 2027 (365 days): sygedagpenge weeks 1–20 (140 days): 4 weeks at 80 %,
	// 16 at 40 %. Jobafklaring weeks 21–51 and 5 days of week 52 (222 days):
	// 6 weeks at 40 % (21–26), 25 weeks and 5 days at 30 % (27–52).
	// 2028 (366 days): jobafklaring, 2 days of week 52 at 30 %, then weeks
	// 53–69 at 20 % (121 days).
	want := map[int]map[string]sim.Totals{
		0: {
			"sygedagpenge": {PersonYears: 140.0 / 365, Gross: 20 * 4695, StatePart: 4*0.8*4695 + 16*0.4*4695}, // 93.900 and 45.072
			"jobafklaring": {PersonYears: 222.0 / 365, Gross: (31 + 5.0/7) * 2844, StatePart: 6*0.4*2844 + (25+5.0/7)*0.3*2844},
			// 90.195,43 and 28.765,03
		},
		1: {
			"sygedagpenge": {},
			"jobafklaring": {PersonYears: 121.0 / 366, Gross: (17 + 2.0/7) * 2844, StatePart: 2.0/7*0.3*2844 + 17*0.2*2844},
			// 49.160,57 and 9.913,37
		},
	}
	if got := sc.Model.Years; len(got) != 2 || got[0] != 2027 || got[1] != 2028 {
		t.Fatalf("years %v, want [2027 2028]", got)
	}
	for y, states := range want {
		for name, w := range states {
			got := per[y][stateIndex(t, sc.Model, name)]
			if math.Abs(got.PersonYears-w.PersonYears) > 1e-12 || !kroner(got.Gross, w.Gross) || !kroner(got.StatePart, w.StatePart) {
				t.Errorf("%d %s: got %+v, want %+v", sc.Model.Years[y], name, got, w)
			}
		}
	}
	// The kommune's net cost of the 69 weeks does not depend on how they
	// split into years: 48.828 + 61.999,20 + 38.678,40.
	var net float64
	for _, y := range per {
		for _, s := range y {
			net += s.Net()
		}
	}
	if !kroner(net, 149505.6) {
		t.Errorf("net cost of the path: got %.2f kr., want 149.505,60 kr.", net)
	}
}

// TestResetRule checks § 6: the staircase count restarts only after 52
// self-supporting weeks within the last 156 weeks.
func TestResetRule(t *testing.T) {
	const rate = 1000.0
	// Refusion of the first 60 benefit weeks: 4×80 % + 22×40 % + 26×30 % + 8×20 %.
	const first60 = rate * (4*0.8 + 22*0.4 + 26*0.3 + 8*0.2)
	tests := []struct {
		name  string
		legs  []leg
		after float64 // refusion of the 10 weeks after the last self-support
	}{
		{"30 weeks of work: no reset", []leg{
			{name: "kh1", financing: "staircase", perWeek: rate, weeks: 60},
			{name: "arbejde1", financing: "none", weeks: 30},
		}, rate * 10 * 0.2},
		{"51 weeks of work: no reset", []leg{
			{name: "kh1", financing: "staircase", perWeek: rate, weeks: 60},
			{name: "arbejde1", financing: "none", weeks: 51},
		}, rate * 10 * 0.2},
		{"52 weeks of work: reset", []leg{
			{name: "kh1", financing: "staircase", perWeek: rate, weeks: 60},
			{name: "arbejde1", financing: "none", weeks: 52},
		}, rate * (4*0.8 + 6*0.4)},
		{"26 + 26 weeks of work within 3 years: reset", []leg{
			{name: "kh1", financing: "staircase", perWeek: rate, weeks: 60},
			{name: "arbejde1", financing: "none", weeks: 26},
			{name: "kh2", financing: "staircase", perWeek: 0, weeks: 20},
			{name: "arbejde2", financing: "none", weeks: 26},
		}, rate * (4*0.8 + 6*0.4)},
		{"26 + 26 weeks of work more than 3 years apart: no reset", []leg{
			{name: "kh1", financing: "staircase", perWeek: rate, weeks: 60},
			{name: "arbejde1", financing: "none", weeks: 26},
			{name: "kh2", financing: "staircase", perWeek: 0, weeks: 120},
			{name: "arbejde2", financing: "none", weeks: 26},
		}, rate * 10 * 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			legs := append(tt.legs, leg{name: "retur", financing: "staircase", perWeek: rate, weeks: 10})
			weeks := 0
			for _, l := range legs {
				weeks += l.weeks
			}
			sc := pathScenario(t, "2026-01-05", weeks, legs)
			per := runPath(t, sc)
			if got := sumYears(per, stateIndex(t, sc.Model, "kh1")); !kroner(got.StatePart, first60) {
				t.Errorf("first 60 weeks: refusion %.2f, want %.2f", got.StatePart, first60)
			}
			got := sumYears(per, stateIndex(t, sc.Model, "retur"))
			if !kroner(got.Gross, 10*rate) || !kroner(got.StatePart, tt.after) {
				t.Errorf("10 weeks after returning: gross %.2f, refusion %.2f, want %.2f and %.2f", got.Gross, got.StatePart, 10*rate, tt.after)
			}
		})
	}
}

// TestMedfinansiering prices 60 weeks of førtidspension under the
// medfinansieringstrappe: the kommune pays 20/60/70/80 % of what
// Udbetaling Danmark pays out. That co-financing is the kommune's gross
// expense, with no refusion; the payment is the memo PaidByOthers.
func TestMedfinansiering(t *testing.T) {
	const rate = 4700.0
	sc := pathScenario(t, "2026-01-05", 60, []leg{{name: "foertidspension", financing: "medfinansiering", perWeek: rate, weeks: 60}})
	if p := sc.Model.States[0].PaidBy; p != sim.PaidByUdbetalingDanmark {
		t.Errorf("medfinansiering is paid by %v by default, want udbetaling_danmark", p)
	}
	got := sumYears(runPath(t, sc), 0)
	kommune := rate * (4*0.2 + 22*0.6 + 26*0.7 + 8*0.8) // 181.420
	if !kroner(got.Gross, kommune) || !kroner(got.Net(), 181420) || got.StatePart != 0 || !kroner(got.PaidByOthers, 60*rate) {
		t.Errorf("got gross %.2f, state part %.2f, municipal %.2f, paid by others %.2f; want %.2f, 0, %.2f and %.2f",
			got.Gross, got.StatePart, got.Net(), got.PaidByOthers, kommune, kommune, 60*rate)
	}
}

// TestPaidByOthersKeepsNet checks that who pays a benefit out changes only
// how the kommune's figures are shown, never its net: one person has 10
// weeks of a-dagpenge, 10 of kontanthjælp and 10 of førtidspension granted
// before July 2014, first with the a-kasse and Udbetaling Danmark paying
// (as the law has it), then, in the same model, with the kommune paying
// everything.
func TestPaidByOthersKeepsNet(t *testing.T) {
	const dp, kh, fp = 4865.0, 2800.0, 4700.0 // kr. per week
	sc := pathScenario(t, "2026-01-05", 30, []leg{
		{name: "dagpenge", financing: "medfinansiering", paidBy: "a_kasse", perWeek: dp, weeks: 10},
		{name: "kontanthjaelp", financing: "staircase", perWeek: kh, weeks: 10},
		{name: "gammel_fp", financing: "fixed", share: 0.35, paidBy: "udbetaling_danmark", perWeek: fp, weeks: 10},
	})
	kommunePays := *sc.Model
	kommunePays.States = slices.Clone(sc.Model.States)
	for s := range kommunePays.States {
		kommunePays.States[s].PaidBy = sim.PaidByKommune
	}
	res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	base, err := sim.Run(&kommunePays, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// By hand. A-dagpenge, clock 1–10: the a-kasse pays 10 × 4.865 =
	// 48.650 kr.; the kommune co-finances 20 % of weeks 1–4 and 60 % of
	// weeks 5–10: 4.865 × (4 × 0,2 + 6 × 0,6) = 21.406 kr., its gross and
	// net. Kontanthjælp, clock 11–20: 10 × 2.800 = 28.000 kr. gross, 40 %
	// refusion 11.200, net 16.800. Førtidspension before July 2014, no
	// clock: Udbetaling Danmark pays 10 × 4.700 = 47.000 kr., the kommune
	// 65 %: 30.550 kr.
	want := map[string]sim.Totals{
		"dagpenge":      {Gross: 21406, PaidByOthers: 48650},
		"kontanthjaelp": {Gross: 28000, StatePart: 11200},
		"gammel_fp":     {Gross: 30550, PaidByOthers: 47000},
	}
	exact, err := sim.Expected(sc.Model)
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		s := stateIndex(t, sc.Model, name)
		got, all := sumYears(res.PerRun[0], s), sumYears(base.PerRun[0], s)
		if !kroner(got.Gross, w.Gross) || !kroner(got.StatePart, w.StatePart) || !kroner(got.PaidByOthers, w.PaidByOthers) {
			t.Errorf("%s: got gross %.2f, state part %.2f, paid by others %.2f; want %.2f, %.2f, %.2f",
				name, got.Gross, got.StatePart, got.PaidByOthers, w.Gross, w.StatePart, w.PaidByOthers)
		}
		if ex := sumYears(exact, s); !kroner(ex.Gross, w.Gross) || !kroner(ex.PaidByOthers, w.PaidByOthers) {
			t.Errorf("%s: the exact solver gives gross %.2f and paid by others %.2f", name, ex.Gross, ex.PaidByOthers)
		}
		// Paid by the kommune, the payment is its gross and the state's
		// share its refusion; the net is the same to the øre.
		payment := w.Gross
		if w.PaidByOthers != 0 {
			payment = w.PaidByOthers
		}
		if !kroner(all.Net(), got.Net()) || all.PaidByOthers != 0 || !kroner(all.Gross, payment) || !kroner(all.StatePart, payment-got.Net()) {
			t.Errorf("%s: paid by the kommune, gross %.2f, refusion %.2f, net %.2f, paid by others %.2f; want %.2f, %.2f, %.2f, 0",
				name, all.Gross, all.StatePart, all.Net(), all.PaidByOthers, payment, payment-got.Net(), got.Net())
		}
	}
	for wk := range res.WeekNet[0] {
		if !kroner(res.WeekNet[0][wk], base.WeekNet[0][wk]) {
			t.Errorf("week %d: the kommune's net %.2f, paid by the kommune %.2f", wk, res.WeekNet[0][wk], base.WeekNet[0][wk])
		}
	}
	// A state without financing is paid out by nobody.
	kommunePays.States[stateIndex(t, &kommunePays, "slut")].PaidBy = sim.PaidByAKasse
	if _, err := sim.Run(&kommunePays, sim.Options{Runs: 1, Seed: 1}); err == nil || !strings.Contains(err.Error(), "udbetales af a_kasse, men har ingen financing") {
		t.Errorf("an unfinanced state paid by an a-kasse: %v", err)
	}
}

// TestFixedShare prices an old-rule førtidspension at a fixed 35 % state
// share; its weeks do not count on the staircase, so a later kontanthjælp
// starts on the 80 % step.
func TestFixedShare(t *testing.T) {
	sc := pathScenario(t, "2026-01-05", 40, []leg{
		{name: "gammel_fp", financing: "fixed", share: 0.35, perWeek: 4000, weeks: 30},
		{name: "kontanthjaelp", financing: "staircase", perWeek: 2800, weeks: 10},
	})
	per := runPath(t, sc)
	fp := sumYears(per, 0)
	if !kroner(fp.Gross, 120000) || !kroner(fp.StatePart, 42000) || !kroner(fp.Net(), 78000) {
		t.Errorf("fixed share: got %+v, want gross 120.000, state 42.000", fp)
	}
	kh := sumYears(per, 1)
	if want := 2800 * (4*0.8 + 6*0.4); !kroner(kh.StatePart, want) {
		t.Errorf("kontanthjælp after fixed-share weeks: refusion %.2f, want %.2f (clock starting at 1)", kh.StatePart, want)
	}
}

// TestHistoryBeforeStart checks § 6 for the initial stock: a person who
// starts in a self-supporting state has been there its weeks in the state
// before the start, and those weeks count for the reset rule as weeks
// after the start do. Each person had 30 benefit weeks (prior_benefit_weeks)
// and then works; on falling sick it gets 10 weeks of sygedagpenge at
// 1.000 kr. a week, priced by hand:
//
//	no reset:  clock 31–40, all on the 30 % step: 10 × 300 = 3.000 kr.;
//	reset:     clock 1–10: 4 × 800 + 6 × 400 = 5.600 kr.
func TestHistoryBeforeStart(t *testing.T) {
	tests := []struct {
		name     string
		inState  int // weeks in work at the start (the start's week included)
		leaveAt  int // the work week after which the person falls sick
		refusion float64
	}{
		// 100 weeks of work before the start (model.md's example): the count
		// was reset before the start, so the first sick week is clock 1.
		{"100 weeks of work before the start", 101, 101, 5600},
		// 30 weeks before the start and 22 after (weeks 0–21): 52 within
		// the window, so the count resets before the person falls sick.
		{"30 weeks before and 22 after", 31, 52, 5600},
		// 30 weeks before and 21 after: 51, no reset.
		{"30 weeks before and 21 after", 31, 51, 3000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := fmt.Sprintf(`start: 2027-01-04
horizon: {weeks: 40}
runs: 1
groups: {alle: {}}
states:
  arbejde: {financing: none, self_supporting: true}
  syg: {financing: staircase, rate: {per: week, amounts: {2027: 1000}, indexing: 0}}
  slut: {financing: none}
transitions:
  arbejde: {hazards: [{from_week: 1, weekly: 0}], destinations: {syg: 1}, max_weeks: %d, at_max: {syg: 1}}
  syg: {hazards: [{from_week: 1, weekly: 0}], destinations: {slut: 1}, max_weeks: 10, at_max: {slut: 1}}
initial:
  arbejde: {persons: {alle: 1}, weeks_in_state: {min: %d, max: %d}, prior_benefit_weeks: 30}
`, tt.leaveAt, tt.inState, tt.inState)
			file := filepath.Join(t.TempDir(), "h.yaml")
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			sc, err := (&scenario.Loader{}).Load(file)
			if err != nil {
				t.Fatal(err)
			}
			got := sumYears(runPath(t, sc), stateIndex(t, sc.Model, "syg"))
			if !kroner(got.Gross, 10000) || !kroner(got.StatePart, tt.refusion) {
				t.Errorf("sygedagpenge: gross %.2f, refusion %.2f; want 10.000 and %.2f", got.Gross, got.StatePart, tt.refusion)
			}
		})
	}
}
