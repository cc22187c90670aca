package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// calScenario extends the built-in Stevns baseline with one number to fit.
const calScenario = `extends: stevns-2017/baseline.yaml
calibration:
  targets: maal.csv
  fit:
    transitions.ledighedsydelse.mean_weeks: {min: 10, max: 200}
`

// TestCalibrate fits the Stevns baseline's ledighedsydelse spell to a
// share of the scheme, and checks the files and that the fitted scenario
// meets the target when run.
func TestCalibrate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", calScenario)
	write("maal.csv", "ydelse,periode,maal,vaerdi,kilde\nledighedsydelse,2018,andel:ledighedsydelse+fleksjob,0.21,test\n")
	out := filepath.Join(dir, "ud")
	code, stdout, stderr := invoke(t, "calibrate", filepath.Join(dir, "a.yaml"), "--out", out, "--plot-formats", "png")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"1 af 1 mål inden for tolerancen", "transitions.ledighedsydelse.mean_weeks", "Beregnet eksakt"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	for _, f := range []string{"kalibreret.yaml", "kalibrering.txt", "kalibrering.csv", "kalibrering.png", "resultat.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	y, _ := os.ReadFile(filepath.Join(out, "kalibreret.yaml"))
	if !strings.Contains(string(y), "extends: ../a.yaml") || !strings.Contains(string(y), "tilpasset af ydelsesflow calibrate") {
		t.Errorf("kalibreret.yaml:\n%s", y)
	}
	// The fitted scenario, run, shows the deviation table after the budget
	// table, within tolerance (Monte Carlo: 100 runs).
	code, stdout, stderr = invoke(t, "run", filepath.Join(out, "kalibreret.yaml"), "--runs", "100", "--out", filepath.Join(dir, "run"))
	if code != 0 {
		t.Fatalf("run of the fitted scenario: exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "Modellen mod de observerede tal") || !strings.Contains(stdout, "inden for") || strings.Contains(stdout, "uden for") {
		t.Errorf("run's deviation table:\n%s", stdout)
	}
}

// TestCalibrateMistakes checks that mistakes are answered with the file,
// line and column, a non-zero exit and no output files.
func TestCalibrateMistakes(t *testing.T) {
	tests := []struct {
		name, scenario, targets string
		args                    []string
		code                    int
		want                    string
	}{
		{"no fit", "extends: stevns-2017/baseline.yaml\n", "", nil, 1, "angiver ingen tal at tilpasse"},
		{"no targets", "extends: stevns-2017/baseline.yaml\ncalibration:\n  fit:\n    transitions.ledighedsydelse.mean_weeks: {min: 10, max: 200}\n", "", nil, 2, "angiver ingen målfil"},
		{"bad path", strings.Replace(calScenario, "ledighedsydelse.mean_weeks", "ledighedsydelse.mean_week", 1), "", nil, 1, "a.yaml:5:5: calibration.fit.transitions.ledighedsydelse.mean_week: scenariet har ingen værdi"},
		{"bad target row", calScenario, "ydelse,periode,maal,vaerdi,kilde\nledighedsydelse,2018,tilgang,12,x\nfleksjobb,2018,tilgang,5,x\n", nil, 1, "maal.csv:3: ydelse: ukendt tilstand i \"fleksjobb\""},
		{"missing targets file", calScenario, "", nil, 1, "kan ikke læse målfilen"},
		{"--targets overrides", calScenario, "ydelse,periode,maal,vaerdi,kilde\nledighedsydelse,2018,tilgang,12,x\n", []string{"--targets", "findes-ikke.csv"}, 1, "kan ikke læse målfilen findes-ikke.csv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(tc.scenario), 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.targets != "" {
				if err := os.WriteFile(filepath.Join(dir, "maal.csv"), []byte(tc.targets), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			arg := filepath.Join(dir, "a.yaml")
			out := filepath.Join(dir, "ud")
			code, stdout, stderr := invoke(t, append([]string{"calibrate", arg, "--out", out}, tc.args...)...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q (stdout %s)", code, stderr, tc.code, tc.want, stdout)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("output directory created by a failed calibrate")
			}
		})
	}
}

// TestShippedStevnsFit runs the shipped fit of Stevns' fleksjob project:
// the run checks it against Stevns' observed employment rates and both
// are met within their tolerance; the unfitted project misses them.
func TestShippedStevnsFit(t *testing.T) {
	for _, c := range []struct {
		scenario string
		within   int
	}{
		{"stevns-2017/kalibreret.yaml", 2},
		{"stevns-2017/fleksjob-progression.yaml#realiseret", 0},
	} {
		code, stdout, stderr := invoke(t, "run", c.scenario, "--out", t.TempDir())
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", c.scenario, code, stderr)
		}
		if want := fmt.Sprintf("%d af 2 mål inden for tolerancen", c.within); !strings.Contains(stdout, want) {
			t.Errorf("%s: output lacks %q:\n%s", c.scenario, want, stdout)
		}
	}
}

// TestRunExact checks run --exact: exact figures for a scenario the chain
// computes, and a refusal that says why for one it cannot.
func TestRunExact(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := invoke(t, "run", "stevns-2017/baseline.yaml", "--exact", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"eksakte forventede værdier uden tilfældige tal", "Alle tal er eksakte", "Tilgang (nye forløb)", "Afgang (afsluttede forløb)", "Kommunens nettoudgift (1.000 kr.)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	csv, err := os.ReadFile(filepath.Join(out, "eksakt.csv"))
	if err != nil || !strings.Contains(string(csv), "2018,ledighedsydelse,tilgang,") {
		t.Errorf("eksakt.csv: %v\n%s", err, csv)
	}
	dir := t.TempDir()
	code, _, stderr = invoke(t, "run", "rksk-2020/ips.yaml", "--exact", "--out", dir)
	if code != 1 || !strings.Contains(stderr, "den eksakte beregning kender ingen indsatser") {
		t.Errorf("exit %d, stderr %q; want a refusal naming the interventions", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("files written by a refused run --exact: %v", entries)
	}
}
