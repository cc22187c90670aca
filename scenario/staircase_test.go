package scenario_test

import (
	"strings"
	"testing"

	"ydelsesflow/sim"
)

// TestStaircaseDefault checks that a scenario without refusionstrappe:
// prices every epoch by the law's staircase and reset rule.
func TestStaircaseDefault(t *testing.T) {
	sc, err := load(t, map[string]string{"a.yaml": base + `changes:
  sats:
    from: 2028-01-01
    source: test
    set:
      states:
        syg: {rate: {per: week, amounts: {2028: 5000}}}
`}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(sc.Model.Epochs); n != 2 {
		t.Fatalf("%d epochs, want 2", n)
	}
	for i, ep := range sc.Model.Epochs {
		if !ep.Staircase.Equal(sim.Refusionstrappe) || ep.Reset != sim.LawReset {
			t.Errorf("epoch %d: staircase %v, reset %+v; want the law's", i, ep.Staircase, ep.Reset)
		}
	}
}

// TestStaircaseChange checks that a dated change setting the
// refusionstrappe compiles into an epoch from the first week on or after
// its date, with the new steps and the reset rule merged key by key, that
// a later change of something else keeps it, and that explain says which
// staircase applies when.
func TestStaircaseChange(t *testing.T) {
	sc, err := load(t, map[string]string{"b.yaml": base, "a.yaml": `extends: b.yaml
refusionstrappe:
  steps:
    - {to_week: 4, state_share: 0.80}
    - {state_share: 0.30}
  reset: {weeks: 26}
  source: test
changes:
  ny_trappe:
    from: 2027-07-01
    source: test
    set:
      refusionstrappe:
        steps: [{to_week: 2, state_share: 0.9}, {to_week: 6, state_share: 0.5}, {state_share: 0.1}]
        reset: {window_weeks: 104}
  sats:
    from: 2028-01-01
    source: test
    set:
      states:
        syg: {rate: {per: week, amounts: {2028: 5000}}}
`}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	first := sim.Staircase{{FirstWeek: 1, LastWeek: 4, StateShare: 0.8}, {FirstWeek: 5, StateShare: 0.3}}
	second := sim.Staircase{{FirstWeek: 1, LastWeek: 2, StateShare: 0.9}, {FirstWeek: 3, LastWeek: 6, StateShare: 0.5}, {FirstWeek: 7, StateShare: 0.1}}
	// 2027-07-01 is a Thursday: the change applies from Monday 5 July 2027,
	// week 26 after Monday 4 January; 2028-01-01 from Monday 3 January 2028,
	// week 52.
	want := []struct {
		from  int
		steps sim.Staircase
		reset sim.ResetRule
	}{
		{0, first, sim.ResetRule{Weeks: 26, WindowWeeks: 156}},
		{26, second, sim.ResetRule{Weeks: 26, WindowWeeks: 104}},
		{52, second, sim.ResetRule{Weeks: 26, WindowWeeks: 104}},
	}
	eps := sc.Model.Epochs
	if len(eps) != len(want) {
		t.Fatalf("%d epochs, want %d", len(eps), len(want))
	}
	for i, w := range want {
		if eps[i].FromWeek != w.from || !eps[i].Staircase.Equal(w.steps) || eps[i].Reset != w.reset {
			t.Errorf("epoch %d: from week %d, steps %v, reset %+v; want %d, %v, %+v", i, eps[i].FromWeek, eps[i].Staircase, eps[i].Reset, w.from, w.steps, w.reset)
		}
	}
	if n := sc.Model.StepCount(); n != 3 {
		t.Errorf("StepCount() = %d, want 3", n)
	}
	out, err := sc.Explain()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"# refusionstrappen fra 2027-01-04: Uge 1–4 (80 %), Uge 5+ (30 %); ny optælling efter 26 selvforsørgende uger inden for 156 uger\n",
		"# refusionstrappen fra 2027-07-05 (ændring ny_trappe): Uge 1–2 (90 %), Uge 3–6 (50 %), Uge 7+ (10 %); ny optælling efter 26 selvforsørgende uger inden for 104 uger\n",
	} {
		if !strings.Contains(string(out), line) {
			t.Errorf("explain lacks %q:\n%s", line, out)
		}
	}
	if strings.Count(string(out), "# refusionstrappen") != 2 {
		t.Errorf("explain names %d staircases, want 2 (the change of rates keeps the staircase):\n%s", strings.Count(string(out), "# refusionstrappen"), out)
	}

	law, err := load(t, map[string]string{"a.yaml": base}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, _ = law.Explain()
	if want := "# refusionstrappen i hele perioden: Uge 1–4 (80 %), Uge 5–26 (40 %), Uge 27–52 (30 %), Uge 53+ (20 %); ny optælling efter 52 selvforsørgende uger inden for 156 uger (lovens)\n"; !strings.Contains(string(out), want) {
		t.Errorf("explain of a scenario under the law lacks %q:\n%s", want, out)
	}
}

// TestStaircaseErrors checks the problems of a refusionstrappe, each at
// its file, line, column and key.
func TestStaircaseErrors(t *testing.T) {
	ext := func(s string) map[string]string {
		return map[string]string{"a.yaml": "extends: b.yaml\nrefusionstrappe:\n" + s, "b.yaml": base}
	}
	nine := "  steps: ["
	for k := 1; k <= 8; k++ {
		nine += "{to_week: " + string(rune('0'+k)) + ", state_share: 0.5}, "
	}
	nine += "{state_share: 0.1}]\n"
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"valid, with eight steps", ext(strings.Replace(nine, "{to_week: 8, state_share: 0.5}, ", "", 1)), nil},
		{"valid, only the reset rule", ext("  reset: {weeks: 26, window_weeks: 260}\n"), nil},
		{"steps not increasing",
			ext("  steps:\n    - {to_week: 4, state_share: 0.80}\n    - {to_week: 3, state_share: 0.40}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:5:17: refusionstrappe.steps[1].to_week: trinnene skal slutte i stigende uger: trin 2 begynder i uge 5 (efter to_week 4), så to_week skal være mindst 5, ikke 3`}},
		{"a first step ending before week 1",
			ext("  steps:\n    - {to_week: 0, state_share: 0.80}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:4:17: refusionstrappe.steps[0].to_week: to_week skal være mindst 1, ikke 0: det første trin begynder i uge 1`}},
		{"a last step with an end",
			ext("  steps:\n    - {to_week: 4, state_share: 0.80}\n    - {to_week: 26, state_share: 0.40}\n    - {to_week: 60, state_share: 0.20}\n"),
			[]string{`a.yaml:6:17: refusionstrappe.steps[2].to_week: det sidste trin har ingen ende: fjern to_week, så trinnet gælder fra uge 27 og frem`}},
		{"a step without end before the last",
			ext("  steps:\n    - {state_share: 0.80}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:4:7: refusionstrappe.steps[0]: trin 1 mangler to_week, den sidste uge på trinnet; kun det sidste trin er uden ende`}},
		{"a step without share",
			ext("  steps:\n    - {to_week: 4}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:4:7: refusionstrappe.steps[0]: trin 1 mangler state_share: statens andel af bruttoudgiften i trinnets uger, fx 0.80`}},
		{"a share above 1",
			ext("  steps:\n    - {to_week: 4, state_share: 1.2}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:4:33: refusionstrappe.steps[0].state_share: state_share skal være mellem 0 og 1, ikke 1.2`}},
		{"too many steps", ext(nine),
			[]string{`a.yaml:3:3: refusionstrappe.steps: refusionstrappen har 9 trin; den kan have højst 8`}},
		{"no steps", ext("  steps: []\n"),
			[]string{`a.yaml:3:3: refusionstrappe.steps: refusionstrappen har ingen trin: angiv steps som en liste`}},
		{"a misspelt key", ext("  steps:\n    - {to_weeks: 4, state_share: 0.80}\n    - {state_share: 0.20}\n"),
			[]string{`a.yaml:4:8: refusionstrappe.steps[0].to_weeks: ukendt nøgle "to_weeks"; mente du "to_week"?; tilladte nøgler her: to_week, state_share`}},
		{"a window beyond 5 years", ext("  reset: {window_weeks: 300}\n"),
			[]string{`a.yaml:3:25: refusionstrappe.reset.window_weeks: window_weeks skal være 1–260 uger (højst 5 år), ikke 300`}},
		{"no weeks", ext("  reset: {weeks: 0}\n"),
			[]string{`a.yaml:3:18: refusionstrappe.reset.weeks: weeks skal være mindst 1, ikke 0`}},
		{"more weeks than the window", ext("  reset: {weeks: 60, window_weeks: 52}\n"),
			[]string{`a.yaml:3:18: refusionstrappe.reset.weeks: 60 selvforsørgende uger kan ikke nås inden for et vindue på 52 uger: weeks må højst være window_weeks (ret weeks eller window_weeks)`}},
		{"more weeks than the law's window", ext("  reset: {weeks: 200}\n"),
			[]string{`a.yaml:3:18: refusionstrappe.reset.weeks: 200 selvforsørgende uger kan ikke nås inden for et vindue på 156 uger`}},
		{"a window shorter than the law's weeks", ext("  reset: {window_weeks: 26}\n"),
			[]string{`a.yaml:3:25: refusionstrappe.reset.window_weeks: 52 selvforsørgende uger kan ikke nås inden for et vindue på 26 uger: weeks må højst være window_weeks (ret window_weeks eller weeks)`}},
		{"a bad share in a dated change",
			map[string]string{"b.yaml": base, "a.yaml": "extends: b.yaml\nchanges:\n  ny:\n    from: 2028-01-01\n    source: test\n    set:\n      refusionstrappe:\n        steps: [{to_week: 4, state_share: 0.8}, {state_share: -0.1}]\n"},
			[]string{`a.yaml:8:63: refusionstrappe.steps[1].state_share: state_share skal være mellem 0 og 1, ikke -0.1`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProblems(t, tt.files, tt.want) })
	}
}
