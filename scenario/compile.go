package scenario

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/sim"
)

// shareTolerance is how far destination shares may sum from 1.
const shareTolerance = 1e-6

// steadyCap is the longest stay considered for a steady-state duration
// distribution of a state without a maximum duration (20 years).
const steadyCap = 1040

// checker validates one resolved tree and reports positioned problems.
type checker struct {
	r    *resolver
	root *yaml.Node
}

// at returns the node to report a problem at keyPath: the key node if the
// path exists, else the nearest existing parent.
func (c *checker) at(keyPath string) *yaml.Node {
	for p := keyPath; ; {
		k, v := lookup(c.root, p)
		if k != nil {
			return k
		}
		if v != nil {
			return v
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			return c.root
		}
		p = p[:i]
	}
}

func (c *checker) errf(keyPath, format string, args ...any) {
	c.r.errAt(c.at(keyPath), keyPath, format, args...)
}

// valueAt returns the value node at keyPath, or the key node's position.
func (c *checker) valueErrf(keyPath, format string, args ...any) {
	if _, v := lookup(c.root, keyPath); v != nil {
		c.r.errAt(v, keyPath, format, args...)
		return
	}
	c.errf(keyPath, format, args...)
}

// decode turns a resolved tree into a File; type errors were reported
// when each file was parsed, so errors here are ignored.
func decode(root *yaml.Node) File {
	var f File
	_ = root.Load(&f)
	return f
}

// compile validates the resolved tree and fills sc.
func (r *resolver) compile(sc *Scenario, root *yaml.Node) {
	c := &checker{r: r, root: root}
	f := decode(root)
	sc.Title, sc.Description = f.Title, f.Description
	if sc.Title == "" {
		sc.Title = sc.Name
	}

	m := &sim.Model{}
	sc.Model = m
	start, okStart := c.date("start", f.Start, true)
	if okStart && start.Weekday() != time.Monday {
		c.valueErrf("start", "%s is a %s; the start must be a Monday (e.g. %s)", f.Start, weekdayDa(start), mondayOnOrBefore(start).Format(time.DateOnly))
		okStart = false
	}
	if !okStart {
		// Go on checking the rest of the file with a stand-in start; the
		// problem with start is already reported, so nothing is produced.
		if start.IsZero() {
			start = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
		}
		start, okStart = mondayOnOrBefore(start), true
	}
	sc.Start = start
	sc.Runs, sc.Seed, sc.DiscountRate = DefaultRuns, DefaultSeed, DefaultDiscountRate
	if f.Runs != nil {
		if *f.Runs < 1 {
			c.valueErrf("runs", "runs must be at least 1, got %d", *f.Runs)
		}
		sc.Runs = *f.Runs
	}
	if f.Seed != nil {
		sc.Seed = *f.Seed
	}
	if f.DiscountRate != nil {
		if *f.DiscountRate < 0 || *f.DiscountRate >= 1 {
			c.valueErrf("discount_rate", "expected a yearly rate between 0 and 1 such as 0.035, got %v", *f.DiscountRate)
		}
		sc.DiscountRate = *f.DiscountRate
	}
	if okStart {
		c.horizon(m, start, f.Horizon)
	}

	m.Groups = mapKeys(root, "groups")
	if len(m.Groups) == 0 {
		c.errf("groups", "no groups: declare at least one group of citizens, e.g. groups: {alle: {label: Alle}}")
	}
	names := mapKeys(root, "states")
	if len(names) == 0 {
		c.errf("states", "no states: declare the ydelser and other states under states:")
	}
	for _, name := range names {
		m.States = append(m.States, c.state(name, f.States[name]))
	}
	if len(m.Years) == 0 || len(m.States) == 0 || len(m.Groups) == 0 {
		return
	}

	ep := c.epoch(m, f, 0)
	m.Epochs = []sim.Epoch{ep}
	sc.Epochs = []EpochInfo{{From: start}}
	m.Initial = c.initial(m, f, &ep)
	r.changes(sc, root, f)
	c.interventions(sc, f)
}

// changes compiles the dated changes into further epochs.
func (r *resolver) changes(sc *Scenario, root *yaml.Node, f File) {
	m := sc.Model
	c := &checker{r: r, root: root}
	type dated struct {
		name string
		from time.Time
		week int
	}
	var list []dated
	for _, name := range mapKeys(root, "changes") {
		ch := f.Changes[name]
		p := "changes." + name
		from, ok := c.date(p+".from", ch.From, true)
		if ch.Set == nil {
			c.errf(p, "change %q has no set: give the new values under set:", name)
			ok = false
		}
		if ch.Source == "" {
			c.errf(p, "change %q has no source: name the law or decision behind it", name)
		}
		if !ok {
			continue
		}
		for _, s := range mapKeys(root, p+".set.states") {
			if _, known := f.States[s]; !known {
				c.errf(p+".set.states."+s, "a change cannot add the state %q; declare it under states: and change it here", s)
			}
			for _, k := range mapKeys(root, p+".set.states."+s) {
				if k != "rate" && k != "group_rates" {
					c.errf(p+".set.states."+s+"."+k, "a change can set a state's rate and group_rates, not %s", k)
				}
			}
		}
		list = append(list, dated{name, from, weekOnOrAfter(sc.Start, from)})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].from.Before(list[j].from) })
	cur := root
	for _, d := range list {
		if d.week >= m.Weeks {
			continue // after the horizon
		}
		_, set := lookup(root, "changes."+d.name+".set")
		cur = r.merge(cur, set)
		cc := &checker{r: r, root: cur}
		ep := cc.epoch(m, decode(cur), d.week)
		last := &m.Epochs[len(m.Epochs)-1]
		info := &sc.Epochs[len(sc.Epochs)-1]
		if last.FromWeek == d.week {
			*last = ep
			info.Changes = append(info.Changes, d.name)
			continue
		}
		m.Epochs = append(m.Epochs, ep)
		sc.Epochs = append(sc.Epochs, EpochInfo{From: sim.Calendar{Start: sc.Start}.Monday(d.week), Changes: []string{d.name}})
	}
}

// date parses a YYYY-MM-DD date at keyPath.
func (c *checker) date(keyPath, s string, required bool) (time.Time, bool) {
	if s == "" {
		if required {
			c.errf(keyPath, "missing date: write it as YYYY-MM-DD, e.g. 2027-01-04")
		}
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		c.valueErrf(keyPath, "%q is not a date: write it as YYYY-MM-DD, e.g. 2027-01-04", s)
		return time.Time{}, false
	}
	return t, true
}

var weekdaysDa = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}

func weekdayDa(t time.Time) string {
	return fmt.Sprintf("%s (%s)", t.Weekday(), weekdaysDa[t.Weekday()])
}

func mondayOnOrBefore(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// horizon fills the model's weeks and budget years.
func (c *checker) horizon(m *sim.Model, start time.Time, h *Horizon) {
	if h == nil || (h.Years == 0 && h.Weeks == 0) {
		c.errf("horizon", "missing horizon: give horizon: {years: 4} or horizon: {weeks: 208}")
		return
	}
	if h.Years != 0 && h.Weeks != 0 {
		c.errf("horizon", "give either years or weeks, not both")
		return
	}
	if h.Years < 0 || h.Weeks < 0 || h.Years > 60 || h.Weeks > 3130 {
		c.errf("horizon", "the horizon must be 1–60 years or 1–3130 weeks")
		return
	}
	cal := sim.Calendar{Start: start}
	first := cal.BudgetYear(0)
	for t := 0; ; t++ {
		y := cal.BudgetYear(t)
		if (h.Years > 0 && y >= first+h.Years) || (h.Weeks > 0 && t >= h.Weeks) {
			break
		}
		if len(m.Years) == 0 || m.Years[len(m.Years)-1] != y {
			m.Years = append(m.Years, y)
		}
		m.WeekYear = append(m.WeekYear, len(m.Years)-1)
		m.Weeks++
	}
}

var financing = map[string]sim.FinancingKind{
	"staircase": sim.FinancingStaircase, "medfinansiering": sim.FinancingMedfinansiering, "fixed": sim.FinancingFixed, "none": sim.FinancingNone,
}

// state compiles the fixed properties of a state.
func (c *checker) state(name string, s State) sim.State {
	p := "states." + name
	st := sim.State{Name: name, Label: s.Label}
	if st.Label == "" {
		st.Label = name
	}
	st.Absorbing = s.Absorbing != nil && *s.Absorbing
	st.SelfSupporting = s.SelfSupporting != nil && *s.SelfSupporting
	kind, ok := financing[s.Financing]
	switch {
	case s.Financing == "" && st.Absorbing:
		// leaves the books: nothing to finance
	case s.Financing == "":
		c.errf(p, "state %q has no financing: give financing: staircase, medfinansiering, fixed or none", name)
	case !ok:
		c.valueErrf(p+".financing", "unknown financing %q; expected staircase, medfinansiering, fixed or none", s.Financing)
	}
	st.Financing.Kind = kind
	if kind == sim.FinancingFixed {
		if s.StateShare == nil {
			c.errf(p, "financing fixed needs state_share: the state's share of gross cost, e.g. 0.35")
		} else {
			st.Financing.Share = *s.StateShare
		}
	} else if s.StateShare != nil {
		c.errf(p+".state_share", "state_share is only used with financing: fixed; remove it or change financing")
	}
	if s.StateShare != nil && (*s.StateShare < 0 || *s.StateShare > 1) {
		c.valueErrf(p+".state_share", "state_share must be between 0 and 1, got %v", *s.StateShare)
	}
	st.Clock = kind.OnStaircase()
	if s.Clock != nil {
		st.Clock = *s.Clock
	}
	if st.Absorbing && (s.Rate != nil || st.Clock && s.Clock != nil) {
		c.errf(p, "absorbing state %q leaves the books: remove its rate and clock", name)
	}
	if st.SelfSupporting && st.Clock {
		c.errf(p, "state %q is self-supporting and counts on the staircase clock; a week cannot be both", name)
	}
	return st
}

// epoch compiles rates, transitions and inflows from f.
func (c *checker) epoch(m *sim.Model, f File, fromWeek int) sim.Epoch {
	ns, ng := len(m.States), len(m.Groups)
	ep := sim.Epoch{FromWeek: fromWeek, Rate: make([][][]float64, ns), Exit: make([][]*sim.Exit, ns), Inflow: make([][]sim.Inflow, ns)}
	index := stateIndex(m)
	groupIdx := map[string]int{}
	for g, name := range m.Groups {
		groupIdx[name] = g
	}
	for s, st := range m.States {
		def := f.States[st.Name]
		p := "states." + st.Name
		ep.Rate[s] = make([][]float64, ng)
		ep.Exit[s] = make([]*sim.Exit, ng)
		ep.Inflow[s] = make([]sim.Inflow, ng)
		for gname := range def.GroupRates {
			if _, ok := groupIdx[gname]; !ok {
				c.errf(p+".group_rates."+gname, "unknown group %q; declared groups: %s", gname, strings.Join(m.Groups, ", "))
			}
		}
		needRate := !st.Absorbing && st.Financing.Kind != sim.FinancingNone
		for g, gname := range m.Groups {
			rate, rp := def.Rate, p+".rate"
			if gr, ok := def.GroupRates[gname]; ok {
				rate, rp = &gr, p+".group_rates."+gname
			}
			switch {
			case rate != nil:
				ep.Rate[s][g] = c.rate(rp, *rate, m.Years)
			case needRate && g == 0:
				c.errf(p, "state %q is paid (financing %s) but has no rate: give rate: {per: month, amounts: {2024: ...}, source: ...}", st.Name, def.Financing)
				fallthrough
			default:
				ep.Rate[s][g] = make([]float64, len(m.Years))
			}
		}
	}
	for _, name := range mapKeys(c.root, "transitions") {
		p := "transitions." + name
		s, ok := index[name]
		if !ok {
			c.errf(p, "unknown state %q; declared states: %s", name, strings.Join(stateNames(m), ", "))
			continue
		}
		if m.States[s].Absorbing {
			c.errf(p, "state %q is absorbing: nobody leaves it, so it has no transitions", name)
			continue
		}
		t := f.Transitions[name]
		for gname := range t.Groups {
			if _, ok := groupIdx[gname]; !ok {
				c.errf(p+".groups."+gname, "unknown group %q; declared groups: %s", gname, strings.Join(m.Groups, ", "))
			}
		}
		for g, gname := range m.Groups {
			eff, paths := t.forGroup(gname, p)
			ep.Exit[s][g] = c.exit(m, index, name, eff, paths)
		}
	}
	for _, name := range mapKeys(c.root, "inflows") {
		p := "inflows." + name
		s, ok := index[name]
		if !ok {
			c.errf(p, "unknown state %q; declared states: %s", name, strings.Join(stateNames(m), ", "))
			continue
		}
		if m.States[s].Absorbing {
			c.errf(p, "state %q is absorbing; persons cannot flow into it from outside", name)
			continue
		}
		in := f.Inflows[name]
		prior := 0
		if in.PriorBenefitWeeks != nil {
			prior = *in.PriorBenefitWeeks
			if prior < 0 {
				c.valueErrf(p+".prior_benefit_weeks", "must be 0 or more, got %d", prior)
			}
		}
		for gname, n := range in.PerYear {
			g, ok := groupIdx[gname]
			if !ok {
				c.errf(p+".per_year."+gname, "unknown group %q; declared groups: %s", gname, strings.Join(m.Groups, ", "))
				continue
			}
			if n < 0 || math.IsNaN(n) || math.IsInf(n, 0) {
				c.valueErrf(p+".per_year."+gname, "a yearly inflow must be 0 or more, got %v", n)
				continue
			}
			ep.Inflow[s][g] = sim.Inflow{PerWeek: n / sim.WeeksPerFullTimePerson, Clock: prior}
		}
	}
	return ep
}

// rate compiles a rate into weekly amounts per budget year.
func (c *checker) rate(p string, r Rate, years []int) []float64 {
	out := make([]float64, len(years))
	var perWeek float64
	switch r.Per {
	case "week":
		perWeek = 1
	case "month":
		perWeek = 12.0 / 52
	case "year":
		perWeek = 1.0 / 52
	case "":
		c.errf(p, "missing per: say whether the amounts are per week, month or year")
		return out
	default:
		c.valueErrf(p+".per", "unknown unit %q; expected week, month or year", r.Per)
		return out
	}
	if len(r.Amounts) == 0 {
		c.errf(p, "missing amounts: give at least one year's amount, e.g. amounts: {2024: 4695}")
		return out
	}
	given := make([]int, 0, len(r.Amounts))
	for y, a := range r.Amounts {
		given = append(given, y)
		if a < 0 || math.IsNaN(a) || math.IsInf(a, 0) {
			c.valueErrf(fmt.Sprintf("%s.amounts.%d", p, y), "a rate must be 0 or more, got %v", a)
		}
	}
	slices.Sort(given)
	var missing []string
	for i, y := range years {
		j, found := slices.BinarySearch(given, y)
		if found {
			out[i] = r.Amounts[y] * perWeek
			continue
		}
		if r.Indexing == nil {
			missing = append(missing, fmt.Sprint(y))
			continue
		}
		near := given[max(0, j-1)] // the latest given year before y, or the first
		out[i] = r.Amounts[near] * perWeek * math.Pow(1+*r.Indexing, float64(y-near))
	}
	if len(missing) > 0 {
		c.errf(p, "no amount for %s and no indexing: add the amounts or indexing: (yearly satsregulering, e.g. 0.025)", strings.Join(missing, ", "))
	}
	return out
}

// forGroup returns the transition with the group's overrides applied and
// the key path each part came from.
func (t Transition) forGroup(group, p string) (Transition, map[string]string) {
	paths := map[string]string{"duration": p, "destinations": p + ".destinations", "max_weeks": p + ".max_weeks", "at_max": p + ".at_max", "hazards": p + ".hazards"}
	o, ok := t.Groups[group]
	if !ok {
		return t, paths
	}
	gp := p + ".groups." + group
	if o.MeanWeeks != nil || o.Hazards != nil {
		t.MeanWeeks, t.Hazards = o.MeanWeeks, o.Hazards
		paths["duration"], paths["hazards"] = gp, gp+".hazards"
	}
	if o.Destinations != nil {
		t.Destinations, paths["destinations"] = o.Destinations, gp+".destinations"
	}
	if o.MaxWeeks != nil {
		t.MaxWeeks, paths["max_weeks"] = o.MaxWeeks, gp+".max_weeks"
	}
	if o.AtMax != nil {
		t.AtMax, paths["at_max"] = o.AtMax, gp+".at_max"
	}
	return t, paths
}

// exit compiles one state's transition for one group.
func (c *checker) exit(m *sim.Model, index map[string]int, from string, t Transition, paths map[string]string) *sim.Exit {
	ex := &sim.Exit{}
	if t.MaxWeeks != nil {
		if *t.MaxWeeks < 1 {
			c.valueErrf(paths["max_weeks"], "max_weeks must be at least 1, got %d", *t.MaxWeeks)
			return nil
		}
		ex.MaxWeeks = *t.MaxWeeks
		if t.AtMax == nil {
			c.errf(paths["max_weeks"], "max_weeks needs at_max: the destination shares of those still here after %d weeks", ex.MaxWeeks)
		}
		ex.AtMax = c.dests(m, index, paths["at_max"], t.AtMax, "")
	} else if t.AtMax != nil {
		c.errf(paths["at_max"], "at_max is only used with max_weeks; add max_weeks or remove at_max")
	}
	switch {
	case t.MeanWeeks != nil && t.Hazards != nil:
		c.errf(paths["duration"], "give either mean_weeks or hazards, not both")
		return nil
	case t.MeanWeeks != nil:
		mean := *t.MeanWeeks
		if mean < 1 || (ex.MaxWeeks > 0 && mean >= float64(ex.MaxWeeks)) {
			lim := ""
			if ex.MaxWeeks > 0 {
				lim = fmt.Sprintf(" and below max_weeks (%d)", ex.MaxWeeks)
			}
			c.valueErrf(paths["duration"]+".mean_weeks", "mean_weeks must be at least 1%s, got %v", lim, mean)
			return nil
		}
		ex.Hazard = []float64{HazardForMean(mean, ex.MaxWeeks)}
		ex.DestIdx = []int{0}
		ex.Dests = [][]sim.Dest{c.dests(m, index, paths["destinations"], t.Destinations, from)}
		if t.Destinations == nil {
			c.errf(paths["duration"], "missing destinations: where do persons go when they leave %q? e.g. destinations: {selvforsoergelse: 0.7, kontanthjaelp: 0.3}", from)
		}
	case len(t.Hazards) > 0:
		var shared []sim.Dest
		if t.Destinations != nil {
			shared = c.dests(m, index, paths["destinations"], t.Destinations, from)
		}
		for i, b := range t.Hazards {
			bp := fmt.Sprintf("%s[%d]", paths["hazards"], i)
			switch {
			case i == 0 && b.FromWeek != 1:
				c.valueErrf(bp+".from_week", "the first band must start at from_week: 1, got %d", b.FromWeek)
			case i > 0 && b.FromWeek <= t.Hazards[i-1].FromWeek:
				c.valueErrf(bp+".from_week", "bands must start in increasing weeks: %d follows %d", b.FromWeek, t.Hazards[i-1].FromWeek)
			}
			if b.Weekly < 0 || b.Weekly > 1 || math.IsNaN(b.Weekly) {
				c.valueErrf(bp+".weekly", "a weekly hazard is a probability between 0 and 1, got %v", b.Weekly)
			}
			ds := shared
			if b.Destinations != nil {
				ds = c.dests(m, index, bp+".destinations", b.Destinations, from)
			} else if t.Destinations == nil && b.Weekly > 0 {
				c.errf(bp, "no destinations for this band: give destinations here or for the whole transition")
			}
			ex.Dests = append(ex.Dests, ds)
			next := b.FromWeek + 1
			if i+1 < len(t.Hazards) {
				next = t.Hazards[i+1].FromWeek
			}
			for w := len(ex.Hazard) + 1; w < next && w >= b.FromWeek; w++ {
				ex.Hazard = append(ex.Hazard, b.Weekly)
				ex.DestIdx = append(ex.DestIdx, i)
			}
		}
	default:
		c.errf(paths["duration"], "missing duration: give mean_weeks (e.g. mean_weeks: 20) or hazards (a list of {from_week, weekly} bands)")
		return nil
	}
	if len(ex.Hazard) == 0 {
		return nil // an earlier error
	}
	return ex
}

// dests compiles destination shares into a cumulative table, checking that
// they name states and sum to 1.
func (c *checker) dests(m *sim.Model, index map[string]int, p string, shares map[string]float64, from string) []sim.Dest {
	if shares == nil {
		return nil
	}
	names := mapKeys(c.root, p)
	if len(names) == 0 {
		c.errf(p, "no destinations given: list states with their shares, summing to 1")
		return nil
	}
	var out []sim.Dest
	sum, given := 0.0, 0.0 // sum of valid shares, sum of all shares
	var terms []string
	for _, name := range names {
		share := shares[name]
		terms = append(terms, fmt.Sprintf("%s %v", name, share))
		given += share
		s, ok := index[name]
		switch {
		case !ok:
			c.errf(p+"."+name, "unknown state %q; declared states: %s", name, strings.Join(stateNames(m), ", "))
			continue
		case name == from:
			c.errf(p+"."+name, "%q cannot be a destination of itself (only at_max may start a new spell)", name)
			continue
		case share < 0 || share > 1 || math.IsNaN(share):
			c.valueErrf(p+"."+name, "a share must be between 0 and 1, got %v", share)
			continue
		}
		sum += share
		if share > 0 {
			out = append(out, sim.Dest{State: s, Cum: sum})
		}
	}
	if math.Abs(given-1) > shareTolerance {
		c.errf(p, "destination shares sum to %.6g, not 1 (%s); adjust them so they sum to 1", given, strings.Join(terms, " + "))
		return nil
	}
	if math.Abs(sum-1) > shareTolerance {
		return nil // an invalid share is reported above
	}
	if len(out) > 0 {
		out[len(out)-1].Cum = 1 // remove rounding
	}
	return out
}

// HazardForMean returns the constant weekly exit hazard that gives an
// expected stay of mean weeks, counting a forced exit after maxWeeks
// (0 = none). With a constant hazard h the stay is geometric, so
//
//	E[stay] = 1/h                       without a maximum,
//	E[stay] = (1 − (1−h)^maxWeeks) / h  with one,
//
// and h is found by bisection (E decreases in h).
func HazardForMean(mean float64, maxWeeks int) float64 {
	if maxWeeks <= 0 {
		return 1 / mean
	}
	e := func(h float64) float64 { return (1 - math.Pow(1-h, float64(maxWeeks))) / h }
	lo, hi := 1e-12, 1.0
	for range 200 {
		mid := (lo + hi) / 2
		if e(mid) > mean {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// initial compiles the initial stock.
func (c *checker) initial(m *sim.Model, f File, ep *sim.Epoch) []sim.Cohort {
	index := stateIndex(m)
	var out []sim.Cohort
	for _, name := range mapKeys(c.root, "initial") {
		p := "initial." + name
		s, ok := index[name]
		if !ok {
			c.errf(p, "unknown state %q; declared states: %s", name, strings.Join(stateNames(m), ", "))
			continue
		}
		if m.States[s].Absorbing {
			c.errf(p, "state %q is absorbing; nobody can be in it at the start", name)
			continue
		}
		st := f.Initial[name]
		prior := 0
		if st.PriorBenefitWeeks != nil {
			if prior = *st.PriorBenefitWeeks; prior < 0 {
				c.valueErrf(p+".prior_benefit_weeks", "must be 0 or more, got %d", prior)
			}
		}
		if st.WeeksInState != nil {
			w := st.WeeksInState
			if w.Min < 1 || w.Max < w.Min {
				c.errf(p+".weeks_in_state", "expected 1 ≤ min ≤ max, got min %d, max %d", w.Min, w.Max)
				continue
			}
		}
		for _, gname := range mapKeys(c.root, p+".persons") {
			g := slices.Index(m.Groups, gname)
			n := st.Persons[gname]
			switch {
			case g < 0:
				c.errf(p+".persons."+gname, "unknown group %q; declared groups: %s", gname, strings.Join(m.Groups, ", "))
				continue
			case n < 0:
				c.valueErrf(p+".persons."+gname, "a number of persons must be 0 or more, got %d", n)
				continue
			case n == 0:
				continue
			}
			var cdf []float64
			if w := st.WeeksInState; w != nil {
				cdf = make([]float64, w.Max)
				for k := range cdf {
					if k+1 >= w.Min {
						cdf[k] = float64(k+2-w.Min) / float64(w.Max-w.Min+1)
					}
				}
			} else if cdf = steady(ep.Exit[s][g]); cdf == nil {
				if ep.Exit[s][g] == nil && hasKey(c.root, "transitions") && slices.Contains(mapKeys(c.root, "transitions"), name) {
					continue // the transition has a problem, reported where it is
				}
				c.errf(p, "nobody leaves %q (for group %s), so there is no steady-state duration: give weeks_in_state: {min: ..., max: ...}", name, gname)
				continue
			}
			out = append(out, sim.Cohort{State: s, Group: g, Persons: n, WeeksCDF: cdf, PriorClock: prior})
		}
	}
	return out
}

// steady returns the CDF of weeks in state in a steady state with constant
// inflow: P(w) ∝ P(still in the state in week w) = Π_{k<w} (1 − h_k),
// truncated at the maximum duration or at steadyCap weeks.
func steady(ex *sim.Exit) []float64 {
	if ex == nil {
		return nil
	}
	limit := steadyCap
	if ex.MaxWeeks > 0 {
		limit = ex.MaxWeeks
	} else if ex.Hazard[len(ex.Hazard)-1] == 0 {
		return nil
	}
	p := make([]float64, limit)
	surv, total := 1.0, 0.0
	for w := 1; w <= limit; w++ {
		p[w-1] = surv
		total += surv
		surv *= 1 - ex.HazardAt(w)
	}
	cum := 0.0
	for i := range p {
		cum += p[i] / total
		p[i] = cum
	}
	p[limit-1] = 1
	return p
}

func stateIndex(m *sim.Model) map[string]int {
	idx := make(map[string]int, len(m.States))
	for i, s := range m.States {
		idx[s.Name] = i
	}
	return idx
}

func stateNames(m *sim.Model) []string {
	names := make([]string, len(m.States))
	for i, s := range m.States {
		names[i] = s.Name
	}
	return names
}
