package sim

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"

	"ydelsesflow/msg"
)

// Comparison is the paired difference between a baseline and an alternative
// simulated with the same seed (common random numbers): in every run the
// same persons live the same lives except where the alternative's
// interventions act, so the per-run differences carry little noise.
//
// Amounts follow the sign of a budget form: positive is extra spending for
// the kommune (merudgift), negative is a saving (mindreudgift). Periods are
// the budget years followed by the whole horizon (index len(Years)).
type Comparison struct {
	Years []int
	Runs  int
	// Lines are the cost lines: the alternative's, then the baseline's
	// (if it has interventions of its own), whose costs count negatively.
	Lines []ComparedLine
	// Cost[c][p] is the kommune's change in spending on line c in period p,
	// net of the state's share of the line (ComparedLine.StateShare).
	Cost [][]Stat
	// CostGross[c][p] is the change in spending on line c in period p
	// before the state's share: the budget form shows a line the state
	// finances as this expense and the state's grant,
	// CostGross·StateShare, as an income (Cost = CostGross·(1 − StateShare)).
	CostGross [][]Stat
	// Gross, StatePart and Net are the changes in ydelser (alternative −
	// baseline): the kommune's gross expense, the state's part, the
	// kommune's net.
	Gross, StatePart, Net []Stat
	// PaidByOthers is the change in the benefits Udbetaling Danmark and the
	// a-kasser pay out: a memo figure, not in Gross (State.Split).
	PaidByOthers []Stat
	// Total is the change in the kommune's net spending: cost lines plus
	// the net change in ydelser.
	Total []Stat
	// Saving is −Total: what the kommune saves. PSaving[p] is the share of
	// runs with a positive saving.
	Saving  []Stat
	PSaving []float64
	// ExpectedLoss[p] is the expected loss of choosing wrongly in period p
	// when the decision follows the mean: if the mean saving is positive,
	// the mean extra cost in the runs where the intervention costs money,
	// else the mean saving forgone in the runs where it saves (value of
	// information about the runs' outcome; 0 when every run agrees).
	ExpectedLoss []float64
	// NetByState[s][p] is the change in the kommune's net spending on
	// state s: Net split by ydelse; GrossByState[s][p] the change in its
	// gross spending (Gross split by ydelse).
	NetByState, GrossByState [][]Stat
	// Service[p] is the change in spending on all cost lines, net of the
	// state's shares: the sum of Cost, with its own quantiles.
	Service []Stat
	// Persons[s][p] is the change in helårspersoner in state s (for the
	// whole horizon: the mean per year).
	Persons [][]Stat
	// NPV is the saving over the horizon discounted to the first budget
	// year at DiscountRate.
	NPV          Stat
	DiscountRate float64
	// CumSaving[t] is the mean cumulative saving up to and including week t.
	CumSaving []float64
	// BreakEvenWeek is the first week from which the mean cumulative saving
	// stays positive to the end of the horizon, or -1.
	BreakEvenWeek int
	// BreakEvenRuns is the share of runs whose cumulative saving is
	// positive at the end of the horizon.
	BreakEvenRuns float64
	// CumQuantiles[t][q] is the quantile CumLevels[q] of the runs'
	// cumulative saving up to and including week t: the fan chart's bands.
	CumQuantiles [][]float64
	// SavingRuns[p][r] is the saving of run r in period p, from which
	// Saving and PSaving are computed: the histogram's data.
	SavingRuns [][]float64
}

// CumLevels are the quantiles of Comparison.CumQuantiles: the median and
// the limits of the 50 % and 90 % bands.
var CumLevels = []float64{0.05, 0.25, 0.50, 0.75, 0.95}

// ComparedLine names one cost line in a comparison.
type ComparedLine struct {
	Intervention string // the intervention's name
	Label        string // the intervention's label
	Line         string // the cost line's label
	Baseline     bool   // a line of the baseline's own interventions, counted negatively
	// StateShare is the share of the line the state pays (a grant or
	// refusion of the intervention's cost; 1 for a project the state
	// finances in full).
	StateShare float64
}

// Compatible reports why two models cannot be compared run by run, or nil:
// they must have the same states, groups and weeks.
func Compatible(base, alt *Model) error {
	if len(base.States) != len(alt.States) {
		return msg.Errorf("scenarierne har %d og %d tilstande; sammenlign scenarier, der angiver de samme tilstande", len(base.States), len(alt.States))
	}
	for i := range base.States {
		if base.States[i].Name != alt.States[i].Name {
			return msg.Errorf("tilstand nr. %d er %q i basisscenariet og %q i alternativet; angiv de samme tilstande i samme rækkefølge", i+1, base.States[i].Name, alt.States[i].Name)
		}
	}
	if fmt.Sprint(base.Groups) != fmt.Sprint(alt.Groups) {
		return msg.Errorf("grupperne er forskellige (%v og %v); sammenlign scenarier med de samme grupper", base.Groups, alt.Groups)
	}
	if !slices.Equal(base.Years, alt.Years) {
		return msg.Errorf("budgetårene er forskellige (%v og %v); brug samme start og horisont", base.Years, alt.Years)
	}
	if base.Weeks != alt.Weeks {
		return msg.Errorf("horisonterne er forskellige (%d og %d uger); brug samme start og horisont", base.Weeks, alt.Weeks)
	}
	if base.PriceBase != alt.PriceBase {
		return msg.Errorf("scenarierne er i forskellige priser (prisniveau %d og %d; 0 er løbende priser); brug samme prices, price_base eller --prices", base.PriceBase, alt.PriceBase)
	}
	return nil
}

// Compare computes the paired comparison of alt against base. Both must
// come from Run with the same seed and number of runs.
func Compare(base, alt *Result, discountRate float64) (*Comparison, error) {
	if err := Compatible(base.Model, alt.Model); err != nil {
		return nil, err
	}
	if base.Runs != alt.Runs || base.Seed != alt.Seed || base.FirstRun != alt.FirstRun {
		return nil, msg.Errorf("sim: en sammenligning kræver de samme kørsler og samme seed (%d/%d kørsler, seed %d/%d)", base.Runs, alt.Runs, base.Seed, alt.Seed)
	}
	m := alt.Model
	ny, ns, runs := len(m.Years), len(m.States), base.Runs
	np := ny + 1
	c := &Comparison{Years: m.Years, Runs: runs, DiscountRate: discountRate}
	type source struct {
		res  *Result
		ref  CostLineRef
		sign float64
	}
	var sources []source
	for i, r := range []*Result{alt, base} {
		for _, ref := range r.Model.CostLines() {
			iv := &r.Model.Interventions[ref.Intervention]
			c.Lines = append(c.Lines, ComparedLine{Intervention: iv.Name, Label: iv.Label, Line: iv.Costs[ref.Line].Label, Baseline: i == 1, StateShare: iv.Costs[ref.Line].StateShare})
			sources = append(sources, source{r, ref, float64(1 - 2*i)})
		}
	}

	// per-run values per period
	type series [][]float64 // [period][run]
	newSeries := func() series {
		s := make(series, np)
		for p := range s {
			s[p] = make([]float64, runs)
		}
		return s
	}
	cost, costGross := make([]series, len(c.Lines)), make([]series, len(c.Lines))
	for i := range cost {
		cost[i], costGross[i] = newSeries(), newSeries()
	}
	gross, statePart, others, total, service := newSeries(), newSeries(), newSeries(), newSeries(), newSeries()
	// The horizon's helårspersoner are person-days over the days counted,
	// so a budget year covered in part weighs by its days.
	counted := 0
	for _, parts := range m.WeekDays {
		for _, p := range parts {
			counted += p.Days
		}
	}
	persons, netBy, grossBy := make([]series, ns), make([]series, ns), make([]series, ns)
	for s := range persons {
		persons[s], netBy[s], grossBy[s] = newSeries(), newSeries(), newSeries()
	}
	npv := make([]float64, runs)
	for r := range runs {
		for y := range ny {
			disc := math.Pow(1+discountRate, -float64(y))
			yearTotal, yearReal := 0.0, 0.0 // the year's change, and in faste priser of the first year
			for li, src := range sources {
				sm := src.res.Model
				l := &sm.Interventions[src.ref.Intervention].Costs[src.ref.Line]
				g := src.sign * src.res.Costs[r][y][sm.costIndex(src.ref.Intervention, src.ref.Line)]
				v := g * (1 - l.StateShare)
				cost[li][y][r], costGross[li][y][r] = v, g
				cost[li][ny][r] += v
				costGross[li][ny][r] += g
				service[y][r] += v
				service[ny][r] += v
				yearTotal += v
				yearReal += v * m.costDeflator(y)
			}
			for s := range ns {
				a, b := alt.PerRun[r][y][s], base.PerRun[r][y][s]
				dg, dst := a.Gross-b.Gross, a.StatePart-b.StatePart
				gross[y][r] += dg
				statePart[y][r] += dst
				others[y][r] += a.PaidByOthers - b.PaidByOthers
				yearTotal += dg - dst
				yearReal += (dg - dst) * m.deflator(y)
				netBy[s][y][r] = dg - dst
				netBy[s][ny][r] += dg - dst
				grossBy[s][y][r] = dg
				grossBy[s][ny][r] += dg
				dp := a.PersonYears - b.PersonYears
				persons[s][y][r] = dp
				persons[s][ny][r] += dp * float64(m.YearDays[y]) / float64(counted)
			}
			gross[ny][r] += gross[y][r]
			statePart[ny][r] += statePart[y][r]
			others[ny][r] += others[y][r]
			total[y][r] = yearTotal
			total[ny][r] += yearTotal
			npv[r] -= yearReal * disc
		}
	}
	describe := func(s series) []Stat {
		out := make([]Stat, np)
		for p := range out {
			out[p] = Describe(s[p])
		}
		return out
	}
	for li := range c.Lines {
		c.Cost = append(c.Cost, describe(cost[li]))
		c.CostGross = append(c.CostGross, describe(costGross[li]))
	}
	c.Gross, c.StatePart, c.PaidByOthers, c.Total, c.Service = describe(gross), describe(statePart), describe(others), describe(total), describe(service)
	net := newSeries()
	c.PSaving = make([]float64, np)
	c.Saving = make([]Stat, np)
	c.ExpectedLoss = make([]float64, np)
	for p := range np {
		lossIfDone, lossIfNot := 0.0, 0.0
		for r := range runs {
			net[p][r] = gross[p][r] - statePart[p][r]
			if total[p][r] < 0 {
				c.PSaving[p]++
				lossIfNot -= total[p][r]
			} else {
				lossIfDone += total[p][r]
			}
		}
		c.PSaving[p] /= float64(runs)
		c.Saving[p] = c.Total[p].Neg()
		if c.Saving[p].Mean > 0 {
			c.ExpectedLoss[p] = lossIfDone / float64(runs)
		} else {
			c.ExpectedLoss[p] = lossIfNot / float64(runs)
		}
	}
	c.Net = describe(net)
	c.SavingRuns = make([][]float64, np)
	for p := range np {
		c.SavingRuns[p] = make([]float64, runs)
		for r := range runs {
			c.SavingRuns[p][r] = -total[p][r]
		}
	}
	for s := range ns {
		c.Persons = append(c.Persons, describe(persons[s]))
		c.NetByState = append(c.NetByState, describe(netBy[s]))
		c.GrossByState = append(c.GrossByState, describe(grossBy[s]))
	}
	c.NPV = Describe(npv)

	c.CumSaving = make([]float64, m.Weeks)
	cums := make([][]float64, m.Weeks) // [week][run]
	for t := range cums {
		cums[t] = make([]float64, runs)
	}
	for r := range runs {
		cum := 0.0
		for t := range m.Weeks {
			cum += base.WeekNet[r][t] - alt.WeekNet[r][t]
			c.CumSaving[t] += cum / float64(runs)
			cums[t][r] = -cum // the change in spending, as Total
		}
		if cum > 0 {
			c.BreakEvenRuns += 1 / float64(runs)
		}
	}
	// The saving's quantiles are the mirrored quantiles of the change in
	// spending, as in Saving = Total.Neg(), so the last week agrees with
	// Saving over the horizon.
	c.CumQuantiles = make([][]float64, m.Weeks)
	for t, x := range cums {
		slices.Sort(x)
		c.CumQuantiles[t] = make([]float64, len(CumLevels))
		for q, p := range CumLevels {
			c.CumQuantiles[t][q] = -stat.Quantile(1-p, stat.LinInterp, x, nil)
		}
	}
	c.BreakEvenWeek = -1
	for t := m.Weeks - 1; t >= 0 && c.CumSaving[t] > 0; t-- {
		c.BreakEvenWeek = t
	}
	return c, nil
}
