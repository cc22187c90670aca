package report

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ydelsesflow/internal/browser"
)

// TestReportInBrowser renders the report in a real, headless Chromium: the
// DOM after loading must have the report's headings and its charts as SVG
// elements, and a screenshot must show the page — not blank, the headline
// box in its colour and the charts' colours drawn.
func TestReportInBrowser(t *testing.T) {
	ch := browser.ForTest(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "rapport.html")
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	dom, err := ch.DOM(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<h1>IPS i ressourceforløb</h1>",
		`<p class="lead" id="headline">IPS i ressourceforløb forventes at spare kommunen 2,1 mio. kr.`,
		"<h2>Resultat</h2>", "<h3>Økonomiske konsekvenser (1.000 kr., løbende priser, ekskl. moms)</h3>",
		"<h2>Hvilke antagelser betyder mest?</h2>", "<h2>Forudsætninger og kilder</h2>", "<h2>Metode</h2>",
	} {
		if !strings.Contains(string(dom), want) {
			t.Errorf("the loaded page lacks %q", want)
		}
	}
	if n := strings.Count(string(dom), "<svg "); n != 5 {
		t.Errorf("the loaded page has %d SVG charts, want 5", n)
	}
	if got, want := strings.Count(string(dom), "<text "), strings.Count(buf.String(), "<text "); got != want || want < 50 {
		t.Errorf("the loaded charts have %d text elements, the page %d; they did not load whole", got, want)
	}

	shot := filepath.Join(dir, "rapport.png")
	const width, height = 1200, 3200
	if err := ch.Screenshot(ctx, page, shot, width, height); err != nil {
		t.Fatal(err)
	}
	if d := os.Getenv("YDELSESFLOW_SCREENSHOT_DIR"); d != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(filepath.Join(d, "rapport-test.png"), data, 0o644)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("screenshot %v, want %d×%d", b, width, height)
	}
	st := pixels(img)
	if st.inked < 0.05 {
		t.Errorf("only %.1f %% of the screenshot is drawn on; the page looks blank", 100*st.inked)
	}
	if st.headline < 2000 {
		t.Errorf("%d pixels of the headline box's colour; the page's styles did not apply", st.headline)
	}
	if st.orange < 500 || st.navy < 500 {
		t.Errorf("%d pixels of the cost colour and %d of the saving colour; the charts were not drawn", st.orange, st.navy)
	}
}

// pixelStats counts what a screenshot shows.
type pixelStats struct {
	inked        float64 // share of pixels neither white nor the page's background
	headline     int     // pixels of the headline box (#deebf7)
	orange, navy int     // pixels of the charts' cost (#e6550d) and dark (#08306b) colours
}

func pixels(img image.Image) pixelStats {
	var st pixelStats
	near := func(c color.Color, r, g, b uint8) bool {
		cr, cg, cb, _ := c.RGBA()
		d := func(x uint32, y uint8) int { return int(x>>8) - int(y) }
		abs := func(x int) int { return max(x, -x) }
		return abs(d(cr, r)) <= 6 && abs(d(cg, g)) <= 6 && abs(d(cb, b)) <= 6
	}
	b := img.Bounds()
	inked := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.At(x, y)
			switch {
			case near(c, 0xff, 0xff, 0xff), near(c, 0xf5, 0xf7, 0xfa):
				continue
			case near(c, 0xde, 0xeb, 0xf7):
				st.headline++
			case near(c, 0xe6, 0x55, 0x0d):
				st.orange++
			case near(c, 0x08, 0x30, 0x6b):
				st.navy++
			}
			inked++
		}
	}
	st.inked = float64(inked) / float64(b.Dx()*b.Dy())
	return st
}
