package sim

// Steps is the number of steps on the refusionstrappe.
const Steps = 4

// stepLimits holds the last clock week of each step but the last:
// weeks 1–4, 5–26, 27–52, 53 and later.
var stepLimits = [Steps - 1]int{4, 26, 52}

// Staircase holds the state's share of gross cost on each step of the
// refusionstrappe (§ 5, stk. 2 of the financing law, LBK nr. 221 af
// 12/02/2021): 80 % in weeks 1–4, 40 % in weeks 5–26, 30 % in weeks 27–52 and
// 20 % from week 53. The medfinansieringstrappe (§ 5, stk. 3) is its mirror:
// the municipality pays 20/60/70/80 % of a gross paid by Udbetaling Danmark
// or an a-kasse, so the split between kommune and stat is the same.
var Staircase = [Steps]float64{0.80, 0.40, 0.30, 0.20}

// Step returns the staircase step (0–3) of a week with the given clock value.
// A clock of 0 (no benefit week yet in the current count) is on step 0.
func Step(clock int) int {
	switch {
	case clock <= stepLimits[0]:
		return 0
	case clock <= stepLimits[1]:
		return 1
	case clock <= stepLimits[2]:
		return 2
	}
	return Steps - 1
}

// StateShare returns the share of gross cost borne by the state for a week
// with the given financing on the given staircase step.
func (f Financing) StateShare(step int) float64 {
	switch f.Kind {
	case Refusion, Medfinansiering:
		return Staircase[step]
	case FixedShare:
		return f.Share
	default:
		return 0
	}
}
