package results

import (
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/sim"
)

// Staircase is a refusionstrappe with its reset rule, in force from a day
// until the next one's day (the last to the end of the horizon).
type Staircase struct {
	// From is the first day it is in force, YYYY-MM-DD.
	From  string `json:"from"`
	Steps []Step `json:"steps"`
	// ResetWeeks self-supporting weeks within ResetWindowWeeks weeks start
	// a new count.
	ResetWeeks       int `json:"reset_weeks"`
	ResetWindowWeeks int `json:"reset_window_weeks"`
}

// Step is one step of a Staircase (sim.Step).
type Step struct {
	FirstWeek  int     `json:"first_week"`
	LastWeek   int     `json:"last_week,omitempty"` // 0 on the last step, which has no end
	StateShare float64 `json:"state_share"`
}

// Sim returns the steps as the engine defines them, to label them.
func (s Staircase) Sim() sim.Staircase {
	out := make(sim.Staircase, len(s.Steps))
	for k, st := range s.Steps {
		out[k] = sim.Step(st)
	}
	return out
}

// Reset returns the reset rule.
func (s Staircase) Reset() sim.ResetRule {
	return sim.ResetRule{Weeks: s.ResetWeeks, WindowWeeks: s.ResetWindowWeeks}
}

// staircaseOf returns the staircase and reset rule of an epoch, in force from day.
func staircaseOf(from time.Time, st sim.Staircase, r sim.ResetRule) Staircase {
	s := Staircase{From: from.Format(time.DateOnly), ResetWeeks: r.Weeks, ResetWindowWeeks: r.WindowWeeks}
	for _, x := range st {
		s.Steps = append(s.Steps, Step(x))
	}
	return s
}

// staircases returns the staircases of model m's epochs from start, one per
// change of steps or reset rule; nil when the law's (sim.Refusionstrappe,
// sim.LawReset) holds throughout.
func staircases(m *sim.Model, start time.Time) []Staircase {
	var out []Staircase
	law := true
	for i, ep := range m.Epochs {
		law = law && ep.Staircase.Equal(sim.Refusionstrappe) && ep.Reset == sim.LawReset
		if i > 0 {
			prev := m.Epochs[i-1]
			if ep.Staircase.Equal(prev.Staircase) && ep.Reset == prev.Reset {
				continue
			}
		}
		from := start
		if i > 0 {
			from = sim.Calendar{Start: start}.Monday(ep.FromWeek)
		}
		out = append(out, staircaseOf(from, ep.Staircase, ep.Reset))
	}
	if law {
		return nil
	}
	return out
}

// StaircasePeriods returns the staircases in force over the horizon, each
// from its first day: Staircases, or the law's from Start when the file
// gives none.
func (m Meta) StaircasePeriods() []Staircase {
	if len(m.Staircases) > 0 {
		return m.Staircases
	}
	start, _ := time.Parse(time.DateOnly, m.Start)
	return []Staircase{staircaseOf(start, sim.Refusionstrappe, sim.LawReset)}
}

// StaircaseAt returns the staircase in force in simulated week t.
func (m Meta) StaircaseAt(t int) Staircase {
	periods := m.StaircasePeriods()
	monday := m.Calendar().Monday(t)
	at := periods[0]
	for _, p := range periods[1:] {
		if from, err := time.Parse(time.DateOnly, p.From); err == nil && !monday.Before(from) {
			at = p
		}
	}
	return at
}

// StepCount returns the most steps of the staircases in force: the
// number of steps per week in a run's Steps.
func (m Meta) StepCount() int {
	n := 0
	for _, p := range m.StaircasePeriods() {
		n = max(n, len(p.Steps))
	}
	return n
}

// Until returns the last day staircase i of StaircasePeriods is in force,
// the day before the next one's first, and false for the last, which is in
// force to the end of the horizon.
func (m Meta) Until(i int) (time.Time, bool) {
	periods := m.StaircasePeriods()
	if i+1 >= len(periods) {
		return time.Time{}, false
	}
	from, err := time.Parse(time.DateOnly, periods[i+1].From)
	return from.AddDate(0, 0, -1), err == nil
}

// StaircaseLabels names each staircase's steps with the period it is in
// force, in language lang, when the staircase changes within the horizon:
// "Uge 1–4 (80 %), Uge 5–26 (40 %), Uge 27–52 (30 %), Uge 53+ (20 %) til
// 31. december 2027", then "… fra 1. januar 2028" (a staircase between two
// others: "… fra 1. januar 2028 til 30. juni 2028"). With one staircase
// throughout it returns nil.
func (m Meta) StaircaseLabels(lang msg.Lang) []string {
	periods := m.StaircasePeriods()
	if len(periods) < 2 {
		return nil
	}
	f := numfmt.Format{Lang: lang}
	var out []string
	for i, p := range periods {
		var steps string
		for k, st := range p.Sim() {
			if k > 0 {
				steps += ", "
			}
			steps += st.Label(lang)
		}
		from, _ := time.Parse(time.DateOnly, p.From)
		until, ends := m.Until(i)
		switch {
		case i == 0:
			out = append(out, msg.Sprintf(lang, "%s til %s", steps, f.Date(until)))
		case ends:
			out = append(out, msg.Sprintf(lang, "%s fra %s til %s", steps, f.Date(from), f.Date(until)))
		default:
			out = append(out, msg.Sprintf(lang, "%s fra %s", steps, f.Date(from)))
		}
	}
	return out
}

// checkStaircases reports a staircase that is not one, or periods out of
// order.
func (m Meta) checkStaircases() error {
	var prev time.Time
	for i, p := range m.Staircases {
		from, err := time.Parse(time.DateOnly, p.From)
		if err != nil {
			return msg.Errorf("staircases: %q er ikke en dato (ÅÅÅÅ-MM-DD)", p.From)
		}
		if i > 0 && !from.After(prev) {
			return msg.Errorf("staircases: %s kommer ikke efter %s", p.From, m.Staircases[i-1].From)
		}
		prev = from
		if err := p.Sim().Check(); err != nil {
			return msg.Errorf("staircases fra %s: %w", p.From, err)
		}
		if err := p.Reset().Check(); err != nil {
			return msg.Errorf("staircases fra %s: %w", p.From, err)
		}
	}
	return nil
}
