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

	// Weekly gross rates.
	sdp := 28 * 149.0        // sygedagpenge: 28 h × 149 kr. = 4.172 kr./uge (below the 2020 maximum 4.405)
	jaf := 15355 * 12 / 52.0 // ressourceforløbsydelse, forsørger 2020: 3.543,46 kr./uge
	taf := 21 * 149.0        // tabt arbejdsfortjeneste, 21 h × 149 kr. = 3.129 kr./uge

	// Scenarie 2 (baseline): the employer's 4 weeks cost nothing and do not
	// move the clock; sygedagpenge at clock 1–20, JAF at clock 21–69.
	wantBaseGross := 20*sdp + 49*jaf                // 257.069,62
	wantBaseNet := 4*sdp*(1-0.8) + 16*sdp*(1-0.4) + // sygedagpenge clock 1–4 and 5–20
		6*jaf*(1-0.4) + 26*jaf*(1-0.3) + 17*jaf*(1-0.2) // JAF clock 21–26, 27–52, 53–69
	// = 3.337,60 + 40.051,20 + 12.756,46 + 64.491,00 + 48.191,08 = 168.827,34

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
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.5 }

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

	// By budget year: path weeks 1–52 are ISO weeks 2020-W02..W53, so JAF
	// clock 21–48 falls in 2020 and clock 49–69 in 2021.
	if got := baseRes.Model.Years; len(got) != 2 || got[0] != 2020 || got[1] != 2021 {
		t.Fatalf("years %v, want [2020 2021]", got)
	}
	want2021 := 4*jaf*(1-0.3) + 17*jaf*(1-0.2) // 58.112,77
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
		t.Errorf("Compare saving %.2f kr., want %.2f kr. (168.827,34 − 40.677)", saving, wantBaseNet-wantAltNet)
	}
	if d := cmp.Net[all].Mean; !near(d, wantAltNet-wantBaseNet) {
		t.Errorf("Compare net change %.2f kr., want %.2f kr.", d, wantAltNet-wantBaseNet)
	}
}
