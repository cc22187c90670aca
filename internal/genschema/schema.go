package main

import (
	"encoding/json"
	"fmt"
	"path"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"ydelsesflow/scenario"
)

// schemaDraft is the JSON Schema dialect of the generated schema; draft-07
// is the newest one that common editors (VS Code's YAML extension) accept.
const schemaDraft = "http://json-schema.org/draft-07/schema#"

// schema returns the JSON Schema of a scenario file, generated from
// scenario.File and the types it uses. srcDir is the directory holding
// package scenario's source; the doc comments found there become the
// schema's descriptions, which editors show while an economist types.
func schema(srcDir string) ([]byte, error) {
	comments, err := docComments(srcDir)
	if err != nil {
		return nil, err
	}
	r := &jsonschema.Reflector{ExpandedStruct: true, CommentMap: comments}
	s := r.Reflect(&scenario.File{})
	s.Version = schemaDraft
	s.ID = "https://ydelsesflow.dk/scenario.schema.json"
	s.Title = "ydelsesflow scenario"
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	// Let every number with decimals be an uncertain number, and every map
	// of shares an uncertain set of shares.
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	allowUncertain(doc)
	defs := doc["$defs"].(map[string]any)
	defs["Uncertain"] = uncertainSchema
	defs["UncertainShares"] = uncertainSharesSchema
	b, err = json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// docComments reads the doc comments of package scenario's types and fields
// in srcDir, keyed as the reflector looks them up
// ("ydelsesflow/scenario.File.Title"). The library keys them by the base it
// is given joined with each file's directory, which is the import path only
// when srcDir is "."; so they are read with an empty base and keyed anew.
func docComments(srcDir string) (map[string]string, error) {
	var raw jsonschema.Reflector
	if err := raw.AddGoComments("", srcDir); err != nil {
		return nil, fmt.Errorf("reading doc comments in %s: %w", srcDir, err)
	}
	dir := path.Clean(filepath.ToSlash(srcDir)) + "."
	pkg := reflect.TypeFor[scenario.File]().PkgPath() + "."
	comments := map[string]string{}
	for k, c := range raw.CommentMap {
		if name, ok := strings.CutPrefix(k, dir); ok { // not a subdirectory's
			comments[pkg+name] = c
		}
	}
	if len(comments) == 0 {
		return nil, fmt.Errorf("no doc comments in %s; -src must name the directory of package scenario", srcDir)
	}
	return comments, nil
}

// uncertainSchema describes {dist: ..., ...}, an uncertain number.
var uncertainSchema = map[string]any{
	"type":        "object",
	"description": "An uncertain number, drawn once per Monte Carlo run: dist and its parameters, a name and a source.",
	"required":    []any{"dist"},
	"properties": map[string]any{
		"dist":   map[string]any{"enum": []any{"fixed", "uniform", "normal", "lognormal", "beta", "gamma", "triangular", "pert"}},
		"name":   map[string]any{"type": "string", "description": "The name the draws are keyed by; numbers with the same name in a baseline and an intervention share their draws."},
		"value":  map[string]any{"type": "number"},
		"min":    map[string]any{"type": "number"},
		"mode":   map[string]any{"type": "number"},
		"max":    map[string]any{"type": "number"},
		"mean":   map[string]any{"type": "number"},
		"sd":     map[string]any{"type": "number"},
		"alpha":  map[string]any{"type": "number"},
		"beta":   map[string]any{"type": "number"},
		"low":    map[string]any{"type": "number", "description": "Value for the one-way sensitivity analysis (default P10)."},
		"high":   map[string]any{"type": "number", "description": "Value for the one-way sensitivity analysis (default P90)."},
		"source": map[string]any{"type": "string"},
	},
	"additionalProperties": false,
}

// uncertainSharesSchema describes {dist: dirichlet, ...}, uncertain shares.
var uncertainSharesSchema = map[string]any{
	"type":        "object",
	"description": "Uncertain shares summing to 1, drawn once per Monte Carlo run from a Dirichlet distribution.",
	"required":    []any{"dist", "shares", "concentration"},
	"properties": map[string]any{
		"dist":          map[string]any{"const": "dirichlet"},
		"shares":        map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "number"}},
		"concentration": map[string]any{"type": "number", "exclusiveMinimum": 0},
		"name":          map[string]any{"type": "string"},
		"source":        map[string]any{"type": "string"},
	},
	"additionalProperties": false,
}

// allowUncertain rewrites, in a schema, every {type: number} and {type:
// integer} into "that or an uncertain number", and every map of numbers
// into "that, or uncertain shares".
func allowUncertain(n any) {
	switch v := n.(type) {
	case map[string]any:
		for k, c := range v {
			if m, ok := c.(map[string]any); ok && k != "$defs" {
				switch {
				case m["type"] == "number" || (m["type"] == "integer" && k != "from_week"):
					v[k] = map[string]any{"anyOf": []any{m, map[string]any{"$ref": "#/$defs/Uncertain"}}}
					continue
				case m["type"] == "object" && isNumberMap(m):
					desc := m["description"]
					delete(m, "description")
					v[k] = map[string]any{"anyOf": []any{m, map[string]any{"$ref": "#/$defs/UncertainShares"}}, "description": desc}
					allowUncertain(m)
					continue
				}
			}
			allowUncertain(c)
		}
	case []any:
		for _, c := range v {
			allowUncertain(c)
		}
	}
}

func isNumberMap(m map[string]any) bool {
	ap, ok := m["additionalProperties"].(map[string]any)
	return ok && ap["type"] == "number" && m["properties"] == nil
}
