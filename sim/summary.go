package sim

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
)

// Measure is one of the figures reported per budget year and state.
type Measure int

const (
	FullTimePersons Measure = iota // helårspersoner
	Gross                          // the kommune's gross expense, kr. (Totals.Gross)
	StatePart                      // state refusion or the state's share, kr.
	Net                            // municipal net cost, kr.
	PaidByOthers                   // paid out by Udbetaling Danmark or an a-kasse, kr.: a memo figure
	numMeasures
)

// Measures lists all measures in report order, the memo figure last.
var Measures = []Measure{FullTimePersons, Gross, StatePart, Net, PaidByOthers}

// String returns the measure's machine name, used in CSV and JSON.
func (m Measure) String() string {
	return [...]string{"helaarspersoner", "brutto", "statsandel", "kommunal_netto", "udbetalt_af_andre"}[m]
}

// Of returns the measure's value from t.
func (m Measure) Of(t Totals) float64 {
	switch m {
	case FullTimePersons:
		return t.PersonYears
	case Gross:
		return t.Gross
	case StatePart:
		return t.StatePart
	case PaidByOthers:
		return t.PaidByOthers
	default:
		return t.Net()
	}
}

// Stat summarises one figure across runs.
type Stat struct {
	Mean float64
	SD   float64 // standard deviation across runs
	MCSE float64 // Monte Carlo standard error of the mean, SD/√runs
	P5   float64
	P50  float64
	P95  float64
}

// Describe returns the Stat of x (one value per run). Quantiles use linear
// interpolation between order statistics (gonum stat.LinInterp).
func Describe(x []float64) Stat {
	n := len(x)
	if n == 0 {
		return Stat{}
	}
	mean, sd := stat.MeanStdDev(x, nil)
	if n == 1 {
		sd = 0
	}
	s := slices.Clone(x)
	slices.Sort(s)
	q := func(p float64) float64 { return stat.Quantile(p, stat.LinInterp, s, nil) }
	return Stat{Mean: mean, SD: sd, MCSE: sd / math.Sqrt(float64(n)), P5: q(0.05), P50: q(0.50), P95: q(0.95)}
}

// Neg returns the Stat of −x, with the quantiles mirrored, so that a figure
// and its negation always show the same interval.
func (s Stat) Neg() Stat {
	return Stat{Mean: -s.Mean, SD: s.SD, MCSE: s.MCSE, P5: -s.P95, P50: -s.P50, P95: -s.P5}
}

// Row is the summary of one state (or the total) in one budget year.
type Row struct {
	Year  int
	State string // state name, or "total"
	Label string
	Stats [numMeasures]Stat
}

// Summary is the cross-run summary of a Result.
type Summary struct {
	Years []int
	// Rows holds, for each year in order, one row per state in model order
	// followed by the total row.
	Rows []Row
	// PresentValue is the municipal net cost over the whole horizon,
	// discounted to the first budget year at the given rate.
	PresentValue Stat
	DiscountRate float64
}

// TotalName is the State of the total row.
const TotalName = "total"

// Summarize computes mean, MCSE and quantiles of every figure across runs.
// States that are absorbing and never priced are included with zeros, so the
// table shape depends only on the model.
func (r *Result) Summarize(discountRate float64) *Summary {
	m := r.Model
	sum := &Summary{Years: m.Years, DiscountRate: discountRate}
	vals := make([]float64, r.Runs)
	total := func(run, y int) Totals {
		var t Totals
		for _, st := range r.PerRun[run][y] {
			t.Add(st)
		}
		return t
	}
	for y, year := range m.Years {
		for s := 0; s <= len(m.States); s++ {
			row := Row{Year: year, State: TotalName, Label: "I alt"}
			if s < len(m.States) {
				row.State, row.Label = m.States[s].Name, m.States[s].Label
			}
			for _, ms := range Measures {
				for run := range r.Runs {
					if s < len(m.States) {
						vals[run] = ms.Of(r.PerRun[run][y][s])
					} else {
						vals[run] = ms.Of(total(run, y))
					}
				}
				row.Stats[ms] = Describe(vals)
			}
			sum.Rows = append(sum.Rows, row)
		}
	}
	for run := range r.Runs {
		pv := 0.0
		for y := range m.Years {
			pv += total(run, y).Net() * m.deflator(y) / math.Pow(1+discountRate, float64(y))
		}
		vals[run] = pv
	}
	sum.PresentValue = Describe(vals)
	return sum
}

// Scale returns the Stat of f·x: for f ≥ 0 every figure scales, for f < 0
// the quantiles are mirrored as in Neg.
func (s Stat) Scale(f float64) Stat {
	if f < 0 {
		return s.Neg().Scale(-f)
	}
	return Stat{Mean: f * s.Mean, SD: f * s.SD, MCSE: f * s.MCSE, P5: f * s.P5, P50: f * s.P50, P95: f * s.P95}
}
