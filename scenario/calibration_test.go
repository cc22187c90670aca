package scenario_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// calBase is a small scenario with a calibration: key.
const calBase = `start: 2027-01-04
horizon: {years: 2}
groups: {alle: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  kh:
    financing: staircase
    rate: {per: month, amounts: {2027: 12000}, indexing: 0.02}
  arbejde:
    financing: none
    self_supporting: true
transitions:
  syg:
    hazards:
      - {from_week: 1, weekly: 0.06}
      - {from_week: 9, weekly: 0.04}
    destinations: {arbejde: 0.8, kh: 0.2}
    source: Syg-kilden.
  kh:
    mean_weeks: 40
    destinations: {arbejde: 1}
initial:
  syg: {persons: {alle: 10}}
inflows:
  syg: {per_year: {alle: 300}}
calibration:
  targets: maal.csv
  fit:
    transitions.kh.mean_weeks: {min: 10, max: 100}
    transitions.syg.hazards[1].weekly: {min: 0.01, max: 0.2}
    transitions.syg.destinations.kh: {min: 0, max: 0.5}
    inflows.syg.per_year.alle: {min: 100, max: 1000}
`

// TestCalibrationKey checks what Load reads from calibration: and that a
// fitted file written by FittedFile compiles to the model ModelFitted gives.
func TestCalibrationKey(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(calBase), 0o644); err != nil {
		t.Fatal(err)
	}
	ld := &scenario.Loader{Embedded: scenarios.FS}
	sc, err := ld.Load(filepath.Join(dir, "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f := sc.Calibration
	if f == nil || f.TargetsFile != filepath.Join(dir, "maal.csv") {
		t.Fatalf("calibration %+v, want targets at %s", f, filepath.Join(dir, "maal.csv"))
	}
	type num struct {
		path         string
		value        float64
		whole, share bool
	}
	var got []num
	for _, n := range f.Numbers {
		got = append(got, num{n.Path, n.Value, n.Whole, n.Share})
	}
	want := []num{{"transitions.kh.mean_weeks", 40, false, false}, {"transitions.syg.hazards[1].weekly", 0.04, false, false},
		{"transitions.syg.destinations.kh", 0.2, false, true}, {"inflows.syg.per_year.alle", 300, false, false}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("numbers\n got %+v\nwant %+v", got, want)
	}
	x := []float64{80, 0.02, 0.4, 600}
	m, err := sc.ModelFitted(x)
	if err != nil {
		t.Fatal(err)
	}
	syg, kh := 0, 1
	ex := m.Epochs[0].Exit[syg][0]
	if h := ex.HazardAt(20); h != 0.02 {
		t.Errorf("hazard in week 20: %v, want 0.02", h)
	}
	// destinations {arbejde: 0.8, kh: 0.2} with kh at 0.4: arbejde 0.8 × 0.6/0.8 = 0.6.
	if d := ex.DestsAt(1); len(d) != 2 || d[0].Cum != 0.6 || d[1].Cum != 1 || d[1].State != kh {
		t.Errorf("destinations %+v, want arbejde 0.6 then kh up to 1", d)
	}
	if in := m.Epochs[0].Inflow[syg][0].PerYear; in != 600 {
		t.Errorf("inflow %v, want 600", in)
	}
	if h := m.Epochs[0].Exit[kh][0].HazardAt(1); h != 1.0/80 {
		t.Errorf("kh hazard %v, want 1/80", h)
	}
	if h := sc.Model.Epochs[0].Exit[kh][0].HazardAt(1); h != 1.0/40 {
		t.Errorf("the loaded model changed: kh hazard %v, want 1/40", h)
	}

	notes := []string{"Tilpasset (1).", "Tilpasset (2).", "Tilpasset (3).", "Tilpasset (4)."}
	out, err := sc.FittedFile(x, "a.yaml", "Kalibreret", "# Kalibreret", notes)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"extends: a.yaml", "mean_weeks: 80", "weekly: 0.02", "kh: 0.4", "alle: 600", "Tilpasset (2). Tilpasset (3). Før tilpasningen: Syg-kilden."} {
		if !strings.Contains(string(out), s) {
			t.Errorf("fitted file lacks %q:\n%s", s, out)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "b.yaml"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	fitted, err := ld.Load(filepath.Join(dir, "b.yaml"))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !reflect.DeepEqual(fitted.Model.Epochs, m.Epochs) || !reflect.DeepEqual(fitted.Model.Initial, m.Initial) {
		t.Errorf("the fitted file's model differs from ModelFitted's:\n%s", out)
	}
}

// TestCalibrationErrors checks the positioned answers to mistakes in fit.
func TestCalibrationErrors(t *testing.T) {
	fit := func(entry string) string {
		return strings.Replace(calBase, "    transitions.kh.mean_weeks: {min: 10, max: 100}\n", "    "+entry+"\n", 1)
	}
	tests := []struct {
		name, src, want string
	}{
		{"unknown path", fit("transitions.kh.mean_week: {min: 1, max: 2}"),
			`a.yaml:31:5: calibration.fit.transitions.kh.mean_week: scenariet har ingen værdi ved transitions.kh.mean_week`},
		{"outside the fittable parts", fit("runs: {min: 1, max: 2}"),
			`a.yaml:31:5: calibration.fit.runs: "runs" er ikke en nøglesti til et tal under states, transitions, initial, inflows`},
		{"not a number", fit("transitions.kh.destinations: {min: 0, max: 1}"),
			`a.yaml:31:5: calibration.fit.transitions.kh.destinations: transitions.kh.destinations er ikke et tal, men en mapping`},
		{"reversed bounds", fit("transitions.kh.mean_weeks: {min: 100, max: 10}"),
			`a.yaml:31:32: calibration.fit.transitions.kh.mean_weeks: grænserne for transitions.kh.mean_weeks er tomme eller omvendte (min 100, max 10)`},
		{"missing bound", fit("transitions.kh.mean_weeks: {min: 10}"),
			`a.yaml:31:5: calibration.fit.transitions.kh.mean_weeks: angiv grænserne`},
		{"start outside the bounds", fit("transitions.kh.mean_weeks: {min: 50, max: 100}"),
			`a.yaml:31:32: calibration.fit.transitions.kh.mean_weeks: scenariets værdi af transitions.kh.mean_weeks, 40, ligger uden for grænserne [50, 100]`},
		{"two shares of one row", fit("transitions.syg.destinations.arbejde: {min: 0, max: 1}"),
			`calibration.fit.transitions.syg.destinations.kh: transitions.syg.destinations.arbejde og transitions.syg.destinations.kh står i samme række`},
		{"set by a dated change", calBase + "changes:\n  c:\n    from: 2027-06-07\n    source: x\n    set: {transitions: {kh: {mean_weeks: 30}}}\n",
			`a.yaml:31:5: calibration.fit.transitions.kh.mean_weeks: transitions.kh.mean_weeks ændres af den daterede ændring "c"`},
		{"uncertain", strings.Replace(calBase, "mean_weeks: 40", "mean_weeks: {dist: uniform, min: 30, max: 50, source: x}", 1),
			`a.yaml:31:5: calibration.fit.transitions.kh.mean_weeks: transitions.kh.mean_weeks er et usikkert tal (dist:)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, map[string]string{"a.yaml": tc.src}, "a.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant %q", err, tc.want)
			}
		})
	}
}

// TestExtendsVariant checks that extends: FILE#VARIANT builds on the file
// with its variant's set merged on (as loading FILE#VARIANT does), without
// the file's variants, and answers an unknown variant at the extends key.
func TestExtendsVariant(t *testing.T) {
	withVariant := calBase + "variants:\n  lang:\n    source: x\n    set: {transitions: {kh: {mean_weeks: 70}}}\n"
	sc, err := load(t, map[string]string{"a.yaml": withVariant, "b.yaml": "extends: a.yaml#lang\ntitle: B\n"}, "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if h := sc.Model.Epochs[0].Exit[1][0].HazardAt(1); h != 1.0/70 {
		t.Errorf("kh hazard %v, want the variant's 1/70", h)
	}
	if len(sc.Variants) != 0 {
		t.Errorf("variants %v inherited from the extended file", sc.Variants)
	}
	_, err = load(t, map[string]string{"a.yaml": withVariant, "b.yaml": "extends: a.yaml#\n"}, "b.yaml")
	if err == nil || !strings.Contains(err.Error(), `b.yaml:1:10: extends: intet variantnavn efter # i "a.yaml#"`) {
		t.Errorf("an empty variant name: got %v", err)
	}
	_, err = load(t, map[string]string{"a.yaml": withVariant, "b.yaml": "extends: a.yaml#kort\n"}, "b.yaml")
	if err == nil || !strings.Contains(err.Error(), `b.yaml:1:10: extends: a.yaml har ingen variant "kort" med et set; dens varianter er lang`) {
		t.Errorf("got %v", err)
	}
}
