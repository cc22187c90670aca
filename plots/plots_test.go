package plots

import (
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/msg"
	"ydelsesflow/results"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/")

// svgDoc is what the tests read from an SVG: its texts and filled shapes.
type svgDoc struct {
	texts []string
	fills map[string]int // fill colour → number of filled paths
}

func parseSVG(t *testing.T, data []byte) svgDoc {
	t.Helper()
	doc := svgDoc{fills: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			inText = el.Name.Local == "text"
			if el.Name.Local == "path" {
				for _, a := range el.Attr {
					if a.Name.Local == "style" {
						for _, part := range strings.Split(a.Value, ";") {
							if fill, ok := strings.CutPrefix(part, "fill:"); ok && fill != "none" {
								doc.fills[fill]++
							}
						}
					}
				}
			}
		case xml.CharData:
			if inText {
				doc.texts = append(doc.texts, string(el))
			}
		case xml.EndElement:
			inText = false
		}
	}
	return doc
}

// has reports whether the SVG has text s, also where s is wrapped over
// several lines.
func (d svgDoc) has(s string) bool {
	return strings.Contains(strings.Join(d.texts, " "), s)
}

func svgOf(t *testing.T, c *Chart) svgDoc {
	t.Helper()
	data, err := c.SVG()
	if err != nil {
		t.Fatal(err)
	}
	return parseSVG(t, data)
}

// hex returns the SVG colour of a palette colour.
func hex(c interface{ RGBA() (r, g, b, a uint32) }) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
}

// chartTexts is a chart and texts it must show.
type chartTexts struct {
	chart *Chart
	texts []string
}

// checkTexts checks that each chart's SVG has its texts.
func checkTexts(t *testing.T, cases []chartTexts) {
	t.Helper()
	for _, c := range cases {
		doc := svgOf(t, c.chart)
		for _, want := range c.texts {
			if !doc.has(want) {
				t.Errorf("%s: no text %q in\n%q", c.chart.Name, want, doc.texts)
			}
		}
	}
}

func TestChartTexts(t *testing.T) {
	f := fixture.Results()
	da := Options{Lang: msg.Danish}
	checkTexts(t, []chartTexts{
		{Caseload(f.Run, da), []string{"Personer på ydelse: 1.150 ved start, 1.228 ved udgangen af 2029", "Ressourceforløb", "Førtidspension", "1.200", "2027", "2029"}},
		{Refusion(f.Run, da), []string{"Staten refunderer 30 % af kommunens udgifter til ydelser i 2027 og 30 % i 2029", "Udgift (mio. kr., løbende priser)",
			"Til orientering: Udbetaling Danmark og a-kasser udbetaler 400,0 mio. kr. i 2027 og 440,0 mio. kr. i 2029, som kommunen medfinansierer; kun medfinansieringen er med i søjlerne", "1.000", "Uge 53+ (20 %): 75 %", "Bruttoudgift", "Statens andel", "Kommunens nettoudgift", "100 %"}},
		{Budget(f.Comparisons[0], da), []string{"Indsatsen sparer kommunen 2,1 mio. kr. netto over 2027–2029", "Ændring i udgifter (mio. kr., løbende priser)", "+ = merudgift, − = mindreudgift", "Ydelser, netto efter refusion", "Udgift til indsatsen", "Sparede udgifter i indsatsen", "Nettoændring (90 %-interval)", "2028"}},
		{Fan(f.Comparisons[0], da), []string{"Indsatsen har tjent sig hjem fra uge 50 i 2028", "Akkumuleret nettoændring (mio. kr., løbende priser)", "90 %-interval", "50 %-interval", "Median", "Break-even"}},
		{Histogram(f.Comparisons[0], da), []string{"85 % sandsynlighed for mindreudgift over 2027–2029", "P(mindreudgift) = 85 %", "Nettoændring, + = merudgift (mio. kr., løbende priser)", "Kørsler", "Mindreudgift", "Merudgift"}},
		{CaseloadChange(f.Comparisons[0], da), []string{"3,3 færre i ressourceforløb og 3,3 flere i selvforsørgelse i 2029 (helårspersoner)", "Uden indsats", "Med indsats"}},
		{Tornado(f.Sensitivity, da), []string{"Mest afgørende antagelse: ips_deltagelse (-2,6 mio. kr. til -200.000 kr.)", "ips_deltagelse (0,6 / 0,9)", "mentorpris (-871 / -569)", "Lav værdi", "Høj værdi", "(-1,5 mio. kr.)"}},
	})
}

// TestRefusionMemo checks that the refusion picture names what
// Udbetaling Danmark and the a-kasser paid out only when the run has such
// benefits (a results file written before the memo was kept has none).
func TestRefusionMemo(t *testing.T) {
	run := *fixture.Results().Run
	run.PaidByOthers = nil
	if c := Refusion(&run, Options{Lang: msg.Danish}); strings.Contains(c.Subtitle, "Til orientering") {
		t.Errorf("a memo without benefits paid by others: %q", c.Subtitle)
	}
	run.PaidByOthers = []results.Band{{}, {}, {}}
	if c := Refusion(&run, Options{Lang: msg.English}); strings.Contains(c.Subtitle, "For information") {
		t.Errorf("a memo of nothing paid out: %q", c.Subtitle)
	}
}

// TestChartShapes counts the bars, bands and panels the charts draw.
func TestChartShapes(t *testing.T) {
	f := fixture.Results()
	da := Options{Lang: msg.Danish}
	// Budget: one bar per year of each kind, plus one legend swatch each.
	doc := svgOf(t, Budget(f.Comparisons[0], da))
	if n := doc.fills[hex(light)]; n != 3+1 {
		t.Errorf("budget: %d bars of ydelser saved (with the legend's), want 4", n)
	}
	if n := doc.fills[hex(orange)]; n != 3+1 {
		t.Errorf("budget: %d bars of intervention cost (with the legend's), want 4", n)
	}
	// Fan: the 90 % band and the 50 % band, each with its legend swatch.
	doc = svgOf(t, Fan(f.Comparisons[0], da))
	if doc.fills[hex(pale)] != 2 || doc.fills[hex(light)] != 2 {
		t.Errorf("fan: fills %v; want 2 of the 90 %% band colour and 2 of the 50 %% band colour", doc.fills)
	}
	// Tornado: a low and a high bar per number, plus the legend.
	doc = svgOf(t, Tornado(f.Sensitivity, da))
	if doc.fills[hex(orange)] != 3+1 || doc.fills[hex(light)] != 3+1 {
		t.Errorf("tornado: fills %v; want 4 low and 4 high (3 bars and the legend)", doc.fills)
	}
	// Refusion: the yearly bars above the steps, one band per step (and a
	// bar of each kind per year, with its legend swatch).
	ref := Refusion(f.Run, da)
	if len(ref.Panels) != 2 || len(ref.Panels[0]) != 1 {
		t.Errorf("refusion: panels %v, want two rows of one", ref.Panels)
	}
	doc = svgOf(t, ref)
	if doc.fills[hex(dark)] != 3+1+1 {
		t.Errorf("refusion: %d dark fills, want 3 net bars, their swatch and the last step's band", doc.fills[hex(dark)])
	}
	// Caseload: both paid ydelser, not self-support; the change chart the
	// two states that change.
	if got := Caseload(f.Run, da).Panels; len(got) != 1 || got[0][0] == nil || got[0][1] == nil {
		t.Errorf("caseload: panels %v, want 2 in one row", got)
	}
	n := 0
	for _, row := range CaseloadChange(f.Comparisons[0], da).Panels {
		for _, p := range row {
			if p != nil {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("caseload change: %d panels, want the 2 states that change", n)
	}
	// Histogram: savings and extra costs in their own colours, each with a
	// legend swatch: the fixture has 3 runs at or below 0 and 17 above.
	doc = svgOf(t, Histogram(f.Comparisons[0], da))
	if doc.fills[hex(orange)] < 2 || doc.fills[hex(light)] < 2 {
		t.Errorf("histogram: fills %v; want bars of both colours", doc.fills)
	}
}

func TestEnglish(t *testing.T) {
	f := fixture.Results()
	en := Options{Lang: msg.English}
	checkTexts(t, []chartTexts{
		{Budget(f.Comparisons[0], en), []string{"The intervention saves the kommune DKK 2.1 million net over 2027–2029", "Change in spending (DKK million, current prices)"}},
		{Histogram(f.Comparisons[0], en), []string{"85% probability of a saving over 2027–2029", "P(saving) = 85%"}},
		{Caseload(f.Run, en), []string{"Persons on benefits: 1,150 at the start, 1,228 at the end of 2029", "1,200"}},
		{CaseloadChange(f.Comparisons[0], en), []string{"3.3 fewer in ressourceforløb and 3.3 more in selvforsørgelse in 2029 (full-time persons)"}},
	})
}

// TestPrices checks that every chart of money names the prices of its
// results on its axis and in its subtitle: løbende priser for PriceBase
// 0, "2027-priser" for faste priser of 2027.
func TestPrices(t *testing.T) {
	for _, tc := range []struct {
		base          int
		prices, other string
	}{
		{0, "løbende priser", "2027-priser"},
		{2027, "2027-priser", "løbende priser"},
	} {
		f := fixture.Results()
		f.Run.Meta.PriceBase = tc.base
		f.Comparisons[0].Meta.PriceBase = tc.base
		f.Sensitivity.Meta.PriceBase = tc.base
		da := Options{Lang: msg.Danish}
		for _, c := range []struct {
			chart *Chart
			axis  string
		}{
			{Refusion(f.Run, da), "Udgift (mio. kr., "},
			{Budget(f.Comparisons[0], da), "Ændring i udgifter (mio. kr., "},
			{Fan(f.Comparisons[0], da), "Akkumuleret nettoændring (mio. kr., "},
			{Histogram(f.Comparisons[0], da), "Nettoændring, + = merudgift (mio. kr., "},
			{Tornado(f.Sensitivity, da), "Nettoændring, + = merudgift (mio. kr., "},
		} {
			doc := svgOf(t, c.chart)
			if !doc.has(c.axis + tc.prices + ")") {
				t.Errorf("%s, PriceBase %d: no axis label %q in\n%q", c.chart.Name, tc.base, c.axis+tc.prices+")", doc.texts)
			}
			if !strings.Contains(c.chart.Subtitle, tc.prices) || doc.has(tc.other) {
				t.Errorf("%s, PriceBase %d: subtitle %q lacks %q, or the chart names %q", c.chart.Name, tc.base, c.chart.Subtitle, tc.prices, tc.other)
			}
		}
	}
	en := Options{Lang: msg.English}
	f := fixture.Results()
	f.Comparisons[0].Meta.PriceBase = 2027
	checkTexts(t, []chartTexts{{Budget(f.Comparisons[0], en), []string{"Change in spending (DKK million, 2027 prices)"}}})
}

func TestRenderFormats(t *testing.T) {
	f := fixture.Results()
	for _, ch := range All(f, Options{}) {
		for _, format := range Formats {
			var buf bytes.Buffer
			if err := ch.Render(&buf, format); err != nil {
				t.Fatalf("%s.%s: %v", ch.Name, format, err)
			}
			switch format {
			case "png":
				img, err := png.Decode(&buf)
				if err != nil {
					t.Fatalf("%s.png: %v", ch.Name, err)
				}
				if w := img.Bounds().Dx(); math.Abs(float64(w)-ch.Width.Points()/72*DPI) > 2 {
					t.Errorf("%s.png: %d pixels wide, want %v at %d dpi", ch.Name, w, ch.Width, DPI)
				}
			case "pdf":
				if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
					t.Errorf("%s.pdf: not a PDF", ch.Name)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := All(f, Options{})[0].Render(&buf, "gif"); err == nil {
		t.Error("rendering gif: no error")
	}
}

// TestPDFDanishLetters checks that æ, ø and å reach the PDF in the
// encoding its fonts declare (Windows-1252), not as UTF-8 (gonum/plot#347).
func TestPDFDanishLetters(t *testing.T) {
	var buf bytes.Buffer
	if err := Tornado(fixture.Results().Sensitivity, Options{}).Render(&buf, "pdf"); err != nil {
		t.Fatal(err)
	}
	content := pdfContent(t, buf.Bytes())
	if bytes.Contains(content, []byte("v\xc3\xa6rdi")) {
		t.Error("the PDF has æ in UTF-8, which its fonts print as two letters")
	}
	if !bytes.Contains(content, []byte("v\xe6rdi")) && !bytes.Contains(content, []byte(`v\346rdi`)) {
		t.Errorf("the PDF has no \"værdi\" in Windows-1252")
	}
}

// pdfContent returns the PDF's decompressed streams.
func pdfContent(t *testing.T, pdf []byte) []byte {
	t.Helper()
	var out []byte
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			break
		}
		if r, err := zlib.NewReader(bytes.NewReader(rest[:j])); err == nil {
			data, _ := io.ReadAll(r)
			out = append(out, data...)
		}
		rest = rest[j:]
	}
	if len(out) == 0 {
		t.Fatal("no readable streams in the PDF")
	}
	return out
}

// TestGolden compares the SVG of the budget and tornado charts with
// testdata/*.svg; go test ./plots -update rewrites them after a wanted
// change. SVG output is deterministic, so any change in layout shows.
func TestGolden(t *testing.T) {
	f := fixture.Results()
	for _, ch := range []*Chart{Budget(f.Comparisons[0], Options{}), Tornado(f.Sensitivity, Options{})} {
		got, err := ch.SVG()
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join("testdata", ch.Name+".svg")
		if *update {
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v; run go test ./plots -update", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; look at both and run go test ./plots -update if the change is wanted", ch.Name, file)
		}
	}
}

// TestGreyscale checks that colours shown side by side differ in lightness
// by at least 15 points of 100, so that a chart printed in greyscale still
// tells them apart.
func TestGreyscale(t *testing.T) {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 65535 * 100
	}
	for _, pair := range []struct {
		what string
		a, b color.Color
	}{
		{"saving and cost bars", light, orange},
		{"90 % and 50 % bands", pale, light},
		{"50 % band and median", light, dark},
		{"baseline and intervention lines", grey, dark},
		{"steps 1 and 2", pale, light},
		{"steps 2 and 3", light, mid},
		{"steps 3 and 4", mid, dark},
		{"gross and state's part", light, pale},
		{"state's part and net", pale, dark},
	} {
		if d := math.Abs(lum(pair.a) - lum(pair.b)); d < 15 {
			t.Errorf("%s: lightness %.0f and %.0f differ by only %.0f", pair.what, lum(pair.a), lum(pair.b), d)
		}
	}
}
