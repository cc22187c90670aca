package plots

import (
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"ydelsesflow/results"
)

// Calibration draws the model against the kommune's observed figures: per
// target its relative deviation, before the fit (an open circle) and after
// it (a dot), against the target's tolerance (the light field).
func Calibration(c *results.Calibration, o Options) *Chart {
	n := len(c.Targets)
	fitted := len(c.Fitted) > 0
	p := newPlot()
	g := plotter.NewGrid()
	g.Horizontal.Color = nil
	g.Vertical.Color, g.Vertical.Width = grid, vg.Points(0.5)
	p.Add(g)
	names := make([]string, n)
	var before, after plotter.XYs
	var field *plotter.Polygon
	within, lo, hi := 0, 0.0, 0.0
	for i, t := range c.Targets {
		y := float64(n - 1 - i)
		kind, _, _ := strings.Cut(t.Maal, ":") // andel:A+B+C: the states are in the table
		names[n-1-i] = t.Ydelse + " " + t.Periode + " " + kind
		tol := 100 * t.Tolerance
		field, _ = plotter.NewPolygon(plotter.XYs{{X: -tol, Y: y - 0.35}, {X: tol, Y: y - 0.35}, {X: tol, Y: y + 0.35}, {X: -tol, Y: y + 0.35}})
		field.Color, field.LineStyle.Width = pale, 0
		p.Add(field)
		before = append(before, plotter.XY{X: 100 * t.DeviationBefore(), Y: y})
		after = append(after, plotter.XY{X: 100 * t.Deviation(), Y: y})
		lo, hi = min(lo, -tol, 100*t.Deviation()), max(hi, tol, 100*t.Deviation())
		if fitted {
			lo, hi = min(lo, 100*t.DeviationBefore()), max(hi, 100*t.DeviationBefore())
		}
		if t.Within() {
			within++
		}
	}
	p.Add(solid(plotter.XYs{{X: 0, Y: -0.6}, {X: 0, Y: float64(n) - 0.4}}, ink, 1, false))
	if fitted {
		sb, _ := plotter.NewScatter(before)
		sb.GlyphStyle = draw.GlyphStyle{Shape: draw.RingGlyph{}, Color: mid, Radius: vg.Points(3.5)}
		p.Add(sb)
		p.Legend.Add(o.tr("Før tilpasningen"), sb)
	}
	sa, _ := plotter.NewScatter(after)
	sa.GlyphStyle = draw.GlyphStyle{Shape: draw.CircleGlyph{}, Color: dark, Radius: vg.Points(3.5)}
	p.Add(sa)
	if fitted {
		p.Legend.Add(o.tr("Efter tilpasningen"), sa)
	} else {
		p.Legend.Add(o.tr("Modellen"), sa)
	}
	if field != nil {
		p.Legend.Add(o.tr("Tolerance"), field)
	}
	p.Legend.Top = true
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4+1.6
	pad := 0.08 * (hi - lo)
	p.X.Min, p.X.Max = lo-pad, hi+pad
	p.X.Label.Text = o.tr("Afvigelse fra det observerede (%)")
	p.X.Tick.Marker = amountTicks{unit: 1, f: o.f()}
	subtitle := o.tr("Modellens afvigelse fra hvert observeret tal; det lyse felt er målets tolerance")
	if fitted {
		subtitle = o.tr("Afvigelse fra hvert observeret tal før (ring) og efter (prik) tilpasningen; det lyse felt er målets tolerance")
	}
	return &Chart{
		Name:     "kalibrering",
		Title:    o.trf("Modellen mod de observerede tal: %d af %d mål inden for tolerancen", within, n),
		Subtitle: subtitle,
		Width:    17 * vg.Centimeter, Height: vg.Length(max(n, 2))*0.75*vg.Centimeter + 4*vg.Centimeter,
		Panels: [][]*plot.Plot{{p}},
	}
}
