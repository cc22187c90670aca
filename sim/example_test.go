package sim_test

import (
	"fmt"
	"log"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// ExampleRun loads the default scenario built into the program, simulates
// it and prints the kommune's yearly net spending on ydelser with its 90 %
// interval: the path from a scenario file to the figures of `ydelsesflow
// run`. (A file on disk is loaded by its path; a name with
// scenario.EmbeddedPrefix is looked up in Loader.Embedded.)
func ExampleRun() {
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(scenario.EmbeddedPrefix + scenarios.Default)
	if err != nil {
		log.Fatal(err)
	}
	// The program runs sc.Runs (200) runs; a few show the steps.
	res, err := sim.Run(sc.Model, sim.Options{Runs: 5, Seed: sc.Seed})
	if err != nil {
		log.Fatal(err)
	}
	sum := res.Summarize(sc.DiscountRate)
	for _, row := range sum.Rows {
		if row.State != sim.TotalName {
			continue
		}
		net := row.Stats[sim.Net]
		fmt.Printf("%d: net %.0f mio. kr. (P5–P95 %.0f–%.0f)\n", row.Year, net.Mean/1e6, net.P5/1e6, net.P95/1e6)
	}
	fmt.Printf("present value: %.0f mio. kr.\n", sum.PresentValue.Mean/1e6)
	// Output:
	// 2027: net 1007 mio. kr. (P5–P95 997–1013)
	// 2028: net 1007 mio. kr. (P5–P95 1001–1015)
	// 2029: net 1006 mio. kr. (P5–P95 990–1013)
	// 2030: net 1013 mio. kr. (P5–P95 999–1025)
	// present value: 3833 mio. kr.
}

// ExampleCompare compares a scenario with an intervention against the same
// scenario without it, as `ydelsesflow compare` does: both are simulated
// with the same seed, so each run's difference is the intervention's
// effect on the same persons (common random numbers).
func ExampleCompare() {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	alt, err := ld.Load(scenario.EmbeddedPrefix + "current-law/ips-ressourceforloeb.yaml")
	if err != nil {
		log.Fatal(err)
	}
	base := alt.WithoutInterventions()
	opts := sim.Options{Runs: 5, Seed: alt.Seed}
	baseRes, err := sim.Run(base.Model, opts)
	if err != nil {
		log.Fatal(err)
	}
	altRes, err := sim.Run(alt.Model, opts)
	if err != nil {
		log.Fatal(err)
	}
	c, err := sim.Compare(baseRes, altRes, alt.DiscountRate)
	if err != nil {
		log.Fatal(err)
	}
	// Positive is extra spending for the kommune, as in a budget form; the
	// period after the budget years is the whole horizon.
	for p, total := range c.Total {
		period := "all years"
		if p < len(c.Years) {
			period = fmt.Sprint(c.Years[p])
		}
		fmt.Printf("%s: %+.1f mio. kr. (P5–P95 %+.1f – %+.1f)\n", period, total.Mean/1e6, total.P5/1e6, total.P95/1e6)
	}
	fmt.Printf("saves money in %.0f %% of the runs\n", 100*c.PSaving[len(c.Years)])
	// Output:
	// 2027: +0.4 mio. kr. (P5–P95 +0.3 – +0.6)
	// 2028: +0.6 mio. kr. (P5–P95 +0.2 – +1.0)
	// 2029: +0.6 mio. kr. (P5–P95 -0.0 – +1.2)
	// 2030: +0.6 mio. kr. (P5–P95 -0.0 – +1.4)
	// all years: +2.3 mio. kr. (P5–P95 +0.5 – +4.2)
	// saves money in 0 % of the runs
}
