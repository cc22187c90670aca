package calibration

import (
	"slices"

	"ydelsesflow/sim"
)

// Measure returns the model's value of the target from its flows f and its
// weekly stocks (stock[t][s] persons in state s in week t). A ydelse of
// several states counts as one: a move between its states is neither an
// exit nor a new case.
func (t *Target) Measure(f *sim.Flows, stock [][]float64) float64 {
	in := func(set []int, s int) bool { return slices.Contains(set, s) }
	persons := func(set []int) float64 {
		n := 0.0
		for _, s := range set {
			n += stock[t.Week][s]
		}
		return n
	}
	exits := func() float64 {
		n := 0.0
		for _, s := range t.States {
			fl := f.Year[t.Year][s]
			n += fl.Exits
			for _, d := range t.States {
				n -= fl.ExitsTo[d]
			}
		}
		return n
	}
	switch t.Kind {
	case PersonYears:
		n := 0.0
		for _, s := range t.States {
			n += f.Year[t.Year][s].PersonYears
		}
		return n
	case Entries:
		n := 0.0
		for _, s := range t.States {
			fl := f.Year[t.Year][s]
			n += fl.Entries
			for _, o := range t.States {
				n -= fl.EntriesFrom[o]
			}
		}
		return n
	case Exits:
		return exits()
	case MeanWeeks:
		return f.Year[t.Year][t.States[0]].MeanWeeks()
	case Persons:
		return persons(t.States)
	case ExitShare:
		all := exits()
		if all == 0 {
			return 0
		}
		n := 0.0
		for _, s := range t.States {
			for _, d := range t.Of {
				if !in(t.States, d) {
					n += f.Year[t.Year][s].ExitsTo[d]
				}
			}
		}
		return n / all
	case Share:
		all := persons(t.Of)
		if all == 0 {
			return 0
		}
		return persons(t.States) / all
	}
	return 0
}
