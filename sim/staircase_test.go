package sim_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// loadYAML writes a scenario and loads it.
func loadYAML(t *testing.T, src string) *scenario.Scenario {
	t.Helper()
	file := filepath.Join(t.TempDir(), "s.yaml")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return sc
}

// staircaseChange is one person on a staircase benefit of 1.000 kr. a week
// for 20 weeks from Monday 4 January 2027, never leaving; the law's
// staircase holds until a change from Monday 1 February 2027 (week 4)
// sets three new steps: 90 % in weeks 1–2, 50 % in weeks 3–6, 10 % from 7.
const staircaseChange = `
start: 2027-01-04
horizon: {weeks: 20}
groups: {alle: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 1000}}
initial:
  syg: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}}
changes:
  ny_trappe:
    from: 2027-02-01
    source: test
    set:
      refusionstrappe:
        steps: [{to_week: 2, state_share: 0.9}, {to_week: 6, state_share: 0.5}, {state_share: 0.1}]
`

// TestStaircaseChangePricedByHand prices a week by the staircase of its
// epoch, in the Monte Carlo and in the exact solver. The person's clock is
// t+1 in week t and keeps counting across the change:
//
//	weeks 0–3, clock 1–4, the law's 80 %:       4 × 800 = 3.200 kr.
//	weeks 4–5, clock 5–6, the new 50 % (3–6):   2 × 500 = 1.000 kr.
//	weeks 6–19, clock 7–20, the new 10 % (7+): 14 × 100 = 1.400 kr.
//
// The state's part is 5.600 kr. of a gross of 20 × 1.000 = 20.000 kr.; the
// kommune's net 14.400 kr.
func TestStaircaseChangePricedByHand(t *testing.T) {
	sc := loadYAML(t, staircaseChange)
	m := sc.Model
	res, err := sim.Run(m, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	exact, err := sim.Expected(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		tot  sim.Totals
	}{{"Monte Carlo", res.PerRun[0][0][0]}, {"Expected", exact[0][0]}} {
		if math.Abs(c.tot.Gross-20000) > 1e-6 || math.Abs(c.tot.StatePart-5600) > 1e-6 || math.Abs(c.tot.Net()-14400) > 1e-6 {
			t.Errorf("%s: gross %.6f, state %.6f, net %.6f kr.; want 20.000, 5.600 and 14.400", c.name, c.tot.Gross, c.tot.StatePart, c.tot.Net())
		}
	}
	// The step chart's data: step k is the k-th step of the week's
	// staircase, four entries a week (the most steps of any epoch).
	for _, c := range []struct{ week, step int }{{0, 0}, {3, 0}, {4, 1}, {5, 1}, {6, 2}, {19, 2}} {
		row := res.MeanSteps[c.week]
		if len(row) != 4 || row[c.step] != 1 {
			t.Errorf("week %d: persons on the steps %v, want 1 on step %d of 4", c.week, row, c.step)
		}
	}
	// Without the change the law's steps hold throughout: 4 × 800 + 16 × 400.
	law := loadYAML(t, staircaseChange[:strings.Index(staircaseChange, "changes:")])
	lr, err := sim.Run(law.Model, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := lr.PerRun[0][0][0].StatePart; math.Abs(got-9600) > 1e-6 {
		t.Errorf("without the change: state %.6f kr., want 3.200 + 6.400 = 9.600", got)
	}
}

// resetPath is one person's path, each leg lasting exactly its weeks from
// Monday 4 January 2027: benefit a (weeks 0–3), work w1 (4–7), benefit b
// (8–11), work w2 (12–14), benefit c (15–18), then out. Benefit weeks cost
// 1.000 kr.; the staircase has two steps, 80 % in clock weeks 1–4 and 20 %
// after. %s is the reset rule of the first epoch, and the changes.
const resetPath = `
start: 2027-01-04
horizon: {weeks: 20}
groups: {alle: {}}
states:
  a: {financing: staircase, rate: {per: week, amounts: {2027: 1000}}}
  w1: {financing: none, self_supporting: true}
  b: {financing: staircase, rate: {per: week, amounts: {2027: 1000}}}
  w2: {financing: none, self_supporting: true}
  c: {financing: staircase, rate: {per: week, amounts: {2027: 1000}}}
  ud: {financing: none}
transitions:
  a: {hazards: [{from_week: 1, weekly: 0}], destinations: {w1: 1}, max_weeks: 4, at_max: {w1: 1}}
  w1: {hazards: [{from_week: 1, weekly: 0}], destinations: {b: 1}, max_weeks: 4, at_max: {b: 1}}
  b: {hazards: [{from_week: 1, weekly: 0}], destinations: {w2: 1}, max_weeks: 4, at_max: {w2: 1}}
  w2: {hazards: [{from_week: 1, weekly: 0}], destinations: {c: 1}, max_weeks: 3, at_max: {c: 1}}
  c: {hazards: [{from_week: 1, weekly: 0}], destinations: {ud: 1}, max_weeks: 4, at_max: {ud: 1}}
initial:
  a: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}}
refusionstrappe:
  steps: [{to_week: 4, state_share: 0.8}, {state_share: 0.2}]
  reset: %s
%s`

// TestResetWindowChange checks the reset rule when its window or its
// weeks change at an epoch boundary: every person's count of
// self-supporting weeks is recounted over a new window, from a record that
// keeps the weeks of the longest window.
//
// Benefit a is clock 1–4 at 80 %: 3.200 kr. of the state's. A restart
// during w1 (weeks 4–7) puts b on clock 1–4 at 80 % (3.200 kr.), else b is
// clock 5–8 at 20 % (800 kr.); a restart during w2 (weeks 12–14) puts c on
// clock 1–4 (3.200 kr.), else c is at 20 % (800 kr.). By case:
//
//	6 within 20: w1's 4 weeks and w2's 2nd make 6 in week 13 (weeks 4–13
//	  lie within 20): c restarts; 3.200, 800, 3.200 kr.
//	6 within 20, then within 6 from week 12 (29 March): recounted over
//	  weeks 6–11, 2 (weeks 6 and 7 of w1); week 12 drops week 6 and adds
//	  itself: 2, week 13 drops week 7: 2, week 14: 3; 3.200, 800, 800.
//	6 within 6: at most 3 in any 6 weeks; 3.200, 800, 800.
//	6 within 6, then within 20 from week 12: recounted over weeks −8–11
//	  from the record, which kept w1 though it had left the window of 6:
//	  4, then 5 in week 12 and 6 in week 13; 3.200, 800, 3.200.
//	4 within 20: 4 in week 7, b restarts; w2 makes 3 < 4; 3.200, 3.200, 800.
//	4 within 20, then 7 from week 6 (15 February): 4 by week 7 < 7, then
//	  4 + 3 = 7 in week 14: c restarts; 3.200, 800, 3.200.
//	4 within 20, then 8 from week 6: 7 < 8 throughout; 3.200, 800, 800.
//
// The gross is 12 benefit weeks × 1.000 kr. = 12.000 kr. in every case.
func TestResetWindowChange(t *testing.T) {
	change := func(from, rule string) string {
		return "changes:\n  ny:\n    from: " + from + "\n    source: test\n    set: {refusionstrappe: {reset: " + rule + "}}\n"
	}
	for _, c := range []struct {
		name          string
		first, change string
		want          [3]float64 // the state's part of a, b and c
	}{
		{"6 within 20", "{weeks: 6, window_weeks: 20}", "", [3]float64{3200, 800, 3200}},
		{"6 within 20, then within 6", "{weeks: 6, window_weeks: 20}", change("2027-03-29", "{window_weeks: 6}"), [3]float64{3200, 800, 800}},
		{"6 within 6", "{weeks: 6, window_weeks: 6}", "", [3]float64{3200, 800, 800}},
		{"6 within 6, then within 20", "{weeks: 6, window_weeks: 6}", change("2027-03-29", "{window_weeks: 20}"), [3]float64{3200, 800, 3200}},
		{"4 within 20", "{weeks: 4, window_weeks: 20}", "", [3]float64{3200, 3200, 800}},
		{"4 within 20, then 7", "{weeks: 4, window_weeks: 20}", change("2027-02-15", "{weeks: 7}"), [3]float64{3200, 800, 3200}},
		{"4 within 20, then 8", "{weeks: 4, window_weeks: 20}", change("2027-02-15", "{weeks: 8}"), [3]float64{3200, 800, 800}},
	} {
		sc := loadYAML(t, fmt.Sprintf(resetPath, c.first, c.change))
		res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		var gross float64
		var got [3]float64
		for s, st := range res.PerRun[0][0] {
			gross += st.Gross
			if i := strings.Index("abc", sc.Model.States[s].Name); len(sc.Model.States[s].Name) == 1 && i >= 0 {
				got[i] = st.StatePart
			}
		}
		for i := range got {
			if math.Abs(got[i]-c.want[i]) > 1e-6 || math.Abs(gross-12000) > 1e-6 {
				t.Errorf("%s: the state's part of a, b, c %.2f kr., gross %.2f; want %.0f and 12.000", c.name, got, gross, c.want)
				break
			}
		}
	}
}

// TestMonteCarloAgreesWithExpectedAcrossStaircases is
// TestMonteCarloAgreesWithExpectedValue with the staircase changed twice
// within the horizon: to six steps whose last starts in clock week 80
// (beyond the law's 53, so the exact solver's clock cap must follow the
// largest last-step start over the epochs), then to two steps.
func TestMonteCarloAgreesWithExpectedAcrossStaircases(t *testing.T) {
	sc := loadYAML(t, smallScenario+`changes:
  seks_trin:
    from: 2027-09-01
    source: test
    set:
      refusionstrappe:
        steps: [{to_week: 2, state_share: 0.9}, {to_week: 10, state_share: 0.6}, {to_week: 30, state_share: 0.45},
                {to_week: 50, state_share: 0.3}, {to_week: 79, state_share: 0.15}, {state_share: 0.05}]
  to_trin:
    from: 2029-01-01
    source: test
    set:
      refusionstrappe:
        steps: [{to_week: 13, state_share: 0.5}, {state_share: 0.25}]
`)
	m := sc.Model
	if len(m.Epochs) != 3 || m.StepCount() != 6 {
		t.Fatalf("%d epochs and %d steps, want 3 and 6", len(m.Epochs), m.StepCount())
	}
	exact, err := sim.Expected(m)
	if err != nil {
		t.Fatal(err)
	}
	res, err := sim.Run(m, sim.Options{Runs: 400, Seed: 2027})
	if err != nil {
		t.Fatal(err)
	}
	sum := res.Summarize(0.035)
	nrow := len(m.States) + 1
	for y := range m.Years {
		for s := range m.States {
			row := sum.Rows[y*nrow+s]
			for _, ms := range sim.Measures {
				want := ms.Of(exact[y][s])
				st := row.Stats[ms]
				if math.Abs(st.Mean-want) > 4*st.MCSE+1e-9*math.Abs(want) {
					t.Errorf("%d %s %s: Monte Carlo %.1f ± %.1f, exact %.1f (%.1f standard errors)",
						m.Years[y], m.States[s].Name, ms, st.Mean, st.MCSE, want, (st.Mean-want)/st.MCSE)
				}
			}
		}
	}
	// The exact state's part differs from the law's: the test would not
	// notice a solver that ignored the change.
	law, err := sim.Expected(loadYAML(t, smallScenario).Model)
	if err != nil {
		t.Fatal(err)
	}
	if last := len(m.Years) - 1; math.Abs(law[last][0].StatePart-exact[last][0].StatePart) < 1 {
		t.Errorf("the state's part of the last year is %.0f kr. under both staircases", law[last][0].StatePart)
	}
}

// TestHistoryFillsTheWindow checks a person of the initial stock whose
// self-supporting weeks before the start fill a window as long as the
// reset rule's weeks (4 within 4): 9 weeks of work before the start after
// 30 benefit weeks. Within the window before week 0 lie 3 of them, so the
// count has not restarted by the start; week 0, a 10th week of work, makes
// 4 within the 4 weeks −3 … 0 and restarts it. The person then falls sick
// for 4 weeks at 1.000 kr.: clock 1–4 at 80 %, 3.200 kr. of the state's
// (not clock 31–34 at 30 %, 1.200 kr.).
func TestHistoryFillsTheWindow(t *testing.T) {
	sc := loadYAML(t, `
start: 2027-01-04
horizon: {weeks: 6}
groups: {alle: {}}
refusionstrappe:
  reset: {weeks: 4, window_weeks: 4}
states:
  arbejde: {financing: none, self_supporting: true}
  syg: {financing: staircase, rate: {per: week, amounts: {2027: 1000}}}
  ud: {financing: none}
transitions:
  arbejde: {hazards: [{from_week: 1, weekly: 0}], destinations: {syg: 1}, max_weeks: 10, at_max: {syg: 1}}
  syg: {hazards: [{from_week: 1, weekly: 0}], destinations: {ud: 1}, max_weeks: 4, at_max: {ud: 1}}
initial:
  arbejde: {persons: {alle: 1}, weeks_in_state: {min: 10, max: 10}, prior_benefit_weeks: 30}
`)
	res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.PerRun[0][0][1].StatePart; math.Abs(got-3200) > 1e-6 {
		t.Errorf("the state's part of the sick weeks: %.2f kr., want 3.200", got)
	}
}
