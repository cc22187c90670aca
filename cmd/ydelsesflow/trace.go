package main

import (
	"io"
	"strings"

	"ydelsesflow/arms"
	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// traceRun prints, for run --trace, the week-by-week paths of the first
// --trace persons of run 1 who start in --trace-state (default: the first
// state).
func traceRun(o options, sc *scenario.Scenario, seed uint64, stdout io.Writer) error {
	s := 0
	if o.traceState != "" {
		var err error
		if s, err = stateByName(sc.Model, o.traceState); err != nil {
			return err
		}
	}
	return printTrace(stdout, startsInTitle(sc.Title, sc.Model.States[s].Label), sc, seed, startsIn(s, nil), o.trace)
}

// traceArms prints, for compare --trace, the week-by-week paths of the
// same persons in the baseline and the alternative: by default the first
// persons of run 1 whose path the interventions change, else those who
// start in --trace-state or in the state the first intervention acts on.
func traceArms(o options, a arms.Arm, seed uint64, stdout io.Writer) error {
	n := o.trace
	m := a.Alt.Model
	var (
		pick  func(sim.Origin) bool
		title func(arm string) string // the title of an arm's trace
	)
	if o.traceState != "" {
		s, err := stateByName(m, o.traceState)
		if err != nil {
			return err
		}
		pick, title = startsIn(s, nil), func(arm string) string { return startsInTitle(arm, m.States[s].Label) }
	} else if ch, err := sim.Changed(a.Base.Model, m, seed, n); err != nil {
		return err
	} else if len(ch) > 0 {
		pick = func(p sim.Origin) bool { return ch[p] }
		title = func(arm string) string {
			return msg.Sprintf(lang, "%s — personer indsatsen ændrer forløbet for", arm)
		}
	} else {
		s, groups := traceDefault(m)
		pick, title = startsIn(s, groups), func(arm string) string { return startsInTitle(arm, m.States[s].Label) }
	}
	for i, sc := range []*scenario.Scenario{a.Base, a.Alt} {
		arm := []string{msg.Sprintf(lang, "Basis: %s", a.BaseName), msg.Sprintf(lang, "Indsats: %s", a.AltName)}[i]
		if err := printTrace(stdout, title(arm), sc, seed, pick, n); err != nil {
			return err
		}
	}
	return nil
}

// startsInTitle is the title of a trace of persons who start in a state:
// "Basisforløb — personer, der starter i Sygedagpenge".
func startsInTitle(name, state string) string {
	return msg.Sprintf(lang, "%s — personer, der starter i %s", name, state)
}

// printTrace simulates run 1 of sc and prints every week of the first n
// persons that pick selects.
func printTrace(w io.Writer, title string, sc *scenario.Scenario, seed uint64, pick func(sim.Origin) bool, n int) error {
	order, weeks, err := sim.Paths(sc.Model, seed, pick, n)
	if err != nil {
		return err
	}
	return tables.Trace(w, title, sc.Model, sc.Start, seed, order, weeks)
}

// startsIn selects persons who start in state s, in one of groups (nil: any).
func startsIn(s int, groups []bool) func(sim.Origin) bool {
	return func(o sim.Origin) bool { return o.State == s && (groups == nil || groups[o.Group]) }
}

// stateByName returns the index of the named state, or a usage error that
// lists the states.
func stateByName(m *sim.Model, name string) (int, error) {
	names := make([]string, len(m.States))
	for i, st := range m.States {
		if st.Name == name {
			return i, nil
		}
		names[i] = st.Name
	}
	return -1, usagef("--trace-state: ingen tilstand %q; tilstandene er %s", name, strings.Join(names, ", "))
}

// traceDefault is the state and the groups whose persons a trace follows
// when nobody takes part in an intervention: those eligible for the first
// intervention with a target, else those whose entries the first diversion
// acts on.
func traceDefault(m *sim.Model) (int, []bool) {
	for _, iv := range m.Interventions {
		if iv.Target >= 0 {
			return iv.Target, iv.Groups
		}
	}
	for _, iv := range m.Interventions {
		if len(iv.Divert) > 0 {
			return iv.Divert[0].State, iv.Divert[0].Groups
		}
	}
	return 0, nil
}
