package scenario_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// financingSchema returns the schema of a state's financing key, as the
// committed scenario.schema.json gives it to an economist's editor.
// (TestSchemaUpToDate keeps that file in step with scenario/types.go.)
func financingSchema(t *testing.T) (description string, enum []string) {
	t.Helper()
	raw, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Description string   `json:"description"`
				Enum        []string `json:"enum"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	f := schema.Defs["State"].Properties["financing"]
	return f.Description, f.Enum
}

// TestSchemaFollowsTheLaw checks that the schema's description of a
// state's financing (the doc comment of State.Financing) states the
// refusionstrappe and its mirror, the medfinansieringstrappe, as sim
// defines them.
func TestSchemaFollowsTheLaw(t *testing.T) {
	desc, _ := financingSchema(t)
	for _, want := range []string{"refusionstrappe " + sim.Refusionstrappe.Percents(), "co-finances " + sim.Refusionstrappe.Mirror().Percents()} {
		if !strings.Contains(desc, want) {
			t.Errorf("the schema's description of financing does not say %q; correct the comment of State.Financing in scenario/types.go and run go generate ./scenario:\n%s", want, desc)
		}
	}
}

// TestStaircaseSchemaFollowsTheLaw checks that the schema's description of
// the top-level refusionstrappe key states the law's staircase and reset
// rule, which apply when the key is omitted, as sim defines them.
func TestStaircaseSchemaFollowsTheLaw(t *testing.T) {
	raw, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties map[string]struct {
			Description string `json:"description"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	desc := schema.Properties["refusionstrappe"].Description
	r := sim.LawReset
	for _, want := range []string{"the law's, " + sim.Refusionstrappe.Percents(), fmt.Sprintf("%d self-supporting weeks within %d", r.Weeks, r.WindowWeeks)} {
		if !strings.Contains(desc, want) {
			t.Errorf("the schema's description of refusionstrappe does not say %q; correct the comment of File.Refusionstrappe in scenario/types.go and run go generate ./scenario:\n%s", want, desc)
		}
	}
}

// TestFinancingNames checks that each kind of financing has one name: the
// schema's names for financing are the names sim gives the kinds, in the
// same order.
func TestFinancingNames(t *testing.T) {
	_, enum := financingSchema(t)
	kinds := []sim.FinancingKind{sim.FinancingStaircase, sim.FinancingMedfinansiering, sim.FinancingFixed, sim.FinancingNone}
	if len(enum) != len(kinds) {
		t.Fatalf("the schema names %d kinds of financing %v, sim has %d", len(enum), enum, len(kinds))
	}
	for i, k := range kinds {
		if enum[i] != k.String() {
			t.Errorf("kind %d is %q in the schema and %q in sim", i, enum[i], k)
		}
	}
}
