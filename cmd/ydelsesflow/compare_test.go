package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// library lists the comparisons of the scenario library with the name of
// each golden file under testdata/compare/. Each runs with libraryRuns runs
// and a fixed seed, so that the golden tables stay fast to check.
var library = []struct {
	golden string
	args   []string
}{
	{"rksk-2020-ips", []string{"rksk-2020/baseline.yaml", "rksk-2020/ips.yaml", "rksk-2020/ips.yaml#rksk_maal"}},
	{"rksk-2020-ips-usikker", []string{"rksk-2020/baseline.yaml", "rksk-2020/ips-usikker.yaml"}},
	{"rksk-2020-revalidering-cut", []string{"rksk-2020/revalidering-cut.yaml"}},
	{"rksk-2020-langtidsrask-case", []string{"rksk-2020/langtidsrask-case.yaml"}},
	{"rksk-2020-langtidsrask", []string{"rksk-2020/langtidsrask.yaml"}},
	{"stevns-2017-fleksjob-progression", []string{"stevns-2017/fleksjob-progression.yaml"}},
	{"flere-skal-med-kontanthjaelp", []string{"flere-skal-med/kontanthjaelp.yaml"}},
	{"current-law-ips-ressourceforloeb", []string{"current-law/baseline.yaml", "current-law/ips-ressourceforloeb.yaml"}},
	{"current-law-ips-sygemeldte", []string{"current-law/ips-sygemeldte.yaml"}},
	{"current-law-ips-sygemeldte-jaf-afskaffet", []string{"current-law/baseline.yaml#jaf_afskaffet", "current-law/ips-sygemeldte.yaml#jaf_afskaffet"}},
}

// libraryRuns are the runs of each comparison in TestLibraryBudgetTables:
// few, because the test checks the arithmetic, not the precision.
const libraryRuns = "8"

// TestLibraryBudgetTables is the golden test of the budget tables of every
// comparison in the scenario library.
func TestLibraryBudgetTables(t *testing.T) {
	for _, c := range library {
		t.Run(c.golden, func(t *testing.T) {
			out := t.TempDir()
			args := append([]string{"compare", "--runs", libraryRuns, "--seed", "7", "--out", out, "--quiet"}, c.args...)
			code, _, stderr := invoke(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			txt, err := os.ReadFile(filepath.Join(out, "sammenligning.txt"))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("compare", c.golden+".txt"), txt)
			for _, want := range []string{"Økonomiske konsekvenser (1.000 kr., ", "Budget ", "Overslagsår ", "Overførselsudgifter", "Nettoændring for kommunen i alt", "sandsynlighed for mindreudgift", "Break-even"} {
				if !strings.Contains(string(txt), want) {
					t.Errorf("the table lacks %q", want)
				}
			}
		})
	}
}

// TestLibraryCovered checks that every intervention scenario in the
// library has a golden budget table.
func TestLibraryCovered(t *testing.T) {
	files, _ := filepath.Glob("../../scenarios/*/*.yaml")
	covered := map[string]bool{}
	for _, c := range library {
		for _, a := range c.args {
			covered[strings.SplitN(a, "#", 2)[0]] = true
		}
	}
	for _, f := range files {
		name := strings.TrimPrefix(filepath.ToSlash(f), "../../scenarios/")
		src, _ := os.ReadFile(f)
		if strings.Contains(string(src), "\ninterventions:") && !covered[name] {
			t.Errorf("%s has interventions but no golden budget table in TestLibraryBudgetTables", name)
		}
	}
}

// TestCompareFiles checks the files compare writes and that the CSV and
// Markdown hold the same comparison.
func TestCompareFiles(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := invoke(t, "compare", "rksk-2020/revalidering-cut.yaml", "--runs", "8", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Filer skrevet til "+out+"/: resultat.json, sammenligning.csv, sammenligning.md, sammenligning.txt") {
		t.Errorf("stdout does not list the files:\n%s", stdout)
	}
	csv, _ := os.ReadFile(filepath.Join(out, "sammenligning.csv"))
	if !strings.HasPrefix(string(csv), "alternative,period,line,unit,mean,sd,mcse,p5,p50,p95,p_saving,prices\n") ||
		!strings.Contains(string(csv), "rksk-2020/revalidering-cut.yaml,total,netto_i_alt,kr,") {
		t.Errorf("sammenligning.csv:\n%.400s", csv)
	}
	md, _ := os.ReadFile(filepath.Join(out, "sammenligning.md"))
	if !strings.Contains(string(md), "| Økonomiske konsekvenser (1.000 kr., ") {
		t.Errorf("sammenligning.md:\n%.400s", md)
	}
}

// shorterIPS writes a scenario with the states of current-law/baseline.yaml
// and interventions, but other budget years (three, 2027-2029), and returns
// its path.
func shorterIPS(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "kortere.yaml")
	if err := os.WriteFile(file, []byte("extends: current-law/ips-ressourceforloeb.yaml\nhorizon: {years: 3}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestCompareMistakes checks the answers to mistakes with compare: exit
// status, message and no files.
func TestCompareMistakes(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ud")
	shorter := shorterIPS(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"compare"}, 2, "compare kræver mindst ét scenarie med indsatser"},
		{[]string{"compare", "default.yaml"}, 1, "default.yaml har ingen indsatser"},
		{[]string{"compare", "rksk-2020/ips.yaml#findes_ikke"}, 1, `ingen variant "findes_ikke" i embedded:rksk-2020/ips.yaml; dens varianter er rksk_maal`},
		{[]string{"compare", "current-law/baseline.yaml", shorter}, 1, shorter + " kan ikke sammenlignes med current-law/baseline.yaml: budgetårene er forskellige"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--trace", "0"}, 2, "--trace kræver et antal personer"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--runs", "mange"}, 2, `--runs skal være et antal kørsler, mindst 1, eller auto; fik "mange"`},
		{[]string{"compare", "rksk-2020/ips.yaml", "--runs", "auto", "--precision", "0"}, 2, "--precision skal være et beløb i kr. over 0"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--trace", "1", "--trace-state", "ingen"}, 2, `--trace-state: ingen tilstand "ingen"`},
	}
	for _, tt := range tests {
		code, _, stderr := invoke(t, append(tt.args, "--out", out)...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
		if strings.Contains(stderr, "goroutine") {
			t.Errorf("%v: a stack trace:\n%s", tt.args, stderr)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output directory created by a failed compare: %v", err)
	}
}

// TestTrace checks that --trace follows, by default, a person whose path
// the intervention changes, in both arms, week by week with its clock and
// refusion, and that unpaid weeks share a line.
func TestTrace(t *testing.T) {
	code, stdout, stderr := invoke(t, "compare", "rksk-2020/langtidsrask-case.yaml", "--trace", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	base, alt, ok := strings.Cut(stdout, "Indsats: rksk-2020/langtidsrask-case.yaml")
	if !ok || !strings.HasPrefix(base, "Basis: rksk-2020/langtidsrask-case.yaml uden indsatser — personer indsatsen ændrer forløbet for") {
		t.Fatalf("trace lacks the two arms:\n%s", stdout)
	}
	for _, arm := range []string{base, alt} {
		if !strings.Contains(arm, "Person i bestanden ved start (arbejdsgiverperiode, alle nr. 1)") ||
			!regexp.MustCompile(`1–4 +2020-U01–2020-U04 +Arbejdsgiverperiode`).MatchString(arm) {
			t.Errorf("arm lacks the person or its first four weeks on one line:\n%s", arm)
		}
	}
	// Without the advice: week 5 is the first sygedagpenge week, clock 1, 80 %.
	if !regexp.MustCompile(`\n +5 +2020-U05 +Sygedagpenge +1 +1 +80 % +4\.172,00 +834,40`).MatchString(base) {
		t.Errorf("baseline week 5 is not sygedagpenge at clock 1 and 80 %%:\n%s", base)
	}
	// With it: tabt arbejdsfortjeneste at 50 %, no clock.
	if !regexp.MustCompile(`\n +5 +2020-U05 +Tabt arbejdsfortjeneste[^\n]* 0 +50 % +3\.129,00 +1\.564,50`).MatchString(alt) {
		t.Errorf("week 5 with the advice is not tabt arbejdsfortjeneste at 50 %%:\n%s", alt)
	}
}

// TestRunsAuto checks that --runs auto stops at the precision it promised:
// the MC error of the total saving is below the target when it stops and
// was not after the batch before, and the figures equal a fixed run of the
// same number of runs.
func TestRunsAuto(t *testing.T) {
	out := t.TempDir()
	// A cheap comparison: 100 runs give an MC error of about 0,29 mio. kr., 200 about 0,21.
	const comparison = "flere-skal-med/kontanthjaelp.yaml"
	code, stdout, stderr := invoke(t, "compare", comparison, "--runs", "auto", "--precision", "250000", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := regexp.MustCompile(`stoppede efter (\d+) kørsler, da MC-fejlen på den samlede besparelse \(([\d.]+) kr\.\) var under målet 250\.000 kr\.`).FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("no stop note:\n%.600s", stdout)
	}
	// fixed runs compare with a fixed number of runs and returns its CSV
	// and the MC error of the total saving.
	fixed := func(runs string) (string, float64) {
		dir := t.TempDir()
		if code, _, stderr := invoke(t, "compare", comparison, "--runs", runs, "--out", dir, "--quiet"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		csv, _ := os.ReadFile(filepath.Join(dir, "sammenligning.csv"))
		for _, line := range strings.Split(string(csv), "\n") {
			if f := strings.Split(line, ","); len(f) > 6 && f[1] == "total" && f[2] == "netto_i_alt" {
				v, err := strconv.ParseFloat(f[6], 64)
				if err != nil {
					t.Fatal(err)
				}
				return string(csv), v
			}
		}
		t.Fatal("no total saving in the CSV")
		return "", 0
	}
	runs, _ := strconv.Atoi(m[1])
	csv, got := fixed(m[1])
	if got >= 250000 {
		t.Errorf("stopped after %d runs with an MC error of %.0f kr., not below the target", runs, got)
	}
	if auto, _ := os.ReadFile(filepath.Join(out, "sammenligning.csv")); string(auto) != csv {
		t.Error("--runs auto gives other figures than a fixed run of the same number of runs")
	}
	if runs <= 100 {
		t.Fatalf("stopped after the first batch (%d runs); the test needs a target the first batch misses", runs)
	}
	if _, prev := fixed(strconv.Itoa(runs / 2)); prev < 250000 {
		t.Errorf("%d runs already had an MC error of %.0f kr. below the target; it should have stopped there", runs/2, prev)
	}

	// A cap below what the target needs: the note says so.
	code, stdout, _ = invoke(t, "compare", comparison, "--runs", "auto", "--precision", "1000", "--max-runs", "150", "--out", t.TempDir())
	if code != 0 || !strings.Contains(stdout, "loftet på 150 kørsler (--max-runs) nået") {
		t.Errorf("cap: exit %d\n%.600s", code, stdout)
	}
}

// TestSensitivity checks the sensitivity command on a scenario with two
// uncertain numbers (over two years, to keep it fast), and its answer to a
// scenario without any.
func TestSensitivity(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "usikker.yaml")
	os.WriteFile(file, []byte(`extends: rksk-2020/revalidering-cut.yaml
interventions:
  revalidering_cut:
    divert:
      - state: revalidering
        share: {dist: uniform, min: 0.5, max: 1, name: andel_afvist, source: test}
        destinations: {selvforsoergelse: 0.2, jobafklaring: 0.7, kontanthjaelp: 0.1}
        source: test
transitions:
  kontanthjaelp:
    mean_weeks: {dist: pert, min: 60, mode: 78, max: 120, name: kontanthjaelp_uger, source: test}
horizon: {years: 2}
`), 0o644)
	out := filepath.Join(dir, "ud")
	code, stdout, stderr := invoke(t, "sensitivity", file, "--runs", "3", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Tornado: nettoændring 2020–2021 (1.000 kr., ", "andel_afvist", "kontanthjaelp_uger", "rangkorrelation", "sandsynlighed for mindreudgift"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	csv, _ := os.ReadFile(filepath.Join(out, "sensitivitet.csv"))
	if !strings.HasPrefix(string(csv), "analysis,parameter,file,line,low,high,change_low,change_high,width,budget_change_low,budget_change_high,rank_correlation,prices\ntornado,andel_afvist,") {
		t.Errorf("sensitivitet.csv: the widest bar should be the diverted share:\n%s", csv)
	}
	code, _, stderr = invoke(t, "sensitivity", "rksk-2020/revalidering-cut.yaml", "--runs", "4", "--out", filepath.Join(dir, "x"))
	if code != 1 || !strings.Contains(stderr, "scenarierne har ingen usikre tal") {
		t.Errorf("no uncertain numbers: exit %d, %s", code, stderr)
	}
}
