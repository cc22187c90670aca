// Package arms simulates the arms of a comparison — each alternative
// scenario and the baseline it is compared against — with one seed (common
// random numbers), in batches of runs that add up to one longer simulation,
// and compares them. Auto adds batches until the Monte Carlo error of every
// total saving is below a target (compare --runs auto).
//
// The package does no file or terminal I/O.
package arms

import (
	"slices"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// Arm is one alternative with the baseline it is compared against. Arms
// may share a baseline (the same *scenario.Scenario), which is then
// simulated once; each arm's alternative is a scenario of its own.
type Arm struct {
	Alt, Base         *scenario.Scenario
	BaseName, AltName string // the names the user gave them, for tables
}

// Options control the simulation of a set of arms.
type Options struct {
	Seed    uint64 // master seed of every scenario
	Workers int    // goroutines; ≤ 0 means one per CPU core
	// Progress, if not nil, is called during each batch of runs with the
	// runs finished so far in the batch, over all its scenarios, and the
	// batch's total: first with 0, last with done = total.
	Progress func(done, total int)
	// Flows asks every simulation to count its flows (sim.Options.Flows):
	// the tilgang and afgang per state and year.
	Flows bool
}

// Results holds the simulated runs of a set of arms: one Result per
// distinct baseline, shared by the arms compared with it, and one per
// alternative.
type Results struct {
	Arms []Arm
	Base map[*scenario.Scenario]*sim.Result // by Arm.Base
	Alt  []*sim.Result                      // Alt[i] belongs to Arms[i]
}

// New returns the empty results of arms.
func New(arms []Arm) *Results {
	return &Results{Arms: arms, Base: map[*scenario.Scenario]*sim.Result{}, Alt: make([]*sim.Result, len(arms))}
}

// Simulate adds runs first … first+n−1 to every baseline and alternative.
func (ar *Results) Simulate(o Options, first, n int) error {
	var order []*scenario.Scenario // each baseline once, before its first alternative
	for _, a := range ar.Arms {
		if !slices.Contains(order, a.Base) {
			order = append(order, a.Base)
		}
		order = append(order, a.Alt)
	}
	total := n * len(order)
	if o.Progress != nil {
		o.Progress(0, total)
	}
	for k, sc := range order {
		opts := sim.Options{Runs: n, FirstRun: first, Seed: o.Seed, Workers: o.Workers, ModelFor: sc.RunModels(o.Seed), Flows: o.Flows}
		if o.Progress != nil {
			opts.Progress = func(done int) { o.Progress(k*n+done, total) }
		}
		res, err := sim.Run(sc.Model, opts)
		if err != nil {
			return err
		}
		into := func(r **sim.Result) error { // append res to *r, or set it
			if *r == nil {
				*r = res
				return nil
			}
			return (*r).Append(res)
		}
		if i := slices.IndexFunc(ar.Arms, func(a Arm) bool { return a.Alt == sc }); i >= 0 {
			err = into(&ar.Alt[i])
		} else {
			r := ar.Base[sc]
			err = into(&r)
			ar.Base[sc] = r
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Compare returns each arm's comparison of its alternative with its baseline.
func (ar *Results) Compare() ([]*sim.Comparison, error) {
	var cmps []*sim.Comparison
	for i, a := range ar.Arms {
		cmp, err := sim.Compare(ar.Base[a.Base], ar.Alt[i], a.Alt.DiscountRate)
		if err != nil {
			return nil, err
		}
		cmps = append(cmps, cmp)
	}
	return cmps, nil
}

// FirstBatch is the number of runs Auto starts with; each further batch
// doubles the runs.
const FirstBatch = 100

// Stop says why Auto stopped.
type Stop struct {
	Runs    int     // the runs simulated
	Worst   float64 // the largest Monte Carlo error of a total saving, kr.
	Reached bool    // Worst is below the target; false: maxRuns was reached first
}

// Auto simulates the empty results ar in batches — FirstBatch runs, then
// doubling — until the Monte Carlo error of the total saving is below
// precision kr. in every comparison, or maxRuns runs are reached, and
// returns the comparisons after the last batch. The figures equal those of
// one simulation of the same number of runs.
func (ar *Results) Auto(o Options, precision float64, maxRuns int) ([]*sim.Comparison, Stop, error) {
	runs := 0
	for n := FirstBatch; ; n = min(runs, maxRuns-runs) {
		if err := ar.Simulate(o, runs, n); err != nil {
			return nil, Stop{}, err
		}
		runs += n
		cmps, err := ar.Compare()
		if err != nil {
			return nil, Stop{}, err
		}
		worst := 0.0
		for _, cmp := range cmps {
			worst = max(worst, cmp.Saving[len(cmp.Years)].MCSE)
		}
		if worst < precision {
			return cmps, Stop{Runs: runs, Worst: worst, Reached: true}, nil
		}
		if runs >= maxRuns {
			return cmps, Stop{Runs: runs, Worst: worst}, nil
		}
	}
}
