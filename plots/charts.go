package plots

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
)

// Options choose the language of a chart.
type Options struct {
	Lang msg.Lang
}

func (o Options) f() numfmt.Format { return numfmt.Format{Lang: o.Lang} }

// tr and trf translate a chart's Danish text into the chart's language.
func (o Options) tr(s string) string { return msg.T(o.Lang, s) }
func (o Options) trf(format string, args ...any) string {
	return msg.Sprintf(o.Lang, format, args...)
}

// decimalYear places a date on a time axis in years: 2027.5 is mid-2027.
func decimalYear(d time.Time) float64 {
	start := time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(1, 0, 0)
	return float64(d.Year()) + d.Sub(start).Hours()/end.Sub(start).Hours()
}

// weekX is the x position of the middle of week t.
func weekX(m results.Meta, t int) float64 {
	return decimalYear(m.Calendar().Monday(t).Add(84 * time.Hour))
}

// line returns a line plotter of ys against weeks.
func weekLine(m results.Meta, ys func(t int) float64, n int) plotter.XYs {
	xys := make(plotter.XYs, n)
	for t := range n {
		xys[t] = plotter.XY{X: weekX(m, t), Y: ys(t)}
	}
	return xys
}

// band returns the polygon between the lower and upper series.
func band(lo, hi plotter.XYs, c color.Color) *plotter.Polygon {
	ring := slices.Clone(lo)
	for i := len(hi) - 1; i >= 0; i-- {
		ring = append(ring, hi[i])
	}
	pg, _ := plotter.NewPolygon(ring)
	pg.Color = c
	pg.LineStyle.Width = 0
	return pg
}

// solid returns a line in colour c and width w (points), dashed if asked.
func solid(xys plotter.XYs, c color.Color, w float64, dashed bool) *plotter.Line {
	l, _ := plotter.NewLine(xys)
	l.Color = c
	l.Width = vg.Points(w)
	if dashed {
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	}
	return l
}

// timeAxis sets x to run over the weeks of m with a tick each New Year.
func timeAxis(p *plot.Plot, m results.Meta, weeks int) {
	p.X.Min, p.X.Max = weekX(m, 0)-3.5/365, weekX(m, weeks-1)+3.5/365
	// A horizon that starts in the first days of a year shows the year.
	if y := math.Floor(p.X.Min); p.X.Min-y < 14.0/365 {
		p.X.Min = y
	}
	p.X.Tick.Marker = yearTicks{}
	g := plotter.NewGrid()
	g.Vertical.Color, g.Horizontal.Color = grid, grid
	g.Vertical.Width, g.Horizontal.Width = vg.Points(0.5), vg.Points(0.5)
	p.Add(g)
}

// horizontalGrid adds horizontal grid lines only.
func horizontalGrid(p *plot.Plot) {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color, g.Horizontal.Width = grid, vg.Points(0.5)
	p.Add(g)
}

// zeroLine adds a thin line at y = 0 across the x range [x0, x1].
func zeroLine(p *plot.Plot, x0, x1 float64) {
	p.Add(solid(plotter.XYs{{X: x0, Y: 0}, {X: x1, Y: 0}}, ink, 0.8, false))
}

// grid shape for n panels.
func gridShape(n int) (rows, cols int) {
	cols = 3
	if n <= 4 {
		cols = 2
	}
	if n == 1 {
		cols = 1
	}
	return (n + cols - 1) / cols, cols
}

// arrange lays out panels in rows of cols.
func arrange(ps []*plot.Plot, cols int) [][]*plot.Plot {
	var out [][]*plot.Plot
	for i := 0; i < len(ps); i += cols {
		row := make([]*plot.Plot, cols)
		copy(row, ps[i:min(i+cols, len(ps))])
		out = append(out, row)
	}
	return out
}

// personTicks labels counts of persons with thousands separators.
func personTicks(o Options) plot.Ticker { return amountTicks{unit: 1, f: o.f()} }

// Caseload draws the persons in each paid ydelse week by week: one small
// panel per ydelse, each on its own scale.
func Caseload(r *results.Run, o Options) *Chart {
	weeks := len(r.Stock)
	var panels []*plot.Plot
	first, last := 0.0, 0.0
	for s, st := range r.States {
		if !st.Paid {
			continue
		}
		first += r.Stock[0][s]
		last += r.Stock[weeks-1][s]
		peak := 0.0
		for t := range weeks {
			peak = math.Max(peak, r.Stock[t][s])
		}
		if peak < 0.5 {
			continue
		}
		p := newPlot()
		p.Title.Text = st.Label
		timeAxis(p, r.Meta, weeks)
		p.Add(solid(weekLine(r.Meta, func(t int) float64 { return r.Stock[t][s] }, weeks), dark, 1.5, false))
		p.Y.Min = 0
		p.Y.Max = peak * 1.1
		p.Y.Tick.Marker = personTicks(o)
		panels = append(panels, p)
	}
	rows, cols := gridShape(len(panels))
	end, yearEnd := r.LastDay()
	title := o.trf("Personer på ydelse: %s ved start, %s ved udgangen af %d", o.f().Int(first), o.f().Int(last), end.Year())
	if !yearEnd {
		title = o.trf("Personer på ydelse: %s ved start, %s den %s", o.f().Int(first), o.f().Int(last), o.f().Date(end))
	}
	return &Chart{
		Name:     "personer",
		Title:    title,
		Subtitle: o.trf("Personer i hver ydelse, gennemsnit over %d kørsler", r.Runs),
		Width:    vg.Length(cols) * 6 * vg.Centimeter, Height: vg.Length(rows)*4.6*vg.Centimeter + 2.2*vg.Centimeter,
		Panels: arrange(panels, cols),
	}
}

// maxPanels is the largest number of ydelser CaseloadChange shows.
const maxPanels = 6

// CaseloadChange draws, for the states the intervention changes most,
// the persons week by week without and with it.
func CaseloadChange(c *results.Comparison, o Options) *Chart {
	weeks := len(c.BaseStock)
	ny := len(c.Years)
	type moved struct {
		s      int
		change float64
	}
	var ms []moved
	for s := range c.States {
		if ch := c.PersonsChange[s][ny]; math.Abs(ch) >= 0.05 {
			ms = append(ms, moved{s, ch})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return math.Abs(ms[i].change) > math.Abs(ms[j].change) })
	if len(ms) > maxPanels {
		ms = ms[:maxPanels]
	}
	var panels []*plot.Plot
	for i, m := range ms {
		s := m.s
		p := newPlot()
		p.Title.Text = c.States[s].Label
		timeAxis(p, c.Meta, weeks)
		base := solid(weekLine(c.Meta, func(t int) float64 { return c.BaseStock[t][s] }, weeks), grey, 1.5, true)
		alt := solid(weekLine(c.Meta, func(t int) float64 { return c.AltStock[t][s] }, weeks), dark, 1.5, false)
		p.Add(base, alt)
		p.Y.Tick.Marker = personTicks(o)
		lo, hi := math.Inf(1), math.Inf(-1)
		for t := range weeks {
			lo = min(lo, c.BaseStock[t][s], c.AltStock[t][s])
			hi = max(hi, c.BaseStock[t][s], c.AltStock[t][s])
		}
		pad := math.Max(0.5, 0.1*(hi-lo))
		p.Y.Min, p.Y.Max = math.Max(0, lo-pad), hi+pad
		if i == 0 {
			p.Legend.Add(o.tr("Uden indsats"), base)
			p.Legend.Add(o.tr("Med indsats"), alt)
			p.Legend.Top = true
			p.Y.Max += 0.35 * (p.Y.Max - p.Y.Min) // room for the legend
		}
		panels = append(panels, p)
	}
	// The conclusion: the largest fall and rise in the last year.
	title := o.tr("Indsatsen flytter ingen personer mellem ydelser")
	lastYear := c.Years[ny-1]
	var down, up *moved
	for i := range ms {
		ch := c.PersonsChange[ms[i].s][ny-1]
		if ch <= -0.05 && (down == nil || ch < c.PersonsChange[down.s][ny-1]) {
			down = &ms[i]
		}
		if ch >= 0.05 && (up == nil || ch > c.PersonsChange[up.s][ny-1]) {
			up = &ms[i]
		}
	}
	var parts []string
	if down != nil {
		parts = append(parts, o.trf("%s færre i %s", o.f().Decimal(-c.PersonsChange[down.s][ny-1], 1), lower(c.States[down.s].Label)))
	}
	if up != nil {
		parts = append(parts, o.trf("%s flere i %s", o.f().Decimal(c.PersonsChange[up.s][ny-1], 1), lower(c.States[up.s].Label)))
	}
	if len(parts) > 0 {
		joined := strings.Join(parts, " "+o.tr("og")+" ")
		title = o.trf("%s i %s (helårspersoner)", upperFirst(joined), c.YearLabel(o.Lang, lastYear))
	}
	rows, cols := gridShape(max(1, len(panels)))
	return &Chart{
		Name:     "personer-med-og-uden",
		Title:    title,
		Subtitle: o.trf("Personer pr. uge med og uden indsatsen, gennemsnit over %d kørsler; de ydelser, der ændrer sig mest", c.Runs),
		Width:    vg.Length(cols) * 6 * vg.Centimeter, Height: vg.Length(rows)*4.6*vg.Centimeter + 2.2*vg.Centimeter,
		Panels: arrange(panels, cols),
	}
}

// Fan draws the cumulative change in the kommune's net spending week by
// week (+ = merudgift): the median with its 50 % and 90 % bands, and the
// break-even week, from which the intervention has paid for itself.
func Fan(c *results.Comparison, o Options) *Chart {
	weeks := len(c.CumChange)
	q := func(level int) plotter.XYs {
		return weekLine(c.Meta, func(t int) float64 { return c.CumChange[t][level] }, weeks)
	}
	iq := func(p float64) int { return slices.Index(c.CumLevels, p) }
	absMax := 0.0
	for _, qs := range c.CumChange {
		for _, v := range qs {
			absMax = math.Max(absMax, math.Abs(v))
		}
	}
	unit, unitName := unitFor(absMax, c.Meta, o.Lang)
	p := newPlot()
	timeAxis(p, c.Meta, weeks)
	p.Y.Label.Text = o.trf("Akkumuleret nettoændring (%s)", unitName)
	p.Y.Tick.Marker = amountTicks{unit: unit, f: o.f()}
	outer := band(q(iq(0.05)), q(iq(0.95)), pale)
	inner := band(q(iq(0.25)), q(iq(0.75)), light)
	median := solid(q(iq(0.5)), dark, 2, false)
	p.Add(outer, inner)
	zeroLine(p, p.X.Min, p.X.Max)
	p.Add(median)
	p.Legend.Add(o.tr("90 %-interval"), outer)
	p.Legend.Add(o.tr("50 %-interval"), inner)
	p.Legend.Add(o.tr("Median"), median)
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs = vg.Points(6)
	ny := len(c.Years)
	title := o.trf("Indsatsen er ikke tjent hjem ved udgangen af %d", c.Years[ny-1])
	if end, yearEnd := c.LastDay(); !yearEnd {
		title = o.trf("Indsatsen er ikke tjent hjem den %s", o.f().Date(end))
	}
	if c.BreakEvenWeek >= 0 {
		y, w := c.Calendar().ISOWeek(c.BreakEvenWeek)
		title = o.trf("Indsatsen har tjent sig hjem fra uge %d i %d", w, y)
		x := weekX(c.Meta, c.BreakEvenWeek)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, qs := range c.CumChange {
			lo, hi = math.Min(lo, qs[0]), math.Max(hi, qs[len(qs)-1])
		}
		be := solid(plotter.XYs{{X: x, Y: lo}, {X: x, Y: hi}}, rust, 1.5, true)
		p.Add(be)
		p.Legend.Add(o.tr("Break-even"), be)
	}
	// Leave room above the data for the legend.
	p.Y.Max += 0.3 * (p.Y.Max - p.Y.Min)
	return &Chart{
		Name:     "besparelse-akkumuleret",
		Title:    title,
		Subtitle: o.trf("Akkumuleret ændring i kommunens nettoudgifter (%s; + = merudgift, − = mindreudgift): median med 50 %%- og 90 %%-interval over %d kørsler", unitName, c.Runs),
		Width:    17 * vg.Centimeter, Height: 10 * vg.Centimeter,
		Panels: [][]*plot.Plot{{p}},
	}
}

// ChangeTitle says in words what a change in the kommune's spending over
// period is: "Indsatsen koster kommunen 1,7 mio. kr. netto over 2027–2030"
// for a merudgift, "Indsatsen sparer kommunen 2,9 mio. kr. …" for a
// mindreudgift.
func ChangeTitle(change float64, period string, o Options) string {
	if change > 0 {
		return o.trf("Indsatsen koster kommunen %s netto over %s", o.f().Amount(change), period)
	}
	return o.trf("Indsatsen sparer kommunen %s netto over %s", o.f().Amount(-change), period)
}

// Budget draws the change in the kommune's spending per budget year (+ =
// merudgift, − = mindreudgift): the change in ydelser net of refusion, the
// intervention's costs (up) and the costs it saves (cost lines with a
// negative amount, down), and the net change with its 90 % interval.
func Budget(c *results.Comparison, o Options) *Chart {
	ny := len(c.Years)
	absMax := 0.0
	anySaved := false
	for y := range ny {
		absMax = max(absMax, math.Abs(c.YdelserChange[y]), math.Abs(c.Cost[y]), math.Abs(c.CostSaved[y]), math.Abs(c.Change[y].P5), math.Abs(c.Change[y].P95))
		anySaved = anySaved || c.CostSaved[y] != 0
	}
	unit, unitName := unitFor(absMax, c.Meta, o.Lang)
	ydelser, cost, saved := make(plotter.Values, ny), make(plotter.Values, ny), make(plotter.Values, ny)
	for y := range ny {
		ydelser[y] = c.YdelserChange[y] / unit
		cost[y] = c.Cost[y] / unit
		saved[y] = c.CostSaved[y] / unit
	}
	w := vg.Points(22)
	if anySaved {
		w = vg.Points(16)
	}
	p := newPlot()
	horizontalGrid(p)
	by, _ := plotter.NewBarChart(ydelser, w)
	by.Color, by.LineStyle.Width, by.Offset = light, 0, -w/2
	bc, _ := plotter.NewBarChart(cost, w)
	bc.Color, bc.Offset = orange, w/2
	bc.LineStyle.Width, bc.LineStyle.Color = vg.Points(0.6), rust
	p.Add(by, bc)
	var bsv *plotter.BarChart
	if anySaved {
		by.Offset, bc.Offset = -w, 0
		bsv, _ = plotter.NewBarChart(saved, w)
		bsv.Color, bsv.Offset = pale, w
		bsv.LineStyle.Width, bsv.LineStyle.Color = vg.Points(0.6), mid
		p.Add(bsv)
	}
	zeroLine(p, -0.5, float64(ny)-0.5)
	var net plotter.XYs
	for y := range ny {
		s := c.Change[y]
		p.Add(solid(plotter.XYs{{X: float64(y), Y: s.P5 / unit}, {X: float64(y), Y: s.P95 / unit}}, dark, 1.4, false))
		for _, v := range []float64{s.P5, s.P95} {
			p.Add(solid(plotter.XYs{{X: float64(y) - 0.08, Y: v / unit}, {X: float64(y) + 0.08, Y: v / unit}}, dark, 1.4, false))
		}
		net = append(net, plotter.XY{X: float64(y), Y: s.Mean / unit})
	}
	sc, _ := plotter.NewScatter(net)
	sc.GlyphStyle.Shape = draw.PyramidGlyph{}
	sc.GlyphStyle.Color = dark
	sc.GlyphStyle.Radius = vg.Points(4)
	p.Add(sc)
	p.NominalX(yearLabels(c.Meta, o)...)
	p.X.Min, p.X.Max = -0.6, float64(ny)-0.4
	p.Y.Label.Text = o.trf("Ændring i udgifter (%s)", unitName)
	p.Y.Tick.Marker = amountTicks{unit: 1, f: o.f()}
	p.Legend.Add(o.tr("Ydelser, netto efter refusion"), by)
	p.Legend.Add(o.tr("Udgift til indsatsen"), bc)
	if anySaved {
		p.Legend.Add(o.tr("Sparede udgifter i indsatsen"), bsv)
	}
	p.Legend.Add(o.tr("Nettoændring (90 %-interval)"), sc)
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs = vg.Points(6)
	p.Y.Max += 0.45 * (p.Y.Max - p.Y.Min)
	return &Chart{
		Name:     "budget",
		Title:    ChangeTitle(c.Change[ny].Mean, c.Horizon(o.Lang), o),
		Subtitle: o.trf("Ændring i kommunens udgifter pr. budgetår (%s): + = merudgift, − = mindreudgift; nettoændringen med 90 %%-interval", unitName),
		Width:    17 * vg.Centimeter, Height: 10 * vg.Centimeter,
		Panels: [][]*plot.Plot{{p}},
	}
}

// Histogram draws the distribution of the change in the kommune's
// spending over the budget period across runs (+ = merudgift), runs with
// a merudgift and with a mindreudgift in two colours, with the share of
// runs with a mindreudgift.
func Histogram(c *results.Comparison, o Options) *Chart {
	xs := c.BudgetChanges
	lo, hi := slices.Min(xs), slices.Max(xs)
	unit, unitName := unitFor(math.Max(math.Abs(lo), math.Abs(hi)), c.Meta, o.Lang)
	nb := int(math.Max(10, math.Min(40, math.Sqrt(float64(len(xs)))*2)))
	if hi == lo {
		lo, hi = lo-0.5*unit, hi+0.5*unit
	}
	width := (hi - lo) / float64(nb)
	counts := make([]float64, nb)
	pSaving := 0.0
	for _, x := range xs {
		i := min(nb-1, int((x-lo)/width))
		counts[i]++
		if x < 0 {
			pSaving += 1 / float64(len(xs))
		}
	}
	var less, more []plotter.HistogramBin
	for i, n := range counts {
		b := plotter.HistogramBin{Min: (lo + float64(i)*width) / unit, Max: (lo + float64(i+1)*width) / unit, Weight: n}
		if (b.Min+b.Max)/2 < 0 {
			less = append(less, b)
		} else {
			more = append(more, b)
		}
	}
	p := newPlot()
	horizontalGrid(p)
	hg := &plotter.Histogram{Bins: less, Width: width / unit, FillColor: light, LineStyle: draw.LineStyle{Color: mid, Width: vg.Points(0.5)}}
	hl := &plotter.Histogram{Bins: more, Width: width / unit, FillColor: orange, LineStyle: draw.LineStyle{Color: rust, Width: vg.Points(0.5)}}
	p.Add(hg, hl)
	top := slices.Max(counts)
	p.Add(solid(plotter.XYs{{X: 0, Y: 0}, {X: 0, Y: top * 1.05}}, ink, 1.2, true))
	p.Y.Min, p.Y.Max = 0, top*1.35
	p.X.Label.Text = o.trf("Nettoændring, + = merudgift (%s)", unitName)
	p.X.Tick.Marker = amountTicks{unit: 1, f: o.f()}
	p.Y.Label.Text = o.tr("Kørsler")
	p.Y.Tick.Marker = personTicks(o)
	if len(less) > 0 {
		p.Legend.Add(o.tr("Mindreudgift"), hg)
	}
	if len(more) > 0 {
		p.Legend.Add(o.tr("Merudgift"), hl)
	}
	p.Legend.Top = true
	// The share of runs with a mindreudgift, written above the bars.
	label, _ := plotter.NewLabels(plotter.XYLabels{
		XYs:    []plotter.XY{{X: lo / unit, Y: top * 1.28}},
		Labels: []string{o.trf("P(mindreudgift) = %s", o.f().Percent(pSaving, 0))},
	})
	label.TextStyle[0].Font.Size = 12
	label.TextStyle[0].Font.Weight = titleFont.Weight
	label.TextStyle[0].Color = dark
	p.Add(label)
	period := c.Period(o.Lang)
	return &Chart{
		Name:     "besparelse-fordeling",
		Title:    o.trf("%s sandsynlighed for mindreudgift over %s", o.f().Percent(pSaving, 0), period),
		Subtitle: o.trf("Fordeling af kommunens samlede nettoændring over %s i %d kørsler (%s; + = merudgift, − = mindreudgift)", period, len(xs), unitName),
		Width:    17 * vg.Centimeter, Height: 10 * vg.Centimeter,
		Panels: [][]*plot.Plot{{p}},
	}
}

// Tornado draws the one-way sensitivity analysis: for each uncertain
// number, the expected change in spending (+ = merudgift) with the number
// at its low and high value, widest bar on top.
func Tornado(s *results.Sensitivity, o Options) *Chart {
	n := len(s.Bars)
	absMax := math.Abs(s.BaseChange)
	for _, b := range s.Bars {
		absMax = max(absMax, math.Abs(b.ChangeLow), math.Abs(b.ChangeHigh))
	}
	unit, unitName := unitFor(absMax, s.Meta, o.Lang)
	p := newPlot()
	g := plotter.NewGrid()
	g.Horizontal.Color = nil
	g.Vertical.Color, g.Vertical.Width = grid, vg.Points(0.5)
	p.Add(g)
	rect := func(x0, x1, y float64, c color.Color, edge color.Color) *plotter.Polygon {
		pg, _ := plotter.NewPolygon(plotter.XYs{{X: x0, Y: y - 0.32}, {X: x1, Y: y - 0.32}, {X: x1, Y: y + 0.32}, {X: x0, Y: y + 0.32}})
		pg.Color = c
		pg.LineStyle.Color, pg.LineStyle.Width = edge, vg.Points(0.6)
		return pg
	}
	names := make([]string, n)
	var lowBar, highBar *plotter.Polygon
	for i, b := range s.Bars {
		y := float64(n - 1 - i)
		names[n-1-i] = fmt.Sprintf("%s (%s / %s)", b.Name, o.f().Value(b.Low), o.f().Value(b.High))
		lowBar = rect(s.BaseChange/unit, b.ChangeLow/unit, y, orange, rust)
		highBar = rect(s.BaseChange/unit, b.ChangeHigh/unit, y, light, mid)
		p.Add(lowBar, highBar)
	}
	if n > 0 {
		p.Legend.Add(o.tr("Lav værdi"), lowBar)
		p.Legend.Add(o.tr("Høj værdi"), highBar)
	}
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4+0.8
	p.Add(solid(plotter.XYs{{X: s.BaseChange / unit, Y: -0.6}, {X: s.BaseChange / unit, Y: float64(n) - 0.4}}, ink, 1.2, false))
	p.X.Label.Text = o.trf("Nettoændring, + = merudgift (%s)", unitName)
	p.X.Tick.Marker = amountTicks{unit: 1, f: o.f()}
	p.Legend.Top = true
	lo, hi := p.X.Min, p.X.Max
	pad := 0.08 * (hi - lo)
	p.X.Min, p.X.Max = lo-pad, hi+pad
	title := o.trf("Mest afgørende antagelse: %s", "–")
	if n > 0 {
		b := s.Bars[0]
		lowS, highS := math.Min(b.ChangeLow, b.ChangeHigh), math.Max(b.ChangeLow, b.ChangeHigh)
		title = o.trf("Mest afgørende antagelse: %s", o.trf("%s (%s til %s)", b.Name, o.f().SignedAmount(lowS), o.f().SignedAmount(highS)))
	}
	return &Chart{
		Name:     "tornado",
		Title:    title,
		Subtitle: o.trf("Forventet nettoændring over %s (%s; + = merudgift, − = mindreudgift) med hver antagelse ved lav og høj værdi, de øvrige ved middelværdien (%s)", s.Meta.Period(o.Lang), unitName, o.f().SignedAmount(s.BaseChange)),
		Width:    17 * vg.Centimeter, Height: vg.Length(max(n, 2))*1.1*vg.Centimeter + 4*vg.Centimeter,
		Panels: [][]*plot.Plot{{p}},
	}
}

// Refusion draws the refusion picture of a run: the kommune's gross
// spending, the state's part and the kommune's net per year, and the share
// of persons on each step of the refusionstrappe week by week. Benefits
// paid out by Udbetaling Danmark or an a-kasse count with the kommune's
// co-financing (results.Run.Gross); what they paid out is named in the
// subtitle, for information only.
func Refusion(r *results.Run, o Options) *Chart {
	ny := len(r.Years)
	absMax := 0.0
	for y := range ny {
		absMax = math.Max(absMax, r.Gross[y].Mean)
	}
	unit, unitName := unitFor(absMax, r.Meta, o.Lang)
	bars := newPlot()
	horizontalGrid(bars)
	w := vg.Points(16)
	var legend []*plotter.BarChart
	for i, series := range [][]results.Band{r.Gross, r.StatePart, r.Net} {
		vals := make(plotter.Values, ny)
		for y := range ny {
			vals[y] = series[y].Mean / unit
		}
		b, _ := plotter.NewBarChart(vals, w)
		b.Color = []color.Color{light, pale, dark}[i]
		b.LineStyle.Color, b.LineStyle.Width = mid, vg.Points(0.5)
		b.Offset = vg.Length(i-1) * w
		bars.Add(b)
		legend = append(legend, b)
	}
	for i, name := range []string{o.tr("Bruttoudgift"), o.tr("Statens andel"), o.tr("Kommunens nettoudgift")} {
		bars.Legend.Add(name, legend[i])
	}
	bars.NominalX(yearLabels(r.Meta, o)...)
	bars.Title.Text = o.tr("Udgifter pr. år")
	bars.Y.Label.Text = o.trf("Udgift (%s)", unitName)
	bars.Y.Tick.Marker = amountTicks{unit: 1, f: o.f()}
	bars.Y.Min = 0
	bars.Y.Max *= 1.3
	bars.Legend.Top = true
	bars.Legend.Left = true
	bars.Legend.XOffs = vg.Points(4)

	// Shares on each step, stacked, labelled in the bands.
	weeks := len(r.Steps)
	steps := newPlot()
	steps.Title.Text = o.tr("Trin på refusionstrappen")
	timeAxis(steps, r.Meta, weeks)
	share := func(t, k int) float64 {
		tot := 0.0
		for _, v := range r.Steps[t] {
			tot += v
		}
		if tot == 0 {
			return 0
		}
		return r.Steps[t][k] / tot
	}
	// Step k of a week is the k-th step of the staircase in force that
	// week; the bands are labelled with the steps in force three quarters
	// into the horizon, and the subtitle names each period's steps when
	// the staircase changes.
	cum := make([]float64, weeks)
	n := r.StepCount()
	mid := weeks * 3 / 4
	atMid := r.StaircaseAt(mid).Sim()
	var labels plotter.XYLabels
	var onDark []bool
	for k := range n {
		lo := weekLine(r.Meta, func(t int) float64 { return cum[t] }, weeks)
		for t := range weeks {
			cum[t] += share(t, k)
		}
		hi := weekLine(r.Meta, func(t int) float64 { return cum[t] }, weeks)
		c, darkBand := stepColor(k, n)
		pg := band(lo, hi, c)
		pg.LineStyle.Color, pg.LineStyle.Width = color.White, vg.Points(0.5)
		steps.Add(pg)
		if k < len(atMid) {
			labels.XYs = append(labels.XYs, plotter.XY{X: weekX(r.Meta, mid), Y: (lo[mid].Y + hi[mid].Y) / 2})
			labels.Labels = append(labels.Labels, fmt.Sprintf("%s: %s", atMid[k].Label(o.Lang), o.f().Percent(share(mid, k), 0)))
			onDark = append(onDark, darkBand)
		}
	}
	lb, _ := plotter.NewLabels(labels)
	for k := range lb.TextStyle {
		lb.TextStyle[k].Font.Size = 8.5
		lb.TextStyle[k].XAlign = draw.XCenter
		lb.TextStyle[k].YAlign = draw.YCenter
		if onDark[k] {
			lb.TextStyle[k].Color = color.White
		}
	}
	steps.Add(lb)
	steps.Y.Min, steps.Y.Max = 0, 1
	steps.Y.Tick.Marker = percentTicks{f: o.f()}
	steps.Y.Label.Text = o.tr("Andel af personer")

	share0 := r.StatePart[0].Mean / r.Gross[0].Mean
	shareN := r.StatePart[ny-1].Mean / r.Gross[ny-1].Mean
	subtitle := o.trf("Kommunens udgifter til ydelser pr. år (%s) og andel af personerne på hvert trin af refusionstrappen", unitName)
	if len(r.PaidByOthers) == ny && r.PaidByOthers[0].Mean+r.PaidByOthers[ny-1].Mean != 0 {
		subtitle += ". " + o.trf("Til orientering: Udbetaling Danmark og a-kasser udbetaler %s i %s og %s i %s, som kommunen medfinansierer; kun medfinansieringen er med i søjlerne",
			o.f().Amount(r.PaidByOthers[0].Mean), r.YearLabel(o.Lang, r.Years[0]), o.f().Amount(r.PaidByOthers[ny-1].Mean), r.YearLabel(o.Lang, r.Years[ny-1]))
	}
	if periods := r.StaircaseLabels(o.Lang); periods != nil {
		subtitle += ". " + o.trf("Trinene: %s.", strings.Join(periods, "; "))
	}
	return &Chart{
		Name: "refusion",
		Title: o.trf("Staten refunderer %s af kommunens udgifter til ydelser i %s og %s i %s", o.f().Percent(share0, 0), r.YearLabel(o.Lang, r.Years[0]),
			o.f().Percent(shareN, 0), r.YearLabel(o.Lang, r.Years[ny-1])),
		Subtitle: subtitle,
		Width:    17 * vg.Centimeter, Height: 17 * vg.Centimeter,
		Panels: [][]*plot.Plot{{bars}, {steps}},
	}
}

// stepPalette holds the colours of the steps of a staircase of four,
// lightest (the first step) to darkest (the last).
var stepPalette = []color.RGBA{pale, light, mid, dark}

// stepColor returns the colour of step k of n, along stepPalette (the
// palette itself for four steps), and whether it is dark enough for a
// white label.
func stepColor(k, n int) (color.Color, bool) {
	x := float64(len(stepPalette) - 1) // one step: the darkest
	if n > 1 {
		x = float64(k) * x / float64(n-1)
	}
	i := min(int(x), len(stepPalette)-2)
	f := x - float64(i)
	a, b := stepPalette[i], stepPalette[i+1]
	mix := func(u, v uint8) uint8 { return uint8(math.Round(float64(u)*(1-f) + float64(v)*f)) }
	return color.RGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 0xff}, x >= 2
}

// yearLabels labels the budget years of m for a bar chart's axis: "2027",
// or for a year the horizon covers only in part its label on two lines,
// "2027\n(fra 4. januar)".
func yearLabels(m results.Meta, o Options) []string {
	var out []string
	for _, y := range m.Years {
		out = append(out, strings.Replace(m.YearLabel(o.Lang, y), " (", "\n(", 1))
	}
	return out
}

// lower returns s with its first letter in lower case, for a label in the
// middle of a sentence ("Ressourceforløb" → "ressourceforløb").
func lower(s string) string {
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
