package sim

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/stat/distuv"
)

// windowWeeks is the look-back of the reset rule: 3 years of weeks (§ 6).
const windowWeeks = 156

// resetWeeks is the number of self-supporting weeks within the window that
// restarts the staircase count (§ 6).
const resetWeeks = 52

// Options control a Monte Carlo simulation.
type Options struct {
	Runs    int    // number of Monte Carlo runs (≥ 1)
	Seed    uint64 // master seed; with the model it fixes every number
	Workers int    // goroutines; ≤ 0 means runtime.GOMAXPROCS(0)
	// Progress, if not nil, is called with the number of finished runs each
	// time a run finishes. Calls come from one goroutine at a time.
	Progress func(done int)
	// Week, if not nil, is called at the end of every simulated week of every
	// run with that week's flow counts. Used by tests and diagnostics; it
	// slows the simulation. Calls for one run come from one goroutine.
	Week func(run, week int, f WeekFlow)
}

// WeekFlow counts persons in one week of one run. Before is the number of
// persons in the model when the week starts (before inflow), After when it
// ends; InStates and OutStates are the same counts per state.
type WeekFlow struct {
	Before, Inflow, Absorbed, After int
	ByStateBefore, ByStateAfter     []int
}

// Totals are the person-weeks and costs of one state in one budget year.
type Totals struct {
	PersonWeeks float64
	Gross       float64 // gross cost in kr.
	State       float64 // the state's part: refusion, or the state's share under medfinansiering
}

// Net returns the municipal net cost in kr.
func (t Totals) Net() float64 { return t.Gross - t.State }

// Add adds u to t.
func (t *Totals) Add(u Totals) {
	t.PersonWeeks += u.PersonWeeks
	t.Gross += u.Gross
	t.State += u.State
}

// Result holds the outcome of a simulation.
type Result struct {
	Model *Model
	Runs  int
	Seed  uint64
	// PerRun[r][y][s] are the totals of run r, budget year index y, state s.
	PerRun [][][]Totals
	// MeanStock[t][s] is the mean number of persons in state s in week t,
	// averaged over runs.
	MeanStock [][]float64
}

// Run simulates the model opts.Runs times and returns per-run yearly totals.
// The result is identical for the same model and seed whatever opts.Workers.
func Run(m *Model, opts Options) (*Result, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if opts.Runs < 1 {
		return nil, fmt.Errorf("sim: runs must be at least 1, got %d", opts.Runs)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, opts.Runs)

	res := &Result{Model: m, Runs: opts.Runs, Seed: opts.Seed, PerRun: make([][][]Totals, opts.Runs)}
	ns := len(m.States)
	stockSum := make([]int64, m.Weeks*ns)

	var (
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
	)
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker(m)
			for r := range jobs {
				w.run(r, opts.Seed, opts.Week)
				totals := w.price()
				mu.Lock()
				res.PerRun[r] = totals
				for i, c := range w.stock {
					stockSum[i] += int64(c)
				}
				done++
				if opts.Progress != nil {
					opts.Progress(done)
				}
				mu.Unlock()
			}
		}()
	}
	for r := range opts.Runs {
		jobs <- r
	}
	close(jobs)
	wg.Wait()

	res.MeanStock = make([][]float64, m.Weeks)
	for t := range m.Weeks {
		res.MeanStock[t] = make([]float64, ns)
		for s := range ns {
			res.MeanStock[t][s] = float64(stockSum[t*ns+s]) / float64(opts.Runs)
		}
	}
	return res, nil
}

// person is one simulated citizen.
type person struct {
	rng   rand.PCG
	ring  [3]uint64 // self-supporting weeks, one bit per week modulo 156
	weeks int32     // weeks in the current state, 1 in the first week
	clock int32     // weeks on the staircase in the current count
	selfN int32     // self-supporting weeks in ring
	state int16
	group int16
}

// segment is a stretch of weeks with one budget year and one epoch; counts
// are kept per segment so that every week is priced with its own rate.
type segment struct{ year, epoch int }

// worker simulates runs one at a time and reuses its buffers.
type worker struct {
	m        *Model
	segs     []segment
	weekSeg  []int
	weekEp   []int
	counts   []int64 // [segment][state][group][step]
	stock    []int32 // [week][state] persons, this run
	persons  []person
	clockOn  []bool
	selfSupp []bool
	absorb   []bool
}

func newWorker(m *Model) *worker {
	w := &worker{m: m, weekSeg: make([]int, m.Weeks), weekEp: make([]int, m.Weeks)}
	ep := 0
	for t := range m.Weeks {
		for ep+1 < len(m.Epochs) && m.Epochs[ep+1].FromWeek <= t {
			ep++
		}
		w.weekEp[t] = ep
		sg := segment{m.WeekYear[t], ep}
		if len(w.segs) == 0 || w.segs[len(w.segs)-1] != sg {
			w.segs = append(w.segs, sg)
		}
		w.weekSeg[t] = len(w.segs) - 1
	}
	ns, ng := len(m.States), len(m.Groups)
	w.counts = make([]int64, len(w.segs)*ns*ng*Steps)
	w.stock = make([]int32, m.Weeks*ns)
	for _, st := range m.States {
		w.clockOn = append(w.clockOn, st.Clock)
		w.selfSupp = append(w.selfSupp, st.SelfSupporting)
		w.absorb = append(w.absorb, st.Absorbing)
	}
	return w
}

// run simulates run r, leaving person-week counts in w.counts and w.stock.
func (w *worker) run(r int, seed uint64, hook func(run, week int, f WeekFlow)) {
	m := w.m
	ns, ng := len(m.States), len(m.Groups)
	clear(w.counts)
	clear(w.stock)
	w.persons = w.persons[:0]
	run := uint64(r)

	for _, c := range m.Initial {
		for k := range c.Persons {
			p := person{rng: stream(seed, run, purposePerson, originInitial, uint64(c.State), uint64(c.Group), uint64(k))}
			weeks := drawWeeks(c.WeeksCDF, uniform(&p.rng))
			p.state, p.group, p.weeks = int16(c.State), int16(c.Group), int32(weeks)
			if m.States[c.State].Clock {
				p.clock = int32(weeks - 1 + c.PriorClock)
			} else {
				p.clock = int32(c.PriorClock)
			}
			w.persons = append(w.persons, p)
		}
	}

	var flow WeekFlow
	if hook != nil {
		flow.ByStateBefore = make([]int, ns)
		flow.ByStateAfter = make([]int, ns)
	}
	for t := range m.Weeks {
		ep := &m.Epochs[w.weekEp[t]]
		if hook != nil {
			flow.Before, flow.Absorbed = len(w.persons), 0
			clear(flow.ByStateBefore)
			for i := range w.persons {
				flow.ByStateBefore[w.persons[i].state]++
			}
		}
		nBefore := len(w.persons)
		for s := range ns {
			for g := range ng {
				in := ep.Inflow[s][g]
				if in.PerWeek <= 0 {
					continue
				}
				src := stream(seed, run, purposeInflow, uint64(t), uint64(s), uint64(g))
				n := int(distuv.Poisson{Lambda: in.PerWeek, Src: &src}.Rand())
				for k := range n {
					w.persons = append(w.persons, person{
						rng:   stream(seed, run, purposePerson, originInflow, uint64(t), uint64(s), uint64(g), uint64(k)),
						state: int16(s), group: int16(g), weeks: 1, clock: int32(in.Clock),
					})
				}
			}
		}
		inflow := len(w.persons) - nBefore
		absorbed := w.week(t, ep)
		if hook != nil {
			flow.Inflow, flow.Absorbed, flow.After = inflow, absorbed, len(w.persons)
			clear(flow.ByStateAfter)
			for i := range w.persons {
				flow.ByStateAfter[w.persons[i].state]++
			}
			hook(r, t, flow)
		}
	}
}

// week prices and moves every person in week t and returns the number of
// persons absorbed.
func (w *worker) week(t int, ep *Epoch) int {
	ng := len(w.m.Groups)
	counts := w.counts[w.weekSeg[t]*len(w.m.States)*ng*Steps:]
	stock := w.stock[t*len(w.m.States):]
	slot := t % windowWeeks
	word, bit := slot>>6, uint(slot&63)
	absorbed := 0
	ps := w.persons
	for i := 0; i < len(ps); {
		p := &ps[i]
		s := int(p.state)
		stock[s]++
		// 1. Price the week.
		if w.clockOn[s] {
			p.clock++
		}
		step := 3
		switch {
		case p.clock <= 4:
			step = 0
		case p.clock <= 26:
			step = 1
		case p.clock <= 52:
			step = 2
		}
		counts[(s*ng+int(p.group))*Steps+step]++
		// 2. Reset rule: self-supporting weeks after the first benefit week
		// of the current count, within the last 156 weeks.
		if p.clock > 0 {
			old := int32(p.ring[word] >> bit & 1)
			var now int32
			if w.selfSupp[s] {
				now = 1
			}
			p.ring[word] = p.ring[word]&^(1<<bit) | uint64(now)<<bit
			p.selfN += now - old
			if p.selfN >= resetWeeks {
				p.clock, p.selfN, p.ring = 0, 0, [3]uint64{}
			}
		}
		// 3. Transition at the end of the week.
		ex := ep.Exit[s][p.group]
		if ex == nil {
			p.weeks++
			i++
			continue
		}
		u := uniform(&p.rng)
		wk := int(p.weeks)
		h := ex.HazardAt(wk)
		to := -1
		if u < h {
			to = pick(ex.DestsAt(wk), u/h)
		} else if ex.MaxWeeks > 0 && wk >= ex.MaxWeeks {
			to = pick(ex.AtMax, (u-h)/(1-h))
		}
		switch {
		case to < 0:
			p.weeks++
		case w.absorb[to]:
			absorbed++
			last := len(ps) - 1
			ps[i] = ps[last]
			ps = ps[:last]
			continue // the person moved into slot i has not been simulated yet
		default:
			p.state, p.weeks = int16(to), 1
		}
		i++
	}
	w.persons = ps
	return absorbed
}

// price turns the person-week counts of the last run into yearly totals.
func (w *worker) price() [][]Totals {
	return priceSegments(w.m, w.segs, func(i int) float64 { return float64(w.counts[i]) })
}

// priceSegments prices person-weeks per [segment][state][group][step],
// given by count, into totals per [year][state].
func priceSegments(m *Model, segs []segment, count func(i int) float64) [][]Totals {
	ns, ng := len(m.States), len(m.Groups)
	out := make([][]Totals, len(m.Years))
	for y := range out {
		out[y] = make([]Totals, ns)
	}
	for si, sg := range segs {
		ep := &m.Epochs[sg.epoch]
		for s := range ns {
			fin := m.States[s].Financing
			t := &out[sg.year][s]
			for g := range ng {
				rate := ep.Rate[s][g][sg.year]
				for step := range Steps {
					n := count(((si*ns+s)*ng+g)*Steps + step)
					if n == 0 {
						continue
					}
					gross := n * rate
					t.PersonWeeks += n
					t.Gross += gross
					t.State += gross * fin.StateShare(step)
				}
			}
		}
	}
	return out
}

// drawWeeks returns weeks in state (≥ 1) for a uniform draw u from a CDF.
func drawWeeks(cdf []float64, u float64) int {
	lo, hi := 0, len(cdf)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if u < cdf[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo + 1
}
