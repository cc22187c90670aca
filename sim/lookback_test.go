package sim_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"ydelsesflow/sim"
)

// lookBackText is a scenario of one person who is sick for 10 weeks in
// all (the initial stock's initWeeks−1 of them before the start), works for
// gap weeks and falls sick again; sygedagpenge (syg, 1.000 kr. a week) end
// at their maximum of 22 weeks, after which the person is in jobafklaring
// (jaf, 500 kr. a week) until the end of the 64 weeks. The first spell
// ends at its 10th week by a hazard of 1; a dated change sets that hazard
// to 0 from the week after, so that the second spell ends only at the
// maximum. within is the transition's max_within (or ""), extra more YAML.
func lookBackText(initWeeks, gap int, within, extra string) string {
	back := sim.Calendar{Start: mustDate("2027-01-04")}.Monday(11 - initWeeks).Format("2006-01-02")
	return fmt.Sprintf(`start: 2027-01-04
horizon: {weeks: 64}
runs: 1
groups: {alle: {}}
states:
  syg: {financing: staircase, rate: {per: week, amounts: {2027: 1000}, indexing: 0}}
  arbejde: {financing: none, self_supporting: true}
  jaf: {financing: staircase, rate: {per: week, amounts: {2027: 500}, indexing: 0}}
transitions:
  syg:
    hazards: [{from_week: 1, weekly: 0}, {from_week: 10, weekly: 1}, {from_week: 11, weekly: 0}]
    destinations: {arbejde: 1}
    max_weeks: 22
    %s
    at_max: {jaf: 1}
  arbejde: {hazards: [{from_week: 1, weekly: 0}], destinations: {syg: 1}, max_weeks: %d, at_max: {syg: 1}}
initial:
  syg: {persons: {alle: 1}, weeks_in_state: {min: %d, max: %d}}
changes:
  tilbage:
    from: %s
    source: test - from the week after the first spell, only the maximum ends a spell
    set:
      transitions:
        syg: {hazards: [{from_week: 1, weekly: 0}]}
%s`, within, gap, initWeeks, initWeeks, back, extra)
}

// leg is a stretch of the traced path: weeks in a state.
type pathLeg struct {
	state string
	weeks int
}

// handShare is the refusionstrappe written out by hand: the state's share
// of a week with staircase clock c.
func handShare(c int) float64 {
	switch {
	case c <= 4:
		return 0.8
	case c <= 26:
		return 0.4
	case c <= 52:
		return 0.3
	}
	return 0.2
}

// TestLookBackMaximum prices, week by week, a person who returns to
// sygedagpenge after gap weeks of work, with the maximum of 22 weeks within
// a window of 39 (sygedagpengeloven § 24: 22 weeks within 9 months). The
// second spell lasts until 22 of the last 39 weeks (this one included) were
// sygedagpenge: with 10 weeks in the first spell, 12 more when the first
// spell is still inside the window, 22 when its weeks leave the window as
// fast as new ones come (10 + gap + 12 > 39, i.e. a gap of 18 weeks or
// more), and 22 without max_within.
//
// The kommune's net per week: sygedagpenge 1.000 kr. × (1 − the step's
// share) = 200 (clock 1–4), 600 (5–26), 700 (27–52), 800 (53–); jaf 500 kr.
// × the same = 100, 300, 350, 400; work 0. The staircase clock counts syg
// and jaf weeks, not the work. The net of each case by hand:
//
//	gap 5:   syg clock 1–22: 4 × 200 + 18 × 600 = 11.600; jaf weeks 27–63,
//	         clock 23–59: 4 × 300 + 26 × 350 + 7 × 400 = 13.100; 24.700 kr.
//	gap 5 without max_within: syg clock 1–32: 800 + 22 × 600 + 6 × 700 =
//	         18.200; jaf weeks 37–63, clock 33–59: 20 × 350 + 7 × 400 = 9.800;
//	         28.000 kr.
//	gap 17:  syg 11.600; jaf weeks 39–63, clock 23–47: 4 × 300 + 21 × 350 =
//	         8.550; 20.150 kr. (week 38 holds weeks 0–38: 10 + 17 + 12 = 39)
//	gap 18:  the first sick week leaves the window as the 12th new one
//	         comes: 21 for weeks 11–21 of the spell, 22 at its 22nd week.
//	         syg 18.200; jaf weeks 50–63, clock 33–46: 14 × 350 = 4.900;
//	         23.100 kr.
//	gap 30:  syg 18.200; jaf weeks 62–63, clock 33–34: 700; 18.900 kr.
//	gap 5, a participant whose intervention sets max_weeks 15 (counted in the
//	         window too): 10 + 5 = 15, so 5 more weeks. syg clock 1–15: 800 +
//	         11 × 600 = 7.400; jaf weeks 20–63, clock 16–59: 11 × 300 + 26 ×
//	         350 + 7 × 400 = 15.200; 22.600 kr.
//	initial stock, 9 weeks sick before the start, leaves after week 0, gap 5:
//	         the 9 weeks count in the window, so 12 more weeks, not 21. syg week
//	         0 at clock 10 (600) and weeks 6–17 at clock 11–22 (7.200); jaf
//	         weeks 18–63, clock 23–68: 4 × 300 + 26 × 350 + 16 × 400 = 16.700;
//	         24.500 kr.
func TestLookBackMaximum(t *testing.T) {
	const within = "max_within: {weeks: 39, states: [syg]}"
	participant := `interventions:
  forsoeg:
    label: Forsøg
    from: 2027-04-19
    target: {state: syg, take_up: 1, source: test}
    effect: {max_weeks: 15, source: test - the participants' maximum counted as the state's}
    source: test
`
	tests := []struct {
		name            string
		initWeeks, gap  int
		within, extra   string
		second          int     // weeks of the second spell
		net             float64 // the kommune's net over the 64 weeks, by hand above
		sygGross, jafGr float64
	}{
		{"gap 5: 12 more weeks", 1, 5, within, "", 12, 24700, 22000, 37 * 500},
		{"gap 5 without max_within: a fresh 22 weeks", 1, 5, "", "", 22, 28000, 32000, 27 * 500},
		{"gap 17: the first spell still in the window", 1, 17, within, "", 12, 20150, 22000, 25 * 500},
		{"gap 18: the first spell leaves the window", 1, 18, within, "", 22, 23100, 32000, 14 * 500},
		{"gap 30: the first spell out of the window", 1, 30, within, "", 22, 18900, 32000, 2 * 500},
		{"gap 5, a participant with max_weeks 15", 1, 5, within, participant, 5, 22600, 15000, 44 * 500},
		{"initial stock with 9 weeks before the start", 10, 5, within, "", 12, 24500, 13000, 46 * 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := loadText(t, lookBackText(tt.initWeeks, tt.gap, tt.within, tt.extra))
			m := sc.Model
			first := 11 - tt.initWeeks // sick weeks of the first spell after the start
			path := []pathLeg{{"syg", first}, {"arbejde", tt.gap}, {"syg", tt.second}, {"jaf", 64 - first - tt.gap - tt.second}}
			var got []sim.PersonWeek
			res, err := sim.Run(m, sim.Options{Runs: 1, Seed: 1, Workers: 1, Trace: &sim.Trace{
				Run:    0,
				Select: func(sim.Origin) bool { return true },
				Week:   func(_ sim.Origin, w sim.PersonWeek) { got = append(got, w) },
			}})
			if err != nil {
				t.Fatal(err)
			}
			// The path week by week: state, clock, gross and the kommune's net.
			rates := map[string]float64{"syg": 1000, "arbejde": 0, "jaf": 500}
			week, clock := 0, tt.initWeeks-1
			for _, l := range path {
				for range l.weeks {
					if l.state != "arbejde" {
						clock++
					}
					if week >= len(got) {
						t.Fatalf("the trace ends at week %d", len(got))
					}
					w := got[week]
					gross := rates[l.state]
					net := gross
					if l.state != "arbejde" {
						net = gross * (1 - handShare(clock))
					}
					if name := m.States[w.State].Name; w.Week != week || name != l.state || (l.state != "arbejde" && w.Clock != clock) ||
						!kroner(w.Gross, gross) || !kroner(w.Net, net) {
						t.Fatalf("week %d: %s, clock %d, gross %.2f, net %.2f; want %s, clock %d, gross %.2f, net %.2f",
							week, name, w.Clock, w.Gross, w.Net, l.state, clock, gross, net)
					}
					week++
				}
			}
			if len(got) != 64 {
				t.Errorf("%d traced weeks, want 64", len(got))
			}
			per := res.PerRun[0]
			syg, jaf := sumYears(per, stateIndex(t, m, "syg")), sumYears(per, stateIndex(t, m, "jaf"))
			if !kroner(syg.Gross, tt.sygGross) || !kroner(jaf.Gross, tt.jafGr) || !kroner(syg.Net()+jaf.Net(), tt.net) {
				t.Errorf("gross syg %.2f, jaf %.2f, net %.2f; want %.2f, %.2f and %.2f", syg.Gross, jaf.Gross, syg.Net()+jaf.Net(), tt.sygGross, tt.jafGr, tt.net)
			}
		})
	}
}

// TestLookBackStates checks that the weeks of every state in the set count:
// 6 weeks in forl (another state of the set, say forlængede sygedagpenge),
// 3 weeks of work, then syg reaches 22 of the last 39 weeks after 22 − 6 =
// 16 weeks; a look-back of syg alone gives the full 22 (1.000 kr. each).
func TestLookBackStates(t *testing.T) {
	for _, tt := range []struct {
		states string
		weeks  int
	}{{"[syg, forl]", 16}, {"[syg]", 22}} {
		t.Run(tt.states, func(t *testing.T) {
			sc := loadText(t, fmt.Sprintf(`start: 2027-01-04
horizon: {weeks: 40}
runs: 1
groups: {alle: {}}
states:
  syg: {financing: staircase, rate: {per: week, amounts: {2027: 1000}, indexing: 0}}
  forl: {financing: staircase, rate: {per: week, amounts: {2027: 1000}, indexing: 0}}
  arbejde: {financing: none}
  jaf: {financing: staircase, rate: {per: week, amounts: {2027: 500}, indexing: 0}}
transitions:
  syg:
    hazards: [{from_week: 1, weekly: 0}]
    destinations: {arbejde: 1}
    max_weeks: 22
    max_within: {weeks: 39, states: %s}
    at_max: {jaf: 1}
  forl: {hazards: [{from_week: 1, weekly: 0}], destinations: {arbejde: 1}, max_weeks: 6, at_max: {arbejde: 1}}
  arbejde: {hazards: [{from_week: 1, weekly: 0}], destinations: {syg: 1}, max_weeks: 3, at_max: {syg: 1}}
initial:
  forl: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}}
`, tt.states))
			// forl weeks 0–5, work 6–8, syg from week 9, then jaf.
			res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			per := res.PerRun[0]
			syg, jaf := sumYears(per, stateIndex(t, sc.Model, "syg")), sumYears(per, stateIndex(t, sc.Model, "jaf"))
			if want := float64(tt.weeks) * 1000; !kroner(syg.Gross, want) || !kroner(jaf.Gross, float64(31-tt.weeks)*500) {
				t.Errorf("gross syg %.2f kr., jaf %.2f kr.; want %.2f (%d weeks) and %.2f", syg.Gross, jaf.Gross, want, tt.weeks, float64(31-tt.weeks)*500)
			}
		})
	}
}

// TestExpectedRefusesLookBack checks the exact solver's choice: a model with
// a maximum over a look-back window is refused with an error wrapping
// sim.ErrLookBack, and WithoutLookBacks gives a model it computes, in which
// the returner gets a fresh maximum, without changing the model.
func TestExpectedRefusesLookBack(t *testing.T) {
	sc := loadText(t, lookBackText(1, 5, "max_within: {weeks: 39, states: [syg]}", ""))
	m := sc.Model
	if _, err := sim.Expected(m); !errors.Is(err, sim.ErrLookBack) {
		t.Fatalf("Expected: %v, want an error wrapping ErrLookBack", err)
	}
	approx := m.WithoutLookBacks()
	exact, err := sim.Expected(approx)
	if err != nil {
		t.Fatal(err)
	}
	if m.Epochs[0].Exit[0][0].Within != 39 || len(m.LookBacks) != 1 {
		t.Fatal("WithoutLookBacks changed the model")
	}
	// Without the look-back the path is the case "without max_within" of
	// TestLookBackMaximum: 32 weeks of sygedagpenge, 28.000 kr. net in all.
	plain := loadText(t, lookBackText(1, 5, "", ""))
	want, err := sim.Expected(plain.Model)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(exact, want) {
		t.Errorf("Expected(WithoutLookBacks) = %v, want %v", exact, want)
	}
	net := 0.0
	for _, y := range exact {
		for _, s := range y {
			net += s.Net()
		}
	}
	if math.Abs(net-28000) > 0.005 {
		t.Errorf("net %.2f kr., want 28.000", net)
	}
	// The default scenario counts sygedagpenge's 22 weeks within 9 months.
	if _, err := sim.Expected(loadDefault(t).Model); !errors.Is(err, sim.ErrLookBack) {
		t.Errorf("Expected(default): %v, want ErrLookBack", err)
	}
}

// mustDate parses a YYYY-MM-DD date written in a test.
func mustDate(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestCheckLookBack checks that Model.Check refuses an inconsistent
// look-back, which the scenario compiler never makes.
func TestCheckLookBack(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(m *sim.Model)
		want  string
	}{
		{"window shorter than the maximum", func(m *sim.Model) { m.Epochs[0].Exit[0][0].Within = 21 }, "22 uger inden for 21 uger"},
		{"window beyond 64 weeks", func(m *sim.Model) { m.Epochs[0].Exit[0][0].Within = 65 }, "inden for 65 uger"},
		{"no such look-back", func(m *sim.Model) { m.Epochs[0].Exit[0][0].LookBack = 1 }, "tilbageblik 1 findes ikke"},
		{"the state not in its set", func(m *sim.Model) { m.LookBacks[0].States = []bool{false, false, true} }, "tæller ikke tilstanden selv"},
		{"a set of the wrong length", func(m *sim.Model) { m.LookBacks[0].States = []bool{true} }, "har 1 tilstande, modellen 3"},
		{"too many look-backs", func(m *sim.Model) {
			m.LookBacks = append(m.LookBacks, m.LookBacks[0], m.LookBacks[0])
		}, "3 tilbageblik; højst 2"},
		{"a participant's maximum beyond the window", func(m *sim.Model) {
			m.Interventions = []sim.Intervention{{Name: "x", Target: 0, Groups: []bool{true}, TakeUp: 1, ToWeek: 1,
				Effect: []sim.Effect{{HazardRatio: 1, MaxWeeks: 40}}, RateFactor: 1}}
		}, "max_weeks 40 er længere end tilstandens tilbageblik på 39 uger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := loadText(t, lookBackText(1, 5, "max_within: {weeks: 39, states: [syg]}", "")).Model
			if err := m.Check(); err != nil {
				t.Fatalf("the unbroken model: %v", err)
			}
			tt.spoil(m)
			if err := m.Check(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check: %v, want an error with %q", err, tt.want)
			}
		})
	}
}
