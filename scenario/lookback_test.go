package scenario_test

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// lookBackBase is base with a second and a third benefit state and a
// maximum of 22 weeks on syg, which the cases give a max_within.
const lookBackBase = `start: 2027-01-04
horizon: {years: 2}
groups: {alle: {}, pension: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  forl:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  jaf:
    financing: staircase
    rate: {per: week, amounts: {2027: 3000}, indexing: 0.02}
  arbejde:
    financing: none
    self_supporting: true
transitions:
  syg:
    mean_weeks: 15
    destinations: {arbejde: 1}
    max_weeks: 22
    at_max: {forl: 0.6, jaf: 0.4}
  forl:
    mean_weeks: 30
    destinations: {arbejde: 0.8, syg: 0.2}
  jaf:
    mean_weeks: 40
    max_weeks: 52
    destinations: {arbejde: 0.8, syg: 0.2}
    at_max: {arbejde: 1}
initial:
  syg: {persons: {alle: 10}}
`

// TestLookBackErrors checks the positioned problems of max_within.
func TestLookBackErrors(t *testing.T) {
	ext := func(s string) map[string]string {
		return map[string]string{"a.yaml": "extends: b.yaml\n" + s, "b.yaml": lookBackBase}
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"valid", ext("transitions:\n  syg:\n    max_within: {weeks: 39, states: [syg, forl]}\n"), nil},
		{"valid without states: the state alone", ext("transitions:\n  syg:\n    max_within: {weeks: 39}\n"), nil},
		{"unknown state in the set",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39, states: [syg, forlaenget]}\n"),
			[]string{`a.yaml:4:43: transitions.syg.max_within.states[1]: ukendt tilstand "forlaenget"; angivne tilstande: syg, forl, jaf, arbejde`}},
		{"window too long",
			ext("transitions:\n  syg:\n    max_within: {weeks: 65}\n"),
			[]string{`a.yaml:4:25: transitions.syg.max_within.weeks: vinduet skal være 1–64 uger, ikke 65: hver person husker sine seneste 64 uger`}},
		{"window shorter than max_weeks",
			ext("transitions:\n  syg:\n    max_within: {weeks: 20, states: [syg]}\n"),
			[]string{`a.yaml:4:25: transitions.syg.max_within.weeks: vinduet på 20 uger er kortere end max_weeks (22), så maksimummet kan aldrig nås; gør vinduet mindst 22 uger`}},
		{"window missing",
			ext("transitions:\n  syg:\n    max_within: {states: [syg]}\n"),
			[]string{`a.yaml:4:5: transitions.syg.max_within: max_within mangler weeks: vinduets længde i uger, den aktuelle uge medregnet (fx 39 for 9 måneder)`}},
		{"look-back without max_weeks",
			ext("transitions:\n  forl:\n    max_within: {weeks: 39, states: [syg, forl]}\n"),
			[]string{`a.yaml:4:5: transitions.forl.max_within: max_within bruges kun med max_weeks: angiv max_weeks (fx 22), det antal uger inden for vinduet, der højst kan gå i tilstandene, eller fjern max_within`}},
		{"the state itself not in the set",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39, states: [forl]}\n"),
			[]string{`a.yaml:4:37: transitions.syg.max_within.states: states skal indeholde "syg" selv: ugerne i tilstanden tæller med i dens eget maksimum`}},
		{"at_max back to the state",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39}\n    at_max: {syg: 1}\n"),
			[]string{`a.yaml:5:5: transitions.syg.at_max: at_max kan ikke føre tilbage til "syg", når max_within tæller ugerne inden for et vindue: tællingen er stadig nået i det nye forløbs første uge`}},
		{"too many distinct sets",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39, states: [syg, forl]}\n  jaf:\n    max_within: {weeks: 60, states: [jaf]}\n    groups:\n      pension: {max_within: {weeks: 60, states: [jaf, syg]}}\n"),
			[]string{`a.yaml:8:49: transitions.jaf.groups.pension.max_within.states: højst 2 forskellige sæt af tilstande kan tælles i vinduer i én model (hver person husker et sæt i 64 bit); brug de samme states som [syg, forl] eller [jaf]`}},
		{"the same set with another window is no new set",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39, states: [syg, forl]}\n    groups:\n      pension: {max_weeks: 26, max_within: {weeks: 52, states: [forl, syg]}}\n  jaf:\n    max_within: {weeks: 60, states: [jaf]}\n"),
			nil},
		{"an intervention's max_weeks beyond the window",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39}\ninterventions:\n  hjaelp:\n    label: Hjælp\n    from: 2027-01-04\n    target: {state: syg, source: x}\n    effect: {max_weeks: 40, source: x}\n    source: x\n"),
			[]string{`a.yaml:10:25: interventions.hjaelp.effect.max_weeks: "syg" tæller sit maksimum inden for de seneste 39 uger (max_within), og deltagernes max_weeks tælles på samme måde; 40 uger kan aldrig nås, så angiv højst 39`}},
		{"a key max_within does not know",
			ext("transitions:\n  syg:\n    max_within: {weeks: 39, months: 9}\n"),
			[]string{`a.yaml:4:29: transitions.syg.max_within.months: ukendt nøgle "months"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProblems(t, tt.files, tt.want) })
	}
}

// TestLookBackCompiled checks what max_within compiles to: the window,
// one look-back per distinct set of states (whatever their order or
// window), shared by groups and dated changes.
func TestLookBackCompiled(t *testing.T) {
	sc, err := load(t, map[string]string{"a.yaml": "extends: b.yaml\n" + `transitions:
  syg:
    max_within: {weeks: 39, states: [syg, forl]}
    groups:
      pension: {max_weeks: 26, max_within: {weeks: 52, states: [forl, syg]}}
changes:
  ny:
    from: 2028-01-03
    source: x
    set:
      transitions:
        syg: {max_within: {weeks: 44}}
`, "b.yaml": lookBackBase}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := sc.Model
	if len(m.LookBacks) != 1 || !slices.Equal(m.LookBacks[0].States, []bool{true, true, false, false}) {
		t.Fatalf("look-backs %+v, want one of syg and forl", m.LookBacks)
	}
	for _, c := range []struct {
		epoch, group     int
		maxWeeks, within int
	}{{0, 0, 22, 39}, {0, 1, 26, 52}, {1, 0, 22, 44}, {1, 1, 26, 52}} {
		ex := m.Epochs[c.epoch].Exit[0][c.group]
		if ex.MaxWeeks != c.maxWeeks || ex.Within != c.within || ex.LookBack != 0 {
			t.Errorf("epoch %d group %d: max %d within %d (look-back %d), want %d within %d", c.epoch, c.group, ex.MaxWeeks, ex.Within, ex.LookBack, c.maxWeeks, c.within)
		}
	}
	if ex := m.Epochs[0].Exit[2][0]; ex.Within != 0 {
		t.Errorf("jaf counts within %d weeks, want its spell", ex.Within)
	}
	out, err := sc.Explain()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"max_within: # maksimum: højst 22 uger i syg, forl inden for de seneste 39 uger (denne uge medregnet), uanset forløb",
		"max_within: # maksimum: højst 26 uger i forl, syg inden for de seneste 52 uger (denne uge medregnet), uanset forløb",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}

// TestShippedLookBacks checks that the shipped scenarios where the 9-month
// rule applies count sygedagpenge's 22 weeks over 39 weeks of sygedagpenge
// and forlængede sygedagpenge.
func TestShippedLookBacks(t *testing.T) {
	for _, name := range []string{"default.yaml", "current-law/baseline.yaml", "rksk-2020/baseline.yaml"} {
		sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + name)
		if err != nil {
			t.Fatal(err)
		}
		m := sc.Model
		idx := map[string]int{}
		for i, s := range m.States {
			idx[s.Name] = i
		}
		if len(m.LookBacks) != 1 {
			t.Fatalf("%s: %d look-backs, want 1", name, len(m.LookBacks))
		}
		var counted []string
		for s, in := range m.LookBacks[0].States {
			if in {
				counted = append(counted, m.States[s].Name)
			}
		}
		if !slices.Equal(counted, []string{"sygedagpenge", "sygedagpenge_forlaenget"}) {
			t.Errorf("%s: counts %v", name, counted)
		}
		for e, ep := range m.Epochs {
			for g, ex := range ep.Exit[idx["sygedagpenge"]] {
				if ex.MaxWeeks != 22 || ex.Within != 39 {
					t.Errorf("%s: epoch %d group %d: %d weeks within %d", name, e, g, ex.MaxWeeks, ex.Within)
				}
			}
		}
	}
}

// TestLookBackSchema checks that the schema's longest window is the
// engine's.
func TestLookBackSchema(t *testing.T) {
	raw, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]struct {
			Properties map[string]struct {
				AnyOf []struct {
					Maximum float64 `json:"maximum"`
				} `json:"anyOf"`
			} `json:"properties"`
			Required []string `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	lb := doc.Defs["LookBack"]
	var got float64
	if w := lb.Properties["weeks"]; len(w.AnyOf) > 0 {
		got = w.AnyOf[0].Maximum
	}
	if got != sim.LookBackWeeks || !slices.Contains(lb.Required, "weeks") {
		t.Errorf("schema: max_within.weeks at most %v, required %v; want %d, required", got, lb.Required, sim.LookBackWeeks)
	}
}
