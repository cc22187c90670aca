// Package report writes the Danish report that a kommune's administration
// sends to its politicians: one self-contained HTML file — charts inlined
// as SVG, styles inlined, no scripts, no network — with a one-sentence
// headline, the budget table, the charts, the key assumptions with their
// sources, the sensitivity ranking and a short method section.
//
// The package does no file I/O: Write renders to an io.Writer.
package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"math"
	"regexp"
	"strings"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/plots"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// Report is what the report shows.
type Report struct {
	// Title is the report's title, e.g. the intervention's title.
	Title string
	// Description is the scenario's own description.
	Description string
	// Generated is the date printed on the report.
	Generated time.Time
	// Results are the figures: a run, or one comparison per arm, and
	// optionally a sensitivity analysis of the first arm.
	Results *results.File
	// RunGrids are the run's tables (for a report without interventions).
	RunGrids []tables.Grid
	// Arms hold, per comparison, the budget form and the persons moved.
	Arms []Arm
	// Assumptions are the key assumptions with their sources.
	Assumptions []scenario.Assumption
	// Files are the scenario files read, and Version the program's version.
	Files   []string
	Version string
	// SensitivityNote explains a missing sensitivity analysis.
	SensitivityNote string
}

// Arm is the tables of one comparison.
type Arm struct {
	Budget, Persons tables.Grid
}

//go:embed report.html.tmpl
var pageTemplate string

// lang is the report's language. The page's template is written in Danish
// only, so the texts made here are Danish too; the catalogue (package msg)
// holds their English for the day the template has it.
const lang = msg.Danish

var da = numfmt.Format{Lang: lang}

// Headline states a comparison's conclusion in one sentence, in words:
// "IPS i ressourceforløb forventes at spare kommunen 2,1 mio. kr. netto
// over 2027–2030; 90 % sandsynlighed for mindreudgift."
func Headline(c *results.Comparison) string {
	n := len(c.Years)
	s := c.Change[n].Mean
	if s > 0 {
		return msg.Sprintf(lang, "%s forventes at koste kommunen %s netto over %s; %s sandsynlighed for mindreudgift.",
			c.Title, da.Amount(s), c.Horizon(lang), da.Percent(c.PSaving[n], 0))
	}
	return msg.Sprintf(lang, "%s forventes at spare kommunen %s netto over %s; %s sandsynlighed for mindreudgift.",
		c.Title, da.Amount(-s), c.Horizon(lang), da.Percent(c.PSaving[n], 0))
}

// RunHeadline states a run's conclusion: the kommune's net spending on
// ydelser over the horizon.
func RunHeadline(r *results.Run) string {
	return msg.Sprintf(lang, "Kommunen forventes at bruge %s netto på ydelser over %s (90 %%-interval %s til %s), efter statens refusion.",
		da.Amount(r.NetTotal.Mean), r.Horizon(lang), da.Amount(r.NetTotal.P5), da.Amount(r.NetTotal.P95))
}

// figure is one inlined chart.
type figure struct {
	Number  int
	Caption string
	SVG     template.HTML
}

// card is one key figure.
type card struct {
	Label, Value, Note string
}

// armView is what the template shows of one comparison.
type armView struct {
	Heading  string
	Headline string
	Baseline string
	Cards    []card
	Budget   tables.Grid
	Persons  tables.Grid
	Figures  []figure
}

// sensView is the sensitivity ranking.
type sensView struct {
	Period  string
	Base    string
	Rows    []sensRow
	Ranks   []rankRow
	Change  string
	PSaving string
	Figure  *figure
}

type sensRow struct {
	Rank              int
	Name, Low, High   string
	AtLow, AtHigh     string
	Spread, SourceTip string
}

type rankRow struct {
	Name, Rho string
}

// page is the template's data.
type page struct {
	Title, Lead, Description string
	Date, Scenario, Baseline string
	Runs                     string
	Seed                     uint64
	Arms                     []armView
	RunGrids                 []tables.Grid
	RunFigures               []figure
	Sens                     *sensView
	SensitivityNote          string
	Assumptions              []scenario.Assumption
	Files                    []string
	Version                  string
	Period                   string
	// Prices names the prices of the amounts: "løbende priser",
	// "2027-priser".
	Prices  string
	Compare bool
	Law     lawView
}

// lawView is the method section's account of the refusionstrappe and the
// reset rule in force over the horizon (results.Meta.StaircasePeriods),
// each with its dates when it changes.
type lawView struct {
	// Steps is the state's share step by step: "80 % i uge 1–4, 40 % i uge
	// 5–26, 30 % i uge 27–52 og 20 % derefter"; when the steps change, each
	// staircase with its period: "til og med 31. december 2027 gælder …;
	// fra 1. januar 2028 gælder …".
	Steps string
	// Reset is the reset rule: "52 uger inden for 3 år", with periods when
	// it changes.
	Reset string
	// Changes is set when the steps change within the horizon.
	Changes bool
}

// law describes the refusionstrappe and the reset rule in force over the
// horizon of m, in the report's language.
func law(m results.Meta) lawView {
	periods := m.StaircasePeriods()
	var steps, reset []string
	for _, sg := range segments(m, func(i int) string { return stepsText(periods[i].Sim()) }) {
		if sg.when == "" {
			steps = append(steps, sg.text)
		} else {
			steps = append(steps, msg.Sprintf(lang, "%s gælder %s", sg.when, sg.text))
		}
	}
	for _, sg := range segments(m, func(i int) string { return resetText(periods[i].Reset()) }) {
		if sg.when == "" {
			reset = append(reset, sg.text)
		} else {
			reset = append(reset, msg.Sprintf(lang, "%s (%s)", sg.text, sg.when))
		}
	}
	return lawView{Steps: strings.Join(steps, "; "), Reset: joinAnd(reset), Changes: len(steps) > 1}
}

// segment is a text that holds in a period: when is "til og med 31.
// december 2027" (the first), "fra 1. januar 2028 til og med 30. juni
// 2028", "fra 1. juli 2028" (the last), or "" for the whole horizon.
type segment struct{ text, when string }

// segments describes the staircase periods of m by text(i) of period i,
// taking periods that follow each other with the same text as one.
func segments(m results.Meta, text func(i int) string) []segment {
	periods := m.StaircasePeriods()
	var segs []segment
	var first, last []int // the periods each segment starts and ends with
	for i := range periods {
		t := text(i)
		if n := len(segs); n > 0 && segs[n-1].text == t {
			last[n-1] = i
			continue
		}
		segs = append(segs, segment{text: t})
		first, last = append(first, i), append(last, i)
	}
	if len(segs) == 1 {
		return segs
	}
	for j := range segs {
		from, _ := time.Parse(time.DateOnly, periods[first[j]].From)
		until, ends := m.Until(last[j])
		switch {
		case j == 0:
			segs[j].when = msg.Sprintf(lang, "til og med %s", da.Date(until))
		case ends:
			segs[j].when = msg.Sprintf(lang, "fra %s til og med %s", da.Date(from), da.Date(until))
		default:
			segs[j].when = msg.Sprintf(lang, "fra %s", da.Date(from))
		}
	}
	return segs
}

// stepsText states a staircase's shares step by step: "80 % i uge 1–4, 40 %
// i uge 5–26, 30 % i uge 27–52 og 20 % derefter", or "20 % i alle uger"
// for a staircase of one step.
func stepsText(s sim.Staircase) string {
	if len(s) == 1 {
		return msg.Sprintf(lang, "%s i alle uger", s[0].Percent(lang))
	}
	var parts []string
	for _, st := range s {
		if st.LastWeek == 0 {
			parts = append(parts, msg.Sprintf(lang, "%s derefter", st.Percent(lang)))
		} else {
			parts = append(parts, msg.Sprintf(lang, "%s i uge %d–%d", st.Percent(lang), st.FirstWeek, st.LastWeek))
		}
	}
	return joinAnd(parts)
}

// resetText states a reset rule: "52 uger inden for 3 år", or "26 uger
// inden for 100 uger" for a window that is no whole number of years of 52
// weeks.
func resetText(r sim.ResetRule) string {
	if r.WindowWeeks%52 == 0 {
		return msg.Sprintf(lang, "%d uger inden for %d år", r.Weeks, r.WindowWeeks/52)
	}
	return msg.Sprintf(lang, "%d uger inden for %d uger", r.Weeks, r.WindowWeeks)
}

// joinAnd joins "a", "b" and "c" as "a, b og c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	last := len(parts) - 1
	return msg.Sprintf(lang, "%s og %s", strings.Join(parts[:last], ", "), parts[last])
}

// priced returns a chart's caption followed by the prices of its amounts:
// "… Beløb i 2027-priser."
func priced(caption string, m results.Meta) string {
	return caption + " " + msg.Sprintf(lang, "Beløb i %s.", m.Prices(lang))
}

var xmlHeader = regexp.MustCompile(`^(?s)<\?xml[^>]*>\s*(<!--.*?-->\s*)?`)

// inline returns a chart as SVG for an HTML page.
func inline(c *plots.Chart) (template.HTML, error) {
	svg, err := c.SVG()
	if err != nil {
		return "", msg.Errorf("kan ikke tegne %s: %w", c.Name, err)
	}
	svg = xmlHeader.ReplaceAll(svg, nil)
	svg = bytes.Replace(svg, []byte("<svg "), []byte(`<svg role="img" aria-label="`+template.HTMLEscapeString(c.Title)+`" `), 1)
	return template.HTML(svg), nil // the SVG is generated by vgsvg, which escapes its text
}

// Write renders the report as one HTML page.
func Write(w io.Writer, r *Report) error {
	rf := r.Results
	if rf == nil || (rf.Run == nil && len(rf.Comparisons) == 0) {
		return msg.Errorf("rapport: ingen resultater at vise")
	}
	if len(r.Arms) != len(rf.Comparisons) {
		return msg.Errorf("rapport: tabeller til %d indsatser, men %d sammenligninger", len(r.Arms), len(rf.Comparisons))
	}
	o := plots.Options{Lang: lang}
	p := page{Title: r.Title, Description: r.Description, Date: da.Date(r.Generated), Files: r.Files, Version: r.Version,
		Assumptions: r.Assumptions, SensitivityNote: r.SensitivityNote}
	n := 0
	fig := func(c *plots.Chart, caption string) (figure, error) {
		n++
		svg, err := inline(c)
		return figure{Number: n, Caption: caption, SVG: svg}, err
	}
	var meta results.Meta
	if run := rf.Run; run != nil && len(rf.Comparisons) == 0 {
		meta = run.Meta
		p.Lead = RunHeadline(run)
		for _, g := range r.RunGrids {
			p.RunGrids = append(p.RunGrids, g.Labelled(run.Meta))
		}
		for _, c := range []struct {
			chart   *plots.Chart
			caption string
		}{
			{plots.Caseload(run, o), msg.T(lang, "Antal personer i hver ydelse uge for uge (gennemsnit over kørslerne).")},
			{plots.Refusion(run, o), priced(msg.T(lang, "Udgifterne pr. år før og efter statens refusion, og hvor mange der er på hvert trin af refusionstrappen: jo længere tid på offentlig forsørgelse, jo lavere refusion."), run.Meta)},
		} {
			f, err := fig(c.chart, c.caption)
			if err != nil {
				return err
			}
			p.RunFigures = append(p.RunFigures, f)
		}
	}
	for i, c := range rf.Comparisons {
		if i == 0 {
			meta = c.Meta
			p.Lead = Headline(c)
			p.Compare = true
		}
		ny := len(c.Years)
		av := armView{Heading: c.Title, Headline: Headline(c), Baseline: c.Baseline,
			Budget: r.Arms[i].Budget.Labelled(c.Meta), Persons: r.Arms[i].Persons.Labelled(c.Meta)}
		be := msg.Sprintf(lang, "ikke inden udgangen af %d", c.Years[ny-1])
		if end, yearEnd := c.LastDay(); !yearEnd {
			be = msg.Sprintf(lang, "ikke inden %s", da.Date(end))
		}
		if c.BreakEvenWeek >= 0 {
			y, w := c.Calendar().ISOWeek(c.BreakEvenWeek)
			be = msg.Sprintf(lang, "uge %d, %d", w, y)
		}
		s := c.Change[ny]
		total := msg.Sprintf(lang, "Mindreudgift %s", c.Horizon(lang))
		if s.Mean > 0 {
			total = msg.Sprintf(lang, "Merudgift %s", c.Horizon(lang))
		}
		av.Cards = []card{
			{total, da.Amount(math.Abs(s.Mean)), msg.Sprintf(lang, "gennemsnit over %s kørsler, %s", da.Int(float64(c.Runs)), c.Prices(lang))},
			{msg.T(lang, "90 %-interval for nettoændringen"), msg.Sprintf(lang, "%s til %s", da.SignedAmount(s.P5), da.SignedAmount(s.P95)), msg.Sprintf(lang, "%s; + = merudgift, − = mindreudgift", c.Prices(lang))},
			{msg.T(lang, "Sandsynlighed for mindreudgift"), da.Percent(c.PSaving[ny], 0), msg.T(lang, "andel af kørslerne, hvor kommunen bruger mindre")},
			{msg.T(lang, "Tjent hjem"), be, msg.T(lang, "den akkumulerede nettoændring bliver en mindreudgift")},
		}
		for _, ch := range []struct {
			chart   *plots.Chart
			caption string
		}{
			{plots.Budget(c, o), priced(msg.T(lang, "Ændring i kommunens udgifter pr. budgetår (+ = merudgift, − = mindreudgift): ydelserne netto efter refusion, udgiften til indsatsen og de udgifter, indsatsen sparer; trekanten er nettoændringen med 90 %-interval."), c.Meta)},
			{plots.Fan(c, o), priced(msg.T(lang, "Den akkumulerede ændring i kommunens nettoudgifter uge for uge (+ = merudgift). Det mørke bånd rummer halvdelen af kørslerne, det lyse 90 %."), c.Meta)},
			{plots.Histogram(c, o), priced(msg.T(lang, "Hvor ofte sparer indsatsen penge? Hver søjle tæller de kørsler, hvis samlede nettoændring i budgetperioden ligger i intervallet (+ = merudgift)."), c.Meta)},
			{plots.CaseloadChange(c, o), msg.T(lang, "Hvor flytter indsatsen personerne hen? Antal personer uge for uge med og uden indsatsen i de ydelser, der ændrer sig mest.")},
		} {
			f, err := fig(ch.chart, ch.caption)
			if err != nil {
				return err
			}
			av.Figures = append(av.Figures, f)
		}
		p.Arms = append(p.Arms, av)
	}
	if s := rf.Sensitivity; s != nil {
		sv := &sensView{Period: s.Meta.Period(lang), Base: da.SignedAmount(s.BaseChange), Change: msg.Sprintf(lang, "%s (90 %%-interval %s til %s)", da.SignedAmount(s.Change.Mean), da.SignedAmount(s.Change.P5), da.SignedAmount(s.Change.P95)), PSaving: da.Percent(s.PSaving, 0)}
		for i, b := range s.Bars {
			sv.Rows = append(sv.Rows, sensRow{Rank: i + 1, Name: b.Name, Low: da.Value(b.Low), High: da.Value(b.High),
				AtLow: da.SignedAmount(b.ChangeLow), AtHigh: da.SignedAmount(b.ChangeHigh), Spread: da.Amount(math.Abs(b.ChangeHigh - b.ChangeLow)), SourceTip: b.Source})
		}
		for _, rk := range s.Ranks {
			sv.Ranks = append(sv.Ranks, rankRow{Name: rk.Name, Rho: da.Decimal(rk.Rho, 2)})
		}
		if len(s.Bars) > 0 {
			f, err := fig(plots.Tornado(s, o), priced(msg.T(lang, "Hver antagelse sat til sin lave og høje værdi, de øvrige ved middelværdien. Jo bredere søjle, jo mere afhænger resultatet af antagelsen."), s.Meta))
			if err != nil {
				return err
			}
			sv.Figure = &f
		}
		p.Sens = sv
	}
	p.Law = law(meta)
	p.Scenario, p.Baseline = meta.Scenario, meta.Baseline
	p.Runs, p.Seed, p.Period, p.Prices = da.Int(float64(meta.Runs)), meta.Seed, meta.Horizon(lang), meta.Prices(lang)
	tmpl, err := template.New("report").Funcs(template.FuncMap{
		"inc":      func(i int) int { return i + 1 },
		"indented": func(s string) bool { return strings.HasPrefix(s, " ") },
	}).Parse(pageTemplate)
	if err != nil {
		return err
	}
	return tmpl.Execute(w, p)
}
