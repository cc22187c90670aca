package sim

import "ydelsesflow/msg"

// Flow counts the flows of persons through one state (ydelse) in one
// budget year, as jobindsats.dk and a kommune's own statistics count them.
// A spell is an unbroken stay in a state; a move from a state to itself (a
// new spell at a maximum duration) ends one spell and starts another.
type Flow struct {
	// PersonYears is the helårspersoner: person-days in the year / the
	// days of the year.
	PersonYears float64
	// Entries (tilgang) counts the spells that started in the year: persons
	// who came from outside the model or from another state. A spell
	// starts on the Monday of its first week; the year is that of the
	// week's first counted day.
	Entries float64
	// Exits (afgang) counts the spells that ended in the year, in the year
	// of the last counted day of their last week.
	Exits float64
	// ExitWeeks sums the weeks in the state of the spells that ended in the
	// year, counting the weeks a person of the initial stock had spent in
	// the state before the start: ExitWeeks/Exits is the mean duration.
	ExitWeeks float64
	// ExitsTo[d] counts the exits to state d (absorbing states included).
	ExitsTo []float64
	// EntriesFrom[o] counts the entries from state o; the rest of Entries
	// came from outside the model (inflow).
	EntriesFrom []float64
}

// MeanWeeks returns the mean duration in weeks of the spells that ended in
// the year, or 0 if none did.
func (f Flow) MeanWeeks() float64 {
	if f.Exits == 0 {
		return 0
	}
	return f.ExitWeeks / f.Exits
}

// add adds g to f.
func (f *Flow) add(g Flow) {
	f.PersonYears += g.PersonYears
	f.Entries += g.Entries
	f.Exits += g.Exits
	f.ExitWeeks += g.ExitWeeks
	for d, x := range g.ExitsTo {
		f.ExitsTo[d] += x
	}
	for o, x := range g.EntriesFrom {
		f.EntriesFrom[o] += x
	}
}

// MeanFlows returns the mean of the flows of several runs (their Stock is
// left nil).
func MeanFlows(runs []*Flows) *Flows {
	if len(runs) == 0 {
		return nil
	}
	ns := len(runs[0].Year[0])
	out := &Flows{Year: make([][]Flow, len(runs[0].Year))}
	for y := range out.Year {
		out.Year[y] = make([]Flow, ns)
		for s := range ns {
			f := &out.Year[y][s]
			f.ExitsTo, f.EntriesFrom = make([]float64, ns), make([]float64, ns)
			for _, r := range runs {
				f.add(r.Year[y][s])
			}
			n := float64(len(runs))
			f.PersonYears /= n
			f.Entries /= n
			f.Exits /= n
			f.ExitWeeks /= n
			for d := range ns {
				f.ExitsTo[d] /= n
				f.EntriesFrom[d] /= n
			}
		}
	}
	return out
}

// Flows are the flows and stocks of a model, per budget year and state.
type Flows struct {
	// Year[y][s] are the flows of state s in budget year index y.
	Year [][]Flow
	// Stock[t][s] is the number of persons in state s in week t.
	Stock [][]float64
}

// newFlows returns zero Flows for m.
func newFlows(m *Model) *Flows {
	ns := len(m.States)
	f := &Flows{Year: make([][]Flow, len(m.Years)), Stock: make([][]float64, m.Weeks)}
	for y := range f.Year {
		f.Year[y] = make([]Flow, ns)
		for s := range ns {
			f.Year[y][s].ExitsTo = make([]float64, ns)
			f.Year[y][s].EntriesFrom = make([]float64, ns)
		}
	}
	for t := range f.Stock {
		f.Stock[t] = make([]float64, ns)
	}
	return f
}

// entryYear returns the budget year index of a spell that starts in week t,
// or -1 after the horizon.
func (m *Model) entryYear(t int) int {
	if t >= m.Weeks {
		return -1
	}
	return m.WeekDays[t][0].Year
}

// exitYear returns the budget year index of a spell that ends in week t.
func (m *Model) exitYear(t int) int {
	parts := m.WeekDays[t]
	return parts[len(parts)-1].Year
}

// ErrNotExact is wrapped by the errors of ExpectedFlows for a model that the
// expected-value chain cannot represent; the caller may fall back to the
// Monte Carlo engine.
var ErrNotExact = msg.New("modellen kan ikke beregnes eksakt")

// ExpectedFlows computes the expected flows and stocks of the model without
// random numbers, by pushing expected numbers of persons through the chain
// on (state, group, weeks in state) week by week. Flows do not depend on
// the refusion clock, so for a model without interventions the result is
// exact: the mean of infinitely many Monte Carlo runs.
//
// A model with interventions, or with a maximum over a look-back window,
// gives an error that wraps ErrNotExact.
func ExpectedFlows(m *Model) (*Flows, error) {
	if err := chainable(m, msg.T(msg.Default, "den eksakte beregning af strømme kender ingen indsatser")); err != nil {
		return nil, err
	}
	ns, ng := len(m.States), len(m.Groups)
	weekEp := m.weekEpochs()
	// mass[i][w-1] holds the persons of state and group i with w weeks in
	// the state, up to wcap[i].
	wcap := weekCaps(m, false)
	newMass := func() [][]float64 {
		x := make([][]float64, ns*ng)
		for i := range x {
			x[i] = make([]float64, wcap[i])
		}
		return x
	}
	mass, next := newMass(), newMass()
	// elapsed[i][w-1] is the mean weeks already spent in the state by the
	// persons of mass[i][w-1] with weeks in state capped at wcap: their
	// true weeks in state, for the mean duration of a spell.
	elapsed := newMass()
	nextElapsed := newMass()
	for _, c := range m.Initial {
		i := c.State*ng + c.Group
		prev := 0.0
		for k, cum := range c.WeeksCDF {
			p := cum - prev
			prev = cum
			if p == 0 {
				continue
			}
			wi := min(k+1, wcap[i]) - 1
			x := float64(c.Persons) * p
			addMass(mass, elapsed, i, wi, x, float64(k+1))
		}
	}
	f := newFlows(m)
	for t := range m.Weeks {
		ep := &m.Epochs[weekEp[t]]
		yIn := m.entryYear(t)
		for s := range ns {
			for g := range ng {
				if in := ep.Inflow[s][g]; in.PerYear > 0 {
					x := in.PerYear * m.YearShare(t)
					addMass(mass, elapsed, s*ng+g, 0, x, 1)
					f.Year[yIn][s].Entries += x
				}
			}
		}
		for _, x := range next {
			clear(x)
		}
		for _, x := range nextElapsed {
			clear(x)
		}
		yOut, yNext := m.exitYear(t), m.entryYear(t+1)
		for s := range ns {
			for g := range ng {
				i := s*ng + g
				ex := ep.Exit[s][g]
				for wi := range wcap[i] {
					x := mass[i][wi]
					if x == 0 {
						continue
					}
					weeks := elapsed[i][wi]
					f.Stock[t][s] += x
					for _, p := range m.WeekDays[t] {
						f.Year[p.Year][s].PersonYears += x * float64(p.Days) / float64(m.YearDays[p.Year])
					}
					stay := x
					if ex != nil {
						h := ex.HazardAt(wi + 1)
						if h > 0 {
							f.move(m, next, nextElapsed, ng, s, g, x*h, weeks, ex.DestsAt(wi+1), yOut, yNext)
						}
						stay = x * (1 - h)
						if ex.MaxWeeks > 0 && wi+1 >= ex.MaxWeeks {
							f.move(m, next, nextElapsed, ng, s, g, stay, weeks, ex.AtMax, yOut, yNext)
							stay = 0
						}
					}
					if stay != 0 {
						addMass(next, nextElapsed, i, min(wi+1, wcap[i]-1), stay, weeks+1)
					}
				}
			}
		}
		mass, next = next, mass
		elapsed, nextElapsed = nextElapsed, elapsed
	}
	return f, nil
}

// addMass adds x persons who have spent weeks weeks in the state to cell wi
// of state and group i, keeping elapsed the mean weeks of the cell's persons.
func addMass(mass, elapsed [][]float64, i, wi int, x, weeks float64) {
	old := mass[i][wi]
	mass[i][wi] = old + x
	elapsed[i][wi] = (elapsed[i][wi]*old + weeks*x) / (old + x)
}

// move ends x persons' spells in state s (group g) after weeks weeks, in
// budget year yOut, and starts new spells in the destinations ds in the
// next week, in budget year yNext (−1 after the horizon).
func (f *Flows) move(m *Model, next, nextElapsed [][]float64, ng, s, g int, x, weeks float64, ds []Dest, yOut, yNext int) {
	out := &f.Year[yOut][s]
	out.Exits += x
	out.ExitWeeks += x * weeks
	prev := 0.0
	for _, d := range ds {
		share := d.Cum - prev
		prev = d.Cum
		if share == 0 {
			continue
		}
		out.ExitsTo[d.State] += x * share
		if m.States[d.State].Absorbing {
			continue
		}
		if yNext >= 0 {
			in := &f.Year[yNext][d.State]
			in.Entries += x * share
			in.EntriesFrom[s] += x * share
		}
		addMass(next, nextElapsed, d.State*ng+g, 0, x*share, 1)
	}
}
