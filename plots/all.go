package plots

import (
	"fmt"

	"ydelsesflow/results"
)

// All returns every chart the results hold data for: for a run the
// caseload and the refusion picture; for each comparison the caseload with
// and without, the cumulative saving, the budget bars and the histogram;
// for a sensitivity analysis the tornado; for a calibration the model
// against the observed figures. With several comparisons, the
// names of the second and later end in -2, -3, ….
func All(f *results.File, o Options) []*Chart {
	var out []*Chart
	if r := f.Run; r != nil {
		out = append(out, Caseload(r, o), Refusion(r, o))
	}
	for i, c := range f.Comparisons {
		for _, ch := range []*Chart{Budget(c, o), Fan(c, o), Histogram(c, o), CaseloadChange(c, o)} {
			if i > 0 {
				ch.Name = fmt.Sprintf("%s-%d", ch.Name, i+1)
			}
			out = append(out, ch)
		}
	}
	if s := f.Sensitivity; s != nil && len(s.Bars) > 0 {
		out = append(out, Tornado(s, o))
	}
	if c := f.Calibration; c != nil && len(c.Targets) > 0 {
		out = append(out, Calibration(c, o))
	}
	return out
}
