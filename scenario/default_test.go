package scenario_test

import (
	"math"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// spell returns the expected weeks in a state for a person entering it,
// and the probability of reaching the forced exit at max_weeks.
func spell(ex *sim.Exit) (mean, forced float64) {
	surv := 1.0
	limit := ex.MaxWeeks
	if limit == 0 {
		limit = 100000
	}
	for w := 1; w <= limit && surv > 1e-12; w++ {
		mean += surv
		surv *= 1 - ex.HazardAt(w)
	}
	if ex.MaxWeeks > 0 {
		forced = surv
	}
	return mean, forced
}

// TestDefaultReproducesSeedCases checks that the compiled default scenario
// gives the durations and exit shares of the source documents (RKSK's
// budget 2020 proposal; see scenarios/rksk-2020/baseline.yaml): sygedagpenge 20 weeks on average
// (including the extension), JAF 49 weeks, ressourceforløb 29 months with
// exits 51/26/17/6 %.
func TestDefaultReproducesSeedCases(t *testing.T) {
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + scenarios.Default)
	if err != nil {
		t.Fatal(err)
	}
	m := sc.Model
	idx := map[string]int{}
	for i, s := range m.States {
		idx[s.Name] = i
	}
	ep := m.Epochs[len(m.Epochs)-1] // the rules in force (after the 2026 change)
	almen := 0

	syg, forced := spell(ep.Exit[idx["sygedagpenge"]][almen])
	ext, _ := spell(ep.Exit[idx["sygedagpenge_forlaenget"]][almen])
	toExt := 0.0
	prev := 0.0
	for _, d := range ep.Exit[idx["sygedagpenge"]][almen].AtMax {
		if d.State == idx["sygedagpenge_forlaenget"] {
			toExt = d.Cum - prev
		}
		prev = d.Cum
	}
	total := syg + forced*toExt*ext
	t.Logf("sygedagpenge spell %.2f weeks", total)
	if math.Abs(total-20) > 0.5 {
		t.Errorf("average sygedagpenge spell %.2f weeks (%.2f + %.3f × %.2f × %.2f), want 20 (RKSK)", total, syg, forced, toExt, ext)
	}
	if jaf, _ := spell(ep.Exit[idx["jobafklaring"]][almen]); math.Abs(jaf-49) > 0.01 {
		t.Errorf("average JAF %.2f weeks, want 49 (RKSK)", jaf)
	}
	rf := ep.Exit[idx["ressourceforloeb"]][almen]
	if mean, _ := spell(rf); math.Abs(mean-29*52/12.0) > 0.1 {
		t.Errorf("average ressourceforløb %.1f weeks, want 29 months = %.1f weeks", mean, 29*52/12.0)
	}
	want := map[string]float64{"foertidspension": 0.51, "ledighedsydelse": 0.26, "fraflyttet": 0.17, "kontanthjaelp": 0.06}
	prev = 0
	for _, d := range rf.DestsAt(1) {
		name := m.States[d.State].Name
		if math.Abs(d.Cum-prev-want[name]) > 1e-9 {
			t.Errorf("ressourceforløb exit to %s: %.3f, want %.2f", name, d.Cum-prev, want[name])
		}
		prev = d.Cum
	}
	// The 2026 reform: no new ressourceforløb or revalidering in the rules in force.
	for _, name := range []string{"ressourceforloeb", "revalidering"} {
		for g := range m.Groups {
			if in := ep.Inflow[idx[name]][g].PerYear; in != 0 {
				t.Errorf("%s inflow %.2f a year after the 2026 stop", name, in)
			}
		}
	}
}
