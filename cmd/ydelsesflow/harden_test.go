//go:build linux || darwin

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hardenBase is a small valid scenario that the hostile cases extend.
const hardenBase = `start: 2027-01-04
horizon: {years: 2}
groups: {alle: {}}
states:
  syg:
    financing: staircase
    rate: {per: week, amounts: {2027: 4800}, indexing: 0.02}
  arbejde:
    financing: none
    self_supporting: true
transitions:
  syg:
    mean_weeks: 20
    destinations: {arbejde: 1}
initial:
  syg: {persons: {alle: 10}}
`

// hardenMemory is the address-space cap of each subprocess: far above what
// the cases need when they are rejected, far below what they asked for
// before they were.
const hardenMemory = 2 << 30

// hardenEnv carries a subprocess's arguments, separated by the unit separator (0x1F).
const hardenEnv = "YDELSESFLOW_HARDEN_ARGS"

// TestHardenHelper is the subprocess of TestHostileInput: it caps its
// address space and runs the command line given in hardenEnv.
func TestHardenHelper(t *testing.T) {
	args, ok := os.LookupEnv(hardenEnv)
	if !ok {
		t.Skip("the subprocess of TestHostileInput")
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: hardenMemory, Max: hardenMemory}); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(append([]string{"ydelsesflow"}, strings.Split(args, "\x1f")...), os.Stdout, os.Stderr))
}

// TestHostileInput runs each case of issue 16's hostile inputs as a
// subprocess under a memory cap and a time-out (a guard far above the
// normal time, not a speed assertion), and checks its exit code, that the
// message names file:line:col and says what is wrong, that nothing is
// written, and that a file that is not a scenario is never quoted.
func TestHostileInput(t *testing.T) {
	manyKeys := func(n int, key string) string {
		var b strings.Builder
		b.WriteString("extends: base.yaml\n" + key + ":\n")
		for i := range n {
			b.WriteString("  k" + itoa(i) + ": {}\n")
		}
		return b.String()
	}
	manyStates := func(n int) string {
		var b strings.Builder
		b.WriteString("extends: base.yaml\nstates:\n")
		for i := range n {
			b.WriteString("  s" + itoa(i) + ": {financing: none}\n")
		}
		return b.String()
	}
	manyParams := func(n int) string {
		var b strings.Builder
		b.WriteString("extends: base.yaml\ninterventions:\n  x:\n    from: 2027-01-04\n    source: t\n    target: {state: syg}\n    effect: {hazard_ratio: 1.2, source: t}\n    costs:\n")
		for i := range n {
			b.WriteString("      - {label: l" + itoa(i) + ", per_participant_week: {dist: uniform, min: 1, max: 2, name: p" + itoa(i) + ", source: t}, source: t}\n")
		}
		b.WriteString("correlations:\n  - {params: [p0, p1], rank: 0.5, source: t}\n")
		return b.String()
	}
	const iv = "interventions:\n  x:\n    from: 2027-01-04\n    source: test\n    target: {state: syg}\n    effect: {mean_weeks_cut: 5, max_weeks: %s, at_max: {arbejde: 1}, source: test}\n"
	uncertain := "transitions:\n  syg:\n    mean_weeks: {dist: uniform, min: 10, max: 30, name: a, source: test}\n" +
		"inflows:\n  syg: {per_year: {alle: {dist: uniform, min: 10, max: 30, name: b, source: test}}, source: test}\n"
	tests := []struct {
		name  string
		files map[string]string // a.yaml is the scenario run
		args  []string          // before the scenario; default run --runs 2 --out DIR
		code  int
		want  string // in stderr; "a.yaml:L:C: path: text" where a position applies
	}{
		{"max_weeks 9e18", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    max_weeks: 9e18\n    at_max: {arbejde: 1}\n"}, nil, 1,
			"a.yaml:4:16: transitions.syg.max_weeks: tallet 9e18 er for stort"},
		{"weeks_in_state.max 9e18", map[string]string{"a.yaml": "extends: base.yaml\ninitial:\n  syg: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 9e18}}\n"}, nil, 1,
			"a.yaml:3:59: initial.syg.weeks_in_state.max: tallet 9e18 er for stort"},
		{"max_weeks 2e9", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    max_weeks: 2000000000\n    at_max: {arbejde: 1}\n"}, nil, 1,
			"a.yaml:4:16: transitions.syg.max_weeks: 2000000000 uger er mere end de højst 5200 uger"},
		{"from_week 2e9", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    mean_weeks: ~\n    hazards: [{from_week: 1, weekly: 0.1}, {from_week: 2000000000, weekly: 0.2}]\n"}, nil, 1,
			"a.yaml:5:56: transitions.syg.hazards[1].from_week: 2000000000 uger er mere end"},
		{"effect.max_weeks 9e18 with mean_weeks_cut", map[string]string{"a.yaml": "extends: base.yaml\n" + strings.Replace(iv, "%s", "9e18", 1)}, nil, 1,
			"a.yaml:7:44: interventions.x.effect.max_weeks: tallet 9e18 er for stort"},
		{"effect.max_weeks 2e9 with mean_weeks_cut", map[string]string{"a.yaml": "extends: base.yaml\n" + strings.Replace(iv, "%s", "2000000000", 1)}, nil, 1,
			"a.yaml:7:44: interventions.x.effect.max_weeks: 2000000000 uger er mere end"},
		{"1e9 persons", map[string]string{"a.yaml": "extends: base.yaml\ninitial:\n  syg: {persons: {alle: 1000000000}}\n"}, nil, 1,
			"a.yaml:3:25: initial.syg.persons.alle: startbestanden bliver på mere end 10000000 personer"},
		{"inflow 5e10 a year", map[string]string{"a.yaml": "extends: base.yaml\ninflows:\n  syg: {per_year: {alle: 5e10}, source: test}\n"}, nil, 1,
			"a.yaml:3:26: inflows.syg.per_year.alle: tilgangen bliver 5e+10 personer om året i alt; højst 10000000"},
		{"--runs 100000000", map[string]string{"a.yaml": "extends: base.yaml\n"}, []string{"run", "--runs", "100000000"}, 2,
			"--runs er højst 100000, fik 100000000"},
		{"runs: 100000000", map[string]string{"a.yaml": "extends: base.yaml\nruns: 100000000\n"}, []string{"run"}, 1,
			"a.yaml:2:7: runs: runs skal være mellem 1 og 100000, ikke 100000000"},
		{"extends /dev/zero", map[string]string{"a.yaml": "extends: /dev/zero\n"}, nil, 1,
			"a.yaml:1:10: extends: kan ikke læse /dev/zero: er ikke en .yaml- eller .yml-fil"},
		{"extends a .yaml link to /dev/zero", map[string]string{"a.yaml": "extends: zero.yaml\n", "zero.yaml": "->/dev/zero"}, nil, 1,
			"a.yaml:1:10: extends: kan ikke læse "},
		{"extends a FIFO", map[string]string{"a.yaml": "extends: fifo.yaml\n", "fifo.yaml": "fifo"}, nil, 1,
			"fifo.yaml: er ikke en almindelig fil"},
		{"extends a directory", map[string]string{"a.yaml": "extends: dir.yaml\n", "dir.yaml": "dir"}, nil, 1,
			"dir.yaml: er ikke en almindelig fil"},
		{"extends a file over 1 MiB", map[string]string{"a.yaml": "extends: big.yaml\n", "big.yaml": "# " + strings.Repeat("x", 1<<20) + "\n"}, nil, 1,
			"big.yaml: er større end 1 MiB"},
		{"a scenario over 1 MiB", map[string]string{"a.yaml": hardenBase + "# " + strings.Repeat("x", 1<<20) + "\n"}, nil, 1,
			"a.yaml: kan ikke læse scenariet: er større end 1 MiB"},
		{"extends a file that is not .yaml (a password file)", map[string]string{"a.yaml": "extends: shadow\n", "shadow": "root:SECRET-HASH:19000:0:99999:7:::\n"}, nil, 1,
			"shadow: er ikke en .yaml- eller .yml-fil"},
		{"extends a .yaml file that is not YAML", map[string]string{"a.yaml": "extends: shadow.yaml\n", "shadow.yaml": "root:SECRET-HASH:19000\n\t[: SECRET-LINE\n"}, nil, 1,
			"shadow.yaml:2:3: YAML-syntaks"},
		{"extends a .yaml file that is not a mapping", map[string]string{"a.yaml": "extends: shadow.yaml\n", "shadow.yaml": "root:SECRET-HASH:19000:0\nSECRET-LINE\n"}, nil, 1,
			"shadow.yaml:1:1: en scenariefil skal være en mapping"},
		{"40.000 keys in a mapping", map[string]string{"a.yaml": manyKeys(40000, "groups")}, nil, 1,
			"a.yaml:3:3: groups: 40000 nøgler i én mapping; højst 1000"},
		{"33.000 states", map[string]string{"a.yaml": manyStates(33000)}, nil, 1,
			"a.yaml:3:3: states: 33000 nøgler i én mapping; højst 1000"},
		{"300 states", map[string]string{"a.yaml": manyStates(300)}, nil, 1,
			"states: 302 tilstande; højst 200"},
		{"prior_benefit_weeks 2147483648", map[string]string{"a.yaml": "extends: base.yaml\ninitial:\n  syg: {persons: {alle: 10}, prior_benefit_weeks: 2147483648}\n"}, nil, 1,
			"a.yaml:3:51: initial.syg.prior_benefit_weeks: 2147483648 uger er mere end"},
		{"rate.indexing -3", map[string]string{"a.yaml": "extends: base.yaml\nstates:\n  syg:\n    rate: {indexing: -3}\n"}, nil, 1,
			"a.yaml:4:22: states.syg.rate.indexing: en årlig ændring ligger mellem -0.5 og 0.5 (±50 %), fx 0.025, ikke -3"},
		{"indexes later 7", map[string]string{"a.yaml": "extends: base.yaml\nindexes: {pl: {later: 7, source: test}}\n"}, nil, 1,
			"a.yaml:2:23: indexes.pl.later: en årlig ændring ligger mellem -0.5 og 0.5"},
		{"a year 1e9 in amounts", map[string]string{"a.yaml": "extends: base.yaml\nstates:\n  syg:\n    rate: {amounts: {1000000000: 4800}}\n"}, nil, 1,
			"a.yaml:4:22: states.syg.rate.amounts.1000000000: året 1000000000 ligger ikke mellem 1900 og 2200"},
		{".nan in a rate", map[string]string{"a.yaml": "extends: base.yaml\nstates:\n  syg:\n    rate: {amounts: {2027: .nan}}\n"}, nil, 1,
			"a.yaml:4:28: states.syg.rate.amounts.2027: .nan er ikke et endeligt tal"},
		{".inf in an indexing", map[string]string{"a.yaml": "extends: base.yaml\nstates:\n  syg:\n    rate: {indexing: .inf}\n"}, nil, 1,
			"a.yaml:4:22: states.syg.rate.indexing: .inf er ikke et endeligt tal"},
		{".nan discount rate", map[string]string{"a.yaml": "extends: base.yaml\ndiscount_rate: .NaN\n"}, nil, 1,
			"a.yaml:2:16: discount_rate: .NaN er ikke et endeligt tal"},
		{"1e308 mean duration", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    mean_weeks: 1e308\n"}, nil, 1,
			"a.yaml:4:17: transitions.syg.mean_weeks: tallet 1e308 er for stort"},
		{"-.inf in an uncertain number", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    mean_weeks: {dist: uniform, min: -.inf, max: 30, source: test}\n"}, nil, 1,
			"a.yaml:4:38: transitions.syg.mean_weeks.min: -.inf er ikke et endeligt tal"},
		{"mean_weeks 6000", map[string]string{"a.yaml": "extends: base.yaml\ntransitions:\n  syg:\n    mean_weeks: 6000\n"}, nil, 1,
			"a.yaml:4:17: transitions.syg.mean_weeks: mean_weeks er højst 5200 uger (100 år), ikke 6000"},
		{"capacity 3e9", map[string]string{"a.yaml": "extends: base.yaml\ninterventions:\n  x:\n    from: 2027-01-04\n    source: test\n    target: {state: syg, capacity: 3000000000}\n    effect: {hazard_ratio: 1.2, source: test}\n"}, nil, 1,
			"a.yaml:6:36: interventions.x.target.capacity: capacity er højst 10000000 pladser"},
		{"a duplicate correlation pair with opposite signs", map[string]string{"a.yaml": "extends: base.yaml\n" + uncertain +
			"correlations:\n  - {params: [a, b], rank: 0.5, source: test}\n  - {params: [b, a], rank: -0.5, source: test}\n"}, nil, 1,
			"a.yaml:9:5: correlations[1]: b og a er allerede korreleret i linje 8; giv hvert par én korrelation"},
		{"correlations among 1.200 uncertain numbers", map[string]string{"a.yaml": manyParams(1200)}, []string{"validate"}, 1,
			"a.yaml:1210:5: correlations: korrelationer mellem 1200 usikre tal; højst 1000"},
		{"seed -1", map[string]string{"a.yaml": "extends: base.yaml\nseed: -1\n"}, nil, 1,
			`a.yaml:2:7: seed: forventede et helt tal på 0 eller mere, fik det hele tal "-1"`},
		{"a report on a scenario with no persons", map[string]string{"a.yaml": "extends: base.yaml\ninitial: ~\n"}, []string{"report", "--runs", "2"}, 0, ""},
		// What users need keeps working.
		{"extends ../ and .yml", map[string]string{"a.yaml": "extends: ../h/b.yml\n", "b.yml": "extends: base.yaml\n"}, []string{"validate"}, 0, ""},
		{"extends a built-in file with a variant", map[string]string{"a.yaml": "extends: current-law/baseline.yaml#jaf_afskaffet\n"}, []string{"validate"}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "h")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			files := map[string]string{"base.yaml": hardenBase}
			for name, src := range tc.files {
				files[name] = src
			}
			for name, src := range files {
				p := filepath.Join(dir, name)
				var err error
				switch {
				case src == "fifo":
					err = syscall.Mkfifo(p, 0o644)
				case src == "dir":
					err = os.Mkdir(p, 0o755)
				case strings.HasPrefix(src, "->"):
					err = os.Symlink(src[2:], p)
				default:
					err = os.WriteFile(p, []byte(src), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			out := filepath.Join(root, "out")
			args := tc.args
			if args == nil {
				args = []string{"run", "--runs", "2"}
			}
			if args[0] != "validate" {
				args = append(append([]string{}, args...), "--out", out)
			}
			args = append(args, filepath.Join(dir, "a.yaml"))
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHardenHelper$")
			cmd.Env = append(os.Environ(), hardenEnv+"="+strings.Join(args, "\x1f"))
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("no answer within the guard's time-out: %v", ctx.Err())
			}
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			all := stdout.String() + stderr.String()
			if code != tc.code || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit %d, want %d with %q; output:\n%s", code, tc.code, tc.want, all)
			}
			for _, s := range []string{"panic", "goroutine", "SECRET"} {
				if strings.Contains(all, s) {
					t.Errorf("the output shows %q:\n%s", s, all)
				}
			}
			if tc.code != 0 {
				if _, err := os.Stat(out); !os.IsNotExist(err) {
					t.Errorf("%s was written, although the command failed", out)
				}
			}
		})
	}
}

// itoa formats a small non-negative number.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
