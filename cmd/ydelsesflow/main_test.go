package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
	left, _ := filepath.Glob(filepath.Join(out, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
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
	for _, f := range []string{"sammendrag.csv", "koersler.csv"} {
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
		"2 problems found; nothing was written.",
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
	if code != 1 || !strings.Contains(stdout, "default.yaml: ok") || !strings.Contains(stderr, "1 of 2 files have problems") {
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
		{[]string{"simuler"}, 2, `no command "simuler"; the commands are run, compare, sensitivity, report, plot, validate, scenarios, explain and schema`},
		{[]string{"run", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{[]string{"run", "--runs", "0"}, 2, "--runs must be at least 1"},
		{[]string{"run", "--runs", "auto"}, 2, `--runs must be a number of runs, at least 1; got "auto"`},
		{[]string{"sensitivity", "rksk-2020/ips.yaml", "--runs", "1"}, 2, "--runs must be at least 2, got 1"},
		{[]string{"report", "--runs", "1"}, 2, "--runs must be at least 2, got 1"},
		{[]string{"compare", "rksk-2020/ips.yaml", "--runs", "auto", "--max-runs", "50"}, 2, "--max-runs must be at least 100, got 50"},
		{[]string{"run", "--trace", "0"}, 2, "--trace needs a number of persons, at least 1, got 0"},
		{[]string{"run", "--format", "xml"}, 2, `unknown --format "xml"`},
		{[]string{"run", "a.yaml", "b.yaml"}, 2, "run takes one scenario"},
		{[]string{"validate"}, 2, "validate needs at least one scenario file"},
		{[]string{"run", "findes-ikke.yaml"}, 1, "findes-ikke.yaml: kan ikke læse scenariet: filen findes ikke"},
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
	if code != 0 || !strings.HasPrefix(stdout, "year,state,label,measure,unit,mean,sd,mcse,p5,p50,p95\n2027,sygedagpenge,") {
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
