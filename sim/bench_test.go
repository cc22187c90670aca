package sim_test

import (
	"testing"

	"ydelsesflow/sim"
)

// BenchmarkDefaultScenario runs the default scenario, 100 Monte Carlo runs
// per iteration on all cores, and reports person-weeks simulated per second
// and seconds per 1,000 runs.
func BenchmarkDefaultScenario(b *testing.B) {
	sc := loadDefault(b)
	const runs = 100
	var personWeeks float64
	b.ResetTimer()
	for b.Loop() {
		res, err := sim.Run(sc.Model, sim.Options{Runs: runs, Seed: sc.Seed})
		if err != nil {
			b.Fatal(err)
		}
		for _, years := range res.PerRun {
			for _, states := range years {
				for _, t := range states {
					personWeeks += t.PersonWeeks
				}
			}
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(personWeeks/secs, "person-weeks/s")
	b.ReportMetric(secs/float64(b.N*runs)*1000, "s/1000runs")
}

// BenchmarkExpected measures the exact expected-value computation of the
// default scenario.
func BenchmarkExpected(b *testing.B) {
	sc := loadDefault(b)
	for b.Loop() {
		if _, err := sim.Expected(sc.Model); err != nil {
			b.Fatal(err)
		}
	}
}
