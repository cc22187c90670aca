package sim_test

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

func loadDefault(t testing.TB) *scenario.Scenario {
	t.Helper()
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + scenarios.Default)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestConservation checks, every week of every run of the default
// scenario, that persons in + inflow = persons out + absorbed, and that the
// per-state counts add up.
func TestConservation(t *testing.T) {
	sc := loadDefault(t)
	var weeks atomic.Int64 // the hook is called from both workers
	_, err := sim.Run(sc.Model, sim.Options{Runs: 2, Seed: 7, Workers: 2, Week: func(run, week int, f sim.WeekFlow) {
		weeks.Add(1)
		if f.Before+f.Inflow != f.After+f.Absorbed {
			t.Errorf("run %d week %d: %d in + %d inflow ≠ %d out + %d absorbed", run, week, f.Before, f.Inflow, f.After, f.Absorbed)
		}
		sb, sa := 0, 0
		for s := range f.ByStateBefore {
			sb += f.ByStateBefore[s]
			sa += f.ByStateAfter[s]
		}
		if sb != f.Before || sa != f.After {
			t.Errorf("run %d week %d: states sum to %d and %d, totals %d and %d", run, week, sb, sa, f.Before, f.After)
		}
		if f.Inflow == 0 && week > 0 {
			t.Errorf("run %d week %d: no inflow at all; the default scenario has about 46 new persons a week", run, week)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if n := weeks.Load(); n != int64(2*sc.Model.Weeks) {
		t.Errorf("hook called %d times, want %d", n, 2*sc.Model.Weeks)
	}
}

// TestStepsCountStaircaseStates checks that the persons on the steps of
// the refusionstrappe are, every week, exactly the persons in states the
// staircase finances, and that the first weeks of the horizon have persons
// on the first step (the default scenario has inflow every week).
func TestStepsCountStaircaseStates(t *testing.T) {
	sc := loadDefault(t)
	m := sc.Model
	res, err := sim.Run(m, sim.Options{Runs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for w := range m.Weeks {
		want := 0.0
		for s, st := range m.States {
			if st.Financing.Kind.OnStaircase() {
				want += res.MeanStock[w][s]
			}
		}
		got := 0.0
		for _, n := range res.MeanSteps[w] {
			got += n
		}
		if math.Abs(got-want) > 1e-9 {
			t.Fatalf("week %d: %v persons on the steps, %v in staircase-financed states", w, got, want)
		}
		if w > 0 && res.MeanSteps[w][0] == 0 {
			t.Fatalf("week %d: nobody on the first step", w)
		}
	}
}

// TestWorkersDoNotChangeResults runs the default scenario with 1 and 3
// workers (so that some worker simulates more than one run) and compares
// every per-run figure exactly.
func TestWorkersDoNotChangeResults(t *testing.T) {
	sc := loadDefault(t)
	var results [2]*sim.Result
	for i, workers := range []int{1, 3} {
		res, err := sim.Run(sc.Model, sim.Options{Runs: 4, Seed: 99, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		results[i] = res
	}
	if !reflect.DeepEqual(results[0].PerRun, results[1].PerRun) || !reflect.DeepEqual(results[0].MeanStock, results[1].MeanStock) {
		t.Error("results differ between 1 and 3 workers")
	}
	other, err := sim.Run(sc.Model, sim.Options{Runs: 4, Seed: 100})
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(results[0].PerRun, other.PerRun) {
		t.Error("seeds 99 and 100 gave identical results")
	}
}

// smallScenario has every kind of financing, duration bands, a maximum
// duration, two groups, inflow and an absorbing state, but no
// self-supporting state, so the reset rule cannot fire and sim.Expected is
// exact.
const smallScenario = `
start: 2027-01-04
horizon: {years: 3}
groups: {a: {}, b: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  kh:
    financing: staircase
    rate: {per: month, amounts: {2027: 12600, 2028: 13000, 2029: 13300}}
  fp:
    financing: medfinansiering
    rate: {per: year, amounts: {2027: 250000}, indexing: 0.02}
  gammel_fp:
    financing: fixed
    state_share: 0.35
    rate: {per: month, amounts: {2027: 20800}, indexing: 0.02}
  ude:
    absorbing: true
transitions:
  syg:
    hazards: [{from_week: 1, weekly: 0.08}, {from_week: 9, weekly: 0.04, destinations: {kh: 0.5, fp: 0.2, ude: 0.3}}]
    destinations: {ude: 0.9, kh: 0.1}
    max_weeks: 22
    at_max: {kh: 0.7, fp: 0.3}
    groups:
      b: {mean_weeks: 15}
  kh:
    mean_weeks: 40
    destinations: {ude: 0.8, syg: 0.1, fp: 0.1}
  fp:
    mean_weeks: 300
    destinations: {ude: 1}
  gammel_fp:
    mean_weeks: 200
    destinations: {ude: 1}
initial:
  syg: {persons: {a: 40, b: 10}}
  kh: {persons: {a: 60}, weeks_in_state: {min: 1, max: 80}, prior_benefit_weeks: 10}
  fp: {persons: {a: 30, b: 5}}
  gammel_fp: {persons: {a: 50}}
inflows:
  syg: {per_year: {a: 300, b: 60}}
  kh: {per_year: {a: 40}, prior_benefit_weeks: 30}
`

// TestMonteCarloAgreesWithExpectedValue compares the Monte Carlo mean of
// every figure with the exact expected value, within 4 standard errors.
func TestMonteCarloAgreesWithExpectedValue(t *testing.T) {
	file := filepath.Join(t.TempDir(), "small.yaml")
	if err := os.WriteFile(file, []byte(smallScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatal(err)
	}
	m := sc.Model
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
	checked := 0
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
				if want != 0 {
					checked++
				}
			}
		}
	}
	if checked < 40 {
		t.Errorf("only %d non-zero figures compared; the test scenario lost its content", checked)
	}
}
