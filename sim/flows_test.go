package sim_test

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// TestFlowsByHand follows one person, counted by hand, through two states
// over New Year, in the Monte Carlo engine and in the expected-value chain.
//
// Start Monday 14 December 2026, 6 weeks (to Sunday 24 January 2027):
//
//	week 0  14–20 Dec   a, week 1 in a
//	week 1  21–27 Dec   a, week 2: the maximum; the spell ends (2026, 2 weeks)
//	week 2  28 Dec–3 Jan b, week 1: the spell starts on 28 Dec (2026)
//	week 3  4–10 Jan    b, week 2
//	week 4  11–17 Jan   b, week 3: the maximum; the spell ends (2027, 3 weeks)
//	week 5  18–24 Jan   slut: the spell starts (2027) and has not ended
//
// Helårspersoner: a 14/365 in 2026; b 4/365 in 2026 (28–31 Dec) and
// 17/365 in 2027 (1–17 Jan); slut 7/365 in 2027.
func TestFlowsByHand(t *testing.T) {
	sc := pathScenario(t, "2026-12-14", 6, []leg{
		{name: "a", financing: "staircase", perWeek: 700, weeks: 2},
		{name: "b", financing: "staircase", perWeek: 700, weeks: 3},
	})
	m := sc.Model
	a, b, slut := stateIndex(t, m, "a"), stateIndex(t, m, "b"), stateIndex(t, m, "slut")
	type want struct {
		year, state                     int
		personYears, entries, exits, wk float64
		to                              int // the one destination, or -1
	}
	wants := []want{
		{0, a, 14.0 / 365, 0, 1, 2, b},
		{0, b, 4.0 / 365, 1, 0, 0, -1},
		{0, slut, 0, 0, 0, 0, -1},
		{1, a, 0, 0, 0, 0, -1},
		{1, b, 17.0 / 365, 0, 1, 3, slut},
		{1, slut, 7.0 / 365, 1, 0, 0, -1},
	}
	exact, err := sim.ExpectedFlows(m)
	if err != nil {
		t.Fatal(err)
	}
	res, err := sim.Run(m, sim.Options{Runs: 1, Seed: 1, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]*sim.Flows{"eksakt": exact, "Monte Carlo": res.Flows[0]} {
		for _, w := range wants {
			got := f.Year[w.year][w.state]
			if math.Abs(got.PersonYears-w.personYears) > 1e-12 || got.Entries != w.entries || got.Exits != w.exits || got.ExitWeeks != w.wk {
				t.Errorf("%s, %d, %s: got %+v, want %+v", name, m.Years[w.year], m.States[w.state].Name, got, w)
			}
			for d, x := range got.ExitsTo {
				if want := 0.0; d == w.to {
					if x != 1 {
						t.Errorf("%s, %d, %s: %v exits to %s, want 1", name, m.Years[w.year], m.States[w.state].Name, x, m.States[d].Name)
					}
				} else if x != want {
					t.Errorf("%s, %d, %s: %v exits to %s, want none", name, m.Years[w.year], m.States[w.state].Name, x, m.States[d].Name)
				}
			}
		}
	}
	if got := exact.Year[1][b].MeanWeeks(); got != 3 {
		t.Errorf("mean duration of b's spells ended in 2027: %v weeks, want 3", got)
	}
	for t2, wantSlut := range []float64{0, 0, 0, 0, 0, 1} {
		if exact.Stock[t2][slut] != wantSlut {
			t.Errorf("week %d: %v in slut, want %v", t2, exact.Stock[t2][slut], wantSlut)
		}
	}
}

// TestExpectedFlowsAgreeWithMonteCarlo compares the Monte Carlo mean of
// every flow with its exact expected value, within 4 standard errors, and
// checks that helårspersoner agree with the pricing's.
func TestExpectedFlowsAgreeWithMonteCarlo(t *testing.T) {
	file := filepath.Join(t.TempDir(), "small.yaml")
	if err := os.WriteFile(file, []byte(smallScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatal(err)
	}
	m := sc.Model
	exact, err := sim.ExpectedFlows(m)
	if err != nil {
		t.Fatal(err)
	}
	totals, err := sim.Expected(m)
	if err != nil {
		t.Fatal(err)
	}
	const runs = 400
	res, err := sim.Run(m, sim.Options{Runs: runs, Seed: 2028, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	check := func(what string, y, s int, want float64, of func(f sim.Flow) float64) {
		x := make([]float64, runs)
		for r := range runs {
			x[r] = of(res.Flows[r].Year[y][s])
		}
		st := sim.Describe(x)
		if math.Abs(st.Mean-want) > 4*st.MCSE+1e-9*math.Abs(want) {
			t.Errorf("%d %s %s: Monte Carlo %.2f ± %.2f, exact %.2f", m.Years[y], m.States[s].Name, what, st.Mean, st.MCSE, want)
		}
		if want != 0 {
			checked++
		}
	}
	for y := range m.Years {
		for s := range m.States {
			e := exact.Year[y][s]
			if math.Abs(e.PersonYears-totals[y][s].PersonYears) > 1e-9 {
				t.Errorf("%d %s: helårspersoner %v in the flows, %v in the totals", m.Years[y], m.States[s].Name, e.PersonYears, totals[y][s].PersonYears)
			}
			check("tilgang", y, s, e.Entries, func(f sim.Flow) float64 { return f.Entries })
			check("afgang", y, s, e.Exits, func(f sim.Flow) float64 { return f.Exits })
			check("afgangsuger", y, s, e.ExitWeeks, func(f sim.Flow) float64 { return f.ExitWeeks })
			for d := range m.States {
				check("afgang til "+m.States[d].Name, y, s, e.ExitsTo[d], func(f sim.Flow) float64 { return f.ExitsTo[d] })
				check("tilgang fra "+m.States[d].Name, y, s, e.EntriesFrom[d], func(f sim.Flow) float64 { return f.EntriesFrom[d] })
			}
		}
	}
	if checked < 40 {
		t.Errorf("only %d non-zero flows compared; the test scenario lost its content", checked)
	}
	for wk := range m.Weeks {
		for s := range m.States {
			if d := math.Abs(res.MeanStock[wk][s] - exact.Stock[wk][s]); d > 0.15*math.Max(1, exact.Stock[wk][s]) {
				t.Errorf("week %d %s: mean stock %.1f, exact %.1f", wk, m.States[s].Name, res.MeanStock[wk][s], exact.Stock[wk][s])
			}
		}
	}
}

// TestExpectedFlowsRefusesInterventions checks that a model the chain
// cannot represent is refused with an error the caller can recognise.
func TestExpectedFlowsRefusesInterventions(t *testing.T) {
	sc := loadDefault(t)
	m := *sc.Model
	m.Interventions = []sim.Intervention{{Name: "x", Target: -1, TakeUp: 1}}
	if _, err := sim.ExpectedFlows(&m); !errors.Is(err, sim.ErrNotExact) {
		t.Errorf("got %v, want an error wrapping ErrNotExact", err)
	}
}

// TestExpectedResetThroughOneSpell follows a person, by hand, through 30
// benefit weeks, 60 self-supporting weeks and 10 benefit weeks: the count
// restarts in the 52nd self-supporting week, so the last 10 weeks are
// clock 1–10 (80 % in weeks 1–4, 40 % in 5–10), not 31–40 (30 %). The
// exact chain must agree with the Monte Carlo engine to the øre.
//
// At 1.000 kr. a week: the last leg's state part is 4 × 800 + 6 × 400 =
// 5.600 kr., against 10 × 300 = 3.000 kr. without the reset.
func TestExpectedResetThroughOneSpell(t *testing.T) {
	sc := pathScenario(t, "2027-01-04", 120, []leg{
		{name: "a", financing: "staircase", perWeek: 1000, weeks: 30},
		{name: "w", financing: "none", weeks: 60},
		{name: "b", financing: "staircase", perWeek: 1000, weeks: 10},
	})
	m := sc.Model
	if exact, s := sim.ResetExact(m); !exact {
		t.Fatalf("ResetExact: %s leads back to self-support", m.States[s].Name)
	}
	exact, err := sim.Expected(m)
	if err != nil {
		t.Fatal(err)
	}
	mc := runPath(t, sc)
	b := stateIndex(t, m, "b")
	if got, want := sumYears(exact, b).StatePart, 5600.0; !kroner(got, want) {
		t.Errorf("exact: state part of b %.2f kr., want %.2f", got, want)
	}
	if got, want := sumYears(mc, b).StatePart, 5600.0; !kroner(got, want) {
		t.Errorf("Monte Carlo: state part of b %.2f kr., want %.2f", got, want)
	}
	// The default scenario's self-supporting states lead back to
	// self-support (work → sygedagpenge → work): its split is approximate.
	if exact, _ := sim.ResetExact(loadDefault(t).Model); exact {
		t.Error("ResetExact says the default scenario's split is exact")
	}
}

// TestExactAgreesWithMonteCarloOnShippedScenarios checks run --exact's
// figures against the Monte Carlo mean on every shipped baseline the chain
// can compute: helårspersoner, gross, tilgang and afgang within 4 standard
// errors, and the state's part and net too where ResetExact says they are
// exact (else within 1 %).
func TestExactAgreesWithMonteCarloOnShippedScenarios(t *testing.T) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	checked := 0
	for _, name := range []string{"default.yaml", "current-law/baseline.yaml", "rksk-2020/baseline.yaml", "stevns-2017/baseline.yaml", "flere-skal-med/baseline.yaml"} {
		sc, err := ld.Load(scenario.EmbeddedPrefix + name)
		if err != nil {
			t.Fatal(err)
		}
		m := sc.Model
		totals, err := sim.Expected(m)
		if errors.Is(err, sim.ErrNotExact) {
			t.Logf("%s: %v", name, err)
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		flows, err := sim.ExpectedFlows(m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		splitExact, _ := sim.ResetExact(m)
		const runs = 60
		res, err := sim.Run(m, sim.Options{Runs: runs, Seed: 11, Flows: true})
		if err != nil {
			t.Fatal(err)
		}
		within := func(what string, y, s int, want float64, of func(r int) float64, rel float64) {
			x := make([]float64, runs)
			for r := range runs {
				x[r] = of(r)
			}
			st := sim.Describe(x)
			if d := math.Abs(st.Mean - want); d > 4*st.MCSE+1e-9*math.Abs(want) && d > rel*math.Abs(want) {
				t.Errorf("%s %d %s %s: Monte Carlo %.1f ± %.1f, exact %.1f", name, m.Years[y], m.States[s].Name, what, st.Mean, st.MCSE, want)
			}
		}
		splitRel := 0.0
		if !splitExact {
			splitRel = 0.01
		}
		for y := range m.Years {
			for s := range m.States {
				e, f := totals[y][s], flows.Year[y][s]
				within("helårspersoner", y, s, e.PersonYears, func(r int) float64 { return res.PerRun[r][y][s].PersonYears }, 0)
				within("brutto", y, s, e.Gross, func(r int) float64 { return res.PerRun[r][y][s].Gross }, 0)
				within("netto", y, s, e.Net(), func(r int) float64 { return res.PerRun[r][y][s].Net() }, splitRel)
				within("tilgang", y, s, f.Entries, func(r int) float64 { return res.Flows[r].Year[y][s].Entries }, 0)
				within("afgang", y, s, f.Exits, func(r int) float64 { return res.Flows[r].Year[y][s].Exits }, 0)
			}
		}
		checked++
	}
	if checked < 2 {
		t.Errorf("only %d shipped baselines computed exactly", checked)
	}
}

// TestFlowsAppend checks that runs added later (Result.Append) bring their
// flows, equal to those of one longer simulation.
func TestFlowsAppend(t *testing.T) {
	m := loadDefault(t).Model
	one, err := sim.Run(m, sim.Options{Runs: 3, Seed: 5, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	two, err := sim.Run(m, sim.Options{Runs: 2, Seed: 5, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	more, err := sim.Run(m, sim.Options{Runs: 1, FirstRun: 2, Seed: 5, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := two.Append(more); err != nil {
		t.Fatal(err)
	}
	if len(two.Flows) != 3 || !reflect.DeepEqual(two.Flows, one.Flows) {
		t.Errorf("appended flows differ from one simulation's (%d runs)", len(two.Flows))
	}
}
