package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSchemaUpToDate fails when scenarios/scenario.schema.json differs from
// the schema generated from the scenario types; run go generate ./scenario.
func TestSchemaUpToDate(t *testing.T) {
	want, err := schema(filepath.Join("..", "..", "scenario"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "scenario.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("scenarios/scenario.schema.json is out of date with the scenario types; run: go generate ./scenario")
	}
	for _, key := range []string{`"$schema": "http://json-schema.org/draft-07/schema#"`, `"mean_weeks"`, `"additionalProperties": false`, `"enum": [`} {
		if !bytes.Contains(want, []byte(key)) {
			t.Errorf("schema lacks %s", key)
		}
	}
	// Every top-level key has its field's doc comment as description (an
	// uncertain number's is on its first alternative).
	var doc struct {
		Properties map[string]struct {
			Description string
			AnyOf       []struct{ Description string }
		}
	}
	if err := json.Unmarshal(want, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Properties) < 10 {
		t.Fatalf("%d top-level keys in the schema; want the keys of scenario.File", len(doc.Properties))
	}
	for key, p := range doc.Properties {
		if p.Description == "" && (len(p.AnyOf) == 0 || p.AnyOf[0].Description == "") {
			t.Errorf("%s: no description; the doc comments of package scenario were not found", key)
		}
	}
}

// TestDocCommentsFromAnyDirectory checks that the doc comments are found
// whichever way the source directory is named, so that go generate (run in
// scenario/) and the test (run here) produce the same schema.
func TestDocCommentsFromAnyDirectory(t *testing.T) {
	rel, err := docComments(filepath.Join("..", "..", "scenario"))
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(filepath.Join("..", "..", "scenario"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(abs)
	for _, dir := range []string{".", abs} {
		got, err := docComments(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(rel) {
			t.Errorf("%s: %d comments, %d from the relative path", dir, len(got), len(rel))
		}
		for k, c := range rel {
			if got[k] != c {
				t.Errorf("%s: comment %s = %q, want %q", dir, k, got[k], c)
			}
		}
	}
	if c := rel["ydelsesflow/scenario.File.Title"]; c == "" {
		t.Error("no comment keyed ydelsesflow/scenario.File.Title")
	}
	if _, err := docComments(t.TempDir()); err == nil {
		t.Error("a directory without package scenario gave no error")
	}
}
