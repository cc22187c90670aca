package scenario_test

import (
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

func TestAssumptions(t *testing.T) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	sc, err := ld.Load(scenario.EmbeddedPrefix + "rksk-2020/ips-usikker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]scenario.Assumption{}
	for _, a := range sc.Assumptions() {
		got[a.What] = a
		if a.Source == "" || a.Where == "" || a.Value == "" {
			t.Errorf("%+v: every assumption needs a value, a source and a position", a)
		}
	}
	target, ok := got["Målgruppe og deltagelse"]
	if !ok || !strings.Contains(target.Value, "Ressourceforløb") || !strings.Contains(target.Value, "pladser") {
		t.Errorf("target group: %+v", target)
	}
	if !strings.Contains(target.Where, "rksk-2020/ips") {
		t.Errorf("the target group is written in rksk-2020/ips*.yaml, got %q", target.Where)
	}
	if a, ok := got["ips_deltagelse"]; !ok || a.Topic != "Usikre antagelser" || !strings.Contains(a.Value, "middelværdi") {
		t.Errorf("uncertain take-up: %+v", a)
	}
	// The baseline without interventions lists no intervention.
	for _, a := range sc.WithoutInterventions().Assumptions() {
		if a.What == "Målgruppe og deltagelse" {
			t.Errorf("the baseline lists %+v", a)
		}
	}
}
