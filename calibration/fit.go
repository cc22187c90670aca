package calibration

import (
	"errors"
	"math"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"

	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// Method is how the model's figures are computed in a fit.
type Method int

const (
	// Exact pushes expected numbers of persons through the chain
	// (sim.ExpectedFlows): no random numbers, milliseconds per evaluation.
	Exact Method = iota
	// MonteCarlo simulates the scenario with the same random numbers in
	// every evaluation, for a scenario the chain cannot represent.
	MonteCarlo
)

// Options control a fit.
type Options struct {
	// Runs and Seed are the Monte Carlo runs and seed of an evaluation when
	// the chain cannot represent the scenario.
	Runs int
	Seed uint64
	// Workers are the goroutines of a Monte Carlo evaluation (≤ 0: all CPUs).
	Workers int
	// MaxEvaluations bounds the model evaluations of the search (0: a
	// default, 2.000 exact or 200 Monte Carlo).
	MaxEvaluations int
}

// Result is the outcome of a fit.
type Result struct {
	Method      Method
	Runs        int    // the Monte Carlo runs of an evaluation (MonteCarlo)
	Why         string // why the chain could not be used (MonteCarlo)
	Evaluations int    // model evaluations, the search and the checks
	// Prefit reports a search on a surrogate, the exact chain with each
	// maximum over a look-back counted per spell and corrected by its
	// difference from the Monte Carlo at the point found, with
	// PrefitEvaluations evaluations of the surrogate; the Monte Carlo then
	// checks each point found.
	Prefit            bool
	PrefitEvaluations int
	// Start and X are the fitted numbers before and after the fit, in the
	// order of the scenario's Calibration.Numbers.
	Start, X []float64
	// Before and After are the model's value of each target before and
	// after the fit.
	Before, After []float64
	// AtBound[i] reports a number that ended at (within 0,1 % of) a bound.
	AtBound []bool
	// Unused lists the numbers no target depends on; Confounded lists pairs
	// of numbers the targets cannot tell apart (numbers whose effects on
	// the targets are nearly proportional).
	Unused     []int
	Confounded [][2]int
	// Condition is the condition number of the targets' sensitivity to the
	// numbers at the fit, each number scaled to its bounds (∞ if a number
	// is unused).
	Condition float64
}

// Deviation returns the relative deviation of value from target t.
func Deviation(t Target, value float64) float64 { return (value - t.Value) / t.Value }

// Within reports whether value meets target t within its tolerance.
func Within(t Target, value float64) bool { return math.Abs(Deviation(t, value)) <= t.Tolerance }

// evaluator computes the targets' model values for trial numbers x.
type evaluator struct {
	sc      *scenario.Scenario
	targets []Target
	method  Method
	opts    Options
	n       int // evaluations
	// approx computes the exact chain on the model with each maximum over a
	// look-back counted in the current spell (sim.Model.WithoutLookBacks):
	// the pre-fit of a scenario whose only obstacle is a look-back.
	approx bool
	// offset is added to each target's value (the surrogate's correction).
	offset []float64
}

// maxCorrections bounds the corrections of a surrogate search by the Monte
// Carlo.
const maxCorrections = 4

// values returns the model's value of every target at x.
func (e *evaluator) values(x []float64) ([]float64, error) {
	e.n++
	m, err := e.sc.ModelFitted(x)
	if err != nil {
		return nil, err
	}
	if e.approx {
		m = m.WithoutLookBacks()
	}
	var f *sim.Flows
	var stock [][]float64
	if e.method == Exact {
		if f, err = sim.ExpectedFlows(m); err != nil {
			return nil, err
		}
		stock = f.Stock
	} else {
		res, err := sim.Run(m, sim.Options{Runs: e.opts.Runs, Seed: e.opts.Seed, Workers: e.opts.Workers, Flows: true})
		if err != nil {
			return nil, err
		}
		f, stock = sim.MeanFlows(res.Flows), res.MeanStock
	}
	out := make([]float64, len(e.targets))
	for i := range e.targets {
		out[i] = e.targets[i].Measure(f, stock)
		if e.offset != nil {
			out[i] += e.offset[i]
		}
	}
	return out, nil
}

// loss returns the sum of the squared relative deviations, each divided by
// its tolerance.
func (e *evaluator) loss(v []float64) float64 {
	s := 0.0
	for i, t := range e.targets {
		d := Deviation(t, v[i]) / t.Tolerance
		s += d * d
	}
	return s
}

// Fit fits the scenario's calibration numbers to the targets, starting
// from the scenario's values. The scenario is fitted as it is, with its
// interventions if it has any: observed figures come from the world the
// kommune lived in. Numbers are searched within their bounds
// through a logistic reparametrisation: with the exact chain by L-BFGS
// with central-difference gradients, with Monte Carlo (or a whole number
// among them, which makes the loss a step function) by Nelder–Mead. Where
// only a look-back keeps the chain from the scenario, the search runs on a
// surrogate (the chain with each maximum counted per spell) corrected by
// its difference from the Monte Carlo at each point found, and the best
// point the Monte Carlo has seen is the fit.
func Fit(sc *scenario.Scenario, targets []Target, opts Options) (*Result, error) {
	cal := sc.Calibration
	if cal == nil || len(cal.Numbers) == 0 {
		return nil, msg.New("scenariet angiver ingen tal at tilpasse; angiv dem under calibration.fit")
	}
	e := &evaluator{sc: sc, targets: targets, opts: opts}
	res := &Result{}
	_, whyErr := sim.ExpectedFlows(sc.Model)
	if whyErr != nil {
		if !errors.Is(whyErr, sim.ErrNotExact) {
			return nil, whyErr
		}
		e.method, res.Why = MonteCarlo, whyErr.Error()
		if opts.Runs < 1 {
			e.opts.Runs = sc.Runs
		}
		res.Runs = e.opts.Runs
	}
	res.Method = e.method
	nums := cal.Numbers
	k := len(nums)
	res.Start = make([]float64, k)
	for i, n := range nums {
		res.Start[i] = n.Value
	}
	toX := func(z []float64) []float64 {
		x := make([]float64, k)
		for i, n := range nums {
			x[i] = n.Min + (n.Max-n.Min)/(1+math.Exp(-z[i]))
		}
		return x
	}
	z0 := make([]float64, k)
	whole := false
	for i, n := range nums {
		u := min(max((n.Value-n.Min)/(n.Max-n.Min), 1e-6), 1-1e-6)
		z0[i] = math.Log(u / (1 - u))
		whole = whole || n.Whole
	}
	var err error
	if res.Before, err = e.values(res.Start); err != nil {
		return nil, err
	}
	z := z0
	var surrogate *evaluator
	if e.method == MonteCarlo && errors.Is(whyErr, sim.ErrLookBack) && len(sc.Model.Interventions) == 0 {
		// Only a look-back keeps the chain from the scenario. Search on the
		// chain with each maximum counted per spell (a surrogate computed in
		// milliseconds), corrected by its difference from the Monte Carlo at
		// the point found, and repeat until the point stays put: a few
		// Monte Carlo evaluations instead of hundreds.
		surrogate = &evaluator{sc: sc, targets: targets, method: Exact, approx: true, offset: make([]float64, len(targets))}
		res.Prefit = true
		mc := res.Before
		best, bestLoss := z, e.loss(mc) // the best point the Monte Carlo has seen
		for range maxCorrections {
			approx, err := surrogate.values(toX(z))
			if err != nil {
				return nil, err
			}
			for i := range targets {
				surrogate.offset[i] += mc[i] - approx[i] // approx already includes the last offset
			}
			znew, err := surrogate.search(z, toX, whole, 0)
			if err != nil {
				return nil, err
			}
			moved := 0.0
			for i := range z {
				moved = max(moved, math.Abs(toX(znew)[i]-toX(z)[i])/(nums[i].Max-nums[i].Min))
			}
			z = znew
			if mc, err = e.values(toX(z)); err != nil {
				return nil, err
			}
			if l := e.loss(mc); l < bestLoss {
				best, bestLoss, res.After = z, l, mc
			}
			if moved < 1e-3 {
				break
			}
		}
		z = best
	} else if e.loss(res.Before) > 0 {
		if z, err = e.search(z, toX, whole, opts.MaxEvaluations); err != nil {
			return nil, err
		}
	}
	res.X = toX(z)
	rounded := false
	for i, n := range nums {
		if n.Whole && res.X[i] != math.Round(res.X[i]) {
			res.X[i], rounded = math.Round(res.X[i]), true
		}
	}
	// The model at the fit: computed again unless the surrogate's Monte
	// Carlo already has it at exactly this point.
	if res.After == nil || rounded {
		if res.After, err = e.values(res.X); err != nil {
			return nil, err
		}
	}
	res.AtBound = make([]bool, k)
	for i, n := range nums {
		u := (res.X[i] - n.Min) / (n.Max - n.Min)
		res.AtBound[i] = u < 1e-3 || u > 1-1e-3
	}
	// The sensitivity is taken where the search was done: on the surrogate
	// when there was one (each Monte Carlo evaluation costs seconds).
	id := e
	if surrogate != nil {
		id = surrogate
	}
	if err := id.identify(res, nums); err != nil {
		return nil, err
	}
	res.Evaluations = e.n
	if surrogate != nil {
		res.PrefitEvaluations = surrogate.n
	}
	return res, nil
}

// search minimises the loss from z0 (numbers on the logit of their place
// between their bounds) and returns where it ended, or z0 if the search
// found nothing better: by L-BFGS with central-difference gradients on the
// exact chain, by Nelder–Mead on Monte Carlo or a whole number. limit
// bounds the evaluations (0: 2.000 exact, 200 Monte Carlo).
func (e *evaluator) search(z0 []float64, toX func([]float64) []float64, whole bool, limit int) ([]float64, error) {
	// A trial the scenario's own rules reject (say a mean_weeks at or above
	// the state's max_weeks) is a point the search must avoid: its loss is
	// +Inf. Only if the start itself is rejected does the fit fail.
	var lastErr error
	f := func(z []float64) float64 {
		v, err := e.values(toX(z))
		if err != nil {
			lastErr = err
			return math.Inf(1)
		}
		return e.loss(v)
	}
	p := optimize.Problem{Func: f}
	var method optimize.Method = &optimize.NelderMead{}
	budget := 200
	// The search stops when the targets are met (a loss of 1e-4 is a
	// hundredth of each tolerance), or when the loss has stopped falling.
	conv := &threshold{limit: 1e-4 * float64(len(e.targets)), FunctionConverge: optimize.FunctionConverge{Absolute: 1e-6, Relative: 1e-4, Iterations: 25}}
	if e.method == Exact {
		conv = &threshold{limit: 1e-10, FunctionConverge: optimize.FunctionConverge{Absolute: 1e-10, Iterations: 100}}
		budget = 2000
		if !whole {
			p.Grad = func(grad, z []float64) { fd.Gradient(grad, f, z, &fd.Settings{Formula: fd.Central, Step: 1e-4}) }
			method = &optimize.LBFGS{}
		}
	}
	if limit > 0 {
		budget = limit
	}
	f0 := f(z0)
	if math.IsInf(f0, 1) {
		return nil, lastErr
	}
	r, err := optimize.Minimize(p, z0, &optimize.Settings{FuncEvaluations: budget, Converger: conv}, method)
	if r == nil {
		return nil, msg.Errorf("tilpasningen mislykkedes: %v", err)
	}
	if r.F <= f0 {
		return r.X, nil
	}
	return z0, nil
}

// identify finds the numbers the targets cannot tell apart at the fit:
// from the singular values of the sensitivity of the weighted deviations
// to the numbers, each scaled to its bounds.
func (e *evaluator) identify(res *Result, nums []*scenario.FitNumber) error {
	k, nt := len(nums), len(e.targets)
	jac := mat.NewDense(nt, k, nil)
	for j, n := range nums {
		h := 1e-3 * (n.Max - n.Min)
		if n.Whole || e.method == MonteCarlo {
			h = max(h, 0.05*(n.Max-n.Min), 1)
			h = min(h, 0.25*(n.Max-n.Min))
		}
		lo, hi := max(res.X[j]-h, n.Min), min(res.X[j]+h, n.Max)
		x := append([]float64(nil), res.X...)
		x[j] = lo
		vlo, err := e.values(x)
		if err != nil { // the scenario rejects this side: a one-sided difference
			lo = res.X[j]
			x[j] = lo
			if vlo, err = e.values(x); err != nil {
				return err
			}
		}
		x[j] = hi
		vhi, err := e.values(x)
		if err != nil {
			hi = res.X[j]
			x[j] = hi
			if vhi, err = e.values(x); err != nil {
				return err
			}
		}
		if hi == lo {
			continue // neither side can be evaluated: no sensitivity to report
		}
		for i, t := range e.targets {
			jac.Set(i, j, (vhi[i]-vlo[i])/(t.Value*t.Tolerance)*(n.Max-n.Min)/(hi-lo))
		}
	}
	for j := range k {
		if mat.Norm(jac.ColView(j), 2) < 1e-9 {
			res.Unused = append(res.Unused, j)
		}
	}
	var svd mat.SVD
	if !svd.Factorize(jac, mat.SVDFull) {
		return msg.New("tilpasningen: følsomheden kunne ikke dekomponeres")
	}
	sv := svd.Values(nil)
	smax, smin := sv[0], 0.0
	if len(sv) >= k {
		smin = sv[k-1]
	}
	res.Condition = math.Inf(1)
	if smin > 0 {
		res.Condition = smax / smin
	}
	if len(res.Unused) == 0 && (smin <= 1e-6*smax || res.Condition > 1e6) {
		var v mat.Dense
		svd.VTo(&v)
		col := k - 1 // the direction the targets see least
		a, b := -1, -1
		for j := range k {
			x := math.Abs(v.At(j, col))
			if a < 0 || x > math.Abs(v.At(a, col)) {
				a, b = j, a
			} else if b < 0 || x > math.Abs(v.At(b, col)) {
				b = j
			}
		}
		if a >= 0 && b >= 0 {
			res.Confounded = append(res.Confounded, [2]int{min(a, b), max(a, b)})
		}
	}
	return nil
}

// threshold is a converger that stops the search when the loss is at most
// limit, and otherwise when FunctionConverge says it has stopped falling.
type threshold struct {
	limit float64
	optimize.FunctionConverge
}

// Converged implements optimize.Converger.
func (c *threshold) Converged(loc *optimize.Location) optimize.Status {
	if loc.F <= c.limit {
		return optimize.FunctionThreshold
	}
	return c.FunctionConverge.Converged(loc)
}
