package sim_test

import (
	"testing"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// TestRefusionstrappe checks the law's staircase: its steps follow each
// other without gaps from clock week 1, the last has no end, and the
// shares are those of § 5, stk. 2.
func TestRefusionstrappe(t *testing.T) {
	s := sim.Refusionstrappe
	if s[0].FirstWeek != 1 {
		t.Errorf("the first step starts in week %d, want 1", s[0].FirstWeek)
	}
	for k := 1; k < sim.Steps; k++ {
		if s[k].FirstWeek != s[k-1].LastWeek+1 {
			t.Errorf("step %d starts in week %d, after step %d ends in week %d", k, s[k].FirstWeek, k-1, s[k-1].LastWeek)
		}
	}
	for k := range sim.Steps - 1 {
		if s[k].LastWeek < s[k].FirstWeek {
			t.Errorf("step %d ends in week %d, before it starts in week %d", k, s[k].LastWeek, s[k].FirstWeek)
		}
	}
	if s[sim.Steps-1].LastWeek != 0 {
		t.Errorf("the last step ends in week %d; it has no end", s[sim.Steps-1].LastWeek)
	}
	if got, want := s.Percents(), "80/40/30/20 %"; got != want {
		t.Errorf("Percents() = %q, want %q", got, want)
	}
	if got, want := s.LastStepStart(), 53; got != want {
		t.Errorf("LastStepStart() = %d, want %d", got, want)
	}
	if sim.ResetWindowWeeks != 156 || sim.ResetWeeks != 52 || sim.ResetWindowYears != 3 {
		t.Errorf("reset rule: %d weeks within %d weeks (%d years), want 52 within 156 (3 years)", sim.ResetWeeks, sim.ResetWindowWeeks, sim.ResetWindowYears)
	}
}

// TestStepOf checks the step of a clock at the limits of each step.
func TestStepOf(t *testing.T) {
	for _, c := range []struct{ clock, step int }{
		{0, 0}, {1, 0}, {4, 0}, {5, 1}, {26, 1}, {27, 2}, {52, 2}, {53, 3}, {54, 3}, {1000, 3},
	} {
		if got := sim.Refusionstrappe.StepOf(c.clock); got != c.step {
			t.Errorf("StepOf(%d) = %d, want %d", c.clock, got, c.step)
		}
	}
}

// TestStepLabels checks the labels charts print for the law's steps and
// for a staircase with shares that are not whole percentages, in Danish
// and in English.
func TestStepLabels(t *testing.T) {
	other := sim.Staircase{{FirstWeek: 1, LastWeek: 8, StateShare: 0.9}, {FirstWeek: 9, LastWeek: 9, StateShare: 0.5},
		{FirstWeek: 10, LastWeek: 60, StateShare: 0.325}, {FirstWeek: 61, StateShare: 0.1225}}
	for _, c := range []struct {
		s      sim.Staircase
		da, en [sim.Steps]string
	}{
		{sim.Refusionstrappe,
			[sim.Steps]string{"Uge 1–4 (80 %)", "Uge 5–26 (40 %)", "Uge 27–52 (30 %)", "Uge 53+ (20 %)"},
			[sim.Steps]string{"Weeks 1–4 (80%)", "Weeks 5–26 (40%)", "Weeks 27–52 (30%)", "Week 53+ (20%)"}},
		{other,
			[sim.Steps]string{"Uge 1–8 (90 %)", "Uge 9–9 (50 %)", "Uge 10–60 (32,5 %)", "Uge 61+ (12,25 %)"},
			[sim.Steps]string{"Weeks 1–8 (90%)", "Weeks 9–9 (50%)", "Weeks 10–60 (32.5%)", "Week 61+ (12.25%)"}},
	} {
		for k, st := range c.s {
			if got := st.Label(msg.Danish); got != c.da[k] {
				t.Errorf("Danish label of step %d = %q, want %q", k, got, c.da[k])
			}
			if got := st.Label(msg.English); got != c.en[k] {
				t.Errorf("English label of step %d = %q, want %q", k, got, c.en[k])
			}
		}
	}
	if got, want := other.Percents(), "90/50/32.5/12.25 %"; got != want {
		t.Errorf("Percents() = %q, want %q", got, want)
	}
}

// TestStateShare checks the state's share of a week by financing kind and
// step: the staircase for refusion and medfinansiering, the fixed share,
// or nothing.
func TestStateShare(t *testing.T) {
	for _, c := range []struct {
		f    sim.Financing
		want [sim.Steps]float64
	}{
		{sim.Financing{Kind: sim.FinancingStaircase}, [sim.Steps]float64{0.8, 0.4, 0.3, 0.2}},
		{sim.Financing{Kind: sim.FinancingMedfinansiering}, [sim.Steps]float64{0.8, 0.4, 0.3, 0.2}},
		{sim.Financing{Kind: sim.FinancingFixed, Share: 0.35}, [sim.Steps]float64{0.35, 0.35, 0.35, 0.35}},
		{sim.Financing{Kind: sim.FinancingNone, Share: 0.35}, [sim.Steps]float64{}},
	} {
		for k, want := range c.want {
			if got := c.f.StateShare(k); got != want {
				t.Errorf("%v: StateShare(%d) = %v, want %v", c.f.Kind, k, got, want)
			}
		}
	}
}
