package scenario_test

import (
	"fmt"
	"math"
	"testing"

	"ydelsesflow/sim"
)

// TestCalendarYearsToTheKrone prices 100 persons who stay on one ydelse
// the whole horizon, by hand. Budget years are calendar years, a monthly
// sats is paid as 12 × sats / the days of the year a day, a weekly sats as
// sats / 7, and helårspersoner are person-days / the days of the year.
func TestCalendarYearsToTheKrone(t *testing.T) {
	tests := []struct {
		name       string
		start      string
		horizon    string
		per        string
		sats       float64
		years      []int
		gross      []float64 // kr. per budget year
		helaarsper []float64
	}{
		// 2026 has 53 ISO weeks, but a budget year is a calendar year:
		// 100 × 12 × 12.000 = 14.400.000 kr. and 100 helårspersoner.
		{"all of 2026 at 12.000 kr./md", "2026-01-01", "{years: 1}", "month", 12000,
			[]int{2026}, []float64{14_400_000}, []float64{100}},
		// A leap year: the monthly sats is 12 × 12.000 / 366 a day for 366
		// days, so again 14.400.000 kr.
		{"all of leap year 2028 at 12.000 kr./md", "2028-01-01", "{years: 1}", "month", 12000,
			[]int{2028}, []float64{14_400_000}, []float64{100}},
		// A weekly sats in a leap year: 366 days × 4.800 / 7 × 100 persons.
		{"all of 2028 at 4.800 kr./uge", "2028-01-01", "{years: 1}", "week", 4800,
			[]int{2028}, []float64{100 * 4800 * 366.0 / 7}, []float64{100}}, // 25.097.142,86
		// A start on Wednesday 16 June 2027: 199 days to 31 December;
		// 100 × 12 × 12.000 × 199 / 365 = 7.850.958,90 kr.; 100 × 199 / 365
		// = 54,52 helårspersoner.
		{"from a Wednesday in June 2027", "2027-06-16", "{years: 1}", "month", 12000,
			[]int{2027}, []float64{100 * 12 * 12000 * 199.0 / 365}, []float64{100 * 199.0 / 365}},
		// Two weeks from Monday 27 December 2027: 5 days in 2027 and 9 in
		// 2028 (at 12 × 12.000 / 365 and / 366 a day).
		{"two weeks over New Year", "2027-12-27", "{weeks: 2}", "month", 12000,
			[]int{2027, 2028}, []float64{100 * 12 * 12000 * 5.0 / 365, 100 * 12 * 12000 * 9.0 / 366},
			[]float64{100 * 5.0 / 365, 100 * 9.0 / 366}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := fmt.Sprintf(`start: %s
horizon: %s
runs: 1
groups: {alle: {}}
states:
  kh:
    financing: fixed
    state_share: 0
    rate: {per: %s, amounts: {%d: %v}, indexing: 0}
initial:
  kh: {persons: {alle: 100}, weeks_in_state: {min: 1, max: 1}}
`, tt.start, tt.horizon, tt.per, tt.years[0], tt.sats)
			sc, err := load(t, map[string]string{"a.yaml": text}, "a.yaml")
			if err != nil {
				t.Fatal(err)
			}
			res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(sc.Model.Years) != fmt.Sprint(tt.years) {
				t.Fatalf("budget years %v, want %v", sc.Model.Years, tt.years)
			}
			for y := range tt.years {
				got := res.PerRun[0][y][0]
				if math.Abs(got.Gross-tt.gross[y]) > 0.005 || math.Abs(got.PersonYears-tt.helaarsper[y]) > 1e-9 {
					t.Errorf("%d: gross %.2f kr., %.4f helårspersoner; want %.2f and %.4f", tt.years[y], got.Gross, got.PersonYears, tt.gross[y], tt.helaarsper[y])
				}
			}
		})
	}
}
