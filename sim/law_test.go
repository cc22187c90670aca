package sim_test

import (
	"slices"
	"testing"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// TestRefusionstrappe checks the law's staircase: its steps follow each
// other without gaps from clock week 1, the last has no end, and the
// shares are those of § 5, stk. 2; and the law's reset rule (§ 6).
func TestRefusionstrappe(t *testing.T) {
	s := sim.Refusionstrappe
	if err := s.Check(); err != nil {
		t.Error(err)
	}
	if got, want := s.Percents(), "80/40/30/20 %"; got != want {
		t.Errorf("Percents() = %q, want %q", got, want)
	}
	if got, want := s.Mirror().Percents(), "20/60/70/80 %"; got != want {
		t.Errorf("Mirror().Percents() = %q, want %q", got, want)
	}
	if got, want := s.LastStepStart(), 53; got != want {
		t.Errorf("LastStepStart() = %d, want %d", got, want)
	}
	if sim.ResetWindowWeeks != 156 || sim.ResetWeeks != 52 || sim.ResetWindowYears != 3 {
		t.Errorf("reset rule: %d weeks within %d weeks (%d years), want 52 within 156 (3 years)", sim.ResetWeeks, sim.ResetWindowWeeks, sim.ResetWindowYears)
	}
	if r := sim.LawReset; r != (sim.ResetRule{Weeks: 52, WindowWeeks: 156}) || r.Check() != nil {
		t.Errorf("LawReset = %+v (%v), want 52 weeks within 156", r, r.Check())
	}
}

// TestStaircaseCheck checks what a staircase and a reset rule must be:
// 1 to MaxSteps steps without gaps from week 1, the last without end,
// shares in [0,1]; 1 ≤ weeks ≤ window ≤ MaxResetWindowWeeks.
func TestStaircaseCheck(t *testing.T) {
	step := func(first, last int, share float64) sim.Step {
		return sim.Step{FirstWeek: first, LastWeek: last, StateShare: share}
	}
	eight := sim.Staircase{}
	for k := range sim.MaxSteps - 1 {
		eight = append(eight, step(k+1, k+1, 0.5))
	}
	eight = append(eight, step(sim.MaxSteps, 0, 0.5))
	for _, c := range []struct {
		name string
		s    sim.Staircase
		ok   bool
	}{
		{"one step", sim.Staircase{step(1, 0, 0.5)}, true},
		{"eight steps", eight, true},
		{"nine steps", append(slices.Clone(eight[:sim.MaxSteps-1]), step(8, 8, 0.5), step(9, 0, 0.5)), false},
		{"no steps", nil, false},
		{"not from week 1", sim.Staircase{step(2, 4, 0.8), step(5, 0, 0.2)}, false},
		{"a gap", sim.Staircase{step(1, 4, 0.8), step(6, 0, 0.2)}, false},
		{"ends before it starts", sim.Staircase{step(1, 4, 0.8), step(5, 3, 0.4), step(4, 0, 0.2)}, false},
		{"the last has an end", sim.Staircase{step(1, 4, 0.8), step(5, 10, 0.2)}, false},
		{"a share above 1", sim.Staircase{step(1, 4, 1.2), step(5, 0, 0.2)}, false},
		{"a negative share", sim.Staircase{step(1, 4, 0.8), step(5, 0, -0.1)}, false},
	} {
		if err := c.s.Check(); (err == nil) != c.ok {
			t.Errorf("%s: Check() = %v, want ok %v", c.name, err, c.ok)
		}
	}
	for _, c := range []struct {
		r  sim.ResetRule
		ok bool
	}{
		{sim.ResetRule{Weeks: 1, WindowWeeks: 1}, true},
		{sim.ResetRule{Weeks: 260, WindowWeeks: 260}, true},
		{sim.ResetRule{Weeks: 0, WindowWeeks: 156}, false},
		{sim.ResetRule{Weeks: 52, WindowWeeks: 51}, false},
		{sim.ResetRule{Weeks: 52, WindowWeeks: 261}, false},
	} {
		if err := c.r.Check(); (err == nil) != c.ok {
			t.Errorf("%+v: Check() = %v, want ok %v", c.r, err, c.ok)
		}
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
		da, en []string
	}{
		{sim.Refusionstrappe,
			[]string{"Uge 1–4 (80 %)", "Uge 5–26 (40 %)", "Uge 27–52 (30 %)", "Uge 53+ (20 %)"},
			[]string{"Weeks 1–4 (80%)", "Weeks 5–26 (40%)", "Weeks 27–52 (30%)", "Week 53+ (20%)"}},
		{other,
			[]string{"Uge 1–8 (90 %)", "Uge 9–9 (50 %)", "Uge 10–60 (32,5 %)", "Uge 61+ (12,25 %)"},
			[]string{"Weeks 1–8 (90%)", "Weeks 9–9 (50%)", "Weeks 10–60 (32.5%)", "Week 61+ (12.25%)"}},
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
		want []float64
	}{
		{sim.Financing{Kind: sim.FinancingStaircase}, []float64{0.8, 0.4, 0.3, 0.2}},
		{sim.Financing{Kind: sim.FinancingMedfinansiering}, []float64{0.8, 0.4, 0.3, 0.2}},
		{sim.Financing{Kind: sim.FinancingFixed, Share: 0.35}, []float64{0.35, 0.35, 0.35, 0.35}},
		{sim.Financing{Kind: sim.FinancingNone, Share: 0.35}, []float64{0, 0, 0, 0}},
	} {
		for k, want := range c.want {
			if got := c.f.StateShare(sim.Refusionstrappe, k); got != want {
				t.Errorf("%v: StateShare(%d) = %v, want %v", c.f.Kind, k, got, want)
			}
		}
	}
}
