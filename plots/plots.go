// Package plots draws the charts of ydelsesflow with gonum/plot from saved
// results (package results), without simulating: the caseload per ydelse
// ([Caseload]), the persons in the ydelser an intervention changes most,
// with and without it ([CaseloadChange]), the cumulative saving as a fan
// chart ([Fan]), the yearly budget impact ([Budget]), the distribution of
// the saving ([Histogram]), the tornado of a sensitivity analysis
// ([Tornado]) and the refusion picture ([Refusion]); [All] draws those that
// a results file holds. Labels are Danish or English; numbers follow the
// language ("1.234 kr.", "12,5 %"); colours differ in lightness as well as
// hue, so that a chart printed in greyscale still reads; each title states
// the chart's conclusion.
//
// A Chart renders to PNG, SVG or PDF. The package does no file I/O.
package plots

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"

	xfont "golang.org/x/image/font"
	"golang.org/x/text/encoding/charmap"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
)

// Formats are the file formats a Chart renders to.
var Formats = []string{"png", "svg", "pdf"}

// DPI is the resolution of PNG files.
const DPI = 144

// Chart is one figure: one or more gonum plots under a title that states
// the conclusion.
type Chart struct {
	// Name is the file name without extension, e.g. "besparelse-akkumuleret".
	Name string
	// Title is the conclusion, drawn above the panels.
	Title string
	// Subtitle says what is shown and in which unit.
	Subtitle string
	// Width and Height are the size of the figure.
	Width, Height vg.Length
	// Panels are the plots in rows and columns; every row has Cols plots
	// (nil leaves a tile empty).
	Panels [][]*plot.Plot
}

// sans is the charts' typeface, Liberation Sans (metric-compatible with
// Arial), which gonum/plot embeds and which covers æ, ø and å.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

func init() {
	plot.DefaultFont = sans
	plotter.DefaultFont = sans
}

// Sizes and colours shared by the charts.
var (
	titleFont    = font.From(font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}, 13)
	subtitleFont = font.From(sans, 10)
	ink          = color.Gray{Y: 0x20}
	grid         = color.Gray{Y: 0xdd}
	// Colours, dark to light: distinct in greyscale.
	dark   = color.RGBA{R: 0x08, G: 0x30, B: 0x6b, A: 0xff} // luminance ≈ 17 %
	mid    = color.RGBA{R: 0x21, G: 0x71, B: 0xb5, A: 0xff} // ≈ 40 %
	light  = color.RGBA{R: 0x9e, G: 0xca, B: 0xe1, A: 0xff} // ≈ 75 %
	pale   = color.RGBA{R: 0xde, G: 0xeb, B: 0xf7, A: 0xff} // ≈ 91 %
	orange = color.RGBA{R: 0xe6, G: 0x55, B: 0x0d, A: 0xff} // ≈ 45 %, for costs: darker than light
	rust   = color.RGBA{R: 0xa6, G: 0x36, B: 0x03, A: 0xff} // ≈ 30 %, the edge of orange
	grey   = color.Gray{Y: 0x96}
)

// newPlot returns a plot with the package's style: no title (the Chart
// has it), light grid lines, axis labels in the body font.
func newPlot() *plot.Plot {
	p := plot.New()
	p.X.Label.TextStyle.Font.Size = 10
	p.Y.Label.TextStyle.Font.Size = 10
	p.X.Tick.Label.Font.Size = 9
	p.Y.Tick.Label.Font.Size = 9
	p.Legend.TextStyle.Font.Size = 9
	p.Title.TextStyle.Font.Size = 10.5
	p.Title.TextStyle.Font.Weight = xfont.WeightBold
	p.Title.Padding = vg.Points(4)
	p.X.Padding, p.Y.Padding = vg.Points(2), vg.Points(2)
	return p
}

// Draw draws the chart on dc: title, subtitle, then the panels aligned.
func (c *Chart) Draw(dc draw.Canvas) {
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	pad := vg.Points(10)
	top := dc.Max.Y - pad
	width := dc.Max.X - dc.Min.X - 2*pad
	sty := text.Style{Color: ink, Font: titleFont, XAlign: draw.XLeft, YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
	for _, line := range wrap(sty, c.Title, width) {
		dc.FillText(sty, vg.Point{X: dc.Min.X + pad, Y: top}, line)
		top -= sty.Height(line)
	}
	top -= vg.Points(3)
	if c.Subtitle != "" {
		sub := sty
		sub.Font, sub.Color = subtitleFont, color.Gray{Y: 0x50}
		for _, line := range wrap(sub, c.Subtitle, width) {
			dc.FillText(sub, vg.Point{X: dc.Min.X + pad, Y: top}, line)
			top -= sub.Height(line)
		}
		top -= vg.Points(4)
	}
	body := dc
	body.Max.Y = top - vg.Points(4)
	body.Min.X += pad / 2
	body.Max.X -= pad
	body.Min.Y += pad / 2
	rows, cols := len(c.Panels), 0
	if rows > 0 {
		cols = len(c.Panels[0])
	}
	if rows == 0 || cols == 0 {
		return
	}
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Points(14), PadY: vg.Points(14)}
	// Rows shorter than the first are padded with empty tiles.
	panels := make([][]*plot.Plot, rows)
	for i, row := range c.Panels {
		panels[i] = make([]*plot.Plot, cols)
		copy(panels[i], row)
	}
	canvases := alignSome(panels, tiles, body)
	for i := range panels {
		for j, p := range panels[i] {
			if p != nil {
				p.Draw(canvases[i][j])
			}
		}
	}
}

// wrap breaks s into lines no wider than width at spaces.
func wrap(sty text.Style, s string, width vg.Length) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && sty.Width(try) > width {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	return append(lines, line)
}

// alignSome aligns the data areas of the plots, as plot.Align, and leaves
// nil tiles empty.
func alignSome(panels [][]*plot.Plot, t draw.Tiles, dc draw.Canvas) [][]draw.Canvas {
	full := make([][]*plot.Plot, len(panels))
	for i, row := range panels {
		full[i] = make([]*plot.Plot, len(row))
		for j, p := range row {
			if p == nil {
				p = plot.New()
				p.HideAxes()
			}
			full[i][j] = p
		}
	}
	return plot.Align(full, t, dc)
}

// Render writes the chart as "png", "svg" or "pdf".
func (c *Chart) Render(w io.Writer, format string) error {
	var (
		canvas vg.CanvasWriterTo
		dc     draw.Canvas
	)
	switch format {
	case "png":
		img := vgimg.NewWith(vgimg.UseWH(c.Width, c.Height), vgimg.UseDPI(DPI), vgimg.UseBackgroundColor(color.White))
		canvas, dc = vgimg.PngCanvas{Canvas: img}, draw.New(img)
	case "svg":
		s := vgsvg.NewWith(vgsvg.UseWH(c.Width, c.Height))
		c.Draw(draw.New(s))
		var buf bytes.Buffer
		if _, err := s.WriteTo(&buf); err != nil {
			return err
		}
		_, err := w.Write(fontFallback(buf.Bytes()))
		return err
	case "pdf":
		p := vgpdf.New(c.Width, c.Height)
		canvas, dc = p, draw.New(winAnsi{p})
	default:
		return msg.Errorf("ukendt diagramformat %q; brug %s", format, strings.Join(Formats, ", "))
	}
	c.Draw(dc)
	_, err := canvas.WriteTo(w)
	return err
}

// SVG returns the chart as SVG, for inlining in HTML.
func (c *Chart) SVG() ([]byte, error) {
	var buf bytes.Buffer
	err := c.Render(&buf, "svg")
	return buf.Bytes(), err
}

// fontFallback names metric-compatible fonts after Liberation Sans in an
// SVG, so that it reads the same where Liberation is not installed.
func fontFallback(svg []byte) []byte {
	return bytes.ReplaceAll(svg, []byte("font-family:Liberation Sans;"), []byte("font-family:'Liberation Sans',Arimo,Arial,Helvetica,sans-serif;"))
}

// winAnsi re-encodes text to Windows-1252, the encoding vgpdf declares
// for its fonts, so that æ, ø and å print correctly in PDF
// (gonum/plot#347). Text is measured before it is encoded, so the layout
// does not change.
type winAnsi struct{ *vgpdf.Canvas }

// FillString draws s re-encoded to Windows-1252. vgpdf registers every
// font without a style but selects a bold one with style "B", which fails;
// a bold face is therefore passed under another weight name, with the
// same bold glyphs.
func (c winAnsi) FillString(f font.Face, pt vg.Point, s string) {
	if f.Font.Weight == xfont.WeightBold {
		f.Font.Weight = xfont.WeightExtraBold
	}
	if enc, err := charmap.Windows1252.NewEncoder().String(s); err == nil {
		s = enc
	}
	c.Canvas.FillString(f, pt, s)
}

// amountTicks labels an axis of kr. in a unit (1e6 for mio. kr., 1e3 for
// 1.000 kr.) with the language's separators and as many decimals as the
// tick step needs.
type amountTicks struct {
	unit float64
	f    numfmt.Format
}

// Ticks returns gonum's default ticks with Danish or English labels.
func (a amountTicks) Ticks(min, max float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(min, max)
	step := math.Inf(1)
	last := math.NaN()
	for _, t := range ticks {
		if t.Label == "" {
			continue
		}
		if !math.IsNaN(last) {
			step = math.Min(step, t.Value-last)
		}
		last = t.Value
	}
	digits := 0
	if s := step / a.unit; s < 1 && s > 0 {
		digits = int(math.Ceil(-math.Log10(s) - 1e-9))
	}
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = a.f.Decimal(ticks[i].Value/a.unit, digits)
		}
	}
	return ticks
}

// percentTicks labels a share axis in percent.
type percentTicks struct{ f numfmt.Format }

// Ticks returns ticks every 20 % (or 10 % on a short axis).
func (p percentTicks) Ticks(min, max float64) []plot.Tick {
	step := 0.2
	if max-min < 0.5 {
		step = 0.1
	}
	var ticks []plot.Tick
	for v := math.Ceil(min/step-1e-9) * step; v <= max+1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: p.f.Percent(v, 0)})
	}
	return ticks
}

// unitFor returns the unit (1e6 or 1e3) and its name for amounts up to
// max in absolute value, with the prices of m: "mio. kr., 2027-priser",
// "1.000 kr., løbende priser".
func unitFor(max float64, m results.Meta, l msg.Lang) (float64, string) {
	if math.Abs(max) >= 2e6 {
		return 1e6, msg.T(l, "mio. kr.") + ", " + m.Prices(l)
	}
	return 1e3, msg.T(l, "1.000 kr.") + ", " + m.Prices(l)
}

// yearTicks labels a time axis (in decimal years) with a tick at each
// 1 January.
type yearTicks struct{}

// Ticks returns a labelled tick at each New Year from min to max.
func (yearTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for yr := math.Ceil(min - 1e-9); yr <= max+1e-9; yr++ {
		ticks = append(ticks, plot.Tick{Value: yr, Label: fmt.Sprint(int(yr))})
	}
	return ticks
}
