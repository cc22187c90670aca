package scenario_test

import (
	"bytes"
	"io/fs"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v4"

	"ydelsesflow/scenarios"
)

// jsonValue converts a YAML node into the value an editor's YAML language
// server checks against the schema (YAML 1.2 core schema: dates are text).
func jsonValue(t *testing.T, n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		return jsonValue(t, n.Content[0])
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = jsonValue(t, n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		var s []any
		for _, c := range n.Content {
			s = append(s, jsonValue(t, c))
		}
		return s
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil {
			t.Fatalf("line %d: %v", n.Line, err)
		}
		return f
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

// TestEmbeddedScenariosMatchSchema checks every embedded scenario against the
// generated JSON Schema with a draft-07 validator, so that an editor using
// the schema accepts the files the program accepts.
func TestEmbeddedScenariosMatchSchema(t *testing.T) {
	raw, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	if err := c.AddResource("scenario.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("scenario.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile as draft-07: %v", err)
	}
	for _, name := range embeddedFiles(t) {
		src, _ := fs.ReadFile(scenarios.FS, name)
		var n yaml.Node
		if err := yaml.Load(src, &n); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(jsonValue(t, &n)); err != nil {
			t.Errorf("%s does not match the schema: %v", name, err)
		}
	}
	// Uncertain numbers and shares are accepted where numbers and shares are.
	var unc yaml.Node
	yaml.Load([]byte(`transitions:
  syg:
    mean_weeks: {dist: pert, min: 15, mode: 20, max: 40, name: varighed, source: x}
    destinations: {dist: dirichlet, shares: {arbejde: 0.7, andet: 0.3}, concentration: 40, source: x}
interventions:
  hjaelp:
    target: {state: syg, take_up: {dist: beta, mean: 0.8, sd: 0.1, source: x}}
correlations:
  - {params: [varighed, andet], rank: 0.5, source: x}
`), &unc)
	if err := schema.Validate(jsonValue(t, &unc)); err != nil {
		t.Errorf("the schema rejects uncertain numbers: %v", err)
	}
	var badDist yaml.Node
	yaml.Load([]byte("transitions:\n  syg:\n    mean_weeks: {dist: pret, min: 1, mode: 2, max: 3}\n"), &badDist)
	if err := schema.Validate(jsonValue(t, &badDist)); err == nil {
		t.Error("the schema accepts an unknown dist")
	}
	// And the schema rejects what the loader rejects.
	var bad yaml.Node
	yaml.Load([]byte("transitions:\n  syg:\n    max_weks: 22\n"), &bad)
	if err := schema.Validate(jsonValue(t, &bad)); err == nil {
		t.Error("the schema accepts an unknown key")
	}
}
