package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStaircaseChangeEndToEnd reports on a scenario whose staircase
// changes within the horizon and redraws its charts: the saved results
// keep both staircases with their dates, the report's method section and
// the refusion chart name each with its period, and explain says which
// applies when.
func TestStaircaseChangeEndToEnd(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "trappe.yaml")
	err := os.WriteFile(file, []byte(`title: En ny trappe
start: 2027-01-04
horizon: {years: 2}
groups: {alle: {}}
states:
  syg: {financing: staircase, rate: {per: week, amounts: {2027: 1000, 2028: 1000}}}
  arbejde: {financing: none, self_supporting: true}
transitions:
  syg: {mean_weeks: 20, destinations: {arbejde: 1}}
initial:
  syg: {persons: {alle: 50}}
inflows:
  syg: {per_year: {alle: 100}}
changes:
  ny_trappe:
    from: 2028-01-01
    source: test
    set:
      refusionstrappe:
        steps: [{to_week: 13, state_share: 0.5}, {state_share: 0.25}]
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "ud")
	if code, _, stderr := invoke(t, "report", file, "--runs", "2", "--quiet", "--out", out); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	saved, _ := os.ReadFile(filepath.Join(out, "resultat.json"))
	if !strings.Contains(string(saved), `"staircases"`) || !strings.Contains(string(saved), `"from": "2028-01-03"`) {
		t.Errorf("resultat.json does not keep the staircases:\n%.2000s", saved)
	}
	page, _ := os.ReadFile(filepath.Join(out, "rapport.html"))
	if want := "til og med 2. januar 2028 gælder 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 og 20 % derefter; fra 3. januar 2028 gælder 50 % i uge 1–13 og 25 % derefter."; !strings.Contains(string(page), want) {
		t.Errorf("rapport.html lacks %q", want)
	}
	charts := filepath.Join(dir, "diagrammer")
	if code, _, stderr := invoke(t, "plot", out, "--out", charts, "--plot-formats", "svg"); code != 0 {
		t.Fatalf("plot: exit %d: %s", code, stderr)
	}
	svg, _ := os.ReadFile(filepath.Join(charts, "refusion.svg"))
	for _, want := range []string{"Uge 1–13 (50 %): ", "Uge 14+ (25 %): ", "Trinene: Uge 1–4 (80 %)"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("refusion.svg lacks %q", want)
		}
	}
	code, stdout, stderr := invoke(t, "explain", file)
	if code != 0 {
		t.Fatalf("explain: exit %d: %s", code, stderr)
	}
	if want := "# refusionstrappen fra 2028-01-03 (ændring ny_trappe): Uge 1–13 (50 %), Uge 14+ (25 %); ny optælling efter 52 selvforsørgende uger inden for 156 uger\n"; !strings.Contains(stdout, want) {
		t.Errorf("explain lacks %q:\n%.600s", want, stdout)
	}
}
