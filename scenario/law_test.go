package scenario_test

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// TestSchemaFollowsTheLaw checks that the schema's description of a
// state's financing, which an economist's editor shows, states the
// refusionstrappe and its mirror, the medfinansieringstrappe, as sim
// defines them. (The description is the doc comment of State.Financing in
// types.go; TestSchemaUpToDate keeps the schema in step with it.)
func TestSchemaFollowsTheLaw(t *testing.T) {
	raw, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Description string `json:"description"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	desc := schema.Defs["State"].Properties["financing"].Description
	var mirror sim.Staircase
	for k, st := range sim.Refusionstrappe {
		st.StateShare = 1 - st.StateShare
		mirror[k] = st
	}
	for _, want := range []string{"refusionstrappe " + sim.Refusionstrappe.Percents(), "co-finances " + mirror.Percents()} {
		if !strings.Contains(desc, want) {
			t.Errorf("the schema's description of financing does not say %q; correct the comment of State.Financing in scenario/types.go and run go generate ./scenario:\n%s", want, desc)
		}
	}
}
