package sim_test

import (
	"strings"
	"testing"

	"ydelsesflow/sim"
)

// TestLimits breaks each of the model's limits in the default scenario's
// model and checks that Run refuses it with a plain error before
// allocating: a model from another compiler than the scenario package's
// cannot ask the engine for gigabytes or overflow a person's int16 and
// int32 fields.
func TestLimits(t *testing.T) {
	tests := []struct {
		name   string
		runs   int
		damage func(m *sim.Model)
		want   string
	}{
		{"runs", 100_000_000, func(*sim.Model) {}, "mellem 1 og 100000, fik 100000000"},
		{"states", 2, func(m *sim.Model) {
			m.States = append(m.States, make([]sim.State, 40_000)...)
		}, "tilstande"},
		{"persons", 2, func(m *sim.Model) { m.Initial[0].Persons = 1_000_000_000 }, "mere end 10000000 personer"},
		{"prior weeks", 2, func(m *sim.Model) { m.Initial[0].PriorClock = 2_147_483_648 }, "forudgående uger; højst 5200"},
		{"inflow", 2, func(m *sim.Model) { m.Epochs[0].Inflow[0][0].PerYear = 5e10 }, "højst 10000000"},
		{"maximum duration", 2, func(m *sim.Model) {
			for _, row := range m.Epochs[0].Exit {
				for _, e := range row {
					if e != nil {
						e.MaxWeeks = 2_000_000_000
						return
					}
				}
			}
		}, "en maksimal varighed på 2000000000 uger"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := loadDefault(t).Model
			tc.damage(m)
			_, err := sim.Run(m, sim.Options{Runs: tc.runs, Seed: 1})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
		})
	}
}
