package sim_test

import (
	"os"
	"path/filepath"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// grandfatheredPath is one person's year in the grandfathered fleksjob
// scheme: 26 weeks in a fleksjob visiteret before July 2014 (fixed 65 %
// refusion), 10 weeks of ledighedsydelse under the old rules (fixed 23 %),
// then a ressourceforløb on the refusionstrappe. Zero hazards and max_weeks
// fix every week of the path.
const grandfatheredPath = `
start: 2027-01-01
horizon: {years: 1}
groups: {alle: {}}
states:
  fleksjob_foer2014:
    financing: fixed
    state_share: 0.65
    clock: false
    rate: {per: month, amounts: {2027: 18250}, indexing: 0}
  ledighedsydelse_foer2014:
    financing: fixed
    state_share: 0.23
    clock: false
    rate: {per: week, amounts: {2027: 4270}, indexing: 0}
  ressourceforloeb:
    financing: staircase
    rate: {per: year, amounts: {2027: 233600}, indexing: 0}
transitions:
  fleksjob_foer2014:
    hazards: [{from_week: 1, weekly: 0}]
    destinations: {ledighedsydelse_foer2014: 1}
    max_weeks: 26
    at_max: {ledighedsydelse_foer2014: 1}
  ledighedsydelse_foer2014:
    hazards: [{from_week: 1, weekly: 0}]
    destinations: {ressourceforloeb: 1}
    max_weeks: 10
    at_max: {ressourceforloeb: 1}
initial:
  fleksjob_foer2014: {persons: {alle: 1}, weeks_in_state: {min: 1, max: 1}}
`

// TestGrandfatheredFleksjobByHand prices the path of grandfatheredPath to
// the krone, through the scenario loader and sim.Run.
func TestGrandfatheredFleksjobByHand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gammel.yaml")
	if err := os.WriteFile(file, []byte(grandfatheredPath), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := (&scenario.Loader{}).Load(file)
	if err != nil {
		t.Fatal(err)
	}
	per := runPath(t, sc)
	if len(per) != 1 {
		t.Fatalf("%d budget years, want 1", len(per))
	}
	// Budget year 2027 counts from Friday 1 January, 365 days. The person's
	// week 1 is Monday 28 December 2026 – Sunday 3 January 2027, of which 3
	// days count, so fleksjob weeks 1–26 end on Sunday 27 June: 3 + 25 × 7 =
	// 178 days. Ledighedsydelse weeks 27–36, Monday 28 June – Sunday 5
	// September: 70 days. Ressourceforløb from Monday 6 September to Friday
	// 31 December: 117 days.
	//
	// Daily rates: 18.250 kr./md × 12 / 365 = 600 kr.; 4.270 kr./uge / 7 =
	// 610 kr.; 233.600 kr./år / 365 = 640 kr.
	//
	//   fleksjob, 65 %:          178 × 600 = 106.800 gross, state 69.420, kommune 37.380
	//   ledighedsydelse, 23 %:    70 × 610 =  42.700 gross, state  9.821, kommune 32.879
	//   ressourceforløb: the old-rule weeks did not count on the clock, so
	//     the staircase starts at week 1 (80 %):
	//     clock 1–4, 80 %:        28 × 640 =  17.920 gross, state 14.336
	//     clock 5–17, 40 %:       89 × 640 =  56.960 gross, state 22.784
	//                                         74.880 gross, state 37.120, kommune 37.760
	//   the year:                            224.380 gross, state 116.361, kommune 108.019
	want := map[string]sim.Totals{
		"fleksjob_foer2014":        {PersonYears: 178.0 / 365, Gross: 106800, StatePart: 69420},
		"ledighedsydelse_foer2014": {PersonYears: 70.0 / 365, Gross: 42700, StatePart: 9821},
		"ressourceforloeb":         {PersonYears: 117.0 / 365, Gross: 74880, StatePart: 37120},
	}
	var year sim.Totals
	for name, w := range want {
		got := per[0][stateIndex(t, sc.Model, name)]
		year.Add(got)
		if !kroner(got.Gross, w.Gross) || !kroner(got.StatePart, w.StatePart) || !kroner(got.PersonYears*365, w.PersonYears*365) {
			t.Errorf("%s: %.2f person-days, gross %.2f kr., state %.2f kr.; want %.0f, %.2f and %.2f",
				name, got.PersonYears*365, got.Gross, got.StatePart, w.PersonYears*365, w.Gross, w.StatePart)
		}
	}
	if !kroner(year.Gross, 224380) || !kroner(year.StatePart, 116361) || !kroner(year.Net(), 108019) {
		t.Errorf("the year: gross %.2f, state %.2f, kommune %.2f kr.; want 224.380, 116.361 and 108.019",
			year.Gross, year.StatePart, year.Net())
	}
}
