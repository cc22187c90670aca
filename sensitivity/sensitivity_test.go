package sensitivity

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"ydelsesflow/scenario"
)

// small has an intervention whose effect and cost are uncertain, and an
// uncertain rate of a state nobody is ever in.
const small = `start: 2027-01-04
horizon: {years: 3}
groups: {alle: {}}
states:
  ressourceforloeb: {financing: staircase, rate: {per: month, amounts: {2027: 13000}, indexing: 0.02}}
  tom: {financing: staircase, rate: {per: month, amounts: {2027: {dist: uniform, min: 5000, max: 30000, name: tom_sats, source: test}}, indexing: 0}}
  selvforsoergelse: {financing: none, self_supporting: true}
transitions:
  ressourceforloeb: {mean_weeks: 125.7, destinations: {selvforsoergelse: 1}}
initial:
  ressourceforloeb: {persons: {alle: 200}, prior_benefit_weeks: 60}
inflows:
  ressourceforloeb: {per_year: {alle: 60}}
interventions:
  kortere:
    from: 2027-01-04
    source: test
    target: {state: ressourceforloeb, capacity: 100}
    effect: {mean_weeks_cut: {dist: pert, min: 5, mode: 26, max: 52, name: kortere_uger, source: test}, source: test}
    costs:
      - {label: Konsulenter, per_slot_week: {dist: triangular, min: 300, mode: 400, max: 500, name: pladspris, source: test}, source: test}
`

func load(t *testing.T) *scenario.Scenario {
	t.Helper()
	file := filepath.Join(t.TempDir(), "s.yaml")
	if err := os.WriteFile(file, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestTornado checks that the bars are ordered by width, that a parameter
// without effect has width 0, and that the signs make sense: a longer cut
// saves more, a dearer slot saves less (by exactly the slot cost).
func TestTornado(t *testing.T) {
	sc := load(t)
	res, err := Analyze(sc.WithoutInterventions(), sc, 0.035, Options{Runs: 20, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Tornado) != 3 {
		t.Fatalf("%d bars, want 3", len(res.Tornado))
	}
	for i := 1; i < len(res.Tornado); i++ {
		if res.Tornado[i].Width() > res.Tornado[i-1].Width() {
			t.Errorf("bar %d (%s, width %v) is wider than bar %d (%s, width %v)", i, res.Tornado[i].Param.Name, res.Tornado[i].Width(), i-1, res.Tornado[i-1].Param.Name, res.Tornado[i-1].Width())
		}
	}
	bars := map[string]Bar{}
	for _, b := range res.Tornado {
		bars[b.Param.Name] = b
	}
	if w := bars["tom_sats"].Width(); w != 0 {
		t.Errorf("the rate of an empty state moves the saving by %v kr.; want exactly 0", w)
	}
	if b := bars["kortere_uger"]; !(b.SavingHigh > b.SavingLow) {
		t.Errorf("a longer cut saves %v kr. against %v kr. for a shorter one; want more", b.SavingHigh, b.SavingLow)
	}
	// The slot price: 100 slots × (high − low) a week for the days from
	// Monday 4 January 2027 to 31 December 2029: 362 + 366 + 365 = 1.093
	// days, 156 1/7 weeks.
	b := bars["pladspris"]
	weeks := (362 + 366 + 365) / 7.0
	if want := 100 * weeks * (b.High - b.Low); math.Abs((b.SavingLow-b.SavingHigh)-want) > 1e-6*want {
		t.Errorf("slot price: savings differ by %v kr., want %v kr.", b.SavingLow-b.SavingHigh, want)
	}
	// The horizon (3 years) lies within the budget period, so both agree.
	for _, b := range res.Tornado {
		if math.Abs(b.BudgetLow-b.SavingLow) > 1e-6 || math.Abs(b.BudgetHigh-b.SavingHigh) > 1e-6 {
			t.Errorf("%s: budget-period savings %v/%v differ from the horizon's %v/%v", b.Param.Name, b.BudgetLow, b.BudgetHigh, b.SavingLow, b.SavingHigh)
		}
	}
	if res.Tornado[0].Param.Name != "kortere_uger" || res.Tornado[2].Param.Name != "tom_sats" {
		t.Errorf("order %s, %s, %s", res.Tornado[0].Param.Name, res.Tornado[1].Param.Name, res.Tornado[2].Param.Name)
	}
	// Importance: the cut drives the saving, the empty state's rate does not.
	imp := map[string]float64{}
	for _, i := range res.Importance {
		imp[i.Param.Name] = i.Rank
	}
	if !(imp["kortere_uger"] > 0.5) || math.Abs(imp["tom_sats"]) > 0.5 || res.Importance[0].Param.Name != "kortere_uger" {
		t.Errorf("rank correlations %v; want the cut first and strongly positive", imp)
	}
}

func TestRanks(t *testing.T) {
	got := ranks([]float64{3, 1, 3, 2})
	want := []float64{3.5, 1, 3.5, 2}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranks %v, want %v", got, want)
		}
	}
}
