package scenario

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// shareTolerance is how far destination shares may sum from 1.
const shareTolerance = 1e-6

// steadyCap is the longest stay considered for a steady-state duration
// distribution of a state without a maximum duration (20 years).
const steadyCap = 1040

// compiler turns a resolved scenario tree into a sim.Model. It reads every
// value together with its node, so that each problem is reported at the
// node it is about.
//
// Load runs a compiler once, with every uncertain number at its mean; a
// Monte Carlo run with uncertain numbers runs one again with the run's
// draws (see Scenario.ModelFor). A compiler only reads the tree and the
// uncertain numbers, so runs may compile in parallel.
type compiler struct {
	*problems
	// params and shares are the uncertain numbers and sets of shares,
	// by the node they stand at.
	params map[*yaml.Node]*Param
	shares map[*yaml.Node]shareAt
	// param and shareSet give an uncertain number's and an uncertain set
	// of shares' value in this compilation.
	param    func(*Param) float64
	shareSet func(*ShareSet) []float64
	drawn    map[*ShareSet][]float64
	// loading is set for the compilation at Load: it records which
	// uncertain numbers stand where a whole number is needed.
	loading bool
	// changed holds the tree of each dated change merged onto the
	// scenario, by change name: built at Load, only read by later runs.
	changed map[string]*yaml.Node
	// noInterventions leaves the interventions out (a baseline made by
	// WithoutInterventions).
	noInterventions bool
	// pricesFlag overrides the scenario's prices: ("loebende" or "faste";
	// "" keeps it); sats and pl are its price indexes (see prices.go).
	pricesFlag     string
	sats, pl       index
	hasSats, hasPL bool
	// fitted sets numbers by their node in this compilation (a
	// calibration's trial values); wholes records, at Load, the nodes read
	// as whole numbers.
	fitted map[*yaml.Node]float64
	wholes map[*yaml.Node]bool
}

// shareAt is one share of an uncertain set of shares.
type shareAt struct {
	set *ShareSet
	i   int
}

// errf reports a problem with v, at its key.
func (c *compiler) errf(v value, format string, args ...any) {
	c.at(v.pos(), v.path, format, args...)
}

// valueErrf reports a problem with v's value, at the value.
func (c *compiler) valueErrf(v value, format string, args ...any) {
	c.at(v.valuePos(), v.path, format, args...)
}

// str returns the text of a scalar (empty if absent).
func (c *compiler) str(v value) string {
	if v.node == nil || v.node.Kind != yaml.ScalarNode {
		return ""
	}
	return v.node.Value
}

// number returns the number at v: an uncertain number's or share's value
// in this compilation, else the scalar. Types were checked when each file
// was read, so a scalar that is not a number reads as 0.
func (c *compiler) number(v value) float64 {
	if x, ok := c.fitted[v.node]; ok && v.node != nil {
		return x
	}
	if p := c.params[v.node]; p != nil {
		return p.value(c.param(p))
	}
	if s, ok := c.shares[v.node]; ok {
		if c.drawn == nil {
			c.drawn = map[*ShareSet][]float64{}
		}
		d, ok := c.drawn[s.set]
		if !ok {
			d = c.shareSet(s.set)
			c.drawn[s.set] = d
		}
		return d[s.i]
	}
	if v.node == nil {
		return 0
	}
	if x, err := strconv.ParseFloat(v.node.Value, 64); err == nil {
		return x
	}
	var x float64
	_ = v.node.Load(&x) // YAML's own forms: .inf, 0x10, 1_000
	return x
}

// whole returns the whole number at v. An uncertain number standing here
// is rounded (its mean and every draw).
func (c *compiler) whole(v value) int {
	if c.loading && v.node != nil {
		if c.wholes == nil {
			c.wholes = map[*yaml.Node]bool{}
		}
		c.wholes[v.node] = true
	}
	if x, ok := c.fitted[v.node]; ok && v.node != nil {
		return int(math.Round(x))
	}
	if p := c.params[v.node]; p != nil {
		if c.loading {
			p.Whole = true
		}
		return int(p.value(c.param(p)))
	}
	if v.node == nil {
		return 0
	}
	if x, err := strconv.Atoi(v.node.Value); err == nil {
		return x
	}
	var x int
	_ = v.node.Load(&x)
	return x
}

// weeks returns the whole number of weeks at v, a duration: one above
// sim.MaxDurationWeeks is reported and read as that limit.
func (c *compiler) weeks(v value) int {
	x := c.whole(v)
	if x > sim.MaxDurationWeeks {
		c.valueErrf(v, "%d uger er mere end de højst %d uger (100 år), en varighed kan have", x, sim.MaxDurationWeeks)
		return sim.MaxDurationWeeks
	}
	return x
}

// optWeeks returns the weeks at v and whether v is given.
func (c *compiler) optWeeks(v value) (int, bool) {
	if !v.ok() {
		return 0, false
	}
	return c.weeks(v), true
}

// Years a scenario may name (an amount's, a price year, an index's) lie
// within these, so that compounding from one to another stays finite.
const minYear, maxYear = 1900, 2200

// inYears reports whether y is a year a scenario may name, reporting at v
// if not.
func (c *compiler) inYears(v value, y int) bool {
	if y < minYear || y > maxYear {
		c.valueErrf(v, "året %d ligger ikke mellem %d og %d", y, minYear, maxYear)
		return false
	}
	return true
}

// yearlyChange returns the yearly change at v (an indexing, an index's
// rate), reported at v unless it lies within −0.5 and 0.5, and whether v
// is given.
func (c *compiler) yearlyChange(v value) (float64, bool) {
	x, ok := c.optNumber(v)
	if ok && !(x >= -0.5 && x <= 0.5) {
		c.valueErrf(v, "en årlig ændring ligger mellem -0.5 og 0.5 (±50 %%), fx 0.025, ikke %v", x)
		return 0, ok
	}
	return x, ok
}

// flag returns the boolean at v (false if absent).
func (c *compiler) flag(v value) bool {
	var b bool
	if v.node != nil {
		_ = v.node.Load(&b)
	}
	return b
}

// optNumber returns the number at v and whether v is given.
func (c *compiler) optNumber(v value) (float64, bool) {
	if !v.ok() {
		return 0, false
	}
	return c.number(v), true
}

// optWhole returns the whole number at v and whether v is given.
func (c *compiler) optWhole(v value) (int, bool) {
	if !v.ok() {
		return 0, false
	}
	return c.whole(v), true
}

// compile validates the resolved tree root and fills sc.
func (c *compiler) compile(sc *Scenario, root *yaml.Node) {
	f := rootValue(root)
	sc.Title, sc.Description = c.str(f.get("title")), c.str(f.get("description"))
	if sc.Title == "" {
		sc.Title = sc.Name
	}

	m := &sim.Model{}
	sc.Model = m
	startV := f.get("start")
	start, okStart := c.date(startV, true)
	if !okStart {
		// Go on checking the rest of the file with a stand-in start; the
		// problem with start is already reported, so nothing is produced.
		start, okStart = time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	sc.Start = start
	sc.Runs, sc.Seed, sc.DiscountRate = DefaultRuns, DefaultSeed, DefaultDiscountRate
	if v := f.get("runs"); v.ok() {
		if sc.Runs = c.whole(v); sc.Runs < 1 || sc.Runs > sim.MaxRuns {
			c.valueErrf(v, "runs skal være mellem 1 og %d, ikke %d", sim.MaxRuns, sc.Runs)
			sc.Runs = DefaultRuns
		}
	}
	if v := f.get("seed"); v.ok() {
		var seed uint64
		_ = v.node.Load(&seed)
		sc.Seed = seed
	}
	if v := f.get("discount_rate"); v.ok() {
		if sc.DiscountRate = c.number(v); sc.DiscountRate < 0 || sc.DiscountRate >= 1 {
			c.valueErrf(v, "forventede en årlig rente mellem 0 og 1, fx 0.035, ikke %v", sc.DiscountRate)
		}
	}
	if okStart {
		sc.End = c.horizon(m, start, f.get("horizon"))
	}

	m.Groups = f.get("groups").keys()
	if len(m.Groups) == 0 {
		c.errf(f.get("groups"), "ingen grupper: angiv mindst én gruppe af borgere, fx groups: {alle: {label: Alle}}")
	}
	if len(m.Groups) > sim.MaxGroups {
		c.errf(f.get("groups"), "%d grupper; højst %d", len(m.Groups), sim.MaxGroups)
		return
	}
	states := f.get("states")
	if len(states.entries()) == 0 {
		c.errf(states, "ingen tilstande: angiv ydelserne og de andre tilstande under states:")
	}
	if n := len(states.entries()); n > sim.MaxStates {
		c.errf(states, "%d tilstande; højst %d", n, sim.MaxStates)
		return
	}
	for _, s := range states.entries() {
		m.States = append(m.States, c.state(s))
	}
	if len(m.Years) == 0 || len(m.States) == 0 || len(m.Groups) == 0 {
		return
	}

	c.prices(sc, f)
	ep := c.epoch(m, f, 0)
	m.Epochs = []sim.Epoch{ep}
	sc.Epochs = []EpochInfo{{From: start}}
	m.Initial = c.initial(m, f, &ep)
	c.changes(sc, f)
	if !c.noInterventions {
		c.interventions(sc, f)
	}
}

// changes compiles the dated changes into further epochs.
func (c *compiler) changes(sc *Scenario, f value) {
	m := sc.Model
	states := f.get("states")
	type dated struct {
		ch   value
		from time.Time
		week int
	}
	var list []dated
	for _, ch := range f.get("changes").entries() {
		name := ch.name()
		from, ok := c.date(ch.get("from"), true)
		if !ch.has("set") {
			c.errf(ch, "ændringen %q har ingen set: angiv de nye værdier under set:", name)
			ok = false
		}
		if c.str(ch.get("source")) == "" {
			c.errf(ch, "ændringen %q har ingen source: angiv loven eller beslutningen bag den", name)
		}
		if !ok {
			continue
		}
		for _, s := range ch.get("set").get("states").entries() {
			if !states.has(s.name()) {
				c.errf(s, "en ændring kan ikke tilføje tilstanden %q; angiv den under states: og ændr den her", s.name())
			}
			for _, k := range s.entries() {
				if k.name() != "rate" && k.name() != "group_rates" {
					c.errf(k, "en ændring kan sætte en tilstands rate og group_rates, ikke %s", k.name())
				}
			}
		}
		list = append(list, dated{ch, from, sim.Calendar{Start: sc.Start}.WeekOnOrAfter(from)})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].from.Before(list[j].from) })
	cur := f.node
	for _, d := range list {
		if d.week >= m.Weeks {
			continue // after the horizon
		}
		name := d.ch.name()
		switch merged, ok := c.changed[name]; {
		case ok:
			cur = merged
		case c.loading:
			cur = merge(c.fileOf, cur, d.ch.get("set").node)
			c.changed[name] = cur
		default:
			// Not merged at Load (which merges every change a run can
			// reach): merge into maps of this compilation's own, so that
			// runs compiling in parallel write nothing shared.
			cur = merge(map[*yaml.Node]*parsed{}, cur, d.ch.get("set").node)
		}
		ep := c.epoch(m, rootValue(cur), d.week)
		last := &m.Epochs[len(m.Epochs)-1]
		info := &sc.Epochs[len(sc.Epochs)-1]
		if last.FromWeek == d.week {
			*last = ep
			info.Changes = append(info.Changes, name)
			continue
		}
		m.Epochs = append(m.Epochs, ep)
		sc.Epochs = append(sc.Epochs, EpochInfo{From: sim.Calendar{Start: sc.Start}.Monday(d.week), Changes: []string{name}})
	}
}

// date parses a YYYY-MM-DD date.
func (c *compiler) date(v value, required bool) (time.Time, bool) {
	s := c.str(v)
	if s == "" {
		if required {
			c.errf(v, "dato mangler: skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-04")
		}
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		c.valueErrf(v, "%q er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-04", s)
		return time.Time{}, false
	}
	return t, true
}

// horizon fills the model's weeks, budget years and the days each week
// counts in each, and returns the last day that counts: the N calendar
// years from start's year to 31 December of the last (years: N), or N
// weeks from the week that holds start (weeks: N).
func (c *compiler) horizon(m *sim.Model, start time.Time, h value) time.Time {
	years, weeks := c.whole(h.get("years")), c.whole(h.get("weeks"))
	if years == 0 && weeks == 0 {
		c.errf(h, "horisont mangler: angiv horizon: {years: 4} eller horizon: {weeks: 208}")
		return start
	}
	if years != 0 && weeks != 0 {
		c.errf(h, "angiv enten years eller weeks, ikke begge")
		return start
	}
	if years < 0 || weeks < 0 || years > 60 || weeks > 3130 {
		c.errf(h, "horisonten skal være 1–60 år eller 1–3130 uger")
		return start
	}
	cal := sim.Calendar{Start: start}
	end := cal.Monday(weeks) // the first day after the horizon
	if years > 0 {
		end = time.Date(start.Year()+years, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	cal.Horizon(m, end)
	return end.AddDate(0, 0, -1)
}

// kontoPattern is a function in the kommunal kontoplan: hovedkonto,
// hovedfunktion and funktion, "5.57.71".
var kontoPattern = regexp.MustCompile(`^[0-9]\.[0-9]{2}\.[0-9]{2}$`)

var financing = map[string]sim.FinancingKind{
	"staircase": sim.FinancingStaircase, "medfinansiering": sim.FinancingMedfinansiering, "fixed": sim.FinancingFixed, "none": sim.FinancingNone,
}

// state compiles the fixed properties of the state s.
func (c *compiler) state(s value) sim.State {
	name := s.name()
	st := sim.State{Name: name, Label: c.str(s.get("label"))}
	if st.Label == "" {
		st.Label = name
	}
	if k := s.get("konto"); k.ok() {
		st.Konto = c.str(k)
		if !kontoPattern.MatchString(st.Konto) {
			c.valueErrf(k, "konto %q er ikke en funktion i den kommunale kontoplan; skriv hovedkonto.hovedfunktion.funktion, fx \"5.57.71\"", st.Konto)
		}
	}
	st.Absorbing = c.flag(s.get("absorbing"))
	st.SelfSupporting = c.flag(s.get("self_supporting"))
	fin := s.get("financing")
	kind, ok := financing[c.str(fin)]
	switch {
	case !fin.ok() && st.Absorbing:
		// leaves the books: nothing to finance
	case !fin.ok():
		c.errf(s, "tilstanden %q har ingen financing: angiv financing: staircase, medfinansiering, fixed eller none", name)
	case !ok:
		c.valueErrf(fin, "ukendt financing %q; forventede staircase, medfinansiering, fixed eller none", c.str(fin))
	}
	st.Financing.Kind = kind
	share := s.get("state_share")
	if kind == sim.FinancingFixed {
		if !share.ok() {
			c.errf(s, "financing fixed kræver state_share: statens andel af bruttoudgiften, fx 0.35")
		} else {
			st.Financing.Share = c.number(share)
		}
	} else if share.ok() {
		c.errf(share, "state_share bruges kun med financing: fixed; fjern den eller ændr financing")
	}
	if x, ok := c.optNumber(share); ok && (x < 0 || x > 1) {
		c.valueErrf(share, "state_share skal være mellem 0 og 1, ikke %v", x)
	}
	st.PaidBy = c.paidBy(s, kind)
	st.Clock = kind.OnStaircase()
	clock := s.get("clock")
	if clock.ok() {
		st.Clock = c.flag(clock)
	}
	if st.Absorbing && (s.has("rate") || st.Clock && clock.ok()) {
		c.errf(s, "den absorberende tilstand %q forlader regnskabet: fjern dens rate og clock", name)
	}
	if st.SelfSupporting && st.Clock {
		c.errf(s, "tilstanden %q er selvforsørgelse og tæller på refusionstrappens ur; en uge kan ikke være begge dele", name)
	}
	return st
}

var payers = map[string]sim.Payer{
	"kommune": sim.PaidByKommune, "udbetaling_danmark": sim.PaidByUdbetalingDanmark, "a_kasse": sim.PaidByAKasse,
}

// paidBy compiles the payer of the state s financed by kind: paid_by, or by
// default Udbetaling Danmark for medfinansiering and the kommune otherwise.
// The law pairs them (lov om kommunernes finansiering § 5): the kommune
// pays the benefits on the refusionstrappe (stk. 2), Udbetaling Danmark or
// an a-kasse those it co-finances (stk. 3); fixed financing (§ 30) may be
// either; a state without financing is paid by nobody.
func (c *compiler) paidBy(s value, kind sim.FinancingKind) sim.Payer {
	pb := s.get("paid_by")
	if !pb.ok() {
		if kind == sim.FinancingMedfinansiering {
			return sim.PaidByUdbetalingDanmark
		}
		return sim.PaidByKommune
	}
	p, ok := payers[c.str(pb)]
	switch {
	case !ok:
		c.valueErrf(pb, "ukendt paid_by %q; forventede kommune, udbetaling_danmark eller a_kasse", c.str(pb))
	case kind == sim.FinancingNone && p != sim.PaidByKommune:
		c.errf(pb, "tilstanden %q har ingen financing, så ingen udbetaler den: fjern paid_by, eller angiv financing: medfinansiering eller fixed", s.name())
	case kind == sim.FinancingStaircase && p != sim.PaidByKommune:
		c.errf(pb, "refusionstrappen gælder ydelser, som kommunen udbetaler (§ 5, stk. 2); en ydelse med paid_by: %s har financing: medfinansiering (§ 5, stk. 3)", p)
	case kind == sim.FinancingMedfinansiering && p == sim.PaidByKommune:
		c.errf(pb, "medfinansiering gælder ydelser, som Udbetaling Danmark eller en a-kasse udbetaler (§ 5, stk. 3); en ydelse, som kommunen udbetaler, har financing: staircase")
	}
	return p
}

// epoch compiles rates, transitions and inflows from the tree f.
func (c *compiler) epoch(m *sim.Model, f value, fromWeek int) sim.Epoch {
	ns, ng := len(m.States), len(m.Groups)
	ep := sim.Epoch{FromWeek: fromWeek, Rate: make([][][]float64, ns), Exit: make([][]*sim.Exit, ns), Inflow: make([][]sim.Inflow, ns)}
	ep.Staircase, ep.Reset = c.staircase(f.get("refusionstrappe"))
	index := stateIndex(m)
	states := f.get("states")
	for s, st := range m.States {
		def := states.get(st.Name)
		ep.Rate[s] = make([][]float64, ng)
		ep.Exit[s] = make([]*sim.Exit, ng)
		ep.Inflow[s] = make([]sim.Inflow, ng)
		groupRates := def.get("group_rates")
		for _, gr := range groupRates.entries() {
			c.groupIndex(m, gr, gr.name(), false)
		}
		needRate := !st.Absorbing && st.Financing.Kind != sim.FinancingNone
		for g, gname := range m.Groups {
			rate := def.get("rate")
			if gr := groupRates.get(gname); gr.ok() {
				rate = gr
			}
			switch {
			case rate.ok():
				ep.Rate[s][g] = c.rate(rate, m)
			case needRate && g == 0:
				c.errf(def, "tilstanden %q udbetales (financing %s), men har ingen rate: angiv rate: {per: month, amounts: {2024: ...}, source: ...}", st.Name, c.str(def.get("financing")))
				fallthrough
			default:
				ep.Rate[s][g] = make([]float64, len(m.Years))
			}
		}
	}
	for _, t := range f.get("transitions").entries() {
		name := t.name()
		s := c.stateIndexOf(m, index, t, name, false)
		if s < 0 {
			continue
		}
		if m.States[s].Absorbing {
			c.errf(t, "tilstanden %q er absorberende: ingen forlader den, så den har ingen transitions", name)
			continue
		}
		for _, g := range t.get("groups").entries() {
			c.groupIndex(m, g, g.name(), false)
		}
		for g, gname := range m.Groups {
			ep.Exit[s][g] = c.exit(m, index, name, forGroup(t, gname))
		}
	}
	inflow := 0.0 // persons a year, so far
	for _, in := range f.get("inflows").entries() {
		name := in.name()
		s := c.stateIndexOf(m, index, in, name, false)
		if s < 0 {
			continue
		}
		if m.States[s].Absorbing {
			c.errf(in, "tilstanden %q er absorberende; personer kan ikke tilgå den udefra", name)
			continue
		}
		prior, _ := c.optWeeks(in.get("prior_benefit_weeks"))
		if prior < 0 {
			c.valueErrf(in.get("prior_benefit_weeks"), "skal være 0 eller mere, ikke %d", prior)
		}
		for _, pg := range in.get("per_year").entries() {
			g := c.groupIndex(m, pg, pg.name(), false)
			if g < 0 {
				continue
			}
			n := c.number(pg)
			if n < 0 || math.IsNaN(n) || math.IsInf(n, 0) {
				c.valueErrf(pg, "en årlig tilgang skal være 0 eller mere, ikke %v", n)
				continue
			}
			if inflow += n; inflow > sim.MaxInflowPerYear {
				c.valueErrf(pg, "tilgangen bliver %v personer om året i alt; højst %d", inflow, sim.MaxInflowPerYear)
				continue
			}
			ep.Inflow[s][g] = sim.Inflow{PerYear: n, Clock: prior}
		}
	}
	return ep
}

// staircase compiles the refusionstrappe v: its steps and reset rule, each
// the law's (sim.Refusionstrappe, sim.LawReset) where v does not give it.
// A part with a problem is reported and read as the law's.
func (c *compiler) staircase(v value) (sim.Staircase, sim.ResetRule) {
	steps := slices.Clone(sim.Refusionstrappe)
	if sv := v.get("steps"); sv.ok() {
		if s, ok := c.steps(sv); ok {
			steps = s
		}
	}
	reset := sim.LawReset
	r := v.get("reset")
	weeks, window := r.get("weeks"), r.get("window_weeks")
	ok := true
	if x, given := c.optWhole(weeks); given {
		if reset.Weeks = x; x < 1 {
			c.valueErrf(weeks, "weeks skal være mindst 1, ikke %d: de selvforsørgende uger, der starter en ny optælling", x)
			ok = false
		}
	}
	if x, given := c.optWhole(window); given {
		if reset.WindowWeeks = x; x < 1 || x > sim.MaxResetWindowWeeks {
			c.valueErrf(window, "window_weeks skal være 1–%d uger (højst 5 år), ikke %d", sim.MaxResetWindowWeeks, x)
			ok = false
		}
	}
	if ok && reset.Weeks > reset.WindowWeeks {
		at, what := weeks, "window_weeks"
		if !weeks.ok() {
			at, what = window, "weeks"
		}
		c.valueErrf(at, "%d selvforsørgende uger kan ikke nås inden for et vindue på %d uger: weeks må højst være window_weeks (ret %s eller %s)", reset.Weeks, reset.WindowWeeks, at.name(), what)
		ok = false
	}
	if !ok {
		reset = sim.LawReset
	}
	return steps, reset
}

// steps compiles the steps of a refusionstrappe, and reports whether they
// are a staircase: 1 to sim.MaxSteps steps, each but the last ending in a
// to_week after the one before it, the last without end, and shares in
// [0, 1].
func (c *compiler) steps(v value) (sim.Staircase, bool) {
	items := v.items()
	switch {
	case len(items) == 0:
		c.errf(v, "refusionstrappen har ingen trin: angiv steps som en liste, fx [{to_week: 4, state_share: 0.80}, {to_week: 26, state_share: 0.40}, {to_week: 52, state_share: 0.30}, {state_share: 0.20}]")
		return nil, false
	case len(items) > sim.MaxSteps:
		c.errf(v, "refusionstrappen har %d trin; den kan have højst %d", len(items), sim.MaxSteps)
		return nil, false
	}
	out := make(sim.Staircase, 0, len(items))
	ok := true
	first := 1 // the first week of the next step
	for i, it := range items {
		last := i == len(items)-1
		toWeek, share := it.get("to_week"), it.get("state_share")
		st := sim.Step{FirstWeek: first}
		switch to := c.weeks(toWeek); {
		case last && toWeek.ok():
			c.valueErrf(toWeek, "det sidste trin har ingen ende: fjern to_week, så trinnet gælder fra uge %d og frem", first)
			ok = false
		case last:
		case !toWeek.ok():
			c.errf(it, "trin %d mangler to_week, den sidste uge på trinnet; kun det sidste trin er uden ende", i+1)
			ok = false
		case to < first && i == 0:
			c.valueErrf(toWeek, "to_week skal være mindst 1, ikke %d: det første trin begynder i uge 1", to)
			ok = false
		case to < first:
			c.valueErrf(toWeek, "trinnene skal slutte i stigende uger: trin %d begynder i uge %d (efter to_week %d), så to_week skal være mindst %d, ikke %d", i+1, first, first-1, first, to)
			ok = false
		default:
			st.LastWeek = to
			first = to + 1
		}
		if !share.ok() {
			c.errf(it, "trin %d mangler state_share: statens andel af bruttoudgiften i trinnets uger, fx 0.80", i+1)
			ok = false
		} else if st.StateShare = c.number(share); !(st.StateShare >= 0 && st.StateShare <= 1) {
			c.valueErrf(share, "state_share skal være mellem 0 og 1, ikke %v", st.StateShare)
			ok = false
		}
		out = append(out, st)
	}
	return out, ok
}

// rate compiles a rate into daily amounts per budget year.
//
// A sats is paid per day: a weekly sats / 7, a monthly sats × 12 / the days
// of the year, a yearly sats / the days of the year, so that a person on a
// monthly benefit all year costs exactly 12 monthly satser.
func (c *compiler) rate(r value, m *sim.Model) []float64 {
	years := m.Years
	out := make([]float64, len(years))
	var perDay func(y int) float64 // the share of a sats paid per day in year index y
	per := r.get("per")
	switch c.str(per) {
	case "week":
		perDay = func(int) float64 { return 1.0 / 7 }
	case "month":
		perDay = func(y int) float64 { return 12 / float64(m.YearDays[y]) }
	case "year":
		perDay = func(y int) float64 { return 1 / float64(m.YearDays[y]) }
	case "":
		c.errf(r, "per mangler: angiv, om beløbene er pr. uge (week), måned (month) eller år (year)")
		return out
	default:
		c.valueErrf(per, "ukendt enhed %q; forventede week, month eller year", c.str(per))
		return out
	}
	amounts := r.get("amounts").entries()
	if len(amounts) == 0 {
		c.errf(r, "amounts mangler: angiv mindst ét års beløb, fx amounts: {2024: 4695}")
		return out
	}
	given := map[int]float64{}
	for _, a := range amounts {
		y, err := strconv.Atoi(a.name())
		if err != nil || !c.inYears(a.keyAsValue(), y) {
			continue // reported when the file was read, or now
		}
		x := c.number(a)
		if x < 0 || math.IsNaN(x) || math.IsInf(x, 0) {
			c.valueErrf(a, "en sats skal være 0 eller mere, ikke %v", x)
		}
		given[y] = x
	}
	if len(given) == 0 {
		return out
	}
	sorted := make([]int, 0, len(given))
	for y := range given {
		sorted = append(sorted, y)
	}
	slices.Sort(sorted)
	indexing, hasIndexing := c.yearlyChange(r.get("indexing"))
	var missing []string
	for i, y := range years {
		j, found := slices.BinarySearch(sorted, y)
		near := sorted[max(0, j-1)] // the latest given year before y, or the first
		switch {
		case found:
			out[i] = given[y] * perDay(i)
		case hasIndexing: // the rate's own indexing
			out[i] = given[near] * perDay(i) * math.Pow(1+indexing, float64(y-near))
		case c.hasSats: // the scenario's satsregulering
			out[i] = given[near] * perDay(i) * c.factor(c.sats, near, y, r)
		default:
			missing = append(missing, fmt.Sprint(y))
			continue
		}
		out[i] *= c.inPrices(m, c.sats, c.hasSats, y, r)
	}
	if len(missing) > 0 {
		c.errf(r, "intet beløb for %s og ingen indexing: tilføj beløbene, indexing: (årlig satsregulering, fx 0.025) eller indexes.satsregulering", strings.Join(missing, ", "))
	}
	return out
}

// transition is one state's transition for one group: each part from the
// group's override if it gives one, else from the transition.
type transition struct {
	duration     value // the mapping giving mean_weeks or hazards
	meanWeeks    value
	hazards      value
	destinations value
	maxWeeks     value
	atMax        value
	maxWithin    value
}

// forGroup returns the transition t with the group's overrides applied.
func forGroup(t value, group string) transition {
	out := transition{duration: t, meanWeeks: t.get("mean_weeks"), hazards: t.get("hazards"),
		destinations: t.get("destinations"), maxWeeks: t.get("max_weeks"), atMax: t.get("at_max"), maxWithin: t.get("max_within")}
	o := t.get("groups").get(group)
	if !o.ok() {
		return out
	}
	if o.has("mean_weeks") || o.has("hazards") {
		out.duration, out.meanWeeks, out.hazards = o, o.get("mean_weeks"), o.get("hazards")
	}
	for _, part := range []struct {
		key string
		v   *value
	}{{"destinations", &out.destinations}, {"max_weeks", &out.maxWeeks}, {"at_max", &out.atMax}, {"max_within", &out.maxWithin}} {
		if o.has(part.key) {
			*part.v = o.get(part.key)
		}
	}
	return out
}

// exit compiles one state's transition for one group.
func (c *compiler) exit(m *sim.Model, index map[string]int, from string, t transition) *sim.Exit {
	ex := &sim.Exit{}
	if t.maxWeeks.ok() {
		if ex.MaxWeeks = c.weeks(t.maxWeeks); ex.MaxWeeks < 1 {
			c.valueErrf(t.maxWeeks, "max_weeks skal være mindst 1, ikke %d", ex.MaxWeeks)
			return nil
		}
		if !t.atMax.ok() {
			c.errf(t.maxWeeks, "max_weeks kræver at_max: fordelingen af dem, der stadig er her efter %d uger", ex.MaxWeeks)
		}
		ex.AtMax = c.dests(m, index, t.atMax, "")
	} else if t.atMax.ok() {
		c.errf(t.atMax, "at_max bruges kun med max_weeks; tilføj max_weeks eller fjern at_max")
	}
	if t.maxWithin.ok() {
		c.lookBack(m, index, from, t, ex)
	}
	hazards := t.hazards.items()
	switch {
	case t.meanWeeks.ok() && t.hazards.ok():
		c.errf(t.duration, "angiv enten mean_weeks eller hazards, ikke begge")
		return nil
	case t.meanWeeks.ok():
		mean := c.number(t.meanWeeks)
		if mean > sim.MaxDurationWeeks {
			c.valueErrf(t.meanWeeks, "mean_weeks er højst %d uger (100 år), ikke %v", sim.MaxDurationWeeks, mean)
			return nil
		}
		if mean < 1 || (ex.MaxWeeks > 0 && mean >= float64(ex.MaxWeeks)) {
			lim := ""
			if ex.MaxWeeks > 0 {
				lim = msg.Sprintf(msg.Default, " og under max_weeks (%d)", ex.MaxWeeks)
			}
			c.valueErrf(t.meanWeeks, "mean_weeks skal være mindst 1%s, ikke %v", lim, mean)
			return nil
		}
		ex.Hazard = []float64{HazardForMean(mean, ex.MaxWeeks)}
		ex.DestIdx = []int{0}
		ex.Dests = [][]sim.Dest{c.dests(m, index, t.destinations, from)}
		if !t.destinations.ok() {
			c.errf(t.duration, "destinations mangler: hvor går personer hen, når de forlader %q? fx destinations: {selvforsoergelse: 0.7, kontanthjaelp: 0.3}", from)
		}
	case len(hazards) > 0:
		var shared []sim.Dest
		if t.destinations.ok() {
			shared = c.dests(m, index, t.destinations, from)
		}
		prev := 0
		for i, b := range hazards {
			fromWeek, weekly := c.weeks(b.get("from_week")), c.number(b.get("weekly"))
			switch {
			case i == 0 && fromWeek != 1:
				c.valueErrf(b.get("from_week"), "det første interval skal starte ved from_week: 1, ikke %d", fromWeek)
			case i > 0 && fromWeek <= prev:
				c.valueErrf(b.get("from_week"), "intervallerne skal starte i stigende uger: %d kommer efter %d", fromWeek, prev)
			}
			prev = fromWeek
			if weekly < 0 || weekly > 1 || math.IsNaN(weekly) {
				c.valueErrf(b.get("weekly"), "en ugentlig afgangsrate er en sandsynlighed mellem 0 og 1, ikke %v", weekly)
			}
			ds := shared
			if bd := b.get("destinations"); bd.ok() {
				ds = c.dests(m, index, bd, from)
			} else if !t.destinations.ok() && weekly > 0 {
				c.errf(b, "ingen destinations for dette interval: angiv destinations her eller for hele overgangen")
			}
			ex.Dests = append(ex.Dests, ds)
			next := fromWeek + 1
			if i+1 < len(hazards) {
				next = min(c.whole(hazards[i+1].get("from_week")), sim.MaxDurationWeeks+1)
			}
			for w := len(ex.Hazard) + 1; w < next && w >= fromWeek; w++ {
				ex.Hazard = append(ex.Hazard, weekly)
				ex.DestIdx = append(ex.DestIdx, i)
			}
		}
	default:
		c.errf(t.duration, "varighed mangler: angiv mean_weeks (fx mean_weeks: 20) eller hazards (en liste af intervaller {from_week, weekly})")
		return nil
	}
	if len(ex.Hazard) == 0 {
		return nil // an earlier error
	}
	return ex
}

// lookBack compiles the transition's max_within into ex: the window and the
// model's look-back (a set of states, shared by every maximum that counts
// the same states) whose weeks count towards ex.MaxWeeks.
func (c *compiler) lookBack(m *sim.Model, index map[string]int, from string, t transition, ex *sim.Exit) {
	v := t.maxWithin
	if !v.isMap() {
		c.valueErrf(v, "max_within skal være en mapping, fx max_within: {weeks: 39, states: [%s]}", from)
		return
	}
	if ex.MaxWeeks == 0 {
		if !t.maxWeeks.ok() {
			c.errf(v, "max_within bruges kun med max_weeks: angiv max_weeks (fx 22), det antal uger inden for vinduet, der højst kan gå i tilstandene, eller fjern max_within")
		}
		return
	}
	weeksV := v.get("weeks")
	if !weeksV.ok() {
		c.errf(v, "max_within mangler weeks: vinduets længde i uger, den aktuelle uge medregnet (fx 39 for 9 måneder)")
		return
	}
	weeks := c.whole(weeksV)
	switch {
	case weeks < 1 || weeks > sim.LookBackWeeks:
		c.valueErrf(weeksV, "vinduet skal være 1–%d uger, ikke %d: hver person husker sine seneste %d uger", sim.LookBackWeeks, weeks, sim.LookBackWeeks)
		return
	case weeks < ex.MaxWeeks:
		c.valueErrf(weeksV, "vinduet på %d uger er kortere end max_weeks (%d), så maksimummet kan aldrig nås; gør vinduet mindst %d uger", weeks, ex.MaxWeeks, ex.MaxWeeks)
		return
	}
	set := make([]bool, len(m.States))
	statesV := v.get("states")
	if !statesV.ok() {
		set[index[from]] = true
	} else {
		items := statesV.items()
		if len(items) == 0 {
			c.valueErrf(statesV, "states skal være en liste af tilstande, hvis uger tæller med, fx states: [%s]", from)
			return
		}
		ok := true
		for _, it := range items {
			s := c.stateIndexOf(m, index, it, c.str(it), true)
			if s < 0 {
				ok = false
				continue
			}
			set[s] = true
		}
		if !ok {
			return
		}
		if !set[index[from]] {
			c.valueErrf(statesV, "states skal indeholde %q selv: ugerne i tilstanden tæller med i dens eget maksimum", from)
			return
		}
	}
	if self := index[from]; slices.ContainsFunc(ex.AtMax, func(d sim.Dest) bool { return d.State == self }) {
		c.errf(t.atMax, "at_max kan ikke føre tilbage til %q, når max_within tæller ugerne inden for et vindue: tællingen er stadig nået i det nye forløbs første uge", from)
		return
	}
	l := slices.IndexFunc(m.LookBacks, func(lb sim.LookBack) bool { return slices.Equal(lb.States, set) })
	if l < 0 {
		if len(m.LookBacks) == sim.MaxLookBacks {
			c.valueErrf(statesV, "højst %d forskellige sæt af tilstande kan tælles i vinduer i én model (hver person husker et sæt i 64 bit); brug de samme states som %s", sim.MaxLookBacks, lookBackNames(m))
			return
		}
		m.LookBacks = append(m.LookBacks, sim.LookBack{States: set})
		l = len(m.LookBacks) - 1
	}
	ex.Within, ex.LookBack = weeks, l
}

// lookBackNames lists the model's look-backs as their states, e.g.
// "[sygedagpenge sygedagpenge_forlaenget] eller [a b]".
func lookBackNames(m *sim.Model) string {
	var out []string
	for _, lb := range m.LookBacks {
		var names []string
		for s, in := range lb.States {
			if in {
				names = append(names, m.States[s].Name)
			}
		}
		out = append(out, "["+strings.Join(names, ", ")+"]")
	}
	return strings.Join(out, msg.T(msg.Default, " eller "))
}

// dests compiles destination shares into a cumulative table, checking that
// they name states and sum to 1. An absent v gives nil.
func (c *compiler) dests(m *sim.Model, index map[string]int, v value, from string) []sim.Dest {
	if !v.ok() {
		return nil
	}
	entries := v.entries()
	if len(entries) == 0 {
		c.errf(v, "ingen destinations angivet: list tilstande med deres andele, der summer til 1")
		return nil
	}
	var out []sim.Dest
	sum, given := 0.0, 0.0 // sum of valid shares, sum of all shares
	var terms []string
	for _, e := range entries {
		name, share := e.name(), c.number(e)
		terms = append(terms, fmt.Sprintf("%s %v", name, share))
		given += share
		s := c.stateIndexOf(m, index, e, name, false)
		switch {
		case s < 0:
			continue
		case name == from:
			c.errf(e, "%q kan ikke være sin egen destination (kun at_max kan starte et nyt forløb)", name)
			continue
		case share < 0 || share > 1 || math.IsNaN(share):
			c.valueErrf(e, "en andel skal være mellem 0 og 1, ikke %v", share)
			continue
		}
		sum += share
		if share > 0 {
			out = append(out, sim.Dest{State: s, Cum: sum})
		}
	}
	if math.Abs(given-1) > shareTolerance {
		c.errf(v, "andelene summer til %.6g, ikke 1 (%s); ret dem, så de summer til 1", given, strings.Join(terms, " + "))
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
func (c *compiler) initial(m *sim.Model, f value, ep *sim.Epoch) []sim.Cohort {
	index := stateIndex(m)
	transitions := f.get("transitions")
	var out []sim.Cohort
	persons := 0 // so far
	for _, st := range f.get("initial").entries() {
		name := st.name()
		s := c.stateIndexOf(m, index, st, name, false)
		if s < 0 {
			continue
		}
		if m.States[s].Absorbing {
			c.errf(st, "tilstanden %q er absorberende; ingen kan være i den ved start", name)
			continue
		}
		prior, _ := c.optWeeks(st.get("prior_benefit_weeks"))
		if prior < 0 {
			c.valueErrf(st.get("prior_benefit_weeks"), "skal være 0 eller mere, ikke %d", prior)
		}
		wis := st.get("weeks_in_state")
		wMin, wMax := c.weeks(wis.get("min")), c.weeks(wis.get("max"))
		if wis.ok() && (wMin < 1 || wMax < wMin) {
			c.errf(wis, "forventede 1 ≤ min ≤ max, fik min %d, max %d", wMin, wMax)
			continue
		}
		for _, pg := range st.get("persons").entries() {
			g := c.groupIndex(m, pg, pg.name(), false)
			n := c.whole(pg)
			switch {
			case g < 0:
				continue
			case n < 0:
				c.valueErrf(pg, "et antal personer skal være 0 eller mere, ikke %d", n)
				continue
			case n > sim.MaxPersons-persons:
				c.valueErrf(pg, "startbestanden bliver på mere end %d personer i alt", sim.MaxPersons)
				continue
			case n == 0:
				continue
			}
			persons += n
			var cdf []float64
			if wis.ok() {
				cdf = make([]float64, wMax)
				for k := range cdf {
					if k+1 >= wMin {
						cdf[k] = float64(k+2-wMin) / float64(wMax-wMin+1)
					}
				}
			} else if cdf = steady(ep.Exit[s][g]); cdf == nil {
				if ep.Exit[s][g] == nil && transitions.has(name) {
					continue // the transition has a problem, reported where it is
				}
				c.errf(st, "ingen forlader %q (i gruppen %s), så der er ingen ligevægtsvarighed: angiv weeks_in_state: {min: ..., max: ...}", name, pg.name())
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

// groupIndex returns the index of the group name, or -1 after reporting at
// v (at its value if atValue, else at its key) that no such group is
// declared.
func (c *compiler) groupIndex(m *sim.Model, v value, name string, atValue bool) int {
	if g := slices.Index(m.Groups, name); g >= 0 {
		return g
	}
	pos := v.pos()
	if atValue {
		pos = v.valuePos()
	}
	c.at(pos, v.path, "ukendt gruppe %q; angivne grupper: %s", name, strings.Join(m.Groups, ", "))
	return -1
}

// stateIndexOf returns the index of the state name, or -1 after reporting
// at v (at its value if atValue, else at its key) that no such state is
// declared.
func (c *compiler) stateIndexOf(m *sim.Model, index map[string]int, v value, name string, atValue bool) int {
	if s, ok := index[name]; ok {
		return s
	}
	pos := v.pos()
	if atValue {
		pos = v.valuePos()
	}
	c.at(pos, v.path, "ukendt tilstand %q; angivne tilstande: %s", name, strings.Join(stateNames(m), ", "))
	return -1
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
