package sim

import "ydelsesflow/msg"

// ErrLookBack is the error Expected returns, wrapped with the state and
// group it is about (test it with errors.Is), for a model with a maximum
// duration counted over a look-back window (Exit.Within). Such a maximum
// depends on which weeks of the last up to 64 a person spent in the
// look-back's states, whatever the spells; Expected's chain on (state,
// group, weeks in state, clock) has no room for that history, and adding
// it would multiply the chain by up to 2^64. A caller that needs an exact
// figure can compute it for [Model.WithoutLookBacks], an approximation.
var ErrLookBack = msg.Errorf("%w: den eksakte beregning kan ikke følge et maksimum, der tæller ugerne inden for et tilbageblik (max_within), for det afhænger af hver persons historik; brug Monte Carlo-simuleringen", ErrNotExact)

// Expected computes the expected yearly totals of the model without random
// numbers, by pushing expected numbers of persons through the Markov chain on
// (state, group, weeks in state, clock) week by week; inflow adds its mean.
//
// Each week is priced with the staircase of its epoch: a clock keeps
// counting across epochs, and a week falls on the step of its clock on the
// staircase in force.
//
// The reset rule is applied through one unbroken self-supporting spell: a
// person whose clock runs and who has been in a self-supporting state for
// the rule's weeks (counting, for the initial stock, its weeks there before
// the start) starts a new count. The chain does not remember earlier spells,
// so where a person can collect self-supporting weeks from two spells
// within one window the engine may reset sooner and the state's part is
// approximate (ResetExact says which); persons, flows and gross spending do
// not depend on the clock and are exact. It is used to check the Monte
// Carlo engine (docs/MODEL.md, "An exact check") and by run --exact.
//
// Expected refuses a model with a maximum over a look-back window with an
// error that wraps [ErrLookBack] (which wraps [ErrNotExact]).
func Expected(m *Model) ([][]Totals, error) {
	if err := chainable(m, msg.T(msg.Default, "den eksakte beregning kender ingen indsatser")); err != nil {
		return nil, err
	}
	ns, ng := len(m.States), len(m.Groups)
	w := newWorker(m)
	counts := make([]float64, len(w.counts))
	wcap := weekCaps(m, true)
	// clockCap is the largest clock value the computation distinguishes:
	// from the first week of the last step of every epoch's staircase on,
	// every week is on the last step of its staircase (a reset sets the
	// clock to 0, below the cap).
	clockCap := 1
	for _, ep := range m.Epochs {
		clockCap = max(clockCap, ep.Staircase.LastStepStart())
	}
	nc := clockCap + 1
	newMass := func() [][]float64 {
		x := make([][]float64, ns*ng)
		for i := range x {
			x[i] = make([]float64, wcap[i]*nc)
		}
		return x
	}
	mass, next := newMass(), newMass()
	capClock := func(c int) int { return min(c, clockCap) }

	for _, c := range m.Initial {
		i := c.State*ng + c.Group
		prev := 0.0
		for k, cum := range c.WeeksCDF {
			p := cum - prev
			prev = cum
			if p == 0 {
				continue
			}
			weeks := k + 1
			clock := c.PriorClock
			if m.States[c.State].Clock {
				clock += weeks - 1
			}
			if r := m.Epochs[0].Reset; m.States[c.State].SelfSupporting && clock > 0 && min(weeks-1, r.WindowWeeks-1) >= r.Weeks {
				clock = 0 // reset before the start, as in the engine's history
			}
			wi := min(weeks, wcap[i]) - 1
			mass[i][wi*nc+capClock(clock)] += float64(c.Persons) * p
		}
	}

	for t := range m.Weeks {
		ep := &m.Epochs[w.weekEp[t]]
		for s := range ns {
			for g := range ng {
				if in := ep.Inflow[s][g]; in.PerYear > 0 {
					mass[s*ng+g][capClock(in.Clock)] += in.PerYear * m.YearShare(t)
				}
			}
		}
		for _, x := range next {
			clear(x)
		}
		nk := w.nk
		stepOf := w.stepOf[w.weekEp[t]] // the step of a clock on the week's staircase, up to its last step's start
		lastClock := len(stepOf) - 1
		seg := counts[t*ns*ng*nk:]
		for s := range ns {
			for g := range ng {
				i := s*ng + g
				ex := ep.Exit[s][g]
				for wi := range wcap[i] {
					for c := range nc {
						x := mass[i][wi*nc+c]
						if x == 0 {
							continue
						}
						c1 := c
						if m.States[s].Clock {
							c1 = capClock(c + 1)
						}
						seg[i*nk+int(stepOf[min(c1, lastClock)])] += x
						weeks := wi + 1
						if c1 > 0 && m.States[s].SelfSupporting && weeks >= ep.Reset.Weeks {
							c1 = 0 // the reset rule, through this unbroken spell
						}
						stay := x
						if ex != nil {
							h := ex.HazardAt(weeks)
							if h > 0 {
								spread(m, next, ng, g, c1, x*h, ex.DestsAt(weeks))
							}
							stay = x * (1 - h)
							if ex.MaxWeeks > 0 && weeks >= ex.MaxWeeks {
								spread(m, next, ng, g, c1, stay, ex.AtMax)
								stay = 0
							}
						}
						if stay != 0 {
							nw := min(weeks+1, wcap[i]) - 1
							next[i][nw*nc+c1] += stay
						}
					}
				}
			}
		}
		mass, next = next, mass
	}
	return priceWeeks(m, w.weekEp, w.nk, 1, func(i int) float64 { return counts[i] }).totals, nil
}

// spread moves mass x into the first week of each destination state.
func spread(m *Model, next [][]float64, ng, g, clock int, x float64, ds []Dest) {
	prev := 0.0
	for _, d := range ds {
		share := d.Cum - prev
		prev = d.Cum
		if m.States[d.State].Absorbing || share == 0 {
			continue
		}
		next[d.State*ng+g][clock] += x * share
	}
}

// ResetExact reports whether Expected's state part is exact for the model:
// whether no person can be in two self-supporting spells within one count
// on the staircase, so that the reset rule can fire only through one
// unbroken spell. It holds when no self-supporting state leads, through
// any exits of any epoch, back to a self-supporting state (itself
// included); otherwise it returns the first such state.
func ResetExact(m *Model) (exact bool, state int) {
	ns, ng := len(m.States), len(m.Groups)
	next := make([][]bool, ns) // next[s][d]: some exit leads from s to d
	for s := range ns {
		next[s] = make([]bool, ns)
	}
	for _, ep := range m.Epochs {
		for s := range ns {
			for g := range ng {
				e := ep.Exit[s][g]
				if e == nil {
					continue
				}
				for _, tab := range append([][]Dest{e.AtMax}, e.Dests...) {
					prev := 0.0
					for _, d := range tab {
						if d.Cum > prev && !m.States[d.State].Absorbing {
							next[s][d.State] = true
						}
						prev = d.Cum
					}
				}
			}
		}
	}
	for s := range ns {
		if !m.States[s].SelfSupporting {
			continue
		}
		seen := make([]bool, ns)
		stack := []int{s}
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for d, ok := range next[u] {
				if !ok || seen[d] {
					continue
				}
				if m.States[d].SelfSupporting {
					return false, s
				}
				seen[d] = true
				stack = append(stack, d)
			}
		}
	}
	return true, -1
}

// WithoutLookBacks returns a copy of m in which every maximum over a
// look-back window counts the weeks of the current spell instead, as
// Expected can: an approximation that gives a person who returns to the
// state a fresh maximum. m itself is not changed; the copy shares what it
// does not change.
func (m *Model) WithoutLookBacks() *Model {
	c := *m
	c.LookBacks = nil
	c.Epochs = make([]Epoch, len(m.Epochs))
	for i, ep := range m.Epochs {
		c.Epochs[i] = ep
		c.Epochs[i].Exit = make([][]*Exit, len(ep.Exit))
		for s, row := range ep.Exit {
			c.Epochs[i].Exit[s] = make([]*Exit, len(row))
			for g, e := range row {
				if e != nil && e.Within > 0 {
					cp := *e
					cp.Within, cp.LookBack = 0, 0
					e = &cp
				}
				c.Epochs[i].Exit[s][g] = e
			}
		}
	}
	return &c
}

// refuseLookBacks returns an error wrapping ErrLookBack if a maximum of m
// counts over a look-back window, which the chain cannot follow.
func refuseLookBacks(m *Model) error {
	for _, ep := range m.Epochs {
		for s := range m.States {
			for g := range m.Groups {
				if e := ep.Exit[s][g]; e != nil && e.Within > 0 {
					return msg.Errorf("sim: tilstanden %s, gruppen %s: %w", m.States[s].Name, m.Groups[g], ErrLookBack)
				}
			}
		}
	}
	return nil
}

// chainable returns nil if the expected-value chain can represent m, else
// an error wrapping ErrNotExact that says why (interventions, in words
// given by the caller, or a maximum over a look-back window).
func chainable(m *Model, interventions string) error {
	if err := m.Check(); err != nil {
		return err
	}
	if len(m.Interventions) > 0 {
		return msg.Errorf("%w: %s; modellen har %d", ErrNotExact, interventions, len(m.Interventions))
	}
	return refuseLookBacks(m)
}

// weekCaps returns, for each state and group (index s*groups+g), the weeks
// in state beyond which nothing changes in the chain: the longest hazard
// table or maximum over the epochs, and with reset also the reset rule's
// weeks in a self-supporting state (the unbroken spell that resets).
func weekCaps(m *Model, reset bool) []int {
	ns, ng := len(m.States), len(m.Groups)
	wcap := make([]int, ns*ng)
	for i := range wcap {
		wcap[i] = 1
	}
	for _, ep := range m.Epochs {
		for s := range ns {
			for g := range ng {
				if e := ep.Exit[s][g]; e != nil {
					wcap[s*ng+g] = max(wcap[s*ng+g], len(e.Hazard), e.MaxWeeks)
				}
				if reset && m.States[s].SelfSupporting {
					wcap[s*ng+g] = max(wcap[s*ng+g], ep.Reset.Weeks)
				}
			}
		}
	}
	return wcap
}
