package scenario_test

import (
	"math"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// TestFastePriser prices 100 persons who stay on a monthly sats of
// 12.000 kr. in 2027 all of 2027–2030, with a satsregulering of 3 % into
// 2028, 2 % into 2029 and 2,5 % later, and a lump sum of 100.000 kr. in
// 2027 prices paid in 2029 with a PL index of 4 % and 3 %, by hand:
//
//	løbende priser: 14.400.000 (2027), × 1,03 = 14.832.000 (2028),
//	  × 1,02 = 15.128.640 (2029), × 1,025 = 15.506.856 (2030);
//	  the lump sum 100.000 × 1,04 × 1,03 = 107.120 in 2029;
//	faste 2027-priser: 14.400.000 every year, the lump sum 100.000;
//	faste 2028-priser: 14.832.000 every year, the lump sum 104.000.
//
// The present value is in faste 2027-priser at the real rate whatever
// the prices shown: Σ 14.400.000 / 1,035^k for k = 0…3.
func TestFastePriser(t *testing.T) {
	const text = `start: 2027-01-01
horizon: {years: 4}
runs: 1
discount_rate: 0.035
indexes:
  satsregulering: {rates: {2028: 0.03, 2029: 0.02}, later: 0.025, source: test}
  pl: {rates: {2028: 0.04, 2029: 0.03}, later: 0.02, source: test}
groups: {alle: {}}
states:
  kh:
    financing: fixed
    state_share: 0
    rate: {per: month, amounts: {2027: 12000}}
initial:
  kh: {persons: {alle: 100}, weeks_in_state: {min: 1, max: 1}}
interventions:
  kursus:
    from: 2027-01-01
    source: test
    costs: [{label: Kursus, fixed: {2029-06-01: 100000}, source: test}]
`
	pv := 0.0
	for k := range 4 {
		pv += 14_400_000 / math.Pow(1.035, float64(k))
	}
	tests := []struct {
		prices, base string
		gross        [4]float64
		lump         float64
	}{
		{"loebende", "", [4]float64{14_400_000, 14_832_000, 15_128_640, 15_506_856}, 107_120},
		{"faste", "", [4]float64{14_400_000, 14_400_000, 14_400_000, 14_400_000}, 100_000},
		{"faste", "price_base: 2028\n", [4]float64{14_832_000, 14_832_000, 14_832_000, 14_832_000}, 104_000},
	}
	for _, tt := range tests {
		t.Run(tt.prices+" "+tt.base, func(t *testing.T) {
			sc, err := load(t, map[string]string{"a.yaml": text + "prices: " + tt.prices + "\n" + tt.base}, "a.yaml")
			if err != nil {
				t.Fatal(err)
			}
			res, err := sim.Run(sc.Model, sim.Options{Runs: 1, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			for y := range 4 {
				if got := res.PerRun[0][y][0].Gross; math.Abs(got-tt.gross[y]) > 0.01 {
					t.Errorf("%d: gross %.2f kr., want %.2f", sc.Model.Years[y], got, tt.gross[y])
				}
			}
			if got := res.Costs[0][2][0]; math.Abs(got-tt.lump) > 0.01 {
				t.Errorf("lump sum in 2029: %.2f kr., want %.2f", got, tt.lump)
			}
			if got := res.Summarize(sc.DiscountRate).PresentValue.Mean; math.Abs(got-pv) > 0.01 {
				t.Errorf("present value %.2f kr., want %.2f in 2027-priser at the real rate", got, pv)
			}
		})
	}
}

// TestPricesFlag checks that the loader's Prices overrides a scenario's.
func TestPricesFlag(t *testing.T) {
	for _, prices := range []string{"loebende", "faste"} {
		sc, err := (&scenario.Loader{Embedded: nil, Prices: prices}).Load("../scenarios/default.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]int{"loebende": 0, "faste": 2027}[prices]; sc.Model.PriceBase != want {
			t.Errorf("--prices %s: price base %d, want %d", prices, sc.Model.PriceBase, want)
		}
	}
}
