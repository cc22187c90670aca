package sim

import "math"

// Paths simulates run 1 of m and returns, in the order the run creates them,
// the first n persons that pick selects, with every week of each. An
// analyst prints them to check the arithmetic by hand (run --trace and
// compare --trace).
func Paths(m *Model, seed uint64, pick func(Origin) bool, n int) ([]Origin, map[Origin][]PersonWeek, error) {
	weeks := map[Origin][]PersonWeek{}
	var order []Origin
	tr := &Trace{
		Run: 0,
		Select: func(o Origin) bool {
			if len(order) >= n || !pick(o) {
				return false
			}
			order = append(order, o)
			return true
		},
		Week: func(o Origin, pw PersonWeek) { weeks[o] = append(weeks[o], pw) },
	}
	if _, err := Run(m, Options{Runs: 1, Seed: seed, Trace: tr}); err != nil {
		return nil, nil, err
	}
	return order, weeks, nil
}

// Changed returns the origins of the first n persons of run 1 (in the order
// they enter) whose path — state, clock and cost week by week — differs
// between base and alt.
func Changed(base, alt *Model, seed uint64, n int) (map[Origin]bool, error) {
	var order []Origin
	paths := [2]map[Origin]uint64{{}, {}} // a hash of each person's path
	for i, m := range []*Model{base, alt} {
		tr := &Trace{
			Select: func(o Origin) bool {
				if i == 1 {
					order = append(order, o)
				}
				return true
			},
			Week: func(o Origin, w PersonWeek) {
				h := paths[i][o]
				for _, x := range []uint64{uint64(w.Week), uint64(w.State), uint64(w.Clock), math.Float64bits(w.Gross), uint64(w.Intervention + 1)} {
					h = (h ^ x) * 0x100000001b3 // FNV-1a step
				}
				paths[i][o] = h
			},
		}
		if _, err := Run(m, Options{Runs: 1, Seed: seed, Trace: tr}); err != nil {
			return nil, err
		}
	}
	out := map[Origin]bool{}
	for _, o := range order {
		if len(out) < n && paths[0][o] != paths[1][o] {
			out[o] = true
		}
	}
	return out, nil
}
