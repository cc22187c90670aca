package scenario_test

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/stat"

	"ydelsesflow/distribution"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// uncertain is base with an uncertain mean stay.
var uncertain = strings.Replace(base, "mean_weeks: 20",
	"mean_weeks: {dist: pert, min: 15, mode: 20, max: 40, name: varighed, source: test}", 1)

// TestUncertainNumber checks that an uncertain number is compiled at its
// mean, found with its position, and drawn per run by ModelFor from its
// distribution, the same way every time.
func TestUncertainNumber(t *testing.T) {
	sc, err := load(t, map[string]string{"a.yaml": uncertain}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.Params) != 1 {
		t.Fatalf("%d parameters, want 1", len(sc.Params))
	}
	p := sc.Params[0]
	pert, _ := distribution.NewPERT(15, 20, 40)
	if p.Name != "varighed" || p.Path != "transitions.syg.mean_weeks" || p.Line != 13 || p.Dist.Mean() != pert.Mean() {
		t.Errorf("parameter %+v", p)
	}
	hazard := func(m *sim.Model) float64 { return m.Epochs[0].Exit[0][0].Hazard[0] }
	if h := hazard(sc.Model); math.Abs(h-1/pert.Mean()) > 1e-12 {
		t.Errorf("model at the mean: hazard %v, want 1/%v", h, pert.Mean())
	}
	sum, n := 0.0, 400
	for run := range n {
		m, err := sc.ModelFor(9, run)
		if err != nil {
			t.Fatal(err)
		}
		want := pert.Quantile(sim.ParamUniform(9, run, "varighed"))
		if h := hazard(m); math.Abs(h-1/want) > 1e-12 {
			t.Fatalf("run %d: hazard %v, want 1/%v", run, h, want)
		}
		again, _ := sc.ModelFor(9, run)
		if hazard(again) != hazard(m) {
			t.Fatalf("run %d drew twice differently", run)
		}
		sum += 1 / hazard(m)
	}
	if mean := sum / float64(n); math.Abs(mean-pert.Mean()) > 5*math.Sqrt(pert.Variance()/float64(n)) {
		t.Errorf("mean draw %v, want %v", mean, pert.Mean())
	}
	if h := hazard(sc.Model); math.Abs(h-1/pert.Mean()) > 1e-12 {
		t.Error("drawing changed the scenario's own model")
	}
	out, err := sc.Explain()
	if err != nil || !strings.Contains(string(out), `mean_weeks: 22.5 # `) || !strings.Contains(string(out), `; usikkert tal "varighed": PERT(15; 20; 40), vist ved middelværdien`) {
		t.Errorf("explain does not show the uncertain number:\n%s", out)
	}
}

// TestUncertainNumberErrors checks mistakes in uncertain numbers.
func TestUncertainNumberErrors(t *testing.T) {
	tests := []struct {
		name string
		from string
		to   string
		want string
	}{
		{"unknown dist", "mean_weeks: 20", "mean_weeks: {dist: pret, min: 1, mode: 2, max: 3, source: x}",
			`a.yaml:13:17: transitions.syg.mean_weeks: ukendt dist "pret"; brug en af fixed, uniform, normal, lognormal, beta, gamma, triangular, pert; dirichlet for andele`},
		{"missing key", "mean_weeks: 20", "mean_weeks: {dist: pert, min: 1, max: 3, source: x}",
			`a.yaml:13:17: transitions.syg.mean_weeks: dist pert kræver min, mode, max`},
		{"bad range", "mean_weeks: 20", "mean_weeks: {dist: pert, min: 30, mode: 2, max: 3, source: x}",
			`a.yaml:13:17: transitions.syg.mean_weeks: PERT kræver min ≤ mode ≤ max og min < max, fik 30, 2, 3`},
		{"unknown key", "mean_weeks: 20", "mean_weeks: {dist: pert, min: 1, mode: 2, max: 3, mdoe: 2, source: x}",
			`a.yaml:13:17: transitions.syg.mean_weeks: ukendt nøgle "mdoe"; mente du "mode"?; et usikkert tal er en mapping med dist: (fixed, uniform, normal, lognormal, beta, gamma, triangular, pert; dirichlet for andele) og dens parametre: dist, name, value, min, mode, max, mean, sd, alpha, beta, low, high, shares, concentration, source`},
		{"no source", "mean_weeks: 20", "mean_weeks: {dist: uniform, min: 15, max: 25}",
			`a.yaml:13:17: transitions.syg.mean_weeks: det usikre tal har ingen source: angiv, hvor dets spænd kommer fra (UNCONFIRMED, hvis det er et skøn)`},
		{"dirichlet without concentration", "destinations: {arbejde: 1}", "destinations: {dist: dirichlet, shares: {arbejde: 1}, source: x}",
			`transitions.syg.destinations: dist dirichlet kræver shares: {tilstand: andel, ...} og concentration:`},
		{"dirichlet shares not summing to 1", "destinations: {arbejde: 1}", "destinations: {dist: dirichlet, shares: {arbejde: 0.9}, concentration: 5, source: x}",
			`transitions.syg.destinations: en Dirichlet-fordeling kræver mindst to andele`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkProblems(t, map[string]string{"a.yaml": strings.Replace(base, tc.from, tc.to, 1)}, []string{tc.want})
		})
	}
}

// TestCorrelatedNumbers checks that correlated uncertain numbers reach the
// requested rank correlation across runs, keep their distributions, and
// that mistakes in correlations are positioned.
func TestCorrelatedNumbers(t *testing.T) {
	text := strings.Replace(uncertain, "rate: {per: week, amounts: {2027: 4800}",
		"rate: {per: week, amounts: {2027: {dist: normal, mean: 4800, sd: 300, name: sats, source: test}}", 1) +
		"correlations:\n  - {params: [varighed, sats], rank: 0.7, source: test}\n"
	sc, err := load(t, map[string]string{"a.yaml": text}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, p := range sc.Params {
		at[p.Name] = i
	}
	const n = 3000
	a, b := make([]float64, n), make([]float64, n) // varighed, sats
	for r := range n {
		d := sc.Draws(4, r)
		a[r], b[r] = d[at["varighed"]], d[at["sats"]]
	}
	if got := stat.Correlation(rankOf(a), rankOf(b), nil); math.Abs(got-0.7) > 0.04 {
		t.Errorf("rank correlation %.3f, want 0.7 ± 0.04", got)
	}
	if m := stat.Mean(b, nil); math.Abs(m-4800) > 5*300/math.Sqrt(n) {
		t.Errorf("mean of the correlated rate %v, want 4800", m)
	}
	checkProblems(t, map[string]string{"a.yaml": strings.Replace(text, "[varighed, sats]", "[varighed, satz]", 1)},
		[]string{`a.yaml:18:25: correlations[0].params[1]: intet usikkert tal hedder "satz"`})
}

// rankOf returns the ranks of x (no ties expected).
func rankOf(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return x[idx[i]] < x[idx[j]] })
	r := make([]float64, len(x))
	for k, i := range idx {
		r[i] = float64(k)
	}
	return r
}

// TestUncertainShares checks destination shares drawn from a Dirichlet
// distribution: compiled at the expected shares, every run's shares sum to
// 1 and vary around them.
func TestUncertainShares(t *testing.T) {
	text := strings.Replace(base, "destinations: {arbejde: 1}",
		"destinations: {dist: dirichlet, shares: {arbejde: 0.7, syg: 0.3}, concentration: 40, name: udgang, source: test}", 1)
	text = strings.Replace(text, "  arbejde:\n    financing: none", "  andet:\n    financing: none\n  arbejde:\n    financing: none", 1)
	text = strings.Replace(text, "syg: 0.3}", "andet: 0.3}", 1)
	sc, err := load(t, map[string]string{"a.yaml": text}, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.ShareSets) != 1 || sc.ShareSets[0].Path != "transitions.syg.destinations" {
		t.Fatalf("share sets %+v", sc.ShareSets)
	}
	first := func(m *sim.Model) float64 { return m.Epochs[0].Exit[0][0].Dests[0][0].Cum } // share of the first destination
	if got := first(sc.Model); math.Abs(got-0.7) > 1e-12 && math.Abs(got-0.3) > 1e-12 {
		t.Errorf("compiled share %v, want the expected 0.7 or 0.3", got)
	}
	sum, sumSq := 0.0, 0.0
	const n = 500
	for r := range n {
		m, err := sc.ModelFor(1, r)
		if err != nil {
			t.Fatal(err)
		}
		ds := m.Epochs[0].Exit[0][0].Dests[0]
		if c := ds[len(ds)-1].Cum; c != 1 {
			t.Fatalf("run %d: shares end at %v", r, c)
		}
		v := first(m)
		sum += v
		sumSq += v * v
	}
	mean := sum / n
	sd := math.Sqrt(sumSq/n - mean*mean)
	want := first(sc.Model)
	if math.Abs(mean-want) > 5*math.Sqrt(0.21/41/n) || math.Abs(sd-math.Sqrt(0.21/41)) > 0.2*math.Sqrt(0.21/41) {
		t.Errorf("drawn share mean %v sd %v, want %v and %v", mean, sd, want, math.Sqrt(0.21/41))
	}
}

// TestWholeUncertainNumber checks uncertain numbers where a whole number
// is needed (persons, capacity, weeks): the mean and every draw are
// rounded, whether the mean is whole or not, and the runs' models build.
func TestWholeUncertainNumber(t *testing.T) {
	const ips = `
interventions:
  ips:
    from: 2027-01-04
    source: test
    target: {state: syg, capacity: CAP}
    effect: {hazard_ratio: 1.5, source: test}
`
	tests := []struct {
		name      string
		text      string
		mean      int     // the compiled number at the mean
		low, high float64 // rounded P10 and P90
		lo, hi    int     // the range of the draws
		get       func(m *sim.Model) int
	}{
		{"persons, mean not whole",
			strings.Replace(base, "persons: {alle: 10}", "persons: {alle: {dist: uniform, min: 5, max: 15.5, name: bestand, source: x}}", 1),
			10, 6, 14, 5, 16, func(m *sim.Model) int { return m.Initial[0].Persons }},
		{"persons, whole mean",
			strings.Replace(base, "persons: {alle: 10}", "persons: {alle: {dist: uniform, min: 5, max: 15, name: bestand, source: x}}", 1),
			10, 6, 14, 5, 15, func(m *sim.Model) int { return m.Initial[0].Persons }},
		{"capacity, whole mean (issue 11)",
			base + strings.Replace(ips, "CAP", "{dist: uniform, min: 50, max: 70, name: pladser, source: x}", 1),
			60, 52, 68, 50, 70, func(m *sim.Model) int { return m.Interventions[0].Capacity }},
		{"max_weeks of a transition",
			strings.Replace(base, "mean_weeks: 20", "mean_weeks: 20\n    max_weeks: {dist: triangular, min: 30, mode: 40, max: 60, name: maks, source: x}\n    at_max: {arbejde: 1}", 1),
			43, 35, 52, 30, 60, func(m *sim.Model) int { return m.Epochs[0].Exit[0][0].MaxWeeks }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := load(t, map[string]string{"a.yaml": tt.text}, "a.yaml")
			if err != nil {
				t.Fatal(err)
			}
			p := sc.Params[0]
			if got := tt.get(sc.Model); !p.Whole || got != tt.mean || p.Low != tt.low || p.High != tt.high {
				t.Errorf("whole %v, at the mean %d (want %d), low %v, high %v (want %v, %v)", p.Whole, got, tt.mean, p.Low, p.High, tt.low, tt.high)
			}
			seen := map[int]bool{}
			for r := range 200 {
				m, err := sc.ModelFor(2, r)
				if err != nil {
					t.Fatalf("run %d: %v", r, err)
				}
				n := tt.get(m)
				if n < tt.lo || n > tt.hi {
					t.Fatalf("run %d: %d, outside %d–%d", r, n, tt.lo, tt.hi)
				}
				seen[n] = true
			}
			if len(seen) < 8 {
				t.Errorf("only %d different values in 200 runs", len(seen))
			}
		})
	}
}

// TestModelForParallel checks that runs compile their models in parallel
// (no shared state is written) and get the same models as one by one.
func TestModelForParallel(t *testing.T) {
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + "rksk-2020/ips-usikker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const runs = 8
	want := make([]*sim.Model, runs)
	for r := range runs {
		if want[r], err = sc.ModelFor(3, r); err != nil {
			t.Fatal(err)
		}
	}
	got := make([]*sim.Model, runs)
	errs := make([]error, runs)
	var wg sync.WaitGroup
	for r := range runs {
		wg.Go(func() { got[r], errs[r] = sc.ModelFor(3, r) })
	}
	wg.Wait()
	for r := range runs {
		if errs[r] != nil {
			t.Fatal(errs[r])
		}
		if !reflect.DeepEqual(got[r], want[r]) {
			t.Errorf("run %d: the model compiled in parallel differs", r)
		}
	}
	if reflect.DeepEqual(want[0], want[1]) {
		t.Error("runs 0 and 1 got the same model; the draws are not applied")
	}
}
