package arms_test

import (
	"reflect"
	"testing"

	"ydelsesflow/arms"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// cheap is a small comparison of the library: a few hundred persons, so
// that a run takes about a millisecond.
const cheap = "flere-skal-med/kontanthjaelp.yaml"

// load returns the cheap comparison's arm, compared with its scenario
// without interventions.
func load(t *testing.T) arms.Arm {
	t.Helper()
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + cheap)
	if err != nil {
		t.Fatal(err)
	}
	return arms.Arm{Alt: sc, AltName: cheap, Base: sc.WithoutInterventions(), BaseName: cheap + " uden indsatser"}
}

// TestBatchesEqualOneSimulation checks that runs simulated in two batches
// give the comparison of one simulation of them all, that a baseline
// shared by two arms is simulated once, and that progress counts every run
// of a batch.
func TestBatchesEqualOneSimulation(t *testing.T) {
	a, b := load(t), load(t)
	b.Base = a.Base
	two := []arms.Arm{a, b} // two arms on one baseline
	var last, total int
	o := arms.Options{Seed: 3, Workers: 2, Progress: func(d, n int) { last, total = d, n }}

	whole := arms.New(two)
	if err := whole.Simulate(o, 0, 6); err != nil {
		t.Fatal(err)
	}
	if len(whole.Base) != 1 || last != total || total != 3*6 {
		t.Errorf("%d baselines simulated, progress %d of %d; want 1 baseline and 18 of 18 runs (baseline once, two alternatives)", len(whole.Base), last, total)
	}
	batched := arms.New(two)
	for _, b := range [][2]int{{0, 2}, {2, 4}} {
		if err := batched.Simulate(o, b[0], b[1]); err != nil {
			t.Fatal(err)
		}
	}
	want, err := whole.Compare()
	if err != nil {
		t.Fatal(err)
	}
	got, err := batched.Compare()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("two batches of runs compare differently from one simulation of the same runs")
	}
}

// TestAuto checks where Auto stops: at the first batch whose Monte Carlo
// error is below the target, or at maxRuns.
func TestAuto(t *testing.T) {
	a := load(t)
	o := arms.Options{Seed: 20180101}
	tests := []struct {
		precision float64
		maxRuns   int
		want      arms.Stop // Worst is checked separately
	}{
		{1e9, 1000, arms.Stop{Runs: arms.FirstBatch, Reached: true}},
		{1, 150, arms.Stop{Runs: 150}},
	}
	for _, tt := range tests {
		cmps, stop, err := arms.New([]arms.Arm{a}).Auto(o, tt.precision, tt.maxRuns)
		if err != nil {
			t.Fatal(err)
		}
		worst := cmps[0].Saving[len(cmps[0].Years)].MCSE
		if stop.Runs != tt.want.Runs || stop.Reached != tt.want.Reached || stop.Worst != worst || !(worst > 0) {
			t.Errorf("precision %v, max %d: stopped %+v with an MC error of %v; want %d runs, reached %v", tt.precision, tt.maxRuns, stop, worst, tt.want.Runs, tt.want.Reached)
		}
	}
}
