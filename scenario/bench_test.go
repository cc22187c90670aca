package scenario_test

import (
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// BenchmarkModelFor measures the per-run overhead of a probabilistic run:
// drawing every uncertain number of the library's uncertain IPS scenario
// and building the run's model from the draws.
func BenchmarkModelFor(b *testing.B) {
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + "rksk-2020/ips-usikker.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	run := 0
	for b.Loop() {
		if _, err := sc.ModelFor(sc.Seed, run); err != nil {
			b.Fatal(err)
		}
		run++
	}
}
