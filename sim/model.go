package sim

import (
	"fmt"
	"math/bits"

	"ydelsesflow/msg"
)

// FinancingKind says who pays a state's gross cost and how it is split.
// Its values are named as the scenario files name them (financing:
// staircase, medfinansiering, fixed or none), and String returns that name.
type FinancingKind int

const (
	// FinancingNone: no public payment (ordinary work, education on SU,
	// moved away). YAML: none.
	FinancingNone FinancingKind = iota
	// FinancingStaircase: the kommune pays the gross and the state refunds
	// its share by the staircase in force (Epoch.Staircase, by default the
	// Refusionstrappe). YAML: staircase.
	FinancingStaircase
	// FinancingMedfinansiering: Udbetaling Danmark or an a-kasse pays the
	// gross and the kommune co-finances by the medfinansieringstrappe, the
	// staircase's mirror. YAML: medfinansiering.
	FinancingMedfinansiering
	// FinancingFixed: the state bears a fixed share whatever the duration
	// (e.g. førtidspension granted before 1 July 2014: 35 %). YAML: fixed.
	FinancingFixed
)

// String returns the kind's name in scenario files: "staircase",
// "medfinansiering", "fixed" or "none".
func (k FinancingKind) String() string {
	switch k {
	case FinancingStaircase:
		return "staircase"
	case FinancingMedfinansiering:
		return "medfinansiering"
	case FinancingFixed:
		return "fixed"
	case FinancingNone:
		return "none"
	}
	return fmt.Sprintf("FinancingKind(%d)", int(k))
}

// OnStaircase reports whether weeks financed this way are split by the
// staircase in force: staircase and medfinansiering.
func (k FinancingKind) OnStaircase() bool {
	return k == FinancingStaircase || k == FinancingMedfinansiering
}

// Financing is a state's financing scheme.
type Financing struct {
	Kind  FinancingKind
	Share float64 // the state's share, for FinancingFixed
}

// Payer says who pays a state's benefit out to the person. Its values are
// named as the scenario files name them (paid_by: kommune,
// udbetaling_danmark or a_kasse), and String returns that name.
//
// A benefit paid by Udbetaling Danmark or an a-kasse is not the kommune's
// bruttoudgift: the kommune's expense is its co-financing (State.Split),
// and the payment itself is a memo figure (Totals.PaidByOthers).
type Payer int

const (
	// PaidByKommune: the kommune pays the benefit, and the state refunds
	// its share. YAML: kommune.
	PaidByKommune Payer = iota
	// PaidByUdbetalingDanmark: Udbetaling Danmark pays (førtidspension).
	// YAML: udbetaling_danmark.
	PaidByUdbetalingDanmark
	// PaidByAKasse: an a-kasse pays (arbejdsløshedsdagpenge). YAML: a_kasse.
	PaidByAKasse
)

// String returns the payer's name in scenario files: "kommune",
// "udbetaling_danmark" or "a_kasse".
func (p Payer) String() string {
	switch p {
	case PaidByKommune:
		return "kommune"
	case PaidByUdbetalingDanmark:
		return "udbetaling_danmark"
	case PaidByAKasse:
		return "a_kasse"
	}
	return fmt.Sprintf("Payer(%d)", int(p))
}

// State describes one state of the model.
type State struct {
	Name  string // identifier from the scenario file, e.g. "sygedagpenge"
	Label string // human label, e.g. "Sygedagpenge"
	// Konto is the ydelse's function in the kommunal kontoplan, e.g.
	// "5.57.71", or "" if the scenario does not give it; the budget form
	// shows it beside the ydelse.
	Konto     string
	Financing Financing
	// PaidBy is who pays the benefit out: the kommune, or Udbetaling
	// Danmark or an a-kasse, whose payment the kommune only co-finances.
	PaidBy         Payer
	Clock          bool // weeks in the state count on the staircase clock
	SelfSupporting bool // a week in the state is self-supporting for the reset rule
	Absorbing      bool // a person entering the state leaves the model
}

// Split divides payment, the kroner paid out in the state, whose share
// the state bears, into the kommune's figures. For a benefit the kommune
// pays, the payment is its gross expense and share of it the state's part
// (refusion). For a benefit paid by Udbetaling Danmark or an a-kasse the
// kommune's gross expense is its co-financing, payment × (1 − share), with
// no state part, and the payment is PaidByOthers, a memo figure. The
// kommune's net, Gross − StatePart, is payment × (1 − share) either way.
func (s *State) Split(payment, share float64) Totals {
	part := payment * share
	if s.PaidBy != PaidByKommune {
		return Totals{Gross: payment - part, PaidByOthers: payment}
	}
	return Totals{Gross: payment, StatePart: part}
}

// Dest is one destination of a transition with its cumulative probability.
type Dest struct {
	State int
	Cum   float64 // cumulative share up to and including this destination
}

// Exit holds the compiled transition rule of one state for one group.
// Index w-1 of Hazard and DestIdx is weeks-in-state w; weeks beyond the
// tables use their last entry.
type Exit struct {
	Hazard   []float64 // weekly exit probability by weeks in state
	DestIdx  []int     // index into Dests by weeks in state
	Dests    [][]Dest  // destination tables (one per duration band)
	MaxWeeks int       // 0 = no maximum duration
	AtMax    []Dest    // forced destinations at MaxWeeks
	// Within, if not 0, makes MaxWeeks a maximum over a look-back window:
	// it is reached when the person has spent MaxWeeks of the last Within
	// weeks (this week included) in the states of Model.LookBacks[LookBack],
	// whichever spells they were in, rather than MaxWeeks weeks in the
	// current spell (sygedagpenge's 22 weeks within 9 months). The state
	// itself is one of those states and MaxWeeks ≤ Within ≤ LookBackWeeks,
	// so a spell of MaxWeeks weeks reaches the maximum too.
	Within   int
	LookBack int // index into Model.LookBacks, with Within
}

// LookBackWeeks is the longest look-back window (Exit.Within): a person
// remembers, for each look-back, its last 64 weeks, one bit each.
const LookBackWeeks = 64

// MaxLookBacks is the largest number of look-backs (distinct sets of states
// whose weeks a maximum counts) one model may have: each is a 64-bit record
// in every simulated person.
const MaxLookBacks = 2

// LookBack is a set of states whose weeks a maximum duration counts within
// a window (Exit.Within). Every person records, week by week, whether it
// was in one of them.
type LookBack struct {
	States []bool // States[s] says whether a week in state s counts
}

// reached reports whether a person in its week wk of the current spell,
// with the look-back records look, has reached the maximum maxWeeks (> 0)
// under e's way of counting: the weeks of the spell, or the weeks in the
// look-back's states within the last e.Within weeks.
func (e *Exit) reached(wk int, look *[MaxLookBacks]uint64, maxWeeks int) bool {
	if e.Within == 0 {
		return wk >= maxWeeks
	}
	return bits.OnesCount64(look[e.LookBack]&windowMask(e.Within)) >= maxWeeks
}

// windowMask returns the bits of a look-back record that hold the last
// weeks weeks: bit 0 is this week, bit k the week k weeks before.
func windowMask(weeks int) uint64 {
	if weeks >= 64 {
		return ^uint64(0)
	}
	return 1<<uint(weeks) - 1
}

// HazardAt returns the weekly exit hazard after w weeks in the state.
func (e *Exit) HazardAt(w int) float64 {
	if w > len(e.Hazard) {
		w = len(e.Hazard)
	}
	return e.Hazard[w-1]
}

// DestsAt returns the destination table used after w weeks in the state.
func (e *Exit) DestsAt(w int) []Dest {
	if w > len(e.DestIdx) {
		w = len(e.DestIdx)
	}
	return e.Dests[e.DestIdx[w-1]]
}

// Inflow is the inflow of new persons into one state for one group.
type Inflow struct {
	// PerYear is the mean number of new persons per calendar year. A week's
	// inflow is Poisson with the mean PerYear × the week's share of the
	// year (Model.YearShare).
	PerYear float64
	Clock   int // staircase clock at entry (prior benefit weeks)
}

// Epoch holds the parameters in force from week FromWeek until the next epoch.
type Epoch struct {
	FromWeek int
	// Staircase is the refusionstrappe in force (the law's,
	// Refusionstrappe, unless the scenario gives another) and Reset its
	// reset rule (LawReset). A person's clock keeps counting from one epoch
	// into the next; the new steps apply to the clock's value.
	Staircase Staircase
	Reset     ResetRule
	// Rate[s][g][y] is the daily gross rate of state s for group g in
	// budget year index y: a monthly sats × 12 / days in the year, a weekly
	// sats / 7.
	Rate [][][]float64
	// Exit[s][g] is the transition rule; nil means the person stays.
	Exit [][]*Exit
	// Inflow[s][g] is the inflow from outside the model.
	Inflow [][]Inflow
}

// Cohort is a part of the initial stock: persons in one state and group.
type Cohort struct {
	State, Group int
	Persons      int
	// WeeksCDF is the cumulative distribution of weeks in state at start:
	// WeeksCDF[i] = P(weeks ≤ i+1).
	WeeksCDF []float64
	// PriorClock is added to weeks in state to give the staircase clock.
	PriorClock int
}

// DayPart is the days of a simulated week that fall in one budget year.
type DayPart struct {
	Year int // index into Model.Years
	Days int // 1–7
}

// YearShare returns week t's share of a year: the sum over its parts of
// the days counted / the days of their year (7/365 for a whole week in a
// year of 365 days). A yearly inflow times YearShare is the week's mean.
func (m *Model) YearShare(t int) float64 {
	share := 0.0
	for _, p := range m.WeekDays[t] {
		share += float64(p.Days) / float64(m.YearDays[p.Year])
	}
	return share
}

// deflator returns the factor that turns year index y's amounts of ydelser
// into faste priser of the first budget year (1 without a deflator).
func (m *Model) deflator(y int) float64 {
	if m.Deflator == nil {
		return 1
	}
	return m.Deflator[y]
}

// costDeflator is deflator for the intervention costs.
func (m *Model) costDeflator(y int) float64 {
	if m.CostDeflator == nil {
		return 1
	}
	return m.CostDeflator[y]
}

// Model is a compiled scenario, ready to simulate.
type Model struct {
	States []State
	Groups []string
	// Weeks is the number of simulated weeks: calendar weeks, Monday to
	// Sunday, from the week that holds the scenario's start.
	Weeks int
	// Years lists the budget years, calendar years, that the horizon
	// covers in whole or in part; YearDays[y] is the number of days of
	// calendar year Years[y] (365 or 366), so that a helårsperson is
	// YearDays[y] person-days.
	Years    []int
	YearDays []int
	// WeekDays[t] lists the days of week t that count, by budget year: one
	// part, or two for a week that straddles New Year. Days before the
	// start or after the end of the horizon do not count.
	WeekDays [][]DayPart
	Epochs   []Epoch // sorted by FromWeek; Epochs[0].FromWeek == 0
	// PriceBase is the budget year whose prices the amounts are in (faste
	// priser), or 0 if each year is in its own prices (løbende priser).
	PriceBase int
	// Deflator[y] and CostDeflator[y] turn year y's amounts of ydelser and
	// of intervention costs into faste priser of the first budget year
	// (1 when the model is in those prices already): the present value
	// is computed from them, at a real discount rate.
	Deflator, CostDeflator []float64
	Initial                []Cohort
	// LookBacks are the sets of states whose weeks a maximum over a
	// look-back window counts (Exit.Within, Exit.LookBack); at most
	// MaxLookBacks.
	LookBacks []LookBack
	// Interventions are combined: a person takes part in at most one at a
	// time, the first in this order that offers it a place.
	Interventions []Intervention
}

// StepCount returns the most steps of any epoch's staircase: the number
// of steps per week in the person-week counts and in Result.MeanSteps,
// where step k of a week is the k-th step of that week's staircase.
func (m *Model) StepCount() int {
	n := 0
	for _, ep := range m.Epochs {
		n = max(n, len(ep.Staircase))
	}
	return n
}

// Check verifies the model's internal consistency. Scenario errors are
// reported by the scenario package with file positions; Check guards the
// engine against a compiler bug and returns a plain error.
func (m *Model) Check() error {
	ns, ng := len(m.States), len(m.Groups)
	if ns == 0 || ng == 0 || m.Weeks <= 0 {
		return msg.Errorf("sim: tom model (%d tilstande, %d grupper, %d uger)", ns, ng, m.Weeks)
	}
	if err := m.checkLimits(); err != nil {
		return err
	}
	if len(m.WeekDays) != m.Weeks || len(m.YearDays) != len(m.Years) {
		return msg.Errorf("sim: WeekDays har %d elementer for %d uger, YearDays %d for %d år", len(m.WeekDays), m.Weeks, len(m.YearDays), len(m.Years))
	}
	for t, parts := range m.WeekDays {
		days := 0
		for _, p := range parts {
			if p.Year < 0 || p.Year >= len(m.Years) || p.Days < 1 {
				return msg.Errorf("sim: uge %d har en ugyldig del %+v", t, p)
			}
			days += p.Days
		}
		if len(parts) == 0 || days > 7 {
			return msg.Errorf("sim: uge %d tæller %d dage i %d dele", t, days, len(parts))
		}
	}
	for _, st := range m.States {
		if st.PaidBy < PaidByKommune || st.PaidBy > PaidByAKasse {
			return msg.Errorf("sim: tilstanden %s har en ukendt betaler %d", st.Name, int(st.PaidBy))
		}
		if st.PaidBy != PaidByKommune && st.Financing.Kind == FinancingNone {
			return msg.Errorf("sim: tilstanden %s udbetales af %s, men har ingen financing", st.Name, st.PaidBy)
		}
	}
	if len(m.LookBacks) > MaxLookBacks {
		return msg.Errorf("sim: %d tilbageblik; højst %d", len(m.LookBacks), MaxLookBacks)
	}
	for _, lb := range m.LookBacks {
		if len(lb.States) != ns {
			return msg.Errorf("sim: et tilbageblik har %d tilstande, modellen %d", len(lb.States), ns)
		}
	}
	if len(m.Epochs) == 0 || m.Epochs[0].FromWeek != 0 {
		return msg.New("sim: den første epoke skal begynde i uge 0")
	}
	for i, ep := range m.Epochs {
		if i > 0 && ep.FromWeek <= m.Epochs[i-1].FromWeek {
			return msg.New("sim: epokerne står i forkert rækkefølge")
		}
		if err := ep.Staircase.Check(); err != nil {
			return msg.Errorf("sim: epoke %d: %w", i, err)
		}
		if err := ep.Reset.Check(); err != nil {
			return msg.Errorf("sim: epoke %d: %w", i, err)
		}
		if len(ep.Rate) != ns || len(ep.Exit) != ns || len(ep.Inflow) != ns {
			return msg.Errorf("sim: epoke %d har et forkert antal tilstande", i)
		}
		for s := range ns {
			for g := range ng {
				if len(ep.Rate[s][g]) != len(m.Years) {
					return msg.Errorf("sim: epoke %d, tilstand %s, gruppe %s: %d satser for %d år", i, m.States[s].Name, m.Groups[g], len(ep.Rate[s][g]), len(m.Years))
				}
				if e := ep.Exit[s][g]; e != nil {
					if err := e.check(m, s); err != nil {
						return msg.Errorf("sim: epoke %d, tilstand %s, gruppe %s: %w", i, m.States[s].Name, m.Groups[g], err)
					}
				}
			}
		}
	}
	if len(m.Interventions) > MaxInterventions {
		return msg.Errorf("sim: %d indsatser; højst %d kan kombineres", len(m.Interventions), MaxInterventions)
	}
	for i := range m.Interventions {
		if err := m.Interventions[i].check(m); err != nil {
			return msg.Errorf("sim: indsatsen %s: %w", m.Interventions[i].Name, err)
		}
	}
	return nil
}

func (e *Exit) check(m *Model, s int) error {
	ns := len(m.States)
	if len(e.Hazard) == 0 || len(e.Hazard) != len(e.DestIdx) {
		return msg.New("tabellerne over afgangsrater og destinationer har forskellig længde")
	}
	for w, h := range e.Hazard {
		if !(h >= 0 && h <= 1) {
			return msg.Errorf("afgangsraten %v i uge %d ligger uden for [0,1]", h, w+1)
		}
		if h > 0 && len(e.Dests[e.DestIdx[w]]) == 0 {
			return msg.Errorf("ingen destinationer i uge %d", w+1)
		}
	}
	for _, t := range append([][]Dest{e.AtMax}, e.Dests...) {
		if err := checkDests(t, ns); err != nil {
			return err
		}
	}
	if e.MaxWeeks > 0 && len(e.AtMax) == 0 {
		return msg.New("en maksimal varighed (max_weeks) kræver destinationer ved udløbet (at_max)")
	}
	if e.Within != 0 {
		if e.LookBack < 0 || e.LookBack >= len(m.LookBacks) || !m.LookBacks[e.LookBack].States[s] {
			return msg.Errorf("tilbageblik %d findes ikke eller tæller ikke tilstanden selv", e.LookBack)
		}
		if e.MaxWeeks < 1 || e.Within < e.MaxWeeks || e.Within > LookBackWeeks {
			return msg.Errorf("et maksimum på %d uger inden for %d uger kræver 1 ≤ max_weeks ≤ vinduet ≤ %d", e.MaxWeeks, e.Within, LookBackWeeks)
		}
	}
	return nil
}

// pick returns the destination state for a uniform draw u in [0, 1).
func pick(ds []Dest, u float64) int {
	for _, d := range ds {
		if u < d.Cum {
			return d.State
		}
	}
	return ds[len(ds)-1].State
}
