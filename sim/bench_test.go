package sim_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
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
	cpu0 := cpuTime(b)
	for b.Loop() {
		res, err := sim.Run(sc.Model, sim.Options{Runs: runs, Seed: sc.Seed})
		if err != nil {
			b.Fatal(err)
		}
		for _, stock := range res.MeanStock {
			for _, n := range stock {
				personWeeks += n * runs
			}
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(personWeeks/secs, "person-weeks/s")
	b.ReportMetric(secs/float64(b.N*runs)*1000, "s/1000runs")
	b.ReportMetric((cpuTime(b)-cpu0).Seconds()/float64(b.N*runs)*1000, "cpu-s/1000runs")
}

// cpuTime returns the CPU time (user and system) the process has used: on
// a machine shared with other work it measures the engine's cost better
// than the elapsed time does.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExpected measures the exact expected-value computation of the
// default scenario, with sygedagpenge's maximum counted in the spell
// (Expected refuses the 22 weeks within 9 months; see WithoutLookBacks).
func BenchmarkExpected(b *testing.B) {
	m := loadDefault(b).Model.WithoutLookBacks()
	for b.Loop() {
		if _, err := sim.Expected(m); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareIPS measures a comparison of the RKSK 2020 IPS scenario
// with its baseline: 100 paired runs per iteration (200 simulations).
func BenchmarkCompareIPS(b *testing.B) {
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + "rksk-2020/ips.yaml")
	if err != nil {
		b.Fatal(err)
	}
	base := sc.WithoutInterventions()
	const runs = 100
	cpu0 := cpuTime(b)
	for b.Loop() {
		br, err := sim.Run(base.Model, sim.Options{Runs: runs, Seed: sc.Seed})
		if err != nil {
			b.Fatal(err)
		}
		ar, err := sim.Run(sc.Model, sim.Options{Runs: runs, Seed: sc.Seed})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sim.Compare(br, ar, sc.DiscountRate); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N*runs)*1000, "s/1000pairs")
	b.ReportMetric((cpuTime(b)-cpu0).Seconds()/float64(b.N*runs)*1000, "cpu-s/1000pairs")
}

// BenchmarkPSAIPS measures a probabilistic comparison of the RKSK 2020 IPS
// scenario with uncertain take-up, effect and training price: 1,000 runs of
// the baseline and of the intervention, each run with its own draws
// (a model compiled per run). make bench runs it once.
func BenchmarkPSAIPS(b *testing.B) {
	dir := b.TempDir()
	file := dir + "/psa.yaml"
	err := os.WriteFile(file, []byte(`extends: rksk-2020/ips.yaml
interventions:
  ips:
    target:
      take_up: {dist: beta, mean: 0.86, sd: 0.08, name: deltagelse, source: benchmark}
    effect:
      mean_weeks_cut: {dist: pert, min: 0, mode: 26, max: 52, name: ips_kortere, source: benchmark}
`), 0o644)
	if err != nil {
		b.Fatal(err)
	}
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(file)
	if err != nil {
		b.Fatal(err)
	}
	base := sc.WithoutInterventions()
	const runs = 1000
	for b.Loop() {
		var res [2]*sim.Result
		for i, s := range []*scenario.Scenario{base, sc} {
			res[i], err = sim.Run(s.Model, sim.Options{Runs: runs, Seed: sc.Seed,
				ModelFor: func(r int) (*sim.Model, error) { return s.ModelFor(sc.Seed, r) }})
			if err != nil {
				b.Fatal(err)
			}
		}
		if _, err := sim.Compare(res[0], res[1], sc.DiscountRate); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/PSA")
}
