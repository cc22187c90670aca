package sim_test

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// loadText loads a scenario written in the test; a name without a path
// extends the embedded scenarios.
func loadText(t testing.TB, text string) *scenario.Scenario {
	t.Helper()
	file := filepath.Join(t.TempDir(), "test.yaml")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(file)
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	return sc
}

// run simulates m; with a week hook on one worker, so that the hook may
// keep state without locks.
func run(t testing.TB, m *sim.Model, runs int, seed uint64, week func(run, week int, f sim.WeekFlow)) *sim.Result {
	t.Helper()
	workers := 2
	if week != nil {
		workers = 1
	}
	res, err := sim.Run(m, sim.Options{Runs: runs, Seed: seed, Workers: workers, Week: week})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// ipsOnDefault is the default scenario with IPS in ressourceforløb; effect
// is the YAML of the intervention's effect.
func ipsOnDefault(effect string) string {
	return `extends: default.yaml
interventions:
  ips:
    from: 2027-01-04
    source: test
    target: {state: ressourceforloeb, groups: [psykiatri], capacity: 30, take_up: 0.8}
    effect: ` + effect + `
    costs:
      - {label: Konsulenter, per_slot_week: 700, source: test}
`
}

// TestNoEffectNoDifference checks common random numbers: an intervention
// that takes persons in but changes nothing for them gives exactly the
// baseline's numbers in every run, year, state and week.
func TestNoEffectNoDifference(t *testing.T) {
	sc := loadText(t, ipsOnDefault("{hazard_ratio: 1, source: test}"))
	base := run(t, sc.WithoutInterventions().Model, 3, 3, nil)
	alt := run(t, sc.Model, 3, 3, nil)
	for r := range base.PerRun {
		if !slices.EqualFunc(base.PerRun[r], alt.PerRun[r], slices.Equal) {
			t.Errorf("run %d: yearly totals differ", r)
		}
	}
	if slices.ContainsFunc(alt.ParticipantWeeks, func(y [][]float64) bool { return y[0][0] == 0 }) {
		t.Fatal("nobody took part; the test would prove nothing")
	}
	c, err := sim.Compare(base, alt, 0.035)
	if err != nil {
		t.Fatal(err)
	}
	for p := range c.Net {
		if c.Net[p] != (sim.Stat{}) || c.Gross[p] != (sim.Stat{}) {
			t.Errorf("period %d: ydelser changed: gross %+v, net %+v", p, c.Gross[p], c.Net[p])
		}
	}
	// An alternative compared with itself: its costs cancel.
	self, err := sim.Compare(alt, alt, 0.035)
	if err != nil {
		t.Fatal(err)
	}
	if tot := self.Total[len(self.Years)]; tot != (sim.Stat{}) || self.ExpectedLoss[len(self.Years)] != 0 || len(self.Lines) != 2 || !self.Lines[1].Baseline {
		t.Errorf("compared with itself: total %+v, lines %+v; want zero and the baseline's line counted back", tot, self.Lines)
	}
	// Only the consultants cost: 30 slots × 700 kr. a week for the 362
	// days of 2027 from Monday 4 January, when the intervention starts.
	if got := c.Total[0].Mean; math.Abs(got-30*700*362.0/7) > 1e-6 || c.Total[0].SD != 0 {
		t.Errorf("2027 total change %v (sd %v), want the consultants' 1.086.000 kr. in every run", got, c.Total[0].SD)
	}
}

// TestCapacity checks that no week has more participants than slots, that
// nobody waits while a slot is free, and that the waiting list drains in
// the order persons joined it.
func TestCapacity(t *testing.T) {
	sc := loadText(t, ipsOnDefault("{mean_weeks_cut: 26, source: test}"))
	waited := false
	res := run(t, sc.Model, 2, 11, func(r, week int, f sim.WeekFlow) {
		p, w := f.Participants[0], f.Waiting[0]
		if p > 30 {
			t.Errorf("run %d week %d: %d participants for 30 slots", r, week, p)
		}
		if w > 0 {
			waited = true
			if p < 30 {
				t.Errorf("run %d week %d: %d wait while only %d of 30 slots are used", r, week, w, p)
			}
		}
	})
	if !waited {
		t.Fatal("nobody waited; the test needs more candidates than slots")
	}
	if got := res.ParticipantWeeks[0][0][0]; got > 30*52 || got < 20*52 {
		t.Errorf("run 1, 2027: %v participant-weeks; want close to but not above 30 slots × 52 weeks", got)
	}

	// Order: follow every person of run 1 who may take part (IPS targets
	// the group psykiatri, and persons keep their group) and note when it
	// started waiting and when it got a slot.
	psykiatri := slices.Index(sc.Model.Groups, "psykiatri")
	if psykiatri < 0 {
		t.Fatal("the default scenario has no group psykiatri")
	}
	type life struct{ wait, join int }
	lives := map[sim.Origin]*life{}
	tr := &sim.Trace{
		Select: func(o sim.Origin) bool { return o.Group == psykiatri },
		Week: func(o sim.Origin, w sim.PersonWeek) {
			l := lives[o]
			if l == nil {
				l = &life{-1, -1}
				lives[o] = l
			}
			if w.Intervention == 0 && w.Waiting && l.wait < 0 {
				l.wait = w.Week
			}
			if w.Intervention == 0 && !w.Waiting && l.join < 0 {
				l.join = w.Week
			}
		},
	}
	if _, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 11, Trace: tr}); err != nil {
		t.Fatal(err)
	}
	var queued []life
	for _, l := range lives {
		if l.wait >= 0 && l.join >= 0 {
			queued = append(queued, *l)
		}
	}
	if len(queued) < 2 {
		t.Fatalf("%d persons went from the waiting list into a slot; need at least 2", len(queued))
	}
	for _, a := range queued {
		for _, b := range queued {
			if a.wait < b.wait && a.join > b.join {
				t.Errorf("waited from week %d and joined in week %d, after a person who waited from week %d and joined in week %d", a.wait, a.join, b.wait, b.join)
			}
		}
	}
}

// shortStay is a small kommune: ressourceforløb with exits to self-support
// only; the intervention shortens the stay of everyone from 2028.
const shortStay = `start: 2027-01-04
horizon: {years: 4}
groups: {alle: {}}
states:
  ressourceforloeb: {financing: staircase, rate: {per: month, amounts: {2027: 13000}, indexing: 0.02}}
  selvforsoergelse: {financing: none, self_supporting: true}
transitions:
  ressourceforloeb: {mean_weeks: 125.7, destinations: {selvforsoergelse: 1}}
initial:
  ressourceforloeb: {persons: {alle: 200}, prior_benefit_weeks: 30}
inflows:
  ressourceforloeb: {per_year: {alle: 60}}
interventions:
  kortere:
    from: 2028-01-03
    source: test
    target: {state: ressourceforloeb}
    effect: {mean_weeks_cut: 26, source: test}
`

// TestShorterStayLowersCost checks that shortening ressourceforløb lowers
// the kommune's net cost in every budget year after the start, in every
// run: with common random numbers every person leaves no later than in the
// baseline.
func TestShorterStayLowersCost(t *testing.T) {
	sc := loadText(t, shortStay)
	base := run(t, sc.WithoutInterventions().Model, 20, 5, nil)
	alt := run(t, sc.Model, 20, 5, nil)
	c, err := sim.Compare(base, alt, 0.035)
	if err != nil {
		t.Fatal(err)
	}
	if c.Total[0].Mean != 0 || c.Total[0].SD != 0 {
		t.Errorf("2027, before the start: change %+v, want none", c.Total[0])
	}
	// Every run saves from 2028, so choosing the intervention cannot be wrong.
	if all := len(c.Years); c.PSaving[all] != 1 || c.ExpectedLoss[all] != 0 {
		t.Errorf("P(saving) %v and expected loss %v; want 1 and 0", c.PSaving[all], c.ExpectedLoss[all])
	}
	for y := 1; y < len(c.Years); y++ {
		if !(c.Total[y].Mean < 0) || c.Total[y].P95 > 0 {
			t.Errorf("%d: net change %+v; want a saving in every run", c.Years[y], c.Total[y])
		}
	}
	for p := range c.Net {
		sum := 0.0
		for _, st := range c.NetByState {
			sum += st[p].Mean
		}
		if math.Abs(sum-c.Net[p].Mean) > 1e-6*math.Max(1, math.Abs(sum)) {
			t.Errorf("period %d: the net change by ydelse sums to %v, not the net change %v", p, sum, c.Net[p].Mean)
		}
	}
	if c.BreakEvenWeek < 52 || c.BreakEvenWeek > 60 {
		t.Errorf("break-even week %d; want early in 2028, when the intervention starts", c.BreakEvenWeek)
	}
	// The fan chart's last week is the saving over the horizon, and its
	// bands are nested.
	all, last := len(c.Years), len(c.CumQuantiles)-1
	for q, want := range map[int]float64{0: c.Saving[all].P5, 2: c.Saving[all].P50, 4: c.Saving[all].P95} {
		if got := c.CumQuantiles[last][q]; math.Abs(got-want) > 1e-6*math.Abs(want) {
			t.Errorf("cumulative saving quantile %v in the last week %v; want the horizon's %v", sim.CumLevels[q], got, want)
		}
	}
	for w, qs := range c.CumQuantiles {
		if !slices.IsSorted(qs) {
			t.Fatalf("week %d: quantiles %v not in order", w, qs)
		}
	}
	for p, runs := range c.SavingRuns {
		mean := 0.0
		for _, v := range runs {
			mean += v / float64(len(runs))
		}
		if math.Abs(mean-c.Saving[p].Mean) > 1e-6*math.Max(1, math.Abs(mean)) {
			t.Errorf("period %d: the runs' savings average %v, the saving is %v", p, mean, c.Saving[p].Mean)
		}
	}
}

// TestHazardRatioForCut checks the conversion of "26 weeks shorter" into a
// hazard ratio against the closed form for a constant hazard: the stay is
// geometric with mean 1/h, so the ratio is 125.7/(125.7−26).
func TestHazardRatioForCut(t *testing.T) {
	e := &sim.Exit{Hazard: []float64{1 / 125.7}, DestIdx: []int{0}, Dests: [][]sim.Dest{{{State: 0, Cum: 1}}}}
	hr, err := sim.HazardRatioForCut(e, 0, 26)
	if err != nil {
		t.Fatal(err)
	}
	if want := 125.7 / 99.7; math.Abs(hr-want) > 1e-6 {
		t.Errorf("hazard ratio %v, want %v", hr, want)
	}
	// With a 104-week maximum the expected stay is (1 − (1−h)^104)/h.
	hr, err = sim.HazardRatioForCut(e, 104, 10)
	if err != nil {
		t.Fatal(err)
	}
	h := hr / 125.7
	base := (1 - math.Pow(1-1/125.7, 104)) * 125.7
	if got := (1 - math.Pow(1-h, 104)) / h; math.Abs(got-(base-10)) > 1e-6 {
		t.Errorf("stay with the cut %v, want %v", got, base-10)
	}
	if _, err := sim.HazardRatioForCut(e, 0, 130); err == nil {
		t.Error("a cut longer than the stay was accepted")
	}
}

// TestDiversion checks that diverting every entry into a state empties its
// inflow and that the diverted persons appear where they were sent.
func TestDiversion(t *testing.T) {
	sc := loadText(t, `extends: default.yaml
interventions:
  stop:
    from: 2027-01-04
    source: test
    divert:
      - {state: kontanthjaelp, share: 1, destinations: {uddannelse: 1}, source: test}
`)
	k := stateIndex(t, sc.Model, "kontanthjaelp")
	last := sc.Model.Weeks - 1 // entries at the end of the last week fall after the horizon
	run(t, sc.Model, 1, 1, func(r, week int, f sim.WeekFlow) {
		if week < last && f.ByStateAfter[k] > f.ByStateBefore[k] {
			t.Fatalf("run %d week %d: kontanthjælp grew from %d to %d though every entry is diverted", r, week, f.ByStateBefore[k], f.ByStateAfter[k])
		}
	})
	// Each run moves about 870 helårspersoner; 2 runs show it.
	base := run(t, sc.WithoutInterventions().Model, 2, 1, nil)
	alt := run(t, sc.Model, 2, 1, nil)
	c, _ := sim.Compare(base, alt, 0)
	u := stateIndex(t, sc.Model, "uddannelse")
	if !(c.Persons[k][3].Mean < -100) || !(c.Persons[u][3].Mean > 100) {
		t.Errorf("2030: kontanthjælp changed by %.0f and uddannelse by %.0f helårspersoner; want hundreds fewer and more",
			c.Persons[k][3].Mean, c.Persons[u][3].Mean)
	}
}

// TestPairedErrorIsSmall checks the point of common random numbers: the
// Monte Carlo error of the paired difference is far smaller than that of
// the difference of two independent simulations, √(SE²(base) + SE²(alt)),
// which each arm's spread over its own runs gives. Over two years and 10
// runs the ratio is 14–30 for seeds 21–26; without common random numbers it
// is about 1.
func TestPairedErrorIsSmall(t *testing.T) {
	sc := loadText(t, ipsOnDefault("{mean_weeks_cut: 26, destinations: {selvforsoergelse: 0.5, uddannelse: 0.2, ressourceforloeb: 0.2, foertidspension: 0.1}, source: test}")+
		"horizon: {years: 2}\n")
	const runs = 10
	base := run(t, sc.WithoutInterventions().Model, runs, 21, nil)
	alt := run(t, sc.Model, runs, 21, nil)
	c, err := sim.Compare(base, alt, 0.035)
	if err != nil {
		t.Fatal(err)
	}
	total := func(r *sim.Result) []float64 {
		x := make([]float64, r.Runs)
		for i := range x {
			for _, w := range r.WeekNet[i] {
				x[i] += w
			}
		}
		return x
	}
	b, a := sim.Describe(total(base)), sim.Describe(total(alt))
	independent := math.Hypot(b.MCSE, a.MCSE)
	paired := c.Total[len(c.Years)].MCSE
	t.Logf("MC error of the 2-year net change: paired %.0f kr., independent %.0f kr.", paired, independent)
	if !(paired < independent/5) {
		t.Errorf("paired MC error %.0f kr. is not far below the independent %.0f kr.", paired, independent)
	}
}

// TestAppend checks that runs simulated in two batches and appended equal
// one simulation of all the runs, their flows included.
func TestAppend(t *testing.T) {
	sc := loadText(t, shortStay)
	all, err := sim.Run(sc.Model, sim.Options{Runs: 10, Seed: 4, Flows: true})
	if err != nil {
		t.Fatal(err)
	}
	first, err1 := sim.Run(sc.Model, sim.Options{Runs: 4, Seed: 4, Flows: true})
	rest, err2 := sim.Run(sc.Model, sim.Options{Runs: 6, FirstRun: 4, Seed: 4, Flows: true})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if err := first.Append(rest); err != nil {
		t.Fatal(err)
	}
	if first.Runs != 10 || !reflect.DeepEqual(first.PerRun, all.PerRun) || !reflect.DeepEqual(first.WeekNet, all.WeekNet) || !reflect.DeepEqual(first.Costs, all.Costs) {
		t.Error("appended batches differ from one simulation of all runs")
	}
	if !reflect.DeepEqual(first.Flows, all.Flows) {
		t.Error("appended batches' flows differ from one simulation's")
	}
	for w := range all.MeanStock {
		for s := range all.MeanStock[w] {
			if math.Abs(first.MeanStock[w][s]-all.MeanStock[w][s]) > 1e-9 {
				t.Fatalf("week %d state %d: mean stock %v, want %v", w, s, first.MeanStock[w][s], all.MeanStock[w][s])
			}
		}
	}
	if err := first.Append(rest); err == nil {
		t.Error("appending runs 4… after runs 0–9 was accepted")
	}
}

// TestExpectedLoss checks the expected loss of choosing wrongly on four
// hand-made runs whose net change is −3, −1, +1 and −5 kr.: the mean saving
// is 2 kr., so the intervention is chosen, and the loss is the extra cost
// of the one run where it costs, 1 kr., over the 4 runs.
func TestExpectedLoss(t *testing.T) {
	m := &sim.Model{States: []sim.State{{Name: "a"}}, Groups: []string{"g"}, Weeks: 1, Years: []int{2027}, YearDays: []int{365}, WeekDays: [][]sim.DayPart{{{Year: 0, Days: 7}}}}
	result := func(gross []float64) *sim.Result {
		r := &sim.Result{Model: m, Runs: len(gross), Seed: 1}
		for _, g := range gross {
			r.PerRun = append(r.PerRun, [][]sim.Totals{{{Gross: g}}})
			r.Costs = append(r.Costs, [][]float64{{}})
			r.WeekNet = append(r.WeekNet, []float64{g})
		}
		return r
	}
	c, err := sim.Compare(result([]float64{10, 10, 10, 10}), result([]float64{7, 9, 11, 5}), 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Saving[1].Mean != 2 || c.PSaving[1] != 0.75 || c.ExpectedLoss[1] != 0.25 {
		t.Errorf("saving %v, P(saving) %v, expected loss %v; want 2, 0,75 and 0,25", c.Saving[1].Mean, c.PSaving[1], c.ExpectedLoss[1])
	}
}

// TestUncertainParameters checks probabilistic runs: each run draws the
// uncertain numbers once, the same with any number of workers, shared by
// the baseline and the alternative (a neutral intervention still changes
// nothing), and the draws spread the results.
func TestUncertainParameters(t *testing.T) {
	text, _, _ := strings.Cut(shortStay, "  kortere:")
	sc := loadText(t, strings.Replace(text, "mean_weeks: 125.7",
		"mean_weeks: {dist: pert, min: 80, mode: 125.7, max: 200, name: varighed, source: test}", 1)+
		"  neutral:\n    from: 2028-01-03\n    source: test\n    target: {state: ressourceforloeb}\n    effect: {hazard_ratio: 1, source: test}\n")
	opts := func(s *scenario.Scenario, workers int) sim.Options {
		return sim.Options{Runs: 40, Seed: 3, Workers: workers, ModelFor: func(r int) (*sim.Model, error) { return s.ModelFor(3, r) }}
	}
	one, err1 := sim.Run(sc.Model, opts(sc, 1))
	four, err2 := sim.Run(sc.Model, opts(sc, 4))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !reflect.DeepEqual(one.PerRun, four.PerRun) {
		t.Error("results depend on the number of workers")
	}
	fixed := run(t, sc.Model, 40, 3, nil) // every run at the mean
	spread := func(r *sim.Result) float64 {
		x := make([]float64, r.Runs)
		for i := range x {
			x[i] = r.PerRun[i][3][0].PersonYears
		}
		return sim.Describe(x).SD
	}
	t.Logf("spread %.0f vs %.0f", spread(one), spread(fixed))
	if !(spread(one) > 1.3*spread(fixed)) {
		t.Errorf("2030 person-weeks vary by %.0f with uncertain durations and %.0f without; the draws should add spread", spread(one), spread(fixed))
	}
	base := sc.WithoutInterventions()
	b, err := sim.Run(base.Model, opts(base, 2))
	if err != nil {
		t.Fatal(err)
	}
	c, err := sim.Compare(b, one, 0.035)
	if err != nil {
		t.Fatal(err)
	}
	if tot := c.Total[len(c.Years)]; tot != (sim.Stat{}) {
		t.Errorf("a neutral intervention changed the net cost by %+v; baseline and alternative must share the draws", tot)
	}
}
