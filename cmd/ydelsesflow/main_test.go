package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"ydelsesflow/msg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// invoke runs the command line and returns its exit code and output.
func invoke(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"ydelsesflow"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/ydelsesflow -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./cmd/ydelsesflow -update and review the diff.\ngot:\n%s", path, got)
	}
}

// TestDefaultTable is the golden test of the default scenario's table,
// with 20 runs and the scenario's own seed (TestCommands checks that the
// scenario's runs are the default).
func TestDefaultTable(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := invoke(t, "run", "--runs", "20", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	table, err := os.ReadFile(filepath.Join(out, "tabel.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout, string(table)) {
		t.Error("the printed table differs from tabel.txt")
	}
	golden(t, "default.txt", table)
	md, _ := os.ReadFile(filepath.Join(out, "tabel.md"))
	golden(t, "default.md", md)
	for _, f := range []string{"sammendrag.csv", "koersler.csv", "sammendrag.json"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(out, ".*"))
	if len(left) > 0 {
		t.Errorf("temporary files or a staging directory left behind: %v", left)
	}
}

// TestSameSeedSameFilesWhateverWorkers runs the default scenario with 1 and
// 4 workers and compares the CSV files byte for byte.
func TestSameSeedSameFilesWhateverWorkers(t *testing.T) {
	var dirs [2]string
	for i, workers := range []string{"1", "4"} {
		dirs[i] = t.TempDir()
		if code, _, stderr := invoke(t, "run", "--runs", "6", "--seed", "5", "--workers", workers, "--quiet", "--out", dirs[i]); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, f := range []string{"sammendrag.csv", "koersler.csv", "budget.xlsx"} {
		a, err1 := os.ReadFile(filepath.Join(dirs[0], f))
		b, err2 := os.ReadFile(filepath.Join(dirs[1], f))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between 1 and 4 workers", f)
		}
	}
}

// TestBadScenario checks that a mistake gives a positioned message, exit
// status 1 and no output files.
func TestBadScenario(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "fejl.yaml")
	os.WriteFile(file, []byte("extends: default.yaml\nruns: mange\ntransitions:\n  sygedagpenge:\n    max_weks: 22\n"), 0o644)
	out := filepath.Join(dir, "ud")
	code, stdout, stderr := invoke(t, "run", file, "--out", out)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		file + `:2:7: runs: forventede et helt tal, fik tekst "mange"`,
		"    2 | runs: mange\n      |       ^",
		file + `:5:5: transitions.sygedagpenge.max_weks: ukendt nøgle "max_weks"; mente du "max_weeks"?`,
		"2 problemer fundet; intet er skrevet.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") || stdout != "" {
		t.Errorf("unexpected output:\n%s\n%s", stdout, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output directory created for a bad scenario: %v", err)
	}

	code, stdout, stderr = invoke(t, "validate", "default.yaml", file)
	if code != 1 || !strings.Contains(stdout, "default.yaml: ok") || !strings.Contains(stderr, "1 af 2 filer har problemer") {
		t.Errorf("validate: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestUsage checks the answers to command-line mistakes.
func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"simuler"}, 2, `ingen kommando "simuler"; kommandoerne er run, compare, sensitivity, report, calibrate, plot, validate, scenarios, explain og schema (se ydelsesflow --help)`},
		{[]string{"run", "--bogus"}, 2, "ukendt flag --bogus"},
		{[]string{"run", "--runs", "0"}, 2, "--runs skal være mindst 1, fik 0"},
		{[]string{"run", "--runs", "auto"}, 2, `--runs skal være et antal kørsler, mindst 1; fik "auto"`},
		{[]string{"sensitivity", "rksk-2020/ips.yaml", "--runs", "1"}, 2, "--runs skal være mindst 2, fik 1"},
		{[]string{"report", "--runs", "1"}, 2, "--runs skal være mindst 2, fik 1"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--runs", "auto", "--max-runs", "50"}, 2, "--max-runs skal være mindst 100, fik 50"},
		{[]string{"run", "--trace", "0"}, 2, "--trace kræver et antal personer, mindst 1, fik 0"},
		// A flag that would change nothing is a mistake, not ignored.
		{[]string{"run", "--lang", "en"}, 2, "--lang gælder diagrammerne, som kun tegnes med --plots; tilføj --plots, eller udelad --lang"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--plot-formats", "svg"}, 2, "--plot-formats gælder diagrammerne, som kun tegnes med --plots"},
		{[]string{"report", "--lang", "en"}, 2, "--lang gælder diagrammerne"},
		{[]string{"sensitivity", "rksk-2020/ips.yaml", "--lang", "en"}, 2, "--lang gælder diagrammerne"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--precision", "100000"}, 2, "--precision gælder kun --runs auto; tilføj --runs auto, eller udelad --precision"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--runs", "50", "--max-runs", "500"}, 2, "--max-runs gælder kun --runs auto"},
		// An empty variant name after #.
		{[]string{"run", "default.yaml#"}, 2, `"default.yaml#": intet variantnavn efter #; skriv default.yaml#VARIANT med en af filens varianter, eller default.yaml uden # for filen selv`},
		{[]string{"compare", "rksk-2020/ips.yaml# "}, 2, "intet variantnavn efter #"},
		{[]string{"validate", "default.yaml#"}, 2, "intet variantnavn efter #"},
		{[]string{"run", "--format", "xml"}, 2, `ukendt --format "xml"; brug en af text, markdown, csv, json, xlsx`},
		{[]string{"run", "a.yaml", "b.yaml"}, 2, "run tager højst ét scenarie, fik 2: a.yaml b.yaml"},
		{[]string{"validate"}, 2, "validate kræver mindst én scenariefil"},
		{[]string{"run", "findes-ikke.yaml"}, 1, "findes-ikke.yaml: kan ikke læse scenariet: findes ikke\n1 problem fundet; intet er skrevet.\n"},
		{[]string{"run", "--runs"}, 2, "ydelsesflow: --runs mangler en værdi (se ydelsesflow --help)"},
		{[]string{"run", "-j", "x"}, 2, `"x" er ikke en gyldig værdi for -j (se`},
		{[]string{"run", "--quiet=x"}, 2, `"x" er ikke en gyldig værdi for --quiet; brug true eller false`},
		{[]string{"help", "simuler"}, 2, `ingen kommando "simuler"; kommandoerne er run, compare,`},
		{[]string{"help", "run", "compare"}, 2, "help tager højst én kommando, fik 2: run compare"},
	}
	for _, tt := range tests {
		code, _, stderr := invoke(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

// TestCommands checks scenarios, explain, formats and flags after the
// scenario argument.
func TestCommands(t *testing.T) {
	code, stdout, _ := invoke(t, "scenarios")
	if code != 0 || !regexp.MustCompile(`(?m)^default\.yaml +Basisforløb`).MatchString(stdout) || !strings.Contains(stdout, "rksk-2020/ips.yaml ") {
		t.Errorf("scenarios: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = invoke(t, "explain", "default.yaml")
	if code != 0 || !strings.Contains(stdout, "mean_weeks: 49 # embedded:default.yaml:") {
		t.Errorf("explain: exit %d\n%s", code, stdout)
	}
	code, stdout, stderr := invoke(t, "run", "default.yaml", "--runs", "3", "--format", "csv", "--out", t.TempDir())
	if code != 0 || !strings.HasPrefix(stdout, "year,state,label,measure,unit,mean,sd,mcse,p5,p50,p95,prices\n2027,sygedagpenge,") {
		t.Errorf("run --format csv: exit %d\n%.300s\n%s", code, stdout, stderr)
	}
	// Without --runs and --seed, the scenario's runs and seed.
	three := filepath.Join(t.TempDir(), "tre.yaml")
	if err := os.WriteFile(three, []byte("extends: default.yaml\nruns: 3\nseed: 99\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = invoke(t, "run", three, "--format", "json", "--out", t.TempDir())
	if code != 0 || !strings.Contains(stdout, `"runs": 3,`) || !strings.Contains(stdout, `"seed": 99,`) {
		t.Errorf("run --format json: exit %d\n%.300s", code, stdout)
	}
}

// TestHelp checks that the help is Danish, urfave/cli/v2's own words
// included, and shows each flag with its placeholder and default.
func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"NAVN:\n   ydelsesflow - budgetlæg", "BRUG:\n   ydelsesflow [globale flag] kommando [kommandoens flag]\n",
			"BESKRIVELSE:", "statens refusion (80/40/30/20 % efter", "KOMMANDOER:", "\n   help, h      vis kommandoerne eller hjælpen til én kommando\n",
			"GLOBALE FLAG:\n   --help, -h  vis hjælpen\n"}},
		{[]string{"help"}, []string{"KOMMANDOER:\n   run          simulér et scenarie"}},
		{[]string{"help", "run"}, []string{"BRUG:\n   ydelsesflow run [flag] [SCENARIE]\n", "FLAG:\n",
			"--runs værdi, -n værdi     antal Monte Carlo-kørsler (standard: scenariets runs)\n",
			`--out værdi, -o værdi      mappe til filerne (standard: "ud")`,
			"--quiet, -q                udskriv intet på standard output; skriv kun filerne\n",
			"--trace-state TILSTAND     følg personer, der starter i TILSTAND (standard: den første tilstand)\n"}},
		{[]string{"run", "--help"}, []string{"NAVN:\n   ydelsesflow run - simulér"}},
		{[]string{"compare", "-h"}, []string{"BRUG:\n   ydelsesflow compare [flag] [BASIS] INDSATS...\n", "hvert INDSATS-scenarie", "FIL#VARIANT", "--precision KR", "(standard: 50000)", "(standard: personer, som indsatserne påvirker)"}},
		{[]string{"h", "plot"}, []string{"BRUG:\n   ydelsesflow plot [flag] RESULTATMAPPE\n", "RESULTATMAPPE/resultat.json", "(standard: RESULTATMAPPE)", "90 %-interval"}},
		{[]string{"help", "validate"}, []string{"BRUG:\n   ydelsesflow validate [flag] FIL...\n", "hver FIL med"}},
		{[]string{"help", "sensitivity"}, []string{"[BASIS] INDSATS\n", "scenariet INDSATS", "eller BASIS"}},
		{[]string{"help", "report"}, []string{"[[BASIS] SCENARIE...]\n", "hvert SCENARIE med indsatser mod BASIS"}},
		{[]string{"help", "explain"}, []string{"BRUG:\n   ydelsesflow explain [flag] SCENARIE\n"}},
		{[]string{"help", "help"}, []string{"BRUG:\n   ydelsesflow help [flag] [KOMMANDO]\n"}},
	}
	english := []string{"NAME:", "USAGE:", "DESCRIPTION:", "COMMANDS:", "OPTIONS:", "command options", "arguments...",
		"(default:", "show help", "Shows a list", " value",
		"BASELINE", "INTERVENTION", "SCENARIO", "FILE", "RESULT_DIR"}
	for _, tt := range tests {
		code, stdout, stderr := invoke(t, tt.args...)
		if code != 0 || stderr != "" {
			t.Errorf("%v: exit %d, %s", tt.args, code, stderr)
		}
		for _, want := range tt.want {
			if !strings.Contains(stdout, want) {
				t.Errorf("%v: the help lacks %q:\n%s", tt.args, want, stdout)
			}
		}
		for _, en := range english {
			if strings.Contains(stdout, en) {
				t.Errorf("%v: the help says %q in English:\n%s", tt.args, en, stdout)
			}
		}
	}
}

// TestMistakesInEnglish checks that the command's mistakes, and the
// engine's errors inside them, carry their English through the catalogue,
// for the day a flag chooses English.
func TestMistakesInEnglish(t *testing.T) {
	shorter := shorterIPS(t)
	_, armsErr := loadArms(options{}.loader(), []string{"current-law/baseline.yaml", shorter})
	tests := []struct {
		got, want string
	}{
		{usagef("--runs skal være mindst %d, fik %d", 2, 1).(usageError).in(msg.English),
			"--runs must be at least 2, got 1 (see ydelsesflow --help)"},
		{usageError{flagMistake(errors.New("flag provided but not defined: -bogus"))}.in(msg.English),
			"unknown flag --bogus (see ydelsesflow --help)"},
		{msg.Localize(msg.English, armsErr),
			shorter + " cannot be compared with current-law/baseline.yaml: the budget years differ ([2027 2028 2029 2030] and [2027 2028 2029]); use the same start and horizon"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestPricesFlag checks that --prices chooses the prices of every amount:
// the default scenario's own faste 2027-priser, or løbende priser, which
// agree in 2027 and differ later; and that a wrong value is a usage error.
func TestPricesFlag(t *testing.T) {
	table := func(prices string) string {
		out := t.TempDir()
		args := []string{"run", "default.yaml", "--runs", "2", "--quiet", "--out", out}
		if prices != "" {
			args = append(args, "--prices", prices)
		}
		if code, _, stderr := invoke(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(out, "tabel.txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	own, faste, loebende := table(""), table("faste"), table("loebende")
	if own != faste || !strings.Contains(faste, "· 2027-priser") || !strings.Contains(loebende, "· løbende priser") {
		t.Fatalf("headers: default %q, faste %q, løbende %q", firstLines(own), firstLines(faste), firstLines(loebende))
	}
	if faste == loebende {
		t.Error("faste and løbende priser give the same table")
	}
	if code, _, stderr := invoke(t, "run", "--prices", "2027", "--runs", "2"); code != 2 || !strings.Contains(stderr, `ukendt --prices "2027"`) {
		t.Errorf("--prices 2027: exit %d, %s", code, stderr)
	}
}

// firstLines returns the first two lines of s.
func firstLines(s string) string {
	lines := strings.SplitN(s, "\n", 3)
	return strings.Join(lines[:min(2, len(lines))], " / ")
}

// TestFormatXLSX checks that --format xlsx writes the workbook beside the
// other files and tells where, printing nothing binary, for run and
// compare.
func TestFormatXLSX(t *testing.T) {
	tests := []struct {
		args []string
		file string
	}{
		{[]string{"run", "flere-skal-med/kontanthjaelp.yaml", "--runs", "2"}, "budget.xlsx"},
		{[]string{"compare", "flere-skal-med/kontanthjaelp.yaml", "--runs", "2"}, "sammenligning.xlsx"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		code, stdout, stderr := invoke(t, append(tt.args, "--format", "xlsx", "--out", dir)...)
		path := filepath.Join(dir, tt.file)
		if code != 0 || stdout != "Excel-projektmappen er skrevet til "+path+"\n" {
			t.Errorf("%v: exit %d, stdout %q, stderr %s", tt.args, code, stdout, stderr)
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			t.Errorf("%v: %s is not a workbook (a zip file): %v", tt.args, tt.file, err)
		}
	}
}
