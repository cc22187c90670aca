package scenario

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"ydelsesflow/sim"
)

// weekOnOrAfter returns the index of the first week starting on or after day.
func weekOnOrAfter(start, day time.Time) int {
	days := int(math.Ceil(day.Sub(start).Hours() / 24))
	return max(0, (days+6)/7)
}

// weekHolding returns the index of the week that holds day (negative
// before the start).
func weekHolding(start, day time.Time) int {
	days := int(math.Floor(day.Sub(start).Hours() / 24))
	if days < 0 {
		return -1
	}
	return days / 7
}

// interventions compiles the scenario's interventions.
func (c *checker) interventions(sc *Scenario, f File) {
	m := sc.Model
	names := mapKeys(c.root, "interventions")
	if len(names) > sim.MaxInterventions {
		c.errf("interventions", "%d interventions; at most %d can be combined in one scenario", len(names), sim.MaxInterventions)
		return
	}
	for _, name := range names {
		if iv, ok := c.intervention(sc, name, f.Interventions[name]); ok {
			m.Interventions = append(m.Interventions, iv)
		}
	}
}

// groupSet compiles a list of group names (nil = all groups).
func (c *checker) groupSet(m *sim.Model, p string, names []string) []bool {
	set := make([]bool, len(m.Groups))
	if names == nil {
		for g := range set {
			set[g] = true
		}
		return set
	}
	if len(names) == 0 {
		c.errf(p, "an empty list of groups selects nobody; list groups or leave the key out for all")
	}
	for i, n := range names {
		g := slices.Index(m.Groups, n)
		if g < 0 {
			c.valueErrf(fmt.Sprintf("%s[%d]", p, i), "unknown group %q; declared groups: %s", n, strings.Join(m.Groups, ", "))
			continue
		}
		set[g] = true
	}
	return set
}

// epochAt returns the epoch in force in week t.
func epochAt(m *sim.Model, t int) *sim.Epoch {
	e := &m.Epochs[0]
	for i := range m.Epochs {
		if m.Epochs[i].FromWeek <= t {
			e = &m.Epochs[i]
		}
	}
	return e
}

func (c *checker) intervention(sc *Scenario, name string, in Intervention) (sim.Intervention, bool) {
	m := sc.Model
	p := "interventions." + name
	iv := sim.Intervention{Name: name, Label: in.Label, Target: -1, RateFactor: 1, ToWeek: m.Weeks}
	if iv.Label == "" {
		iv.Label = name
	}
	errs := len(c.r.errs)
	if in.Source == "" {
		c.errf(p, "intervention %q has no source: say where its design and figures come from", name)
	}
	from, okFrom := c.date(p+".from", in.From, true)
	if okFrom {
		iv.FromWeek = min(weekOnOrAfter(sc.Start, from), m.Weeks)
	}
	if in.To != "" {
		if to, ok := c.date(p+".to", in.To, false); ok {
			if okFrom && to.Before(from) {
				c.valueErrf(p+".to", "the intervention ends (%s) before it starts (%s)", in.To, in.From)
			}
			iv.ToWeek = min(weekOnOrAfter(sc.Start, to.AddDate(0, 0, 1)), m.Weeks)
		}
	}
	index := stateIndex(m)
	if in.Target == nil && in.Effect != nil {
		c.errf(p+".effect", "an effect needs a target: say whose stay it changes with target: {state: ..., ...}")
	}
	if in.Target == nil && len(in.Divert) == 0 && len(in.Costs) == 0 {
		c.errf(p, "intervention %q does nothing: give a target with an effect, divert, or costs", name)
	}
	if t := in.Target; t != nil {
		tp := p + ".target"
		s, ok := index[t.State]
		switch {
		case t.State == "":
			c.errf(tp, "missing state: which state's persons are offered the intervention?")
		case !ok:
			c.valueErrf(tp+".state", "unknown state %q; declared states: %s", t.State, strings.Join(stateNames(m), ", "))
		case m.States[s].Absorbing:
			c.valueErrf(tp+".state", "state %q is absorbing: nobody is there to take part", t.State)
		default:
			iv.Target = s
		}
		iv.Groups = c.groupSet(m, tp+".groups", t.Groups)
		iv.NewOnly = t.NewOnly != nil && *t.NewOnly
		iv.TakeUp = 1
		if t.TakeUp != nil {
			iv.TakeUp = *t.TakeUp
			if !(iv.TakeUp >= 0 && iv.TakeUp <= 1) {
				c.valueErrf(tp+".take_up", "take_up is a share between 0 and 1, got %v", iv.TakeUp)
			}
		}
		if t.Capacity != nil {
			if iv.Capacity = *t.Capacity; iv.Capacity < 1 {
				c.valueErrf(tp+".capacity", "capacity is a number of slots, at least 1, got %d; leave it out for no limit", iv.Capacity)
			}
		}
		if t.MaxWeeks != nil {
			if iv.MaxWeeks = *t.MaxWeeks; iv.MaxWeeks < 1 {
				c.valueErrf(tp+".max_weeks", "max_weeks must be at least 1, got %d", iv.MaxWeeks)
			}
		}
		if in.Effect == nil {
			c.errf(tp, "a target without an effect changes nothing for participants; add effect: (e.g. hazard_ratio: 1.3)")
		}
		if iv.Target >= 0 {
			iv.Effect = c.effects(m, iv, p+".effect", in.Effect, index)
			if e := in.Effect; e != nil && e.RateFactor != nil {
				if iv.RateFactor = *e.RateFactor; iv.RateFactor < 0 {
					c.valueErrf(p+".effect.rate_factor", "rate_factor must be 0 or more, got %v", iv.RateFactor)
				}
			}
		}
	}
	for i, d := range in.Divert {
		dp := fmt.Sprintf("%s.divert[%d]", p, i)
		s, ok := index[d.State]
		switch {
		case d.State == "":
			c.errf(dp, "missing state: whose entries are diverted?")
			continue
		case !ok:
			c.valueErrf(dp+".state", "unknown state %q; declared states: %s", d.State, strings.Join(stateNames(m), ", "))
			continue
		}
		dv := sim.Diversion{State: s, Groups: c.groupSet(m, dp+".groups", d.Groups)}
		if d.Share == nil {
			c.errf(dp, "missing share: which share of the entries into %q is diverted, e.g. share: 0.25?", d.State)
		} else if dv.Share = *d.Share; !(dv.Share >= 0 && dv.Share <= 1) {
			c.valueErrf(dp+".share", "share must be between 0 and 1, got %v", dv.Share)
		}
		if d.Destinations == nil {
			c.errf(dp, "missing destinations: where do the diverted go instead? e.g. destinations: {selvforsoergelse: 1}")
		}
		dv.Dests = c.dests(m, index, dp+".destinations", d.Destinations, d.State)
		if d.Source == "" {
			c.errf(dp, "the diversion of %q has no source: say where the share comes from", d.State)
		}
		iv.Divert = append(iv.Divert, dv)
	}
	for i, l := range in.Costs {
		iv.Costs = append(iv.Costs, c.costLine(sc, &iv, fmt.Sprintf("%s.costs[%d]", p, i), l))
	}
	return iv, len(c.r.errs) == errs
}

// effects compiles the effect on participants, one per group: the same
// destinations and durations for all, a hazard ratio per group (a cut in the
// mean stay acts on each group's own baseline stay).
func (c *checker) effects(m *sim.Model, iv sim.Intervention, p string, e *Effect, index map[string]int) []sim.Effect {
	out := make([]sim.Effect, len(m.Groups))
	shared := sim.Effect{HazardRatio: 1}
	if e == nil {
		for g := range out {
			out[g] = shared
		}
		return out
	}
	target := m.States[iv.Target].Name
	base := epochAt(m, iv.FromWeek).Exit[iv.Target]
	if e.Source == "" {
		c.errf(p, "the effect has no source: name the study or target behind it (UNCONFIRMED if it is a guess)")
	}
	hasMax := slices.ContainsFunc(base, func(x *sim.Exit) bool { return x != nil && x.MaxWeeks > 0 })
	if e.MaxWeeks != nil {
		if shared.MaxWeeks = *e.MaxWeeks; shared.MaxWeeks < 1 {
			c.valueErrf(p+".max_weeks", "max_weeks must be at least 1, got %d", shared.MaxWeeks)
		}
		if e.AtMax == nil && !hasMax {
			c.errf(p+".max_weeks", "max_weeks needs at_max here: %q has no maximum duration of its own, so say where participants go after %d weeks", target, shared.MaxWeeks)
		}
	} else if e.AtMax != nil && !hasMax {
		c.errf(p+".at_max", "at_max is used only with a maximum duration; add max_weeks")
	}
	shared.Dests = c.dests(m, index, p+".destinations", e.Destinations, "")
	shared.AtMax = c.dests(m, index, p+".at_max", e.AtMax, "")
	switch {
	case e.HazardRatio != nil && e.MeanWeeksCut != nil:
		c.errf(p, "give either hazard_ratio or mean_weeks_cut, not both")
	case e.HazardRatio != nil:
		if shared.HazardRatio = *e.HazardRatio; !(shared.HazardRatio >= 0) || math.IsInf(shared.HazardRatio, 0) {
			c.valueErrf(p+".hazard_ratio", "hazard_ratio must be 0 or more, got %v", *e.HazardRatio)
			shared.HazardRatio = 1
		}
	}
	for g := range out {
		out[g] = shared
		if base[g] == nil {
			if g == 0 || base[0] != nil {
				c.errf(p, "nobody in group %s leaves %q in the baseline, so an effect on leaving it has nothing to act on; give the state a transition", m.Groups[g], target)
			}
			continue
		}
		if e.MeanWeeksCut == nil || e.HazardRatio != nil {
			continue
		}
		maxW := base[g].MaxWeeks
		if shared.MaxWeeks > 0 {
			maxW = shared.MaxWeeks
		}
		hr, err := sim.HazardRatioForCut(base[g], maxW, *e.MeanWeeksCut)
		if err != nil {
			c.valueErrf(p+".mean_weeks_cut", "for group %s in %q: %v", m.Groups[g], target, err)
			continue
		}
		// Drop-outs return to the state: raise the hazard so that the exits
		// that do leave the state come at the shortened pace.
		if stay := 1 - dropOutShare(shared.Dests, iv.Target); stay > 0 {
			hr /= stay
		}
		out[g].HazardRatio = hr
	}
	return out
}

// dropOutShare returns the share of exits that go back to the state s.
func dropOutShare(ds []sim.Dest, s int) float64 {
	prev := 0.0
	for _, d := range ds {
		if d.State == s {
			return d.Cum - prev
		}
		prev = d.Cum
	}
	return 0
}

// costLine compiles one cost line.
func (c *checker) costLine(sc *Scenario, iv *sim.Intervention, p string, l CostLine) sim.CostLine {
	m := sc.Model
	out := sim.CostLine{Label: l.Label, BaseYear: m.Years[0]}
	if l.Label == "" {
		c.errf(p, "a cost line needs a label: the text of its line in the budget table")
	}
	if l.Source == "" {
		c.errf(p, "cost line %q has no source: say where the amount comes from", l.Label)
	}
	if l.PerParticipantWeek == nil && l.PerSlotWeek == nil && len(l.Fixed) == 0 {
		c.errf(p, "cost line %q has no amount: give per_participant_week, per_slot_week or fixed", l.Label)
	}
	if l.PerParticipantWeek != nil {
		out.PerParticipantWeek = *l.PerParticipantWeek
		if iv.Target < 0 {
			c.errf(p+".per_participant_week", "the intervention has no participants (no target); charge per_slot_week or fixed amounts instead")
		}
	}
	if l.PerSlotWeek != nil {
		out.PerSlotWeek = *l.PerSlotWeek
		if iv.Capacity == 0 {
			c.errf(p+".per_slot_week", "per_slot_week needs target.capacity: the number of slots paid for")
		}
	}
	if len(l.Fixed) > 0 {
		out.Fixed = map[int]float64{}
		for _, d := range mapKeys(c.root, p+".fixed") {
			day, ok := c.date(p+".fixed."+d, d, true)
			if !ok {
				continue
			}
			t := weekHolding(sc.Start, day)
			if t < 0 || t >= m.Weeks {
				c.errf(p+".fixed."+d, "%s is outside the simulated period %s–%s", d, sc.Start.Format(time.DateOnly), sim.Calendar{Start: sc.Start}.Sunday(m.Weeks-1).Format(time.DateOnly))
				continue
			}
			out.Fixed[t] += l.Fixed[d]
		}
	}
	for _, v := range []float64{out.PerParticipantWeek, out.PerSlotWeek} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			c.errf(p, "amounts must be finite numbers")
		}
	}
	if l.PriceYear != nil {
		out.BaseYear = *l.PriceYear
	}
	if l.Indexing != nil {
		out.Index = *l.Indexing
	}
	if l.StateShare != nil {
		if out.StateShare = *l.StateShare; !(out.StateShare >= 0 && out.StateShare <= 1) {
			c.valueErrf(p+".state_share", "state_share must be between 0 and 1, got %v", out.StateShare)
		}
	}
	return out
}
