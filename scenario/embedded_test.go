package scenario_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// embeddedFiles lists every embedded scenario file.
func embeddedFiles(t *testing.T) []string {
	t.Helper()
	var names []string
	err := fs.WalkDir(scenarios.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			names = append(names, p)
		}
		return err
	})
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded scenarios (%v)", err)
	}
	return names
}

// TestEmbeddedScenarios loads every embedded scenario and checks that it
// points editors at the schema and that every figure carries its source.
func TestEmbeddedScenarios(t *testing.T) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	for _, name := range embeddedFiles(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := ld.Load(scenario.EmbeddedPrefix + name); err != nil {
				t.Fatal(err)
			}
			src, _ := fs.ReadFile(scenarios.FS, name)
			depth := strings.Count(name, "/")
			want := "# yaml-language-server: $schema=" + strings.Repeat("../", depth) + "scenario.schema.json"
			if depth == 0 {
				want = "# yaml-language-server: $schema=./scenario.schema.json"
			}
			if first, _, _ := strings.Cut(string(src), "\n"); first != want {
				t.Errorf("first line %q, want %q", first, want)
			}
			var doc yaml.Node
			if err := yaml.Load(src, &doc); err != nil {
				t.Fatal(err)
			}
			withoutUncertain(&doc)
			var f scenario.File
			if err := doc.Load(&f); err != nil {
				t.Fatal(err)
			}
			missing := func(what, source string) {
				if strings.TrimSpace(source) == "" {
					t.Errorf("%s has no source", what)
				}
			}
			for n, g := range f.Groups {
				missing("groups."+n, g.Source)
			}
			checkSources(missing, "", f.States, f.Transitions, f.Initial, f.Inflows, f.Changes, f.Interventions)
			// A variant's own source covers what its set changes; the loader
			// requires it (possibly inherited through extends).
		})
	}
}

// withoutUncertain replaces every uncertain number ({dist: ...}) in n by 0
// and every uncertain set of shares by an empty mapping, so that the file
// decodes into File; the loader checks their own sources.
func withoutUncertain(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "dist" {
				if n.Content[i+1].Value == "dirichlet" {
					n.Content = nil
				} else {
					n.Kind, n.Tag, n.Content, n.Value = yaml.ScalarNode, "", nil, "0"
				}
				return
			}
		}
	}
	for _, c := range n.Content {
		withoutUncertain(c)
	}
}

// checkSources reports, through missing, every part of a scenario file that
// needs a source and has none: every state, rate, transition, stock, inflow,
// change, intervention, target, effect, diversion and cost line the file
// writes, even where it only changes a part defined in the file it extends.
func checkSources(missing func(what, source string), prefix string, states map[string]scenario.State, transitions map[string]scenario.Transition,
	initial map[string]scenario.Stock, inflows map[string]scenario.Inflow, changes map[string]scenario.Change, ivs map[string]scenario.Intervention) {
	for n, s := range states {
		missing(prefix+"states."+n, s.Source)
		if s.Rate != nil {
			missing(prefix+"states."+n+".rate", s.Rate.Source)
		}
		for g, r := range s.GroupRates {
			missing(prefix+"states."+n+".group_rates."+g, r.Source)
		}
	}
	for n, tr := range transitions {
		missing(prefix+"transitions."+n, tr.Source)
		for g, o := range tr.Groups {
			missing(prefix+"transitions."+n+".groups."+g, o.Source)
		}
	}
	for n, st := range initial {
		missing(prefix+"initial."+n, st.Source)
	}
	for n, in := range inflows {
		missing(prefix+"inflows."+n, in.Source)
	}
	for n, c := range changes {
		missing(prefix+"changes."+n, c.Source)
	}
	for n, iv := range ivs {
		p := prefix + "interventions." + n
		missing(p, iv.Source)
		if iv.Target != nil {
			missing(p+".target", iv.Target.Source)
		}
		if iv.Effect != nil {
			missing(p+".effect", iv.Effect.Source)
		}
		for i, d := range iv.Divert {
			missing(fmt.Sprintf("%s.divert[%d]", p, i), d.Source)
		}
		for i, l := range iv.Costs {
			missing(fmt.Sprintf("%s.costs[%d]", p, i), l.Source)
		}
	}
}

// TestExplain checks that the resolved scenario names each value's file and
// line, and that a value from the extending file wins.
func TestExplain(t *testing.T) {
	sc, err := load(t, map[string]string{"a.yaml": "extends: b.yaml\nruns: 17\n", "b.yaml": base}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := sc.Explain()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"runs: 17 # ", "a.yaml:2\n", "start: 2027-01-04 # ", "b.yaml:1\n", "mean_weeks: 20 # "} {
		if !strings.Contains(string(out), want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "extends") {
		t.Errorf("explain output still has extends:\n%s", out)
	}
}
