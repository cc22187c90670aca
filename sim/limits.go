package sim

import "ydelsesflow/msg"

// The limits of a model. No real kommune's or national scenario comes near
// them; they keep every count within the engine's integer types and every
// table small enough to allocate, and Check and Run enforce them before
// allocating anything. The scenario package checks them too, with the file
// position of the number that breaks one.
const (
	// MaxStates is the most states a model may have (a person's state is
	// an int16).
	MaxStates = 200
	// MaxGroups is the most groups a model may have (a person's group is
	// an int16).
	MaxGroups = 200
	// MaxWeeks is the longest horizon in weeks (60 years).
	MaxWeeks = 3130
	// MaxDurationWeeks bounds every duration in weeks: a maximum duration,
	// a duration band's first week, weeks in state at the start, prior
	// benefit weeks and an intervention's longest participation (100
	// years). A person's weeks and clock are int32s.
	MaxDurationWeeks = 5200
	// MaxPersons is the most persons the initial stock may hold in all, and
	// the most slots an intervention may have (counts are int32s).
	MaxPersons = 10_000_000
	// MaxInflowPerYear is the most new persons a year all inflows may
	// bring in together.
	MaxInflowPerYear = 10_000_000
	// MaxRuns is the most Monte Carlo runs of one Run: the per-run results
	// are kept in memory.
	MaxRuns = 100_000
)

// checkLimits returns an error if the model breaks one of the limits.
func (m *Model) checkLimits() error {
	if len(m.States) > MaxStates || len(m.Groups) > MaxGroups || m.Weeks > MaxWeeks {
		return msg.Errorf("sim: %d tilstande, %d grupper og %d uger; højst %d, %d og %d", len(m.States), len(m.Groups), m.Weeks, MaxStates, MaxGroups, MaxWeeks)
	}
	persons := 0
	for _, c := range m.Initial {
		if c.Persons < 0 || c.Persons > MaxPersons-persons {
			return msg.Errorf("sim: mere end %d personer i startbestanden", MaxPersons)
		}
		persons += c.Persons
		if len(c.WeeksCDF) > MaxDurationWeeks || c.PriorClock < 0 || c.PriorClock > MaxDurationWeeks {
			return msg.Errorf("sim: en startbestand har %d uger i tilstanden og %d forudgående uger; højst %d", len(c.WeeksCDF), c.PriorClock, MaxDurationWeeks)
		}
	}
	for i, ep := range m.Epochs {
		inflow := 0.0
		for _, row := range ep.Inflow {
			for _, in := range row {
				if !(in.PerYear >= 0 && in.PerYear <= MaxInflowPerYear) || in.Clock < 0 || in.Clock > MaxDurationWeeks {
					return msg.Errorf("sim: epoke %d: en tilgang på %v om året med %d forudgående uger; højst %d og %d", i, in.PerYear, in.Clock, MaxInflowPerYear, MaxDurationWeeks)
				}
				inflow += in.PerYear
			}
		}
		if inflow > MaxInflowPerYear {
			return msg.Errorf("sim: epoke %d: en samlet tilgang på %v om året; højst %d", i, inflow, MaxInflowPerYear)
		}
		for _, row := range ep.Exit {
			for _, e := range row {
				if e != nil && (e.MaxWeeks < 0 || e.MaxWeeks > MaxDurationWeeks || len(e.Hazard) > MaxDurationWeeks) {
					return msg.Errorf("sim: epoke %d: en maksimal varighed på %d uger eller %d afgangsrater; højst %d", i, e.MaxWeeks, len(e.Hazard), MaxDurationWeeks)
				}
			}
		}
	}
	for _, iv := range m.Interventions {
		longest := iv.MaxWeeks
		for _, e := range iv.Effect {
			longest = max(longest, e.MaxWeeks)
		}
		if iv.Capacity > MaxPersons {
			return msg.Errorf("sim: indsatsen %s har %d pladser; højst %d", iv.Name, iv.Capacity, MaxPersons)
		}
		if longest > MaxDurationWeeks {
			return msg.Errorf("sim: indsatsen %s har en varighed på %d uger; højst %d", iv.Name, longest, MaxDurationWeeks)
		}
	}
	return nil
}
