package scenario_test

import (
	"strings"
	"testing"
)

// withIntervention is base with one intervention, written in the test.
func withIntervention(iv string) map[string]string {
	return map[string]string{"a.yaml": base + "interventions:\n  hjaelp:\n" + iv}
}

// TestInterventionErrors checks that mistakes in interventions and
// variants are reported with file:line:col and key path.
func TestInterventionErrors(t *testing.T) {
	valid := `    from: 2027-01-04
    source: test
    target: {state: syg, capacity: 5}
    effect: {mean_weeks_cut: 5, destinations: {arbejde: 0.8, syg: 0.2}, source: test}
    costs:
      - {label: Konsulenter, per_slot_week: 500, fixed: {2027-03-01: 1000}, source: test}
`
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"valid", withIntervention(valid), nil},
		{"unknown target state", withIntervention(strings.Replace(valid, "state: syg", "state: sygg", 1)),
			[]string{`a.yaml:21:21: interventions.hjaelp.target.state: ukendt tilstand "sygg"; angivne tilstande: syg, arbejde`}},
		{"misspelt effect key", withIntervention(strings.Replace(valid, "mean_weeks_cut", "mean_week_cut", 1)),
			[]string{`a.yaml:22:14: interventions.hjaelp.effect.mean_week_cut: ukendt nøgle "mean_week_cut"; mente du "mean_weeks_cut"?; tilladte nøgler her: hazard_ratio, mean_weeks_cut, destinations, max_weeks, at_max, rate_factor, source`}},
		{"both duration effects", withIntervention(strings.Replace(valid, "mean_weeks_cut: 5", "mean_weeks_cut: 5, hazard_ratio: 2", 1)),
			[]string{`a.yaml:22:5: interventions.hjaelp.effect: angiv enten hazard_ratio eller mean_weeks_cut, ikke begge`}},
		{"cut longer than the stay", withIntervention(strings.Replace(valid, "mean_weeks_cut: 5", "mean_weeks_cut: 25", 1)),
			[]string{`a.yaml:22:30: interventions.hjaelp.effect.mean_weeks_cut: for gruppen alle i "syg": en afkortning på 25.0 uger ville give et forventet forløb på -5.0 uger; forløbet er 20.0 uger og kan ikke blive kortere end 1 uge`}},
		{"shares do not sum to 1", withIntervention(strings.Replace(valid, "arbejde: 0.8", "arbejde: 0.7", 1)),
			[]string{`a.yaml:22:33: interventions.hjaelp.effect.destinations: andelene summer til 0.9, ikke 1 (arbejde 0.7 + syg 0.2); ret dem, så de summer til 1`}},
		{"slot cost without capacity", withIntervention(strings.Replace(valid, "state: syg, capacity: 5", "state: syg", 1)),
			[]string{`a.yaml:24:30: interventions.hjaelp.costs[0].per_slot_week: per_slot_week kræver target.capacity: antallet af pladser, der betales for`}},
		{"fixed cost outside the horizon", withIntervention(strings.Replace(valid, "2027-03-01", "2031-03-02", 1)),
			[]string{`a.yaml:24:58: interventions.hjaelp.costs[0].fixed.2031-03-02: 2031-03-02 ligger uden for den simulerede periode 2027-01-04–2028-12-31`}},
		{"missing source", withIntervention(strings.Replace(valid, "    source: test\n", "", 1)),
			[]string{`a.yaml:18:3: interventions.hjaelp: indsatsen "hjaelp" har ingen source: angiv, hvor dens indhold og tal kommer fra`}},
		{"ends before it starts", withIntervention(strings.Replace(valid, "from: 2027-01-04", "from: 2027-01-04\n    to: 2026-12-31", 1)),
			[]string{`a.yaml:20:9: interventions.hjaelp.to: indsatsen slutter (2026-12-31), før den starter (2027-01-04)`}},
		{"diversion to itself", withIntervention(valid + "    divert:\n      - {state: syg, share: 0.5, destinations: {syg: 1}, source: test}\n"),
			[]string{`interventions.hjaelp.divert[0].destinations.syg: "syg" kan ikke være sin egen destination`}},
		{"bad variant", map[string]string{"a.yaml": base + "variants:\n  v:\n    source: test\n    set:\n      transitions:\n        syg: {mean_weeks: -3}\n"},
			[]string{`a.yaml:22:27: transitions.syg.mean_weeks: i varianten "v": mean_weeks skal være mindst 1, ikke -3`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkProblems(t, tc.files, tc.want) })
	}
}

// TestVariant checks that FILE#NAME merges the variant and that an unknown
// variant names the ones there are.
func TestVariant(t *testing.T) {
	files := map[string]string{"a.yaml": base + "variants:\n  lang:\n    source: test\n    set:\n      transitions:\n        syg: {mean_weeks: 40}\n"}
	plain, err := load(t, files, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if plain.Variants[0] != "lang" || plain.Variant != "" {
		t.Errorf("variants %v, chosen %q", plain.Variants, plain.Variant)
	}
	v, err := load(t, files, "a.yaml#lang")
	if err != nil {
		t.Fatal(err)
	}
	if h := v.Model.Epochs[0].Exit[0][0].Hazard[0]; h != 1.0/40 {
		t.Errorf("variant hazard %v, want 1/40", h)
	}
	_, err = load(t, files, "a.yaml#kort")
	if err == nil || !strings.Contains(err.Error(), `ingen variant "kort"`) || !strings.Contains(err.Error(), "dens varianter er lang") {
		t.Errorf("unknown variant: got %v", err)
	}
}
