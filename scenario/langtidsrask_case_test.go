package scenario_test

import (
	"math"
	"testing"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// TestLangtidsraskCase prices the embedded Langtidsrask borgercase (RKSK
// budget 2020 pp. 68-80) by hand: without the advice 20 weeks of sygedagpenge
// and 49 weeks of jobafklaringsforløb on the refusionstrappe, with it 26
// weeks of tabt arbejdsfortjeneste at 50 % refusion. Both at 2020 satser.
func TestLangtidsraskCase(t *testing.T) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	sc, err := ld.Load(scenario.EmbeddedPrefix + "rksk-2020/langtidsrask-case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := sc.WithoutInterventions()
	opts := sim.Options{Runs: 1, Seed: 1}
	baseRes, err := sim.Run(base.Model, opts)
	if err != nil {
		t.Fatal(err)
	}
	altRes, err := sim.Run(sc.Model, opts)
	if err != nil {
		t.Fatal(err)
	}

	// Gross rates: weekly satser by the week, the monthly JAF sats by the
	// day (× 12 / the days of the year), since budget years are calendar
	// years. 2020 is a leap year.
	sdp := 28 * 149.0           // sygedagpenge: 28 h × 149 kr. = 4.172 kr./uge (below the 2020 maximum 4.405)
	jaf20 := 15355 * 12 / 366.0 // ressourceforløbsydelse, forsørger 2020: 503,44 kr./dag in 2020
	jaf21 := 15355 * 12 / 365.0 // and 504,82 kr./dag in 2021 (the same sats, indexing 0)
	taf := 21 * 149.0           // tabt arbejdsfortjeneste, 21 h × 149 kr. = 3.129 kr./uge

	// Scenarie 2 (baseline), from Wednesday 1 January 2020: path week 1
	// (Monday 30 December 2019 – Sunday 5 January 2020) counts 5 days, and
	// the employer's 4 weeks cost nothing and do not move the clock;
	// sygedagpenge at clock 1–20 (path weeks 5–24), JAF at clock 21–69 (path
	// weeks 25–73). Path week 53, Monday 28 December 2020 to Sunday 3
	// January 2021 (JAF clock 49, 30 %), has 4 days in 2020 and 3 in 2021.
	wantBaseGross := 20*sdp + (6*7+22*7+4)*jaf20 + (3+3*7+17*7)*jaf21 // 256.318,06
	want2021 := (3+3*7)*jaf21*(1-0.3) + 17*7*jaf21*(1-0.2)            // 8.481,01 + 48.059,05 = 56.540,05
	wantBaseNet := 4*sdp*(1-0.8) + 16*sdp*(1-0.4) +                   // sygedagpenge clock 1–4 and 5–20
		6*7*jaf20*(1-0.4) + (22*7+4)*jaf20*(1-0.3) + // JAF clock 21–26, 27–49 (2020 days)
		want2021 // JAF clock 49–52 (2021 days) and 53–69
	// = 3.337,60 + 40.051,20 + 12.686,75 + 55.680,75 + 56.540,05 = 168.296,36

	// Scenarie 1 (Langtidsrask): 26 weeks of tabt arbejdsfortjeneste, 50 % refusion.
	wantAltGross := 26 * taf           // 81.354
	wantAltNet := 26 * taf * (1 - 0.5) // 40.677

	total := func(res *sim.Result) (gross, net float64) {
		for _, year := range res.PerRun[0] {
			for _, s := range year {
				gross += s.Gross
				net += s.Net()
			}
		}
		return gross, net
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.005 } // to the øre

	for _, c := range []struct {
		name            string
		res             *sim.Result
		wantGross, want float64
	}{
		{"uden Langtidsrask (scenarie 2)", baseRes, wantBaseGross, wantBaseNet},
		{"med Langtidsrask (scenarie 1)", altRes, wantAltGross, wantAltNet},
	} {
		gross, net := total(c.res)
		if !near(gross, c.wantGross) {
			t.Errorf("%s: gross %.2f kr., want %.2f kr.", c.name, gross, c.wantGross)
		}
		if !near(net, c.want) {
			t.Errorf("%s: kommune net %.2f kr., want %.2f kr.", c.name, net, c.want)
		}
	}

	// By budget year: 2021 holds 3 days of path week 53 and weeks 54–73.
	if got := baseRes.Model.Years; len(got) != 2 || got[0] != 2020 || got[1] != 2021 {
		t.Fatalf("years %v, want [2020 2021]", got)
	}
	var net2021 float64
	for _, s := range baseRes.PerRun[0][1] {
		net2021 += s.Net()
	}
	if !near(net2021, want2021) {
		t.Errorf("baseline net 2021 %.2f kr., want %.2f kr.", net2021, want2021)
	}

	cmp, err := sim.Compare(baseRes, altRes, sc.DiscountRate)
	if err != nil {
		t.Fatal(err)
	}
	all := len(cmp.Years) // the whole horizon
	if saving := cmp.Saving[all].Mean; !near(saving, wantBaseNet-wantAltNet) {
		t.Errorf("Compare saving %.2f kr., want %.2f kr. (168.296,36 − 40.677)", saving, wantBaseNet-wantAltNet)
	}
	if d := cmp.Net[all].Mean; !near(d, wantAltNet-wantBaseNet) {
		t.Errorf("Compare net change %.2f kr., want %.2f kr.", d, wantAltNet-wantBaseNet)
	}
}
