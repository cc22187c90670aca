package scenario

import (
	"math"
	"slices"
	"time"

	"ydelsesflow/sim"
)

// interventions compiles the scenario's interventions.
func (c *compiler) interventions(sc *Scenario, f value) {
	m := sc.Model
	ivs := f.get("interventions")
	entries := ivs.entries()
	if len(entries) > sim.MaxInterventions {
		c.errf(ivs, "%d indsatser; højst %d kan kombineres i ét scenarie", len(entries), sim.MaxInterventions)
		return
	}
	for _, in := range entries {
		if iv, ok := c.intervention(sc, in); ok {
			m.Interventions = append(m.Interventions, iv)
		}
	}
}

// groupSet compiles a list of group names (absent = all groups).
func (c *compiler) groupSet(m *sim.Model, v value) []bool {
	set := make([]bool, len(m.Groups))
	if !v.ok() {
		for g := range set {
			set[g] = true
		}
		return set
	}
	items := v.items()
	if len(items) == 0 {
		c.errf(v, "en tom liste af grupper vælger ingen; list grupperne, eller udelad nøglen for alle")
	}
	for _, it := range items {
		g := c.groupIndex(m, it, c.str(it), true)
		if g < 0 {
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

// intervention compiles the intervention in; ok is false if it has a
// problem.
func (c *compiler) intervention(sc *Scenario, in value) (iv sim.Intervention, ok bool) {
	m := sc.Model
	cal := sim.Calendar{Start: sc.Start}
	name := in.name()
	iv = sim.Intervention{Name: name, Label: c.str(in.get("label")), Target: -1, RateFactor: 1, ToWeek: m.Weeks}
	if iv.Label == "" {
		iv.Label = name
	}
	errs := len(c.list)
	if c.str(in.get("source")) == "" {
		c.errf(in, "indsatsen %q har ingen source: angiv, hvor dens indhold og tal kommer fra", name)
	}
	from, okFrom := c.date(in.get("from"), true)
	if okFrom {
		iv.FromWeek = min(cal.WeekOnOrAfter(from), m.Weeks)
	}
	if toV := in.get("to"); c.str(toV) != "" {
		if to, ok := c.date(toV, false); ok {
			if okFrom && to.Before(from) {
				c.valueErrf(toV, "indsatsen slutter (%s), før den starter (%s)", c.str(toV), c.str(in.get("from")))
			}
			iv.ToWeek = min(cal.WeekOnOrAfter(to.AddDate(0, 0, 1)), m.Weeks)
		}
	}
	index := stateIndex(m)
	target, effect, divert, costs := in.get("target"), in.get("effect"), in.get("divert"), in.get("costs")
	if !target.ok() && effect.ok() {
		c.errf(effect, "en effect kræver en target: angiv med target: {state: ..., ...}, hvis forløb den ændrer")
	}
	if !target.ok() && len(divert.items()) == 0 && len(costs.items()) == 0 {
		c.errf(in, "indsatsen %q gør ingenting: angiv en target med en effect, divert eller costs", name)
	}
	if t := target; t.ok() {
		stV := t.get("state")
		state := c.str(stV)
		if state == "" {
			c.errf(t, "state mangler: personerne i hvilken tilstand tilbydes indsatsen?")
		} else if s := c.stateIndexOf(m, index, stV, state, true); s >= 0 {
			if m.States[s].Absorbing {
				c.valueErrf(stV, "tilstanden %q er absorberende: ingen er der til at deltage", state)
			} else {
				iv.Target = s
			}
		}
		iv.Groups = c.groupSet(m, t.get("groups"))
		iv.NewOnly = c.flag(t.get("new_only"))
		iv.TakeUp = 1
		if v := t.get("take_up"); v.ok() {
			if iv.TakeUp = c.number(v); !(iv.TakeUp >= 0 && iv.TakeUp <= 1) {
				c.valueErrf(v, "take_up er en andel mellem 0 og 1, ikke %v", iv.TakeUp)
			}
		}
		if v := t.get("capacity"); v.ok() {
			if iv.Capacity = c.whole(v); iv.Capacity < 1 {
				c.valueErrf(v, "capacity er et antal pladser, mindst 1, ikke %d; udelad den for ingen grænse", iv.Capacity)
			} else if iv.Capacity > sim.MaxPersons {
				c.valueErrf(v, "capacity er højst %d pladser, ikke %d; udelad den for ingen grænse", sim.MaxPersons, iv.Capacity)
				iv.Capacity = sim.MaxPersons
			}
		}
		if v := t.get("max_weeks"); v.ok() {
			if iv.MaxWeeks = c.weeks(v); iv.MaxWeeks < 1 {
				c.valueErrf(v, "max_weeks skal være mindst 1, ikke %d", iv.MaxWeeks)
			}
		}
		if !effect.ok() {
			c.errf(t, "en target uden effect ændrer intet for deltagerne; tilføj effect: (fx hazard_ratio: 1.3)")
		}
		if iv.Target >= 0 {
			iv.Effect = c.effects(m, iv, effect, index)
			if v := effect.get("rate_factor"); v.ok() {
				if iv.RateFactor = c.number(v); iv.RateFactor < 0 {
					c.valueErrf(v, "rate_factor skal være 0 eller mere, ikke %v", iv.RateFactor)
				}
			}
		}
	}
	for _, d := range divert.items() {
		stV := d.get("state")
		state := c.str(stV)
		if state == "" {
			c.errf(d, "state mangler: hvis tilgang omdirigeres?")
			continue
		}
		s := c.stateIndexOf(m, index, stV, state, true)
		if s < 0 {
			continue
		}
		dv := sim.Diversion{State: s, Groups: c.groupSet(m, d.get("groups"))}
		if v := d.get("share"); !v.ok() {
			c.errf(d, "share mangler: hvilken andel af tilgangen til %q omdirigeres, fx share: 0.25?", state)
		} else if dv.Share = c.number(v); !(dv.Share >= 0 && dv.Share <= 1) {
			c.valueErrf(v, "share skal være mellem 0 og 1, ikke %v", dv.Share)
		}
		if !d.has("destinations") {
			c.errf(d, "destinations mangler: hvor går de omdirigerede hen i stedet? fx destinations: {selvforsoergelse: 1}")
		}
		dv.Dests = c.dests(m, index, d.get("destinations"), state)
		if c.str(d.get("source")) == "" {
			c.errf(d, "omdirigeringen af %q har ingen source: angiv, hvor andelen kommer fra", state)
		}
		iv.Divert = append(iv.Divert, dv)
	}
	for _, l := range costs.items() {
		iv.Costs = append(iv.Costs, c.costLine(sc, &iv, l))
	}
	return iv, len(c.list) == errs
}

// effects compiles the effect e on participants, one per group: the same
// destinations and durations for all, a hazard ratio per group (a cut in
// the mean stay acts on each group's own baseline stay).
func (c *compiler) effects(m *sim.Model, iv sim.Intervention, e value, index map[string]int) []sim.Effect {
	out := make([]sim.Effect, len(m.Groups))
	shared := sim.Effect{HazardRatio: 1}
	if !e.ok() {
		for g := range out {
			out[g] = shared
		}
		return out
	}
	target := m.States[iv.Target].Name
	base := epochAt(m, iv.FromWeek).Exit[iv.Target]
	if c.str(e.get("source")) == "" {
		c.errf(e, "effekten har ingen source: angiv undersøgelsen eller målet bag den (UNCONFIRMED, hvis den er et skøn)")
	}
	hasMax := slices.ContainsFunc(base, func(x *sim.Exit) bool { return x != nil && x.MaxWeeks > 0 })
	maxV, atMax := e.get("max_weeks"), e.get("at_max")
	if maxV.ok() {
		if shared.MaxWeeks = c.weeks(maxV); shared.MaxWeeks < 1 {
			c.valueErrf(maxV, "max_weeks skal være mindst 1, ikke %d", shared.MaxWeeks)
		}
		if !atMax.ok() && !hasMax {
			c.errf(maxV, "max_weeks kræver at_max her: %q har ingen egen maksimal varighed, så angiv, hvor deltagerne går hen efter %d uger", target, shared.MaxWeeks)
		}
	} else if atMax.ok() && !hasMax {
		c.errf(atMax, "at_max bruges kun med en maksimal varighed; tilføj max_weeks")
	}
	// Under a look-back the participants' max_weeks counts the weeks
	// within the state's window, as the state's own does.
	for _, ep := range m.Epochs {
		for _, ex := range ep.Exit[iv.Target] {
			if ex != nil && ex.Within > 0 && shared.MaxWeeks > ex.Within {
				c.valueErrf(maxV, "%q tæller sit maksimum inden for de seneste %d uger (max_within), og deltagernes max_weeks tælles på samme måde; %d uger kan aldrig nås, så angiv højst %d", target, ex.Within, shared.MaxWeeks, ex.Within)
			}
		}
	}
	shared.Dests = c.dests(m, index, e.get("destinations"), "")
	shared.AtMax = c.dests(m, index, atMax, "")
	hrV, cutV := e.get("hazard_ratio"), e.get("mean_weeks_cut")
	switch {
	case hrV.ok() && cutV.ok():
		c.errf(e, "angiv enten hazard_ratio eller mean_weeks_cut, ikke begge")
	case cutV.ok() && math.Abs(c.number(cutV)) > sim.MaxDurationWeeks:
		c.valueErrf(cutV, "mean_weeks_cut er højst %d uger (100 år) i størrelse, ikke %v", sim.MaxDurationWeeks, c.number(cutV))
		cutV = value{}
	case hrV.ok():
		if hr := c.number(hrV); !(hr >= 0) || math.IsInf(hr, 0) {
			c.valueErrf(hrV, "hazard_ratio skal være 0 eller mere, ikke %v", hr)
		} else {
			shared.HazardRatio = hr
		}
	}
	for g := range out {
		out[g] = shared
		if base[g] == nil {
			if g == 0 || base[0] != nil {
				c.errf(e, "ingen i gruppen %s forlader %q i basisscenariet, så en effekt på afgangen har intet at virke på; giv tilstanden en transition", m.Groups[g], target)
			}
			continue
		}
		if !cutV.ok() || hrV.ok() {
			continue
		}
		maxW := base[g].MaxWeeks
		if shared.MaxWeeks > 0 {
			maxW = shared.MaxWeeks
		}
		hr, err := sim.HazardRatioForCut(base[g], maxW, c.number(cutV))
		if err != nil {
			c.valueErrf(cutV, "for gruppen %s i %q: %v", m.Groups[g], target, err)
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

// costLine compiles the cost line l.
func (c *compiler) costLine(sc *Scenario, iv *sim.Intervention, l value) sim.CostLine {
	m := sc.Model
	cal := sim.Calendar{Start: sc.Start}
	out := sim.CostLine{Label: c.str(l.get("label"))}
	if out.Label == "" {
		c.errf(l, "en udgiftslinje kræver en label: teksten på dens linje i budgettabellen")
	}
	if c.str(l.get("source")) == "" {
		c.errf(l, "udgiftslinjen %q har ingen source: angiv, hvor beløbet kommer fra", out.Label)
	}
	ppw, psw, fixed := l.get("per_participant_week"), l.get("per_slot_week"), l.get("fixed")
	if !ppw.ok() && !psw.ok() && len(fixed.entries()) == 0 {
		c.errf(l, "udgiftslinjen %q har intet beløb: angiv per_participant_week, per_slot_week eller fixed", out.Label)
	}
	if ppw.ok() {
		out.PerParticipantWeek = c.number(ppw)
		if iv.Target < 0 {
			c.errf(ppw, "indsatsen har ingen deltagere (ingen target); brug per_slot_week eller faste beløb (fixed) i stedet")
		}
	}
	if psw.ok() {
		out.PerSlotWeek = c.number(psw)
		if iv.Capacity == 0 {
			c.errf(psw, "per_slot_week kræver target.capacity: antallet af pladser, der betales for")
		}
	}
	for _, d := range fixed.entries() {
		day, ok := c.date(d.keyAsValue(), true)
		if !ok {
			continue
		}
		if day.Before(sc.Start) || day.After(sc.End) {
			c.errf(d, "%s ligger uden for den simulerede periode %s–%s", d.name(), sc.Start.Format(time.DateOnly), sc.End.Format(time.DateOnly))
			continue
		}
		out.Fixed = append(out.Fixed, sim.FixedCost{Week: cal.WeekOf(day), Year: slices.Index(m.Years, day.Year()), Amount: c.number(d)})
	}
	for _, v := range []float64{out.PerParticipantWeek, out.PerSlotWeek} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			c.errf(l, "beløb skal være endelige tal")
		}
	}
	// The amounts are in prices of price_year (default the first budget
	// year); a year's amounts follow the line's own indexing, else the
	// scenario's pris- og lønindeks, else they stay as given; in faste
	// priser they are deflated to the price base by the PL index.
	priceYear, given := c.optWhole(l.get("price_year"))
	if given && !c.inYears(l.get("price_year"), priceYear) {
		priceYear = 0
	}
	if priceYear == 0 {
		priceYear = m.Years[0]
	}
	indexing, own := c.yearlyChange(l.get("indexing"))
	out.Factor = make([]float64, len(m.Years))
	for i, y := range m.Years {
		switch {
		case own:
			out.Factor[i] = math.Pow(1+indexing, float64(y-priceYear))
		case c.hasPL:
			out.Factor[i] = c.factor(c.pl, priceYear, y, l)
		default:
			out.Factor[i] = 1
		}
		out.Factor[i] *= c.inPrices(m, c.pl, c.hasPL, y, l)
	}
	if v := l.get("state_share"); v.ok() {
		if out.StateShare = c.number(v); !(out.StateShare >= 0 && out.StateShare <= 1) {
			c.valueErrf(v, "state_share skal være mellem 0 og 1, ikke %v", out.StateShare)
		}
	}
	return out
}
