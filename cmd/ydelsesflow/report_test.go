package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ydelsesflow/internal/browser"
)

// listDir returns the names of the files in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestReportAndPlot writes a comparison report, then redraws its charts
// from the saved results in English.
func TestReportAndPlot(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := invoke(t, "report", "current-law/ips-ressourceforloeb.yaml", "--runs", "4", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "forventes at") || !strings.Contains(stdout, "sandsynlighed for mindreudgift") {
		t.Errorf("stdout lacks the headline:\n%s", stdout)
	}
	if got := listDir(t, out); !slices.Equal(got, []string{"filer.json", "rapport.html", "resultat.json"}) {
		t.Errorf("files %v, want filer.json, rapport.html and resultat.json", got)
	}
	page, _ := os.ReadFile(filepath.Join(out, "rapport.html"))
	for _, want := range []string{"IPS i ressourceforløb", "Økonomiske konsekvenser (1.000 kr., ", "IPS-konsulenter inkl. løn",
		"ingen af sine antagelser som usikre tal", "ips-ressourceforloeb.yaml:"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("rapport.html lacks %q", want)
		}
	}

	charts := t.TempDir()
	code, stdout, stderr = invoke(t, "plot", out, "--out", charts, "--lang", "en", "--plot-formats", "svg,png")
	if code != 0 {
		t.Fatalf("plot: exit %d: %s", code, stderr)
	}
	want := []string{"besparelse-akkumuleret.png", "besparelse-akkumuleret.svg", "besparelse-fordeling.png", "besparelse-fordeling.svg",
		"budget.png", "budget.svg", "filer.json", "personer-med-og-uden.png", "personer-med-og-uden.svg"}
	if got := listDir(t, charts); !slices.Equal(got, want) {
		t.Errorf("plot wrote %v, want %v", got, want)
	}
	svg, _ := os.ReadFile(filepath.Join(charts, "budget.svg"))
	if !strings.Contains(string(svg), "over 2027–2030") || !strings.Contains(string(svg), "DKK") {
		t.Errorf("budget.svg is not the English chart of 2027–2030")
	}
	if !strings.Contains(stdout, "budget.svg") {
		t.Errorf("plot does not list its files:\n%s", stdout)
	}
}

// TestProjectionReport writes the default scenario's report and charts.
func TestProjectionReport(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := invoke(t, "report", "--runs", "3", "--plots", "--plot-formats", "pdf", "--quiet", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := listDir(t, out); !slices.Equal(got, []string{"filer.json", "personer.pdf", "rapport.html", "refusion.pdf", "resultat.json"}) {
		t.Errorf("files %v", got)
	}
	page, _ := os.ReadFile(filepath.Join(out, "rapport.html"))
	if !strings.Contains(string(page), "Kommunen forventes at bruge") || !strings.Contains(string(page), "Kommunal nettoudgift (1.000 kr.)") {
		t.Error("the projection report lacks its headline or its net spending table")
	}
	// The persons table counts persons on ydelser, not those the model
	// follows after they left (self-support).
	persons := string(page)[strings.Index(string(page), "<h3>Helårspersoner</h3>"):]
	persons = persons[:strings.Index(persons, "</table>")]
	if strings.Contains(persons, "Selvforsørgelse") || !strings.Contains(persons, "I alt på ydelse") {
		t.Errorf("the persons table:\n%s", persons)
	}
	// The tables in order: the kommune's net first, the memo of the
	// benefits Udbetaling Danmark and the a-kasse pay out last.
	var at []int
	for _, h := range []string{"<h3>Kommunal nettoudgift (1.000 kr.)</h3>", "<h3>Helårspersoner</h3>", "<h3>Bruttoudgift til ydelser (1.000 kr.)</h3>",
		"<h3>Statsrefusion og statens andel (1.000 kr.)</h3>", "<h3>Til orientering: ydelser udbetalt af andre (1.000 kr.)</h3>"} {
		at = append(at, strings.Index(string(page), h))
	}
	if !slices.IsSorted(at) || at[0] < 0 {
		t.Errorf("the tables are not net, persons, gross, refusion, memo: positions %v", at)
	}
}

// TestPlotMistakes checks that mistakes give a clear message, a non-zero
// exit and no files.
func TestPlotMistakes(t *testing.T) {
	empty := t.TempDir()
	damaged := t.TempDir()
	// A damaged results file that the manifest lists as it is.
	if err := (outputFiles{resultsName: []byte(`{"version": 2, "comparisons": [{"years": []}]}`)}).write(damaged, scenarioSet("compare", nil)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"plot"}, "plot kræver én RESULTATMAPPE"},
		{[]string{"plot", empty}, "resultat.json findes ikke; run, compare, sensitivity og report skriver den med --out"},
		{[]string{"plot", damaged}, "beskadiget resultatfil"},
		{[]string{"plot", empty, "--lang", "de"}, `ukendt sprog "de"`},
		{[]string{"plot", empty, "--plot-formats", "png,gif"}, `--plot-formats: ukendt format "gif"; brug png, svg, pdf`},
		{[]string{"run", "--plots", "--lang", "fr", "--out", empty}, `ukendt sprog "fr"`},
		{[]string{"report", "--sensitivity-runs", "1", "--out", empty}, "--sensitivity-runs skal være 0 (ingen) eller mindst 2"},
	} {
		code, _, stderr := invoke(t, c.args...)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want an error with %q", c.args, code, stderr, c.want)
		}
		if strings.Contains(stderr, "goroutine") {
			t.Errorf("%v: a stack trace", c.args)
		}
	}
	if got := listDir(t, empty); len(got) != 0 {
		t.Errorf("files written after mistakes: %v", got)
	}
}

// TestReportPDF prints the report with Chromium (skipped without one,
// unless YDELSESFLOW_BROWSER_TEST=require).
func TestReportPDF(t *testing.T) {
	browser.ForTest(t)
	out := t.TempDir()
	code, _, stderr := invoke(t, "report", "rksk-2020/ips.yaml", "--runs", "3", "--pdf", "--quiet", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdf, err := os.ReadFile(filepath.Join(out, "rapport.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(pdf), "%PDF-") || len(pdf) < 20000 {
		t.Errorf("rapport.pdf is not a PDF of the report (%d bytes)", len(pdf))
	}
}
