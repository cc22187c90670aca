package scenario_test

import (
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// TestGrandfatheredOnlyFromInitialStock checks that in every shipped
// scenario (and variant) the states of persons visiteret or tilkendt before
// July 2014 (the *_foer2014 states) are reached only from the initial
// stock: no inflow, and no transition, forced exit, intervention effect or
// diversion leads into them from a state under the current rules. Moving
// between two grandfathered states (a lost old-rule fleksjob and back) is
// allowed.
func TestGrandfatheredOnlyFromInitialStock(t *testing.T) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	checked := 0
	for _, name := range embeddedFiles(t) {
		sc, err := ld.Load(scenario.EmbeddedPrefix + name)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{name}
		for _, v := range sc.Variants {
			names = append(names, name+"#"+v)
		}
		for _, n := range names {
			if n != name {
				if sc, err = ld.Load(scenario.EmbeddedPrefix + n); err != nil {
					t.Fatal(err)
				}
			}
			checked += checkGrandfathered(t, n, sc.Model)
		}
	}
	if checked == 0 {
		t.Error("no shipped scenario has a grandfathered state; the test checks nothing")
	}
}

// checkGrandfathered reports every way into a grandfathered state of m
// from a state that is not grandfathered, and returns the number of
// grandfathered states it checked.
func checkGrandfathered(t *testing.T, name string, m *sim.Model) int {
	t.Helper()
	old := make([]bool, len(m.States))
	n := 0
	for s, st := range m.States {
		if strings.HasSuffix(st.Name, "_foer2014") {
			old[s] = true
			n++
		}
	}
	if n == 0 {
		return 0
	}
	into := func(where string, from int, dests []sim.Dest) {
		for _, d := range dests {
			if old[d.State] && (from < 0 || !old[from]) {
				t.Errorf("%s: %s leads into %s", name, where, m.States[d.State].Name)
			}
		}
	}
	for e, ep := range m.Epochs {
		for s := range m.States {
			for g := range m.Groups {
				if old[s] && ep.Inflow[s][g].PerYear != 0 {
					t.Errorf("%s: epoch %d has an inflow into %s", name, e, m.States[s].Name)
				}
				ex := ep.Exit[s][g]
				if ex == nil {
					continue
				}
				for _, band := range ex.Dests {
					into("the exits of "+m.States[s].Name, s, band)
				}
				into("the maximum of "+m.States[s].Name, s, ex.AtMax)
			}
		}
	}
	for _, iv := range m.Interventions {
		for _, eff := range iv.Effect {
			into("intervention "+iv.Name, iv.Target, eff.Dests)
			into("intervention "+iv.Name+" at the maximum", iv.Target, eff.AtMax)
		}
		for _, dv := range iv.Divert {
			into("intervention "+iv.Name+"'s diversion", -1, dv.Dests)
		}
	}
	return n
}
