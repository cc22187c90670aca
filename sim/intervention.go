package sim

import (
	"math"

	"ydelsesflow/msg"
)

// MaxInterventions is the largest number of interventions one model may
// combine (each person remembers which ones it has been offered in a bit set).
const MaxInterventions = 32

// Intervention is a compiled change to a baseline, active in the weeks
// FromWeek ≤ t < ToWeek. It may have participants (persons in its target
// state who accept an offer and get a slot), divert entries into states,
// and carry cost lines. Costs are municipal unless a line has a state share.
type Intervention struct {
	Name  string // identifier from the scenario file
	Label string // human label

	FromWeek, ToWeek int

	// Target is the state whose persons are offered the intervention, or -1
	// for an intervention without participants (only diversions and costs).
	Target int
	// Groups[g] says whether group g is eligible.
	Groups []bool
	// NewOnly restricts the offer to persons in their first week in the
	// target state; otherwise everyone in the state is offered it once.
	NewOnly bool
	// TakeUp is the share of those offered who accept.
	TakeUp float64
	// Capacity is the number of slots (0 = unlimited). Persons who accept
	// when all slots are taken wait, first come first served, with
	// baseline treatment until a slot frees.
	Capacity int
	// MaxWeeks ends a participation after this many weeks (0 = it lasts
	// while the person stays in the target state and the intervention runs).
	MaxWeeks int

	// Effect is the change to participants' transitions, per group.
	Effect []Effect
	// RateFactor multiplies the gross rate of participants' weeks (1 = none).
	RateFactor float64

	// Divert lists the entries into states that are diverted while the
	// intervention runs.
	Divert []Diversion

	// Costs are the intervention's cost lines.
	Costs []CostLine
}

// Effect changes the transition of participants in the target state.
type Effect struct {
	// HazardRatio multiplies the weekly exit hazard (1 = none); the result
	// is capped at 1.
	HazardRatio float64
	// Dests replaces the destination shares of exits (nil = baseline). A
	// destination equal to the target state means leaving the intervention
	// and staying in the state with baseline treatment (drop-out).
	Dests []Dest
	// MaxWeeks replaces the maximum duration in the state (0 = baseline).
	// It replaces the number of weeks, not the way they are counted: where
	// the state's maximum counts the weeks within a look-back window
	// (Exit.Within), so does the participant's, and MaxWeeks may not
	// exceed the window.
	MaxWeeks int
	// AtMax replaces the forced destinations at the maximum (nil = baseline).
	AtMax []Dest
}

// Diversion sends a share of the persons entering a state — from inflow or
// from another state — to other states instead.
type Diversion struct {
	State  int     // the state whose entries are diverted
	Groups []bool  // eligible groups
	Share  float64 // share of entries diverted
	Dests  []Dest  // where the diverted go
}

// CostLine is one cost line of an intervention in kr. (negative = a saving).
type CostLine struct {
	Label string
	// PerParticipantWeek is charged for every week of every participant.
	PerParticipantWeek float64
	// PerSlotWeek is charged for every slot in every week the intervention runs.
	PerSlotWeek float64
	// Fixed are lump sums, each charged in the week and budget year of its
	// date.
	Fixed []FixedCost
	// Factor[y] turns the line's amounts into budget year y's amounts: its
	// price index from the amounts' price year (the pris- og lønindeks or
	// the line's own indexing), in the model's prices (nil: 1 every year).
	Factor []float64
	// StateShare is the share of the line the state pays (usually 0).
	StateShare float64
}

// active reports whether the intervention runs in week t.
func (iv *Intervention) active(t int) bool { return t >= iv.FromWeek && t < iv.ToWeek }

// weekCost returns the gross cost of line l for a whole week t in budget
// year index y, with the given number of participants: nothing outside the
// intervention's weeks. Lump sums (Fixed) are not included.
func (iv *Intervention) weekCost(l *CostLine, t, y, participants int) float64 {
	if !iv.active(t) {
		return 0
	}
	return l.indexed(l.PerParticipantWeek*float64(participants)+l.PerSlotWeek*float64(iv.Capacity), y)
}

// indexed returns an amount of the line's price year as an amount of
// budget year index y.
func (l *CostLine) indexed(amount float64, y int) float64 {
	if l.Factor == nil {
		return amount
	}
	return amount * l.Factor[y]
}

// FixedCost is a lump sum of a cost line, charged in week Week and budget
// year index Year (the year of its date).
type FixedCost struct {
	Week, Year int
	Amount     float64
}

func (iv *Intervention) check(m *Model) error {
	ns, ng := len(m.States), len(m.Groups)
	if iv.FromWeek < 0 || iv.ToWeek < iv.FromWeek {
		return msg.Errorf("ugerne %d–%d står i forkert rækkefølge", iv.FromWeek, iv.ToWeek)
	}
	if iv.Target >= ns || iv.Target < -1 {
		return msg.Errorf("måltilstand %d findes ikke", iv.Target)
	}
	if iv.Target >= 0 {
		if len(iv.Groups) != ng || len(iv.Effect) != ng {
			return msg.New("grupper eller effekter har forkert længde")
		}
		if !(iv.TakeUp >= 0 && iv.TakeUp <= 1) || iv.Capacity < 0 || iv.MaxWeeks < 0 {
			return msg.Errorf("take_up %v, capacity %d eller max_weeks %d ligger uden for det tilladte", iv.TakeUp, iv.Capacity, iv.MaxWeeks)
		}
		for g, e := range iv.Effect {
			if !(e.HazardRatio >= 0) || math.IsInf(e.HazardRatio, 0) {
				return msg.Errorf("ugyldig hazard_ratio %v", e.HazardRatio)
			}
			for _, ep := range m.Epochs {
				if ex := ep.Exit[iv.Target][g]; ex != nil && ex.Within > 0 && e.MaxWeeks > ex.Within {
					return msg.Errorf("max_weeks %d er længere end tilstandens tilbageblik på %d uger", e.MaxWeeks, ex.Within)
				}
			}
			for _, t := range [][]Dest{e.Dests, e.AtMax} {
				if err := checkDests(t, ns); err != nil {
					return err
				}
			}
		}
	}
	for _, d := range iv.Divert {
		if d.State < 0 || d.State >= ns || len(d.Groups) != ng || !(d.Share >= 0 && d.Share <= 1) || len(d.Dests) == 0 {
			return msg.Errorf("divert for tilstand %d er ugyldig", d.State)
		}
		if err := checkDests(d.Dests, ns); err != nil {
			return err
		}
	}
	return nil
}

func checkDests(t []Dest, ns int) error {
	for _, d := range t {
		if d.State < 0 || d.State >= ns {
			return msg.Errorf("destination %d findes ikke", d.State)
		}
	}
	if len(t) > 0 && math.Abs(t[len(t)-1].Cum-1) > 1e-9 {
		return msg.Errorf("destinationernes andele summer til %v, ikke 1", t[len(t)-1].Cum)
	}
	return nil
}

// ExpectedStay returns the expected number of weeks in a state for a person
// entering it, under exit rule e with its hazards multiplied by hr (capped
// at 1) and the given maximum duration (0 = none; e's own is ignored). Stays
// without a maximum are followed for at most 100 years.
func ExpectedStay(e *Exit, hr float64, maxWeeks int) float64 {
	limit := maxWeeks
	if limit <= 0 || limit > MaxDurationWeeks {
		limit = MaxDurationWeeks
	}
	surv, mean := 1.0, 0.0
	for w := 1; w <= limit && surv > 1e-12; w++ {
		mean += surv // the person is in the state in week w
		surv *= 1 - min(1, e.HazardAt(w)*hr)
	}
	return mean
}

// HazardRatioForCut returns the hazard ratio that shortens the expected stay
// of a person entering the state by cut weeks (negative: lengthens it).
// It returns an error if the cut cannot be reached.
func HazardRatioForCut(e *Exit, maxWeeks int, cut float64) (float64, error) {
	base := ExpectedStay(e, 1, maxWeeks)
	target := base - cut
	if target < 1 {
		return 0, msg.Errorf("en afkortning på %.1f uger ville give et forventet forløb på %.1f uger; forløbet er %.1f uger og kan ikke blive kortere end 1 uge", cut, target, base)
	}
	lo, hi := 0.0, 1.0
	for ExpectedStay(e, hi, maxWeeks) > target {
		hi *= 2
		if hi > 1e6 {
			return 0, msg.Errorf("en afkortning på %.1f uger kan ikke nås ved at øge afgangsraten", cut)
		}
	}
	if ExpectedStay(e, lo, maxWeeks) < target {
		return 0, msg.Errorf("en forlængelse på %.1f uger er længere end forløbet uden nogen afgang (%.1f uger)", -cut, ExpectedStay(e, 0, maxWeeks))
	}
	for range 100 {
		mid := (lo + hi) / 2
		if ExpectedStay(e, mid, maxWeeks) > target {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2, nil
}

// CostLineRef names one cost line of one intervention.
type CostLineRef struct {
	Intervention int // index in Model.Interventions
	Line         int // index in its Costs
}

// CostLines lists every cost line of the model's interventions in order:
// the interventions in order, each one's lines in order.
func (m *Model) CostLines() []CostLineRef {
	var out []CostLineRef
	for i, iv := range m.Interventions {
		for j := range iv.Costs {
			out = append(out, CostLineRef{i, j})
		}
	}
	return out
}

// costIndex returns the position of line j of intervention i in CostLines.
func (m *Model) costIndex(i, j int) int {
	n := 0
	for _, iv := range m.Interventions[:i] {
		n += len(iv.Costs)
	}
	return n + j
}
