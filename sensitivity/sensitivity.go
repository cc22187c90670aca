// Package sensitivity answers "which assumption matters?" for a comparison
// of an intervention with its baseline: a one-way analysis (the tornado:
// each uncertain number at its low and high value, the others at their
// means) and the importance of each number in a probabilistic run (the rank
// correlation between its draws and the saving). Every simulation uses the
// same seed, so the differences come from the parameters, not from noise.
//
// The package does no file or terminal I/O.
package sensitivity

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"

	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// Options control a sensitivity analysis.
type Options struct {
	Runs    int    // Monte Carlo runs per simulation
	Seed    uint64 // the same for every simulation
	Workers int
	// Progress, if not nil, is called after each simulation with the
	// number done and the total.
	Progress func(done, total int)
}

// Bar is one parameter of the tornado.
type Bar struct {
	Param     *scenario.Param
	Low, High float64 // the parameter's values
	// SavingLow and SavingHigh are the expected savings over the whole
	// horizon with the parameter at Low and at High, the others at their
	// means, in kr.
	SavingLow, SavingHigh float64
	// BudgetLow and BudgetHigh are the same over the budget period: the
	// first BudgetYears budget years (budgetår and overslagsår).
	BudgetLow, BudgetHigh float64
}

// BudgetYears is the length of the budget period: the budget year and
// three overslagsår.
const BudgetYears = 4

// Width is the distance between the bar's two savings.
func (b Bar) Width() float64 { return math.Abs(b.SavingHigh - b.SavingLow) }

// Importance is one parameter's rank correlation with the saving.
type Importance struct {
	Param *scenario.Param
	// Rank is Spearman's rank correlation between the parameter's draws
	// and the saving over the horizon, across the probabilistic runs.
	Rank float64
}

// Result is a sensitivity analysis.
type Result struct {
	// Base and BaseBudget are the expected savings over the horizon and
	// over the budget period with every parameter at its mean, in kr.
	Base, BaseBudget float64
	// Years are the budget years of the horizon.
	Years []int
	// Tornado holds one bar per uncertain number, widest first (uncertain sets
	// of shares are drawn in the probabilistic runs but have no bar).
	Tornado []Bar
	// Importance holds one entry per parameter, largest |Rank| first.
	Importance []Importance
	// PSA is the comparison of the probabilistic runs.
	PSA *sim.Comparison
	// ShareSets names the uncertain sets of shares, which the
	// probabilistic runs draw but the tornado does not vary.
	ShareSets []string
}

// params returns the uncertain numbers of alt and base by name (alt's
// first); numbers with the same name are one parameter.
func params(base, alt *scenario.Scenario) []*scenario.Param {
	var out []*scenario.Param
	seen := map[string]bool{}
	for _, sc := range []*scenario.Scenario{alt, base} {
		for _, p := range sc.Params {
			if !seen[p.Name] {
				seen[p.Name] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// Analyze runs the one-way and the probabilistic analysis of alt against
// base. Both must have uncertain numbers between them.
func Analyze(base, alt *scenario.Scenario, discountRate float64, opts Options) (*Result, error) {
	ps := params(base, alt)
	if len(ps) == 0 && len(base.ShareSets) == 0 && len(alt.ShareSets) == 0 {
		return nil, msg.Errorf("scenarierne har ingen usikre tal; skriv et tal som {dist: pert, min: ..., mode: ..., max: ..., name: ..., source: ...} for at analysere det")
	}
	total := 2 * (1 + 2*len(ps) + 1)
	done := 0
	simulate := func(sc *scenario.Scenario, value func(*scenario.Param) float64, psa bool) (*sim.Result, error) {
		o := sim.Options{Runs: opts.Runs, Seed: opts.Seed, Workers: opts.Workers}
		m := sc.Model
		if psa {
			o.ModelFor = sc.RunModels(opts.Seed)
		} else {
			var err error
			if m, err = sc.ModelWith(value); err != nil {
				return nil, err
			}
		}
		res, err := sim.Run(m, o)
		done++
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
		return res, err
	}
	// saving returns the expected saving over the horizon and over the
	// budget period with the parameters set by value.
	saving := func(value func(*scenario.Param) float64) (horizon, budget float64, err error) {
		b, err := simulate(base, value, false)
		if err != nil {
			return 0, 0, err
		}
		a, err := simulate(alt, value, false)
		if err != nil {
			return 0, 0, err
		}
		c, err := sim.Compare(b, a, discountRate)
		if err != nil {
			return 0, 0, err
		}
		for y := range min(BudgetYears, len(c.Years)) {
			budget += c.Saving[y].Mean
		}
		return c.Saving[len(c.Years)].Mean, budget, nil
	}
	mean := func(p *scenario.Param) float64 { return p.Dist.Mean() }
	res := &Result{Years: alt.Model.Years}
	for _, sc := range []*scenario.Scenario{alt, base} {
		for _, set := range sc.ShareSets {
			if !slices.Contains(res.ShareSets, set.Name) {
				res.ShareSets = append(res.ShareSets, set.Name)
			}
		}
	}
	var err error
	if res.Base, res.BaseBudget, err = saving(mean); err != nil {
		return nil, err
	}
	for _, p := range ps {
		at := func(v float64) func(*scenario.Param) float64 {
			return func(q *scenario.Param) float64 {
				if q.Name == p.Name {
					return v
				}
				return q.Dist.Mean()
			}
		}
		bar := Bar{Param: p, Low: p.Low, High: p.High}
		if bar.SavingLow, bar.BudgetLow, err = saving(at(p.Low)); err != nil {
			return nil, msg.Errorf("%s ved sin lave værdi %g: %w", p.Name, p.Low, err)
		}
		if bar.SavingHigh, bar.BudgetHigh, err = saving(at(p.High)); err != nil {
			return nil, msg.Errorf("%s ved sin høje værdi %g: %w", p.Name, p.High, err)
		}
		res.Tornado = append(res.Tornado, bar)
	}
	slices.SortStableFunc(res.Tornado, func(a, b Bar) int { return -cmpFloat(a.Width(), b.Width()) })

	b, err := simulate(base, nil, true)
	if err != nil {
		return nil, err
	}
	a, err := simulate(alt, nil, true)
	if err != nil {
		return nil, err
	}
	if res.PSA, err = sim.Compare(b, a, discountRate); err != nil {
		return nil, err
	}
	savings := make([]float64, opts.Runs)
	for r := range savings {
		for t := range b.WeekNet[r] {
			savings[r] += b.WeekNet[r][t] - a.WeekNet[r][t]
		}
	}
	// Each number's draws, as the runs drew them (through the copula of
	// the correlations, if any), from the alternative or else the baseline.
	draws := map[string][]float64{}
	for _, sc := range []*scenario.Scenario{alt, base} {
		for r := range opts.Runs {
			d := sc.Draws(opts.Seed, r)
			for i, p := range sc.Params {
				if len(draws[p.Name]) == r {
					draws[p.Name] = append(draws[p.Name], d[i])
				}
			}
		}
	}
	for _, p := range ps {
		res.Importance = append(res.Importance, Importance{Param: p, Rank: spearman(draws[p.Name], savings)})
	}
	slices.SortStableFunc(res.Importance, func(a, b Importance) int { return -cmpFloat(math.Abs(a.Rank), math.Abs(b.Rank)) })
	return res, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// spearman returns the rank correlation of x and y (average ranks for
// ties), or 0 if either does not vary.
func spearman(x, y []float64) float64 {
	rx, ry := ranks(x), ranks(y)
	if stat.Variance(rx, nil) == 0 || stat.Variance(ry, nil) == 0 {
		return 0
	}
	return stat.Correlation(rx, ry, nil)
}

// ranks returns the ranks of x, 1 for the smallest, ties sharing their
// average rank.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(x[a], x[b]) })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		for k := i; k <= j; k++ {
			r[idx[k]] = float64(i+j)/2 + 1
		}
		i = j + 1
	}
	return r
}
