package results

import (
	"slices"
	"time"
	"ydelsesflow/calibration"
	"ydelsesflow/scenario"

	"ydelsesflow/msg"
	"ydelsesflow/sensitivity"
	"ydelsesflow/sim"
)

// NewMeta describes a simulation of model m from start, the first day it
// counts; End is the last, after the days of m.WeekDays.
func NewMeta(m *sim.Model, title, scenario string, start time.Time, runs int, seed uint64) Meta {
	days := 0
	for _, parts := range m.WeekDays {
		for _, p := range parts {
			days += p.Days
		}
	}
	meta := Meta{Title: title, Scenario: scenario, Start: start.Format(time.DateOnly), End: start.AddDate(0, 0, days-1).Format(time.DateOnly),
		Runs: runs, Seed: seed, Years: m.Years, PriceBase: m.PriceBase, RealPresentValue: m.Deflator != nil, Staircases: staircases(m, start)}
	for _, s := range m.States {
		meta.States = append(meta.States, State{Name: s.Name, Label: s.Label, Paid: s.Financing.Kind != sim.FinancingNone})
	}
	return meta
}

// Prices names the prices the amounts are in, for a reader: "løbende
// priser", or "2027-priser" (faste priser of 2027).
func (m Meta) Prices(lang msg.Lang) string {
	if m.PriceBase == 0 {
		return msg.T(lang, "løbende priser")
	}
	return msg.Sprintf(lang, "%d-priser", m.PriceBase)
}

// Calendar returns the calendar of the simulated weeks, from Start (the
// zero date if Start is not a date).
func (m Meta) Calendar() sim.Calendar {
	start, err := time.Parse(time.DateOnly, m.Start)
	if err != nil {
		return sim.Calendar{}
	}
	return sim.Calendar{Start: start}
}

// FromRun collects the figures of a run of one scenario.
func FromRun(meta Meta, res *sim.Result, sum *sim.Summary) *Run {
	r := &Run{Meta: meta, Stock: res.MeanStock, Steps: res.MeanSteps}
	ns := len(meta.States)
	others := false
	for _, s := range res.Model.States {
		others = others || s.PaidBy != sim.PaidByKommune
	}
	for _, row := range sum.Rows {
		if row.State != sim.TotalName {
			continue
		}
		r.Gross = append(r.Gross, BandOf(row.Stats[sim.Gross]))
		r.StatePart = append(r.StatePart, BandOf(row.Stats[sim.StatePart]))
		r.Net = append(r.Net, BandOf(row.Stats[sim.Net]))
		if others {
			r.PaidByOthers = append(r.PaidByOthers, BandOf(row.Stats[sim.PaidByOthers]))
		}
	}
	for y := range meta.Years {
		byState := make([]float64, ns)
		persons := make([]float64, res.Runs)
		for run := range res.Runs {
			for s, st := range res.PerRun[run][y] {
				byState[s] += st.Net() / float64(res.Runs)
				if meta.States[s].Paid {
					persons[run] += st.PersonYears
				}
			}
		}
		r.NetByState = append(r.NetByState, byState)
		r.Persons = append(r.Persons, BandOf(sim.Describe(persons)))
	}
	total := make([]float64, res.Runs)
	for run := range res.Runs {
		for y := range meta.Years {
			for _, st := range res.PerRun[run][y] {
				total[run] += st.Net()
			}
		}
	}
	r.NetTotal = BandOf(sim.Describe(total))
	return r
}

// FromComparison collects the figures of a comparison of alt against base.
func FromComparison(meta Meta, base, alt *sim.Result, c *sim.Comparison) *Comparison {
	out := &Comparison{Meta: meta, BaseStock: base.MeanStock, AltStock: alt.MeanStock,
		PSaving: c.PSaving, CumLevels: sim.CumLevels, BreakEvenWeek: c.BreakEvenWeek, BreakEvenRuns: c.BreakEvenRuns}
	// sim.Comparison keeps the cumulative saving; the file keeps the
	// change in spending, its mirror: level q of the change is level 1−q
	// of the saving.
	nq := len(sim.CumLevels)
	for t, qs := range c.CumQuantiles {
		ch := make([]float64, nq)
		for q := range qs {
			ch[q] = -qs[nq-1-q]
		}
		out.CumChange = append(out.CumChange, ch)
		out.CumChangeMean = append(out.CumChangeMean, -c.CumSaving[t])
	}
	ny := len(c.Years)
	for p := range c.Total {
		cost, saved := 0.0, 0.0
		for _, line := range c.Cost {
			if line[ny].Mean >= 0 {
				cost += line[p].Mean
			} else {
				saved += line[p].Mean
			}
		}
		out.Cost = append(out.Cost, cost)
		out.CostSaved = append(out.CostSaved, saved)
		out.YdelserChange = append(out.YdelserChange, c.Net[p].Mean)
		out.Change = append(out.Change, BandOf(c.Total[p]))
	}
	for s := range c.Persons {
		var ch []float64
		for _, st := range c.Persons[s] {
			ch = append(ch, st.Mean)
		}
		out.PersonsChange = append(out.PersonsChange, ch)
	}
	out.BudgetChanges = budgetChanges(c)
	return out
}

// budgetChanges returns each run's change in spending over the budget
// period: the first BudgetYears years, or the horizon if shorter.
func budgetChanges(c *sim.Comparison) []float64 {
	out := make([]float64, c.Runs)
	for y := range BudgetPeriod(len(c.Years)) {
		for r, v := range c.SavingRuns[y] {
			out[r] -= v
		}
	}
	return out
}

// FromSensitivity collects a sensitivity analysis: over the budget period
// when the horizon is longer, else over the horizon.
func FromSensitivity(meta Meta, r *sensitivity.Result) *Sensitivity {
	ny := len(r.Years)
	budget := ny > sensitivity.BudgetYears
	// sensitivity.Result signs its figures as savings; the file as changes
	// in spending.
	s := &Sensitivity{Meta: meta, Period: yearsLabel(meta.Years[:BudgetPeriod(len(meta.Years))]), BaseChange: -r.Base}
	if budget {
		s.BaseChange = -r.BaseBudget
	}
	for _, b := range r.Tornado {
		bar := Bar{Name: b.Param.Name, Source: b.Param.Source, Low: b.Low, High: b.High, ChangeLow: -b.SavingLow, ChangeHigh: -b.SavingHigh}
		if budget {
			bar.ChangeLow, bar.ChangeHigh = -b.BudgetLow, -b.BudgetHigh
		}
		s.Bars = append(s.Bars, bar)
	}
	for _, im := range r.Importance {
		s.Ranks = append(s.Ranks, Rank{Name: im.Param.Name, Rho: -im.Rank})
	}
	if c := r.PSA; c != nil {
		if budget {
			runs := budgetChanges(c)
			s.Change = BandOf(sim.Describe(runs))
			for _, v := range runs {
				if v < 0 {
					s.PSaving += 1 / float64(len(runs))
				}
			}
		} else {
			s.Change, s.PSaving = BandOf(c.Total[ny]), c.PSaving[ny]
		}
	}
	return s
}

// FromCalibration returns the figures of a fit of the numbers nums to the
// targets. A nil fit (a run's check of its targets) gives the model's
// values before as after, with no fitted numbers.
func FromCalibration(meta Meta, targets []calibration.Target, nums []*scenario.FitNumber, fit *calibration.Result, before []float64, method calibration.Method) *Calibration {
	c := &Calibration{Meta: meta, Method: "eksakt"}
	if method == calibration.MonteCarlo {
		c.Method = "monte_carlo"
	}
	after := before
	if fit != nil {
		before, after = fit.Before, fit.After
	}
	for i, t := range targets {
		c.Targets = append(c.Targets, Target{Line: t.Line, Ydelse: t.Ydelse, Periode: t.Periode, Maal: t.Maal, Observed: t.Value,
			Before: before[i], After: after[i], Tolerance: t.Tolerance, Source: t.Source})
	}
	if fit == nil {
		return c
	}
	for i, n := range nums {
		c.Fitted = append(c.Fitted, Fitted{Path: n.Path, Where: n.Where, Min: n.Min, Max: n.Max, Start: fit.Start[i], Value: fit.X[i],
			AtBound: fit.AtBound[i], Unused: slices.Contains(fit.Unused, i)})
	}
	for _, p := range fit.Confounded {
		c.Confounded = append(c.Confounded, [2]string{nums[p[0]].Path, nums[p[1]].Path})
	}
	return c
}
