package scenario_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// base is a small valid scenario that the cases below extend or edit.
const base = `start: 2027-01-04
horizon: {years: 2}
groups: {alle: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  arbejde:
    financing: none
    self_supporting: true
transitions:
  syg:
    mean_weeks: 20
    destinations: {arbejde: 1}
initial:
  syg: {persons: {alle: 10}}
`

// load writes files into a temporary directory and loads the first.
func load(t *testing.T, files map[string]string, first string) (*scenario.Scenario, error) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ld := &scenario.Loader{Embedded: scenarios.FS}
	return ld.Load(filepath.Join(dir, first))
}

// TestErrors checks that every kind of mistake is reported with its file,
// line, column and key path, and what is expected.
func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the messages, each with file:line:col
	}{
		{"valid", map[string]string{"a.yaml": base}, nil},
		{"unknown key with suggestion",
			map[string]string{"a.yaml": strings.Replace(base, "mean_weeks: 20", "mean_weeks: 20\n    max_weks: 22", 1)},
			[]string{`a.yaml:14:5: transitions.syg.max_weks: ukendt nøgle "max_weks"; mente du "max_weeks"?; tilladte nøgler her: mean_weeks, hazards, destinations, max_weeks, at_max, max_within, groups, source`}},
		{"unknown top-level key",
			map[string]string{"a.yaml": "extends: b.yaml\nhorisont: 4\n", "b.yaml": base},
			[]string{`a.yaml:2:1: horisont: ukendt nøgle "horisont"; mente du "horizon"?; tilladte nøgler her: extends, title, description, start, horizon, runs, seed, discount_rate, indexes, prices, price_base, groups, states, transitions, initial, inflows, refusionstrappe, changes, interventions, variants, correlations`}},
		{"wrong type",
			map[string]string{"a.yaml": "extends: b.yaml\nruns: many\n", "b.yaml": base},
			[]string{`a.yaml:2:7: runs: forventede et helt tal, fik tekst "many"`}},
		{"a list where text is expected",
			map[string]string{"a.yaml": "extends: b.yaml\nstart: [1]\n", "b.yaml": base},
			[]string{`a.yaml:2:8: start: forventede tekst, fik en liste`}},
		{"shares do not sum to 1, naming the row",
			map[string]string{"a.yaml": "extends: b.yaml\ntransitions:\n  syg:\n    destinations: {arbejde: 0.7, syg2: 0.2}\nstates:\n  syg2: {financing: none}\n", "b.yaml": base},
			[]string{`a.yaml:4:5: transitions.syg.destinations: andelene summer til 0.9, ikke 1 (arbejde 0.7 + syg2 0.2); ret dem, så de summer til 1`}},
		{"shares in a duration band",
			map[string]string{"a.yaml": "extends: b.yaml\ntransitions:\n  syg:\n    hazards:\n      - {from_week: 1, weekly: 0.1}\n      - {from_week: 9, weekly: 0.05, destinations: {arbejde: 0.5}}\n", "b.yaml": base},
			[]string{`a.yaml:6:38: transitions.syg.hazards[1].destinations: andelene summer til 0.5, ikke 1 (arbejde 0.5); ret dem, så de summer til 1`}},
		{"unknown state",
			map[string]string{"a.yaml": "extends: b.yaml\ntransitions:\n  syg:\n    destinations: {arbejd: 1}\n", "b.yaml": base},
			[]string{`a.yaml:4:20: transitions.syg.destinations.arbejd: ukendt tilstand "arbejd"; angivne tilstande: syg, arbejde`}},
		{"unknown state in initial",
			map[string]string{"a.yaml": "extends: b.yaml\ninitial:\n  sygdom: {persons: {alle: 1}}\n", "b.yaml": base},
			[]string{`a.yaml:3:3: initial.sygdom: ukendt tilstand "sygdom"; angivne tilstande: syg, arbejde`}},
		{"negative rate",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg:\n    rate: {amounts: {2027: -4800}}\n", "b.yaml": base},
			[]string{`a.yaml:4:28: states.syg.rate.amounts.2027: en sats skal være 0 eller mere, ikke -4800`}},
		{"not a date",
			map[string]string{"a.yaml": "extends: b.yaml\nstart: 4 January 2027\n", "b.yaml": base},
			[]string{`a.yaml:2:8: start: "4 January 2027" er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-04`}},
		{"extends cycle",
			map[string]string{"a.yaml": "extends: b.yaml\n", "b.yaml": "extends: c.yaml\n", "c.yaml": "extends: a.yaml\n"},
			[]string{`c.yaml:1:10: extends: extends i ring: `, `a.yaml → `, `b.yaml → `, `c.yaml → `}},
		{"extends a missing file",
			map[string]string{"a.yaml": "extends: nowhere.yaml\n"},
			[]string{`a.yaml:1:10: extends: kan ikke læse `, `nowhere.yaml`}},
		{"duplicate key",
			map[string]string{"a.yaml": base + "runs: 10\nruns: 20\n"},
			[]string{`a.yaml:18:1: runs: nøglen "runs" er angivet to gange (første gang i linje 17); behold én`}},
		{"YAML syntax",
			map[string]string{"a.yaml": "start: 2027-01-04\nstates: {syg: \n"},
			[]string{`a.yaml:3:1: YAML-syntaks: did not find expected node content; tjek indrykningen og parenteserne omkring denne linje`}},
		{"every problem of a file at once",
			map[string]string{"a.yaml": "extends: b.yaml\nstart: 2027-01-5\nruns: many\ntransitions:\n  syg:\n    destinations: {arbejde: 0.5, job: 0.4}\n    max_weks: 3\nstates:\n  syg:\n    rate: {amounts: {2027: -1}}\n", "b.yaml": base},
			[]string{
				`a.yaml:2:8: start: "2027-01-5" er ikke en dato`,
				`a.yaml:3:7: runs: forventede et helt tal, fik tekst "many"`,
				`a.yaml:6:5: transitions.syg.destinations: andelene summer til 0.9, ikke 1 (arbejde 0.5 + job 0.4); ret dem, så de summer til 1`,
				`a.yaml:6:34: transitions.syg.destinations.job: ukendt tilstand "job"; angivne tilstande: syg, arbejde`,
				`a.yaml:7:5: transitions.syg.max_weks: ukendt nøgle "max_weks"; mente du "max_weeks"?; tilladte nøgler her: mean_weeks, hazards, destinations, max_weeks, at_max, max_within, groups, source`,
				`a.yaml:10:28: states.syg.rate.amounts.2027: en sats skal være 0 eller mere, ikke -1`,
			}},
		{"a broken transition is not reported again at the initial stock",
			map[string]string{"a.yaml": "extends: b.yaml\ntransitions:\n  syg:\n    mean_weeks: 0.5\n", "b.yaml": base},
			[]string{`a.yaml:4:17: transitions.syg.mean_weeks: mean_weeks skal være mindst 1, ikke 0.5`}},
		{"paid state without rate",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  kh: {financing: staircase}\n", "b.yaml": base},
			[]string{`a.yaml:3:3: states.kh: tilstanden "kh" udbetales (financing staircase), men har ingen rate: angiv rate: {per: month, amounts: {2024: ...}, source: ...}`}},
		{"paid_by: a state without financing is paid by nobody",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  arbejde: {paid_by: a_kasse}\n", "b.yaml": base},
			[]string{`a.yaml:3:13: states.arbejde.paid_by: tilstanden "arbejde" har ingen financing, så ingen udbetaler den: fjern paid_by, eller angiv financing: medfinansiering eller fixed`}},
		{"paid_by: the staircase is for benefits the kommune pays",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg: {paid_by: udbetaling_danmark}\n", "b.yaml": base},
			[]string{`a.yaml:3:9: states.syg.paid_by: refusionstrappen gælder ydelser, som kommunen udbetaler (§ 5, stk. 2); en ydelse med paid_by: udbetaling_danmark har financing: medfinansiering (§ 5, stk. 3)`}},
		{"paid_by: medfinansiering is for benefits others pay",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg: {financing: medfinansiering, paid_by: kommune}\n", "b.yaml": base},
			[]string{`a.yaml:3:37: states.syg.paid_by: medfinansiering gælder ydelser, som Udbetaling Danmark eller en a-kasse udbetaler (§ 5, stk. 3); en ydelse, som kommunen udbetaler, har financing: staircase`}},
		{"paid_by: unknown payer",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg: {financing: medfinansiering, paid_by: akasse}\n", "b.yaml": base},
			[]string{`a.yaml:3:46: states.syg.paid_by: ukendt paid_by "akasse"; forventede kommune, udbetaling_danmark eller a_kasse`}},
		{"paid_by: an a-kasse's benefit and an old førtidspension",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg: {financing: medfinansiering, paid_by: a_kasse}\n  fp: {financing: fixed, state_share: 0.35, paid_by: udbetaling_danmark, rate: {per: month, amounts: {2027: 20000}, indexing: 0}}\n", "b.yaml": base},
			nil},
		{"null removes the base's indexing",
			map[string]string{"a.yaml": "extends: b.yaml\nstates:\n  syg:\n    rate: {per: week, amounts: {2027: 4800}, indexing: null}\n", "b.yaml": base},
			[]string{`a.yaml:4:5: states.syg.rate: intet beløb for 2028 og ingen indexing: tilføj beløbene, indexing: (årlig satsregulering, fx 0.025) eller indexes.satsregulering`}},
		{"mean_weeks and hazards in one transition",
			map[string]string{"a.yaml": strings.Replace(base, "mean_weeks: 20", "mean_weeks: 20\n    hazards: [{from_week: 1, weekly: 0.1}]", 1)},
			[]string{`a.yaml:12:3: transitions.syg: angiv enten mean_weeks eller hazards, ikke begge`}},
		{"hazards in an extending file replace mean_weeks",
			map[string]string{"a.yaml": "extends: b.yaml\ntransitions:\n  syg:\n    hazards: [{from_week: 1, weekly: 0.1}]\n", "b.yaml": base},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProblems(t, tt.files, tt.want) })
	}
}

// checkProblems loads a.yaml from files and checks that it is valid (want
// empty) or that every problem in want is reported, each problem with a
// position, and no more problems than mistakes (no cascades).
func checkProblems(t *testing.T, files map[string]string, want []string) {
	t.Helper()
	_, err := load(t, files, "a.yaml")
	if len(want) == 0 {
		if err != nil {
			t.Fatalf("unexpected error:\n%v", err)
		}
		return
	}
	var list scenario.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want a scenario.ErrorList", err)
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("missing %q in:\n%s", w, msg)
		}
	}
	for _, e := range list {
		if e.File == "" || e.Line == 0 {
			t.Errorf("problem without position: %v", e)
		}
	}
	if n := len(list); n > max(len(want), 1) {
		t.Errorf("%d problems for %d mistakes (cascading errors?):\n%s", n, len(want), msg)
	}
}

// TestSnippet shows the offending line with a caret under the column.
func TestSnippet(t *testing.T) {
	_, err := load(t, map[string]string{"a.yaml": "extends: b.yaml\nruns: many\n", "b.yaml": base}, "a.yaml")
	var list scenario.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("got %v", err)
	}
	want := "    2 | runs: many\n      |       ^"
	if got := list[0].Snippet(); got != want {
		t.Errorf("snippet:\n%s\nwant:\n%s", got, want)
	}
}

// TestNullThenSetAgain checks that a key one file removes with null and a
// file extending it sets again is there once: merging must see the null
// key as present, or the key would be given twice.
func TestNullThenSetAgain(t *testing.T) {
	sc, err := load(t, map[string]string{
		"c.yaml": "extends: b.yaml\ninitial:\n  syg: {persons: {alle: 7}}\n",
		"b.yaml": "extends: a.yaml\ninitial:\n  syg: ~\n",
		"a.yaml": base,
	}, "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(sc.Model.Initial); n != 1 || sc.Model.Initial[0].Persons != 7 {
		t.Errorf("%d cohorts, want one of 7 persons", n)
	}
	if out, err := sc.Explain(); err != nil || strings.Count(string(out), "initial:") != 1 {
		t.Errorf("explain gives initial: %d times (%v), want once:\n%s", strings.Count(string(out), "initial:"), err, out)
	}
}
