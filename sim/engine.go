package sim

import (
	"cmp"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/stat/distuv"

	"ydelsesflow/msg"
)

// Options control a Monte Carlo simulation.
type Options struct {
	Runs int // number of Monte Carlo runs (≥ 1)
	// FirstRun is the index of the first run: runs FirstRun … FirstRun+Runs−1
	// are simulated, so that more runs can be added later (Result.Append)
	// with the same numbers as one longer simulation.
	FirstRun int
	Seed     uint64 // master seed; with the model it fixes every number
	Workers  int    // goroutines; ≤ 0 means runtime.GOMAXPROCS(0)
	// Progress, if not nil, is called with the number of finished runs each
	// time a run finishes. Calls come from one goroutine at a time.
	Progress func(done int)
	// Week, if not nil, is called at the end of every simulated week of every
	// run with that week's flow counts. Used by tests and diagnostics; it
	// slows the simulation. Calls for one run come from one goroutine.
	Week func(run, week int, f WeekFlow)
	// Trace, if not nil, reports every week of selected persons of one run.
	Trace *Trace
	// Flows asks for every run's flows (Result.Flows): entries, exits and
	// their durations and destinations per budget year and state.
	Flows bool
	// ModelFor, if not nil, returns the model of a run: the scenario with
	// that run's draws of its uncertain parameters (probabilistic
	// sensitivity analysis). It must have the shape of the model given to
	// Run (states, groups, weeks, interventions and their cost lines), and
	// may be called from several goroutines.
	ModelFor func(run int) (*Model, error)
}

// Origin identifies a simulated person by how it entered the model. A
// person's random numbers are keyed by its origin, so the same origin lives
// the same life in every scenario run with the same seed, except where the
// scenarios differ.
type Origin struct {
	Inflow       bool // false: in the initial stock
	State, Group int  // the state and group it entered (before any diversion)
	Index        int  // its number within its cohort or its week's inflow
	Week         int  // the week of entry, for inflow
}

// Trace follows selected persons of one run week by week, so that an
// analyst can check the arithmetic by hand.
type Trace struct {
	Run    int
	Select func(o Origin) bool          // called for every person the run creates
	Week   func(o Origin, w PersonWeek) // called for every week of a selected person
}

// PersonWeek is one priced week of one traced person.
type PersonWeek struct {
	Week         int
	State, Group int
	WeeksInState int     // 1 in the first week in the state
	Clock        int     // the staircase clock in this week
	StateShare   float64 // the state's share of Gross; 0 for a benefit paid by others (State.Split)
	Gross, Net   float64 // kr. this week: the kommune's gross expense and its part
	PaidByOthers float64 // kr. paid out by Udbetaling Danmark or an a-kasse, whose co-financing Gross is
	Intervention int     // the intervention taken part in or waited for, or -1
	Waiting      bool    // waiting for a slot in Intervention
}

// WeekFlow counts persons in one week of one run. Before is the number of
// persons in the model when the week starts (before inflow), After when it
// ends; ByStateBefore and ByStateAfter are the same counts per state.
// Participants and Waiting count, per intervention, the persons who took
// part in it and who waited for a slot during the week.
type WeekFlow struct {
	Before, Inflow, Absorbed, After int
	ByStateBefore, ByStateAfter     []int
	Participants, Waiting           []int
}

// Totals are the helårspersoner and costs of one state (ydelse) in one
// budget year.
type Totals struct {
	// PersonYears is the helårspersoner: person-days in the year / the
	// days of the year.
	PersonYears float64
	// Gross is the kommune's gross expense in kr.: what it pays out, or for
	// a benefit paid by Udbetaling Danmark or an a-kasse its co-financing
	// of the payment (State.Split).
	Gross float64
	// StatePart is the part of Gross the state bears, in kr.: its refusion
	// or its fixed share; 0 for a benefit paid by others.
	StatePart float64
	// PaidByOthers is what Udbetaling Danmark or an a-kasse paid out in
	// kr.: a memo figure, not part of the kommune's Gross.
	PaidByOthers float64
}

// Net returns the municipal net cost in kr.
func (t Totals) Net() float64 { return t.Gross - t.StatePart }

// Add adds u to t.
func (t *Totals) Add(u Totals) {
	t.PersonYears += u.PersonYears
	t.Gross += u.Gross
	t.StatePart += u.StatePart
	t.PaidByOthers += u.PaidByOthers
}

// Result holds the outcome of a simulation.
type Result struct {
	Model    *Model
	Runs     int
	FirstRun int // the index of PerRun[0]'s run
	Seed     uint64
	// PerRun[r][y][s] are the totals of run r, budget year index y, state s.
	PerRun [][][]Totals
	// MeanStock[t][s] is the mean number of persons in state s in week t,
	// averaged over runs.
	MeanStock [][]float64
	// Costs[r][y][c] is the gross cost in kr. of cost line c (Model.CostLines) in run r, year y.
	Costs [][][]float64
	// ParticipantWeeks[r][y][i] counts the weeks persons took part in intervention i.
	ParticipantWeeks [][][]float64
	// WeekNet[r][t] is the kommune's net spending in week t of run r:
	// ydelser net of the state's part, plus intervention costs.
	WeekNet [][]float64
	// MeanParticipants[t][i] and MeanWaiting[t][i] are the mean numbers of
	// participants in and persons waiting for intervention i in week t.
	MeanParticipants, MeanWaiting [][]float64
	// Flows[r] are the flows of run r, if Options.Flows asked for them;
	// Flows[r].Stock is nil (MeanStock holds the mean stocks).
	Flows []*Flows
	// MeanSteps[t][k] is the mean number of persons in week t on step k of
	// the refusionstrappe in force that week (the week's epoch's
	// Staircase), counting persons in states financed by the staircase
	// (FinancingKind.OnStaircase). Every week has Model.StepCount entries;
	// a week whose staircase has fewer steps has none on the others.
	MeanSteps [][]float64
}

// Run simulates the model opts.Runs times and returns per-run yearly totals.
// The result is identical for the same model and seed whatever opts.Workers.
func Run(m *Model, opts Options) (*Result, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if opts.Runs < 1 || opts.Runs > MaxRuns {
		return nil, msg.Errorf("sim: antallet af kørsler skal være mellem 1 og %d, fik %d", MaxRuns, opts.Runs)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, opts.Runs)

	if opts.FirstRun < 0 {
		return nil, msg.Errorf("sim: den første kørsel skal være 0 eller mere, fik %d", opts.FirstRun)
	}
	res := &Result{Model: m, Runs: opts.Runs, FirstRun: opts.FirstRun, Seed: opts.Seed, PerRun: make([][][]Totals, opts.Runs),
		Costs: make([][][]float64, opts.Runs), ParticipantWeeks: make([][][]float64, opts.Runs), WeekNet: make([][]float64, opts.Runs)}
	if opts.Flows {
		res.Flows = make([]*Flows, opts.Runs)
	}
	ns, ni := len(m.States), len(m.Interventions)
	stockSum := make([]int64, m.Weeks*ns)
	partSum := make([]int64, m.Weeks*ni)
	waitSum := make([]int64, m.Weeks*ni)
	nk := m.StepCount()
	stepSum := make([]float64, m.Weeks*nk)

	var (
		mu       sync.Mutex
		done     int
		wg       sync.WaitGroup
		firstErr error
	)
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker(m)
			w.wantFlows = opts.Flows
			for r := range jobs {
				if opts.ModelFor != nil {
					mr, err := opts.ModelFor(opts.FirstRun + r)
					if err == nil {
						err = sameShape(m, mr)
					}
					if err != nil {
						mu.Lock()
						if firstErr == nil {
							firstErr = msg.Errorf("kørsel %d: %w", opts.FirstRun+r+1, err)
						}
						mu.Unlock()
						continue
					}
					w = newWorker(mr)
					w.wantFlows = opts.Flows
				}
				w.run(opts.FirstRun+r, opts.Seed, opts.Week, opts.Trace)
				f := w.price()
				mu.Lock()
				res.PerRun[r], res.Costs[r], res.ParticipantWeeks[r], res.WeekNet[r] = f.totals, f.costs, f.participants, f.weekNet
				if opts.Flows {
					res.Flows[r] = w.takeFlows(f.totals)
				}
				for i, c := range w.stock {
					stockSum[i] += int64(c)
				}
				for i, c := range f.steps {
					stepSum[i] += c
				}
				for i := range w.part {
					partSum[i] += int64(w.part[i])
					waitSum[i] += int64(w.wait[i])
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
	if firstErr != nil {
		return nil, firstErr
	}

	res.MeanStock = meanPerWeek(stockSum, m.Weeks, ns, opts.Runs)
	res.MeanParticipants = meanPerWeek(partSum, m.Weeks, ni, opts.Runs)
	res.MeanWaiting = meanPerWeek(waitSum, m.Weeks, ni, opts.Runs)
	res.MeanSteps = make([][]float64, m.Weeks)
	for t := range res.MeanSteps {
		res.MeanSteps[t] = make([]float64, nk)
		for k := range nk {
			res.MeanSteps[t][k] = stepSum[t*nk+k] / float64(opts.Runs)
		}
	}
	return res, nil
}

// sameShape reports why a run's model cannot stand in for m, or nil.
func sameShape(m, mr *Model) error {
	if err := mr.Check(); err != nil {
		return err
	}
	if err := Compatible(m, mr); err != nil {
		return err
	}
	if mr.StepCount() != m.StepCount() {
		return msg.New("sim: en kørsels model har et andet antal trin på refusionstrappen end scenariet")
	}
	if len(mr.Interventions) != len(m.Interventions) || len(mr.CostLines()) != len(m.CostLines()) {
		return msg.New("sim: en kørsels model har andre indsatser eller udgiftslinjer end scenariet")
	}
	return nil
}

// Append adds the runs of o, which must continue r (same model and seed,
// o.FirstRun = r.FirstRun + r.Runs), to r. The result equals one Run of all
// the runs.
func (r *Result) Append(o *Result) error {
	if o.Model != r.Model || o.Seed != r.Seed || o.FirstRun != r.FirstRun+r.Runs {
		return msg.Errorf("sim: kan kun tilføje kørsel %d… af samme model og seed, fik kørsel %d…", r.FirstRun+r.Runs, o.FirstRun)
	}
	n, m := float64(r.Runs), float64(o.Runs)
	for _, pair := range [][2][][]float64{{r.MeanStock, o.MeanStock}, {r.MeanParticipants, o.MeanParticipants}, {r.MeanWaiting, o.MeanWaiting}, {r.MeanSteps, o.MeanSteps}} {
		for t := range pair[0] {
			for i := range pair[0][t] {
				pair[0][t][i] = (pair[0][t][i]*n + pair[1][t][i]*m) / (n + m)
			}
		}
	}
	r.PerRun = append(r.PerRun, o.PerRun...)
	r.Costs = append(r.Costs, o.Costs...)
	r.ParticipantWeeks = append(r.ParticipantWeeks, o.ParticipantWeeks...)
	r.WeekNet = append(r.WeekNet, o.WeekNet...)
	if r.Flows != nil || o.Flows != nil {
		if len(r.Flows) != r.Runs || len(o.Flows) != o.Runs {
			return msg.New("sim: kan kun tilføje kørsler med strømme til kørsler med strømme")
		}
		r.Flows = append(r.Flows, o.Flows...)
	}
	r.Runs += o.Runs
	return nil
}

// meanPerWeek divides sums laid out [week][n] by runs.
func meanPerWeek(sum []int64, weeks, n, runs int) [][]float64 {
	out := make([][]float64, weeks)
	for t := range out {
		out[t] = make([]float64, n)
		for i := range n {
			out[t][i] = float64(sum[t*n+i]) / float64(runs)
		}
	}
	return out
}

// ringWords is the number of 64-bit words holding a person's record of
// self-supporting weeks, one bit per week of the longest window a reset
// rule may have: week t is bit t mod MaxResetWindowWeeks, whatever the
// window in force, so that the record stays right when the window changes.
const ringWords = (MaxResetWindowWeeks + 63) / 64

// person is one simulated citizen.
type person struct {
	rng     rand.PCG
	id      uint64            // hash of the person's origin, the key of its one-off draws
	ring    [ringWords]uint64 // self-supporting weeks, one bit per week modulo MaxResetWindowWeeks
	offered uint32            // interventions whose offer the person has had, one bit each
	weeks   int32             // weeks in the current state, 1 in the first week
	clock   int32             // weeks on the staircase in the current count
	selfN   int32             // self-supporting weeks in ring within the reset rule's window in force
	since   int32             // week the person joined or started waiting for iv
	state   int16
	group   int16
	iv      int8 // 1 + index of the intervention taken part in or waited for; 0 none
	waiting bool // waiting for a slot in iv
	traced  bool
	// look records, for each of the model's look-backs, the weeks spent in
	// its states: bit k is set if the person was in one of them k weeks
	// before the current week (bit 0, the current week, is set before the
	// transition). Older weeks fall off the end.
	look [MaxLookBacks]uint64
}

// worker simulates runs one at a time and reuses its buffers.
type worker struct {
	m        *Model
	k        int       // 1 + number of interventions: the participation dimension of counts
	weekEp   []int     // epoch of each week
	nk       int       // steps per week in counts: Model.StepCount
	stepOf   [][]uint8 // [epoch][clock] the step of a clock on the epoch's staircase, up to its last step's start
	counts   []int64   // [week][state][group][step][k], k = 0 non-participants, 1+i participants of i
	stock    []int32   // [week][state] persons, this run
	part     []int32   // [week][intervention] participants priced in the week
	wait     []int32   // [week][intervention] persons waiting for a slot in the week
	persons  []person
	clockOn  []bool
	selfSupp []bool
	absorb   []bool
	// lookIn[s] has bit l set if a week in state s counts for look-back l;
	// nLook is the number of look-backs.
	lookIn []uint8
	nLook  int
	// targeting[s] lists the interventions with participants in state s.
	targeting [][]int
	// diverting[s] lists (intervention, diversion) pairs for entries into s.
	diverting [][][2]int
	nPart     []int32 // participants per intervention, including slots freed this week
	nWait     []int32 // persons waiting per intervention
	freed     []int32 // slots freed this week, free from the next week
	queue     []int   // scratch: indices of waiting persons
	// run-level context
	seed, runID uint64
	trace       *Trace
	origins     map[uint64]Origin
	// wantFlows asks for the run's flows in flows, laid out
	// [year][state][entries, exits, exit weeks, exits to each state].
	wantFlows bool
	flows     []float64
}

// weekEpochs returns the epoch of each week.
func (m *Model) weekEpochs() []int {
	out := make([]int, m.Weeks)
	ep := 0
	for t := range m.Weeks {
		for ep+1 < len(m.Epochs) && m.Epochs[ep+1].FromWeek <= t {
			ep++
		}
		out[t] = ep
	}
	return out
}

func newWorker(m *Model) *worker {
	ns, ng, ni := len(m.States), len(m.Groups), len(m.Interventions)
	w := &worker{m: m, k: 1 + ni, weekEp: m.weekEpochs(), nk: m.StepCount()}
	for _, e := range m.Epochs {
		tab := make([]uint8, e.Staircase.LastStepStart()+1)
		for c := range tab {
			tab[c] = uint8(e.Staircase.StepOf(c))
		}
		w.stepOf = append(w.stepOf, tab)
	}
	w.counts = make([]int64, m.Weeks*ns*ng*w.nk*w.k)
	w.stock = make([]int32, m.Weeks*ns)
	w.part = make([]int32, m.Weeks*ni)
	w.wait = make([]int32, m.Weeks*ni)
	w.nPart = make([]int32, ni)
	w.nWait = make([]int32, ni)
	w.freed = make([]int32, ni)
	w.targeting = make([][]int, ns)
	w.diverting = make([][][2]int, ns)
	for i, iv := range m.Interventions {
		if iv.Target >= 0 {
			w.targeting[iv.Target] = append(w.targeting[iv.Target], i)
		}
		for j, d := range iv.Divert {
			w.diverting[d.State] = append(w.diverting[d.State], [2]int{i, j})
		}
	}
	for _, st := range m.States {
		w.clockOn = append(w.clockOn, st.Clock)
		w.selfSupp = append(w.selfSupp, st.SelfSupporting)
		w.absorb = append(w.absorb, st.Absorbing)
	}
	w.lookIn, w.nLook = make([]uint8, ns), len(m.LookBacks)
	for l, lb := range m.LookBacks {
		for s, in := range lb.States {
			if in {
				w.lookIn[s] |= 1 << l
			}
		}
	}
	return w
}

// run simulates run r, leaving person-week counts in w.counts and w.stock.
func (w *worker) run(r int, seed uint64, hook func(run, week int, f WeekFlow), tr *Trace) {
	m := w.m
	ns, ng := len(m.States), len(m.Groups)
	clear(w.counts)
	clear(w.stock)
	clear(w.part)
	clear(w.wait)
	clear(w.nPart)
	clear(w.nWait)
	clear(w.freed)
	w.persons = w.persons[:0]
	w.seed, w.runID = seed, uint64(r)
	if w.wantFlows {
		w.flows = make([]float64, len(m.Years)*ns*(flowFields+2*ns))
	}
	w.trace = nil
	if tr != nil && tr.Run == r {
		w.trace, w.origins = tr, map[uint64]Origin{}
	}

	for _, c := range m.Initial {
		for k := range c.Persons {
			p := w.newPerson(Origin{State: c.State, Group: c.Group, Index: k})
			weeks := drawWeeks(c.WeeksCDF, uniform(&p.rng))
			p.weeks = int32(weeks)
			w.lookHistory(&p, c.State, weeks-1)
			if m.States[c.State].Clock {
				p.clock = int32(weeks - 1 + c.PriorClock)
			} else {
				p.clock = int32(c.PriorClock)
			}
			if w.selfSupp[c.State] && p.clock > 0 {
				w.history(&p, weeks-1, m.Epochs[0].Reset)
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
		if t > 0 && ep.Reset.WindowWeeks != m.Epochs[w.weekEp[t-1]].Reset.WindowWeeks {
			w.recount(t, ep.Reset.WindowWeeks)
		}
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
				if in.PerYear <= 0 {
					continue
				}
				src := stream(seed, w.runID, purposeInflow, uint64(t), uint64(s), uint64(g))
				n := int(distuv.Poisson{Lambda: in.PerYear * m.YearShare(t), Src: &src}.Rand())
				for k := range n {
					p := w.newPerson(Origin{Inflow: true, Week: t, State: s, Group: g, Index: k})
					p.weeks, p.clock = 1, int32(in.Clock)
					p.state = int16(w.divert(&p, s, t))
					if w.absorb[p.state] {
						continue // diverted out of the model before its first week
					}
					if w.flows != nil {
						w.flows[w.flowAt(m.entryYear(t), int(p.state))+flowEntries]++
					}
					w.persons = append(w.persons, p)
				}
			}
		}
		inflow := len(w.persons) - nBefore
		w.admit(t)
		absorbed := w.week(t, ep)
		if hook != nil {
			flow.Inflow, flow.Absorbed, flow.After = inflow, absorbed, len(w.persons)
			flow.Participants, flow.Waiting = flow.Participants[:0], flow.Waiting[:0]
			for i := range m.Interventions {
				flow.Participants = append(flow.Participants, int(w.part[t*len(m.Interventions)+i]))
				flow.Waiting = append(flow.Waiting, int(w.wait[t*len(m.Interventions)+i]))
			}
			clear(flow.ByStateAfter)
			for i := range w.persons {
				flow.ByStateAfter[w.persons[i].state]++
			}
			hook(r, t, flow)
		}
	}
}

// newPerson creates a person with its random stream keyed by its origin.
func (w *worker) newPerson(o Origin) person {
	var id uint64
	if o.Inflow {
		id = key(originInflow, uint64(o.Week), uint64(o.State), uint64(o.Group), uint64(o.Index))
	} else {
		id = key(originInitial, uint64(o.State), uint64(o.Group), uint64(o.Index))
	}
	p := person{rng: stream(w.seed, w.runID, purposePerson, id), id: id, state: int16(o.State), group: int16(o.Group)}
	if w.trace != nil && w.trace.Select(o) {
		p.traced = true
		w.origins[id] = o
	}
	return p
}

// divert returns the state a person entering state s in week t ends up
// in: s, or a destination of a diversion that runs in week t.
func (w *worker) divert(p *person, s, t int) int {
	for _, d := range w.diverting[s] {
		iv := &w.m.Interventions[d[0]]
		dv := &iv.Divert[d[1]]
		if !iv.active(t) || !dv.Groups[p.group] {
			continue
		}
		u := keyedUniform(w.seed, w.runID, purposeDivert, p.id, uint64(t), uint64(d[0]), uint64(d[1]))
		if u < dv.Share {
			return pick(dv.Dests, u/dv.Share)
		}
	}
	return s
}

// admit frees the slots left last week and gives free slots to waiting
// persons, first come first served (by the week they started waiting, then
// by identity), at the start of week t.
func (w *worker) admit(t int) {
	for i := range w.m.Interventions {
		w.nPart[i] -= w.freed[i]
		w.freed[i] = 0
		iv := &w.m.Interventions[i]
		free := int(int32(iv.Capacity) - w.nPart[i])
		if w.nWait[i] == 0 || free <= 0 || !iv.active(t) {
			continue
		}
		w.queue = w.queue[:0]
		for j := range w.persons {
			if p := &w.persons[j]; int(p.iv) == i+1 && p.waiting {
				w.queue = append(w.queue, j)
			}
		}
		slices.SortFunc(w.queue, func(a, b int) int {
			pa, pb := &w.persons[a], &w.persons[b]
			if pa.since != pb.since {
				return cmp.Compare(pa.since, pb.since)
			}
			return cmp.Compare(pa.id, pb.id)
		})
		for _, j := range w.queue[:min(free, len(w.queue))] {
			p := &w.persons[j]
			p.waiting, p.since = false, int32(t)
			w.nWait[i]--
			w.nPart[i]++
		}
	}
}

// offer lets a person in state s, not in any intervention, take up the first
// intervention running in week t that offers it a place.
func (w *worker) offer(p *person, s, t int) {
	for _, i := range w.targeting[s] {
		iv := &w.m.Interventions[i]
		bit := uint32(1) << i
		if p.offered&bit != 0 || !iv.active(t) || !iv.Groups[p.group] || (iv.NewOnly && p.weeks != 1) {
			continue
		}
		p.offered |= bit
		if keyedUniform(w.seed, w.runID, purposeTakeUp, p.id, uint64(i)) >= iv.TakeUp {
			continue
		}
		p.iv, p.since = int8(i+1), int32(t)
		if iv.Capacity == 0 || (w.nWait[i] == 0 && w.nPart[i] < int32(iv.Capacity)) {
			w.nPart[i]++
		} else {
			p.waiting = true
			w.nWait[i]++
		}
		return
	}
}

// leave ends the person's participation or wait. A participant's slot is
// free from the next week, so no week has more participants than slots.
func (w *worker) leave(p *person) {
	i := int(p.iv) - 1
	if p.waiting {
		w.nWait[i]--
	} else {
		w.freed[i]++
	}
	p.iv, p.waiting = 0, false
}

// history records, for the reset rule (§ 6), the h self-supporting weeks
// just before week 0 of a person of the initial stock who starts in a
// self-supporting state (its weeks there before the start): they count as
// weeks after the start do. With r.Weeks or more of them within the
// window of the first epoch's rule r (with week 0, the window's last), the
// count was reset before the start and the clock is 0. The record keeps up
// to MaxResetWindowWeeks−1 of them, for a later epoch with a longer
// window; the count is those in weeks −r.WindowWeeks … −1, as week 0
// expects (it drops week −r.WindowWeeks and adds itself).
func (w *worker) history(p *person, h int, r ResetRule) {
	if n := min(h, r.WindowWeeks-1); n >= r.Weeks {
		p.clock, p.selfN, p.ring = 0, 0, [ringWords]uint64{}
		return
	}
	for k := 1; k <= min(h, MaxResetWindowWeeks-1); k++ {
		slot := MaxResetWindowWeeks - k // week −k, as week t uses slot t mod MaxResetWindowWeeks
		p.ring[slot>>6] |= 1 << uint(slot&63)
	}
	p.selfN = int32(min(h, r.WindowWeeks))
}

// ringSlot returns the slot of week t (which may be negative) in a
// person's record.
func ringSlot(t int) int {
	return ((t % MaxResetWindowWeeks) + MaxResetWindowWeeks) % MaxResetWindowWeeks
}

// recount sets every person's count of self-supporting weeks to those
// within a new window of window weeks before week t (weeks t−window …
// t−1), at the start of week t, the first week of an epoch whose reset
// rule has another window than the last.
func (w *worker) recount(t, window int) {
	for i := range w.persons {
		p := &w.persons[i]
		n := int32(0)
		for k := 1; k <= window; k++ {
			slot := ringSlot(t - k)
			n += int32(p.ring[slot>>6] >> uint(slot&63) & 1)
		}
		p.selfN = n
	}
}

// week prices and moves every person in week t and returns the number of
// persons absorbed.
func (w *worker) week(t int, ep *Epoch) int {
	m := w.m
	ns, ng, ni := len(m.States), len(m.Groups), len(m.Interventions)
	nk := w.nk
	counts := w.counts[t*ns*ng*nk*w.k:]
	stock := w.stock[t*ns:]
	stepOf := w.stepOf[w.weekEp[t]]
	lastClock := int32(len(stepOf) - 1)
	// Week t's record goes in its slot, over week t−MaxResetWindowWeeks's;
	// week t−WindowWeeks leaves the window.
	slot, out := ringSlot(t), ringSlot(t-ep.Reset.WindowWeeks)
	word, bit := slot>>6, uint(slot&63)
	oword, obit := out>>6, uint(out&63)
	resetWeeks := int32(ep.Reset.Weeks)
	absorbed := 0
	ps := w.persons
	for i := 0; i < len(ps); {
		p := &ps[i]
		s := int(p.state)
		stock[s]++
		// 0. Interventions: end a participation or wait that has run out,
		// then offer a place to a person in a target state.
		if p.iv != 0 {
			iv := &m.Interventions[p.iv-1]
			if !iv.active(t) || (!p.waiting && iv.MaxWeeks > 0 && t-int(p.since) >= iv.MaxWeeks) {
				w.leave(p)
			}
		}
		if p.iv == 0 && len(w.targeting[s]) > 0 {
			w.offer(p, s, t)
		}
		k := 0
		if p.iv != 0 {
			if p.waiting {
				w.wait[t*ni+int(p.iv)-1]++
			} else {
				k = int(p.iv)
				w.part[t*ni+k-1]++
			}
		}
		// 1. Price the week.
		if w.clockOn[s] {
			p.clock++
		}
		step := int(stepOf[min(p.clock, lastClock)])
		counts[((s*ng+int(p.group))*nk+step)*w.k+k]++
		if p.traced {
			w.traceWeek(p, t, ep, step, k)
		}
		// 2. Reset rule (§ 6): self-supporting weeks after the first benefit
		// week of the current count, within the last Reset.WindowWeeks weeks.
		if p.clock > 0 {
			old := int32(p.ring[oword] >> obit & 1)
			var now int32
			if w.selfSupp[s] {
				now = 1
			}
			p.ring[word] = p.ring[word]&^(1<<bit) | uint64(now)<<bit
			p.selfN += now - old
			if p.selfN >= resetWeeks {
				p.clock, p.selfN, p.ring = 0, 0, [ringWords]uint64{}
			}
		}
		// 3. Transition at the end of the week. Every person draws one
		// number every week, so that week t's number is the same in every
		// scenario whatever path led there (common random numbers).
		u := uniform(&p.rng)
		to, dropOut := -1, false
		// The week goes into the look-backs' records: every record moves on one
		// week, and the week counts where the state is in the look-back.
		for l := range w.nLook {
			p.look[l] = p.look[l]<<1 | uint64(w.lookIn[s]>>l&1)
		}
		if ex := ep.Exit[s][p.group]; ex == nil {
			// nobody leaves the state
		} else if p.iv == 0 || p.waiting {
			// baseline treatment, written out here: the hot path
			wk := int(p.weeks)
			if h := ex.HazardAt(wk); u < h {
				to = pick(ex.DestsAt(wk), u/h)
			} else if ex.MaxWeeks > 0 && ex.reached(wk, &p.look, ex.MaxWeeks) {
				to = pick(ex.AtMax, (u-h)/(1-h))
			}
		} else {
			to, dropOut = w.participantTransition(p, s, u, ex)
		}
		switch {
		case to < 0:
			p.weeks++
		case dropOut: // leaves the intervention, stays in the state
			w.leave(p)
			p.weeks++
		default:
			if p.iv != 0 {
				w.leave(p)
			}
			to = w.divert(p, to, t+1)
			if w.flows != nil {
				w.recordMove(t, s, to, int(p.weeks))
			}
			if w.absorb[to] {
				absorbed++
				last := len(ps) - 1
				ps[i] = ps[last]
				ps = ps[:last]
				continue // the person moved into slot i has not been simulated yet
			}
			p.state, p.weeks = int16(to), 1
		}
		i++
	}
	w.persons = ps
	return absorbed
}

// The fields of a state's flows in worker.flows, followed by its exits to
// each state and its entries from each state.
const (
	flowEntries = iota
	flowExits
	flowExitWeeks
	flowFields
)

// flowAt returns the index in w.flows of year y's flows of state s.
func (w *worker) flowAt(y, s int) int {
	ns := len(w.m.States)
	return (y*ns + s) * (flowFields + 2*ns)
}

// recordMove counts a spell in state s that ends after weeks weeks at the
// end of week t and the spell in state to that starts the next week.
func (w *worker) recordMove(t, s, to, weeks int) {
	i := w.flowAt(w.m.exitYear(t), s)
	w.flows[i+flowExits]++
	w.flows[i+flowExitWeeks] += float64(weeks)
	w.flows[i+flowFields+to]++
	if y := w.m.entryYear(t + 1); y >= 0 && !w.absorb[to] {
		j := w.flowAt(y, to)
		w.flows[j+flowEntries]++
		w.flows[j+flowFields+len(w.m.States)+s]++
	}
}

// takeFlows returns the flows of the last run, with the helårspersoner of
// its priced totals.
func (w *worker) takeFlows(totals [][]Totals) *Flows {
	m := w.m
	ns := len(m.States)
	f := &Flows{Year: make([][]Flow, len(m.Years))}
	for y := range f.Year {
		f.Year[y] = make([]Flow, ns)
		for s := range ns {
			i := w.flowAt(y, s)
			f.Year[y][s] = Flow{PersonYears: totals[y][s].PersonYears, Entries: w.flows[i+flowEntries], Exits: w.flows[i+flowExits],
				ExitWeeks: w.flows[i+flowExitWeeks], ExitsTo: w.flows[i+flowFields : i+flowFields+ns : i+flowFields+ns],
				EntriesFrom: w.flows[i+flowFields+ns : i+flowFields+2*ns : i+flowFields+2*ns]}
		}
	}
	w.flows = nil
	return f
}

// participantTransition returns where a participant in state s with exit
// rule ex goes at the end of the week for the uniform draw u: -1 to stay,
// or a state (s itself for a new spell at the maximum). dropOut reports a
// participant who leaves the intervention but stays in the state.
func (w *worker) participantTransition(p *person, s int, u float64, ex *Exit) (to int, dropOut bool) {
	e := &w.m.Interventions[p.iv-1].Effect[p.group]
	wk := int(p.weeks)
	h, maxW, atMax := min(1, ex.HazardAt(wk)*e.HazardRatio), ex.MaxWeeks, ex.AtMax
	if e.MaxWeeks > 0 {
		maxW = e.MaxWeeks
	}
	if e.AtMax != nil {
		atMax = e.AtMax
	}
	if u < h {
		dests := e.Dests
		if dests == nil {
			dests = ex.DestsAt(wk)
		}
		to = pick(dests, u/h)
		return to, to == s
	}
	// The intervention's max_weeks replaces the number, not the way of
	// counting: under a look-back it counts the weeks within the window.
	if maxW > 0 && ex.reached(wk, &p.look, maxW) {
		return pick(atMax, (u-h)/(1-h)), false
	}
	return -1, false
}

// lookHistory records, for the look-backs, the h weeks a person of the
// initial stock has spent in its state s before week 0 (its weeks in the
// state before the start): they count within each window that counts s,
// as weeks after the start do. The weeks before those (prior_benefit_weeks)
// are not recorded: the model does not know in which states they were.
func (w *worker) lookHistory(p *person, s, h int) {
	if h <= 0 {
		return
	}
	// Bit k−1 of the record is week −k here; week 0 shifts everything
	// up one before it sets its own bit 0.
	rec := windowMask(min(h, LookBackWeeks))
	for l := range w.nLook {
		if w.lookIn[s]>>l&1 != 0 {
			p.look[l] = rec
		}
	}
}

// traceWeek reports week t of a traced person after its clock has moved.
func (w *worker) traceWeek(p *person, t int, ep *Epoch, step, k int) {
	m := w.m
	s := int(p.state)
	rate := 0.0 // the week's gross: each counted day at its year's rate
	for _, part := range m.WeekDays[t] {
		rate += ep.Rate[s][p.group][part.Year] * float64(part.Days)
	}
	if k > 0 {
		rate *= m.Interventions[k-1].RateFactor
	}
	share := m.States[s].Financing.StateShare(ep.Staircase, step)
	split := m.States[s].Split(rate, share)
	if m.States[s].PaidBy != PaidByKommune {
		share = 0 // the kommune's co-financing gets no refusion
	}
	w.trace.Week(w.origins[p.id], PersonWeek{
		Week: t, State: s, Group: int(p.group), WeeksInState: int(p.weeks), Clock: int(p.clock),
		StateShare: share, Gross: split.Gross, Net: split.Net(), PaidByOthers: split.PaidByOthers,
		Intervention: int(p.iv) - 1, Waiting: p.waiting,
	})
}

// price turns the person-week counts of the last run into its figures.
func (w *worker) price() runFigures {
	m := w.m
	ni := len(m.Interventions)
	f := priceWeeks(m, w.weekEp, w.nk, w.k, func(i int) float64 { return float64(w.counts[i]) })
	f.participants = make([][]float64, len(m.Years))
	for y := range f.participants {
		f.participants[y] = make([]float64, ni)
	}
	for t := range m.Weeks {
		for _, part := range m.WeekDays[t] {
			y, week := part.Year, float64(part.Days)/7
			for i := range m.Interventions {
				iv := &m.Interventions[i]
				n := int(w.part[t*ni+i])
				f.participants[y][i] += float64(n) * week
				for j := range iv.Costs {
					l := &iv.Costs[j]
					c := iv.weekCost(l, t, y, n) * week
					f.costs[y][m.costIndex(i, j)] += c
					f.weekNet[t] += c * (1 - l.StateShare)
				}
			}
		}
	}
	// Lump sums: each once, in its date's week and budget year.
	for i := range m.Interventions {
		for j, l := range m.Interventions[i].Costs {
			for _, fx := range l.Fixed {
				c := l.indexed(fx.Amount, fx.Year)
				f.costs[fx.Year][m.costIndex(i, j)] += c
				f.weekNet[fx.Week] += c * (1 - l.StateShare)
			}
		}
	}
	return f
}

// runFigures are the priced results of one run.
type runFigures struct {
	totals       [][]Totals  // [year][state]
	costs        [][]float64 // [year][cost line], gross kr.
	participants [][]float64 // [year][intervention], participant-weeks (days / 7)
	weekNet      []float64   // [week] the kommune's net spending, ydelser and intervention costs
	steps        []float64   // [week][step] persons in staircase-financed states
}

// priceWeeks prices person-weeks per [week][state][group][step][k], nk
// steps a week, given by count, into yearly totals per state and the
// kommune's weekly net spending. Step k of week t is the k-th step of the
// staircase of t's epoch. A week's persons are counted on each of its
// days, at the rate of the day's budget year, and a week that straddles
// New Year is split by days.
func priceWeeks(m *Model, weekEp []int, nk, k int, count func(i int) float64) runFigures {
	ns, ng := len(m.States), len(m.Groups)
	f := runFigures{totals: make([][]Totals, len(m.Years)), costs: make([][]float64, len(m.Years)), weekNet: make([]float64, m.Weeks),
		steps: make([]float64, m.Weeks*nk)}
	nl := len(m.CostLines())
	for y := range f.totals {
		f.totals[y] = make([]Totals, ns)
		f.costs[y] = make([]float64, nl)
	}
	for t := range m.Weeks {
		ep := &m.Epochs[weekEp[t]]
		parts := m.WeekDays[t]
		for s := range ns {
			st := &m.States[s]
			fin := st.Financing
			for g := range ng {
				for step := range len(ep.Staircase) {
					i := (((t*ns+s)*ng+g)*nk + step) * k
					// Weigh participants' weeks by their rate factor before
					// pricing, so that a factor of 1 gives exactly the
					// baseline's sums.
					n, weighted := 0.0, 0.0
					for j := range k {
						c := count(i + j)
						n += c
						if j > 0 {
							c *= m.Interventions[j-1].RateFactor
						}
						weighted += c
					}
					if n == 0 {
						continue
					}
					if fin.Kind.OnStaircase() {
						f.steps[t*nk+step] += n
					}
					share := fin.StateShare(ep.Staircase, step)
					for _, p := range parts {
						days := float64(p.Days)
						split := st.Split(weighted*ep.Rate[s][g][p.Year]*days, share)
						split.PersonYears = n * days / float64(m.YearDays[p.Year])
						f.totals[p.Year][s].Add(split)
						f.weekNet[t] += split.Net()
					}
				}
			}
		}
	}
	return f
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
