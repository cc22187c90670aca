package sim

import (
	"math"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
)

// This file holds the law the engine prices by: lov om kommunernes
// finansiering af visse offentlige ydelser (LBK nr. 221 af 12/02/2021),
// § 5 (the refusionstrappe and the medfinansieringstrappe) and § 6 (the
// reset rule). The law's figures — the steps, their weeks and shares, the
// reset rule's window and length — are the defaults of every Epoch; a
// scenario may set others from a date (a law change is dated data). The
// labels of the steps in charts and the report are made here from
// whichever staircase is in force.

// MaxSteps is the most steps a staircase may have.
const MaxSteps = 8

// Step is one step of the refusionstrappe: the weeks of the staircase
// clock it covers and the state's share of the gross in those weeks.
type Step struct {
	FirstWeek  int     // the first clock week on the step
	LastWeek   int     // the last clock week on the step; 0 on the last step, which has no end
	StateShare float64 // the state's share of the gross in the step's weeks
}

// Staircase is a refusionstrappe: its steps in order (1 to MaxSteps), the
// first starting in clock week 1, each next one in the week after the one
// before it ends, the last without end.
type Staircase []Step

// Refusionstrappe is the law's staircase (§ 5, stk. 2): the state refunds
// 80 % of the gross in a person's weeks 1–4 on public support, 40 % in
// weeks 5–26, 30 % in weeks 27–52 and 20 % from week 53. The
// medfinansieringstrappe (§ 5, stk. 3) is its mirror: the kommune pays
// 20/60/70/80 % of a gross paid by Udbetaling Danmark or an a-kasse, so the
// split between kommune and state is the same. It is the staircase of
// every epoch that a scenario does not give another.
var Refusionstrappe = Staircase{
	{FirstWeek: 1, LastWeek: 4, StateShare: 0.80},
	{FirstWeek: 5, LastWeek: 26, StateShare: 0.40},
	{FirstWeek: 27, LastWeek: 52, StateShare: 0.30},
	{FirstWeek: 53, StateShare: 0.20},
}

// The law's reset rule (§ 6): a person who has been self-supporting for
// ResetWeeks weeks within the last ResetWindowWeeks weeks starts a new
// count on the staircase, from step 0. Only self-supporting weeks after the
// first benefit week of the current count are counted.
const (
	// ResetWindowYears is the law's look-back in years.
	ResetWindowYears = 3
	// ResetWindowWeeks is the law's look-back in weeks: 3 years of 52 weeks.
	ResetWindowWeeks = 52 * ResetWindowYears
	// ResetWeeks is the law's number of self-supporting weeks within the
	// window that restarts the count.
	ResetWeeks = 52
	// MaxResetWindowWeeks is the longest look-back a reset rule may have:
	// 5 years of 52 weeks. A person's record of self-supporting weeks
	// holds this many weeks, whatever the rule in force.
	MaxResetWindowWeeks = 5 * 52
)

// ResetRule is a reset rule: Weeks self-supporting weeks within the last
// WindowWeeks weeks (1 ≤ Weeks ≤ WindowWeeks ≤ MaxResetWindowWeeks)
// restart the count on the staircase.
type ResetRule struct {
	Weeks       int
	WindowWeeks int
}

// LawReset is the law's reset rule (§ 6): 52 self-supporting weeks within
// 156 weeks (3 years). It is the reset rule of every epoch that a scenario
// does not give another.
var LawReset = ResetRule{Weeks: ResetWeeks, WindowWeeks: ResetWindowWeeks}

// StepOf returns the step (0 … len(s)−1) of a week with the given clock
// value. A clock of 0 (no benefit week yet in the current count) is on
// step 0.
func (s Staircase) StepOf(clock int) int {
	for k := range len(s) - 1 {
		if clock <= s[k].LastWeek {
			return k
		}
	}
	return len(s) - 1
}

// LastStepStart returns the first clock week of the last step: from this
// week on, a higher clock changes nothing.
func (s Staircase) LastStepStart() int { return s[len(s)-1].FirstWeek }

// Equal reports whether s and t have the same steps.
func (s Staircase) Equal(t Staircase) bool {
	if len(s) != len(t) {
		return false
	}
	for k := range s {
		if s[k] != t[k] {
			return false
		}
	}
	return true
}

// Check reports why s is not a staircase, or nil: 1 to MaxSteps steps,
// the first from clock week 1, each next from the week after the one
// before it ends, every step but the last with an end, and shares in
// [0, 1].
func (s Staircase) Check() error {
	if len(s) == 0 || len(s) > MaxSteps {
		return msg.Errorf("refusionstrappen har %d trin; den skal have 1–%d", len(s), MaxSteps)
	}
	next := 1
	for k, st := range s {
		last := k == len(s)-1
		switch {
		case st.FirstWeek != next:
			return msg.Errorf("trin %d begynder i uge %d, ikke i uge %d", k+1, st.FirstWeek, next)
		case last && st.LastWeek != 0:
			return msg.Errorf("det sidste trin ender i uge %d; det har ingen ende", st.LastWeek)
		case !last && st.LastWeek < st.FirstWeek:
			return msg.Errorf("trin %d ender i uge %d, før det begynder", k+1, st.LastWeek)
		case !(st.StateShare >= 0 && st.StateShare <= 1):
			return msg.Errorf("trin %d: statens andel %v ligger uden for [0,1]", k+1, st.StateShare)
		}
		next = st.LastWeek + 1
	}
	return nil
}

// Check reports why r is not a reset rule, or nil.
func (r ResetRule) Check() error {
	if r.Weeks < 1 || r.WindowWeeks < r.Weeks || r.WindowWeeks > MaxResetWindowWeeks {
		return msg.Errorf("nulstillingsreglen: %d uger inden for %d uger; forventede 1 ≤ uger ≤ vindue ≤ %d", r.Weeks, r.WindowWeeks, MaxResetWindowWeeks)
	}
	return nil
}

// Percents returns the state's shares step by step, as the help texts and
// the scenario schema write them: "80/40/30/20 %" (a share with decimals
// gets a decimal point).
func (s Staircase) Percents() string {
	parts := make([]string, len(s))
	for k, st := range s {
		parts[k] = numfmt.En.Decimal(100*st.StateShare, decimals(st.StateShare))
	}
	return strings.Join(parts, "/") + " %"
}

// Mirror returns the medfinansieringstrappe of s: the kommune's shares
// step by step, 1 − the state's.
func (s Staircase) Mirror() Staircase {
	out := make(Staircase, len(s))
	for k, st := range s {
		st.StateShare = 1 - st.StateShare
		out[k] = st
	}
	return out
}

// Percent returns the step's state share as a percentage with the decimals
// it needs, in language l, as charts and the report write it: "80 %",
// "32,5 %" (English: "80%", "32.5%").
func (st Step) Percent(l msg.Lang) string {
	return numfmt.Format{Lang: l}.Percent(st.StateShare, decimals(st.StateShare))
}

// Label names the step in a chart, in language l: "Uge 1–4 (80 %)", or
// "Uge 53+ (20 %)" for the last step, which has no end (English: "Weeks
// 1–4 (80%)", "Week 53+ (20%)").
func (st Step) Label(l msg.Lang) string {
	if st.LastWeek == 0 {
		return msg.Sprintf(l, "Uge %d+ (%s)", st.FirstWeek, st.Percent(l))
	}
	return msg.Sprintf(l, "Uge %d–%d (%s)", st.FirstWeek, st.LastWeek, st.Percent(l))
}

// decimals returns the decimals a share needs as a percentage, at most
// two: 0.8 (80 %) needs none, 0.325 (32,5 %) one.
func decimals(share float64) int {
	hundredths := int64(math.Round(share * 1e4)) // of a percent
	switch {
	case hundredths%100 == 0:
		return 0
	case hundredths%10 == 0:
		return 1
	}
	return 2
}

// StateShare returns the share of gross cost borne by the state for a week
// with the given financing on step step of the staircase s in force.
func (f Financing) StateShare(s Staircase, step int) float64 {
	switch {
	case f.Kind.OnStaircase():
		return s[step].StateShare
	case f.Kind == FinancingFixed:
		return f.Share
	default:
		return 0
	}
}
