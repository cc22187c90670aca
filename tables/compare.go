package tables

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// Row is one line of a figure table: a label, one mean per column and,
// if given, the 90 % interval under it, formatted for people.
type Row struct {
	Label            string
	Means, Intervals []string
	// Lows and Highs are the interval's ends (P5 and P95), where given.
	Lows, Highs []string
	Rule        bool // a line above the row
	Total       bool // the total: bold
}

// Grid is a table of formatted figures, e.g. one column per budget year
// and a total column. Report writers lay it out in their own format.
type Grid struct {
	Title   string
	Columns []string
	Rows    []Row
	// Note, if given, is a sentence to print under the table.
	Note string
	// years are the budget years of the first columns, in order, and total
	// says whether the column after them is their total ("I alt
	// 2027–2030"): Labelled names them from a results.Meta.
	years []int
	total bool
}

// Labelled returns g with the headings of its budget years' columns
// labelled for a reader by meta: "2027 (fra 4. januar)" for a year the
// horizon covers only in part (results.Meta.YearLabel), and the total's
// "I alt 4. januar 2027–2030" (results.Meta.YearsLabel). BudgetGrid,
// PersonsGrid and RunGrids head their columns by the years alone; a
// writer that has the Meta (CompareText, the report) labels them.
func (g Grid) Labelled(meta results.Meta) Grid {
	if len(g.years) == 0 {
		return g
	}
	g.Columns = slices.Clone(g.Columns)
	for i, y := range g.years {
		g.Columns[i] = meta.YearLabel(lang, y)
	}
	if g.total {
		g.Columns[len(g.years)] = msg.Sprintf(lang, "I alt %s", meta.YearsLabel(lang, g.years[0], g.years[len(g.years)-1]))
	}
	return g
}

func statRow(label string, st []sim.Stat, scaleBy float64) Row {
	r := Row{Label: label}
	for _, s := range st {
		r.Means = append(r.Means, Number(s.Mean/scaleBy))
		r.Intervals = append(r.Intervals, "("+Number(s.P5/scaleBy)+"–"+Number(s.P95/scaleBy)+")")
		r.Lows, r.Highs = append(r.Lows, Number(s.P5/scaleBy)), append(r.Highs, Number(s.P95/scaleBy))
	}
	return r
}

// negate returns the stats of −x.
func negate(st []sim.Stat) []sim.Stat {
	out := make([]sim.Stat, len(st))
	for i, s := range st {
		out[i] = s.Neg()
	}
	return out
}

// periodGrid returns a grid with one column per budget year, headed by
// the year, and a column for their total.
func periodGrid(title string, years []int) Grid {
	cols := make([]string, 0, len(years)+1)
	for _, y := range years {
		cols = append(cols, fmt.Sprint(y))
	}
	total := fmt.Sprint(years[0])
	if len(years) > 1 {
		total = fmt.Sprintf("%d–%d", years[0], years[len(years)-1])
	}
	return Grid{Title: title, Columns: append(cols, msg.Sprintf(lang, "I alt %s", total)), years: years, total: true}
}

// BudgetGrid is the kommune's budget form: "Økonomiske konsekvenser",
// in 1.000 kr. in the model's prices ("1.000 kr., 2027-priser, ekskl.
// moms"), + is extra spending. Its columns are headed by the years;
// Labelled names a year the horizon covers only in part.
func BudgetGrid(c *sim.Comparison, m *sim.Model) Grid {
	prices := results.Meta{PriceBase: m.PriceBase}.Prices(lang)
	g := periodGrid(msg.Sprintf(lang, "Økonomiske konsekvenser (1.000 kr., %s, ekskl. moms)", prices), c.Years)
	several := len(c.Lines) > 0 && slices.ContainsFunc(c.Lines, func(l sim.ComparedLine) bool {
		return l.Intervention != c.Lines[0].Intervention || l.Baseline
	})
	for i, l := range c.Lines {
		label := l.Line
		if several {
			label = l.Label + ": " + label
		}
		if l.Baseline {
			label = msg.Sprintf(lang, "Basis, %s (bortfalder)", label)
		}
		g.Rows = append(g.Rows, statRow(label, c.Cost[i], Thousand))
	}
	gross := statRow(msg.T(lang, "Ændring i ydelser, brutto"), c.Gross, Thousand)
	gross.Rule = len(c.Lines) > 0
	g.Rows = append(g.Rows, gross,
		statRow(msg.T(lang, "Ændring i statsrefusion (− = mere refusion)"), negate(c.StatePart), Thousand),
		statRow(msg.T(lang, "Ændring i ydelser, netto for kommunen"), c.Net, Thousand))
	// The net change split by ydelse, for the ydelser whose mean change
	// shows as at least 1 (1.000 kr.) in some period.
	for s, st := range c.NetByState {
		if showsNonZero(st, Thousand) {
			g.Rows = append(g.Rows, statRow("  "+msg.Sprintf(lang, "heraf %s", m.States[s].Label), st, Thousand))
		}
	}
	total := statRow(msg.T(lang, "Nettoændring for kommunen i alt"), c.Total, Thousand)
	total.Rule, total.Total = true, true
	g.Rows = append(g.Rows, total)
	// The payments of Udbetaling Danmark and the a-kasser, whose
	// co-financing is in the kommune's figures above: a memo line, not the
	// kommune's spending.
	if showsNonZero(c.PaidByOthers, Thousand) {
		memo := statRow(msg.T(lang, "Til orientering: ændring i ydelser udbetalt af andre"), c.PaidByOthers, Thousand)
		memo.Rule = true
		g.Rows = append(g.Rows, memo)
	}
	return g
}

// showsNonZero reports whether a mean, divided by unit, shows as at least 1
// in some period.
func showsNonZero(st []sim.Stat, unit float64) bool {
	for _, x := range st {
		if math.Abs(x.Mean/unit) >= 0.5 {
			return true
		}
	}
	return false
}

// PersonsGrid shows the change in helårspersoner per state. Its columns
// are headed by the years; Labelled names a year the horizon covers only
// in part.
func PersonsGrid(c *sim.Comparison, m *sim.Model) Grid {
	g := periodGrid(msg.T(lang, "Ændring i helårspersoner (indsats − basis)"), c.Years)
	g.Columns[len(g.Columns)-1], g.total = msg.T(lang, "Gns. pr. år"), false
	// States whose mean change rounds to 0 in every period are left out.
	for s, st := range c.Persons {
		if showsNonZero(st, 1) && !m.States[s].Absorbing {
			g.Rows = append(g.Rows, statRow(m.States[s].Label, st, 1))
		}
	}
	return g
}

func (g Grid) text(sb *strings.Builder) {
	lw := width(g.Title)
	cw := 8
	for _, r := range g.Rows {
		lw = max(lw, width(r.Label))
		for i := range r.Means {
			cw = max(cw, width(r.Means[i]), width(r.Intervals[i]))
		}
	}
	for _, c := range g.Columns {
		cw = max(cw, width(c))
	}
	line := strings.Repeat("─", lw+len(g.Columns)*(cw+2)) + "\n"
	sb.WriteString(pad(g.Title, lw, false))
	for _, c := range g.Columns {
		sb.WriteString("  " + pad(c, cw, true))
	}
	sb.WriteString("\n" + line)
	for _, r := range g.Rows {
		if r.Rule {
			sb.WriteString(line)
		}
		sb.WriteString(pad(r.Label, lw, false))
		for _, m := range r.Means {
			sb.WriteString("  " + pad(m, cw, true))
		}
		sb.WriteString("\n" + pad("", lw, false))
		for _, v := range r.Intervals {
			sb.WriteString("  " + pad(v, cw, true))
		}
		sb.WriteString("\n")
	}
}

func (g Grid) markdown(sb *strings.Builder) {
	fmt.Fprintf(sb, "| %s |", g.Title)
	for _, c := range g.Columns {
		fmt.Fprintf(sb, " %s |", c)
	}
	sb.WriteString("\n|:--|" + strings.Repeat("--:|", len(g.Columns)) + "\n")
	for _, r := range g.Rows {
		l := r.Label
		if r.Total {
			l = "**" + l + "**"
		}
		sb.WriteString("| " + l + " |")
		for i := range r.Means {
			fmt.Fprintf(sb, " %s<br>%s |", r.Means[i], r.Intervals[i])
		}
		sb.WriteString("\n")
	}
}

// Amount formats kr. for a sentence: millions with one decimal from
// 1 mio. kr. ("2,1 mio. kr."), else rounded to 1.000 kr. ("355.000 kr.").
func Amount(v float64) string { return numfmt.Da.Amount(v) }

// headline states the comparison's conclusion in one Danish sentence.
func headline(meta results.Meta, c *sim.Comparison) string {
	n := len(c.Years)
	s := c.Saving[n]
	period := meta.YearsLabel(lang, c.Years[0], c.Years[n-1])
	if s.Mean < 0 {
		return msg.Sprintf(lang, "%s forventes at koste kommunen %s netto over %s (90 %%-interval for besparelsen: %s til %s); sandsynlighed for besparelse: %s.",
			meta.Title, Amount(-s.Mean), period, Amount(s.P5), Amount(s.P95), Percent(c.PSaving[n]))
	}
	return msg.Sprintf(lang, "%s forventes at spare kommunen %s netto over %s (90 %%-interval for besparelsen: %s til %s); sandsynlighed for besparelse: %s.",
		meta.Title, Amount(s.Mean), period, Amount(s.P5), Amount(s.P95), Percent(c.PSaving[n]))
}

// savingLines are the lines under the budget table: the saving with its
// uncertainty, the present value (in faste priser of the first budget
// year, at a real discount rate) and the break-even week.
func savingLines(meta results.Meta, c *sim.Comparison) []string {
	n := len(c.Years)
	var out []string
	cols := periodGrid("", c.Years).Labelled(meta).Columns
	for p := range n + 1 {
		s := c.Saving[p]
		out = append(out, msg.Sprintf(lang, "Besparelse %s: %s (MC-fejl ±%s; P5 %s, P50 %s, P95 %s); sandsynlighed for besparelse %s; forventet tab ved forkert valg %s",
			cols[p], Number(s.Mean/Thousand), Number(s.MCSE/Thousand), Number(s.P5/Thousand), Number(s.P50/Thousand), Number(s.P95/Thousand), Percent(c.PSaving[p]), Number(c.ExpectedLoss[p]/Thousand)))
	}
	if meta.RealPresentValue {
		out = append(out, msg.Sprintf(lang, "Nutidsværdi af besparelsen %s i %s, diskonteret med en real rente på %s om året til %d: %s (%s–%s), MC-fejl ±%s",
			meta.YearsLabel(lang, c.Years[0], c.Years[n-1]), presentValuePrices(c.Years[0]), Percent(c.DiscountRate), c.Years[0], Number(c.NPV.Mean/Thousand), Number(c.NPV.P5/Thousand), Number(c.NPV.P95/Thousand), Number(c.NPV.MCSE/Thousand)))
	} else {
		out = append(out, msg.Sprintf(lang, "Nutidsværdi af besparelsen %s i løbende priser (scenariet angiver ingen satsregulering), diskonteret %s om året til %d: %s (%s–%s), MC-fejl ±%s",
			meta.YearsLabel(lang, c.Years[0], c.Years[n-1]), Percent(c.DiscountRate), c.Years[0], Number(c.NPV.Mean/Thousand), Number(c.NPV.P5/Thousand), Number(c.NPV.P95/Thousand), Number(c.NPV.MCSE/Thousand)))
	}
	if c.BreakEvenWeek >= 0 {
		cal := meta.Calendar()
		d := cal.Monday(c.BreakEvenWeek)
		y, w := cal.ISOWeek(c.BreakEvenWeek)
		out = append(out, msg.Sprintf(lang, "Break-even: den gennemsnitlige akkumulerede besparelse er positiv fra uge %d/%d (%s) og resten af perioden; %s af kørslerne har samlet besparelse ved periodens slut",
			w, y, d.Format(time.DateOnly), Percent(c.BreakEvenRuns)))
	} else {
		by := fmt.Sprint(c.Years[n-1])
		if last, yearEnd := meta.LastDay(); !yearEnd && last.Year() == c.Years[n-1] {
			by = numfmt.Format{Lang: lang}.Date(last)
		}
		out = append(out, msg.Sprintf(lang, "Break-even: nås ikke inden %s; %s af kørslerne har samlet besparelse ved periodens slut", by, Percent(c.BreakEvenRuns)))
	}
	return out
}

// CompareText writes a comparison for the terminal, in Danish.
func CompareText(w io.Writer, meta results.Meta, c *sim.Comparison, m *sim.Model) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n", meta.Title)
	sb.WriteString(msg.Sprintf(lang, "Indsats %s mod basis %s · start %s · %d parrede kørsler (fælles tilfældige tal) · seed %d",
		meta.Scenario, meta.Baseline, meta.Start, meta.Runs, meta.Seed) + "\n")
	sb.WriteString(msg.Sprintf(lang, "+ = merudgift, − = mindreudgift for kommunen. Gennemsnit over kørslerne; 90 %%-interval (P5–P95) i parentes. %s", pricesSentence(meta)) + "\n")
	if meta.Note != "" {
		sb.WriteString(meta.Note + "\n")
	}
	sb.WriteString("\n")
	sb.WriteString(headline(meta, c) + "\n\n")
	BudgetGrid(c, m).Labelled(meta).text(&sb)
	sb.WriteString("\n")
	for _, l := range savingLines(meta, c) {
		sb.WriteString(l + "\n")
	}
	if g := PersonsGrid(c, m).Labelled(meta); len(g.Rows) > 0 {
		sb.WriteString("\n")
		g.text(&sb)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// CompareMarkdown writes a comparison as Markdown, in Danish.
func CompareMarkdown(w io.Writer, meta results.Meta, c *sim.Comparison, m *sim.Model) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "## %s\n\n", meta.Title)
	sb.WriteString(msg.Sprintf(lang, "Indsats `%s` mod basis `%s`, start %s, %d parrede kørsler med fælles tilfældige tal, seed %d. "+
		"+ = merudgift, − = mindreudgift for kommunen; gennemsnit med 90 %%-interval (P5–P95) under. %s",
		meta.Scenario, meta.Baseline, meta.Start, meta.Runs, meta.Seed, pricesSentence(meta)) + "\n\n")
	if meta.Note != "" {
		sb.WriteString(meta.Note + "\n\n")
	}
	sb.WriteString("**" + headline(meta, c) + "**\n\n")
	BudgetGrid(c, m).Labelled(meta).markdown(&sb)
	sb.WriteString("\n")
	for _, l := range savingLines(meta, c) {
		sb.WriteString("- " + l + "\n")
	}
	if g := PersonsGrid(c, m).Labelled(meta); len(g.Rows) > 0 {
		sb.WriteString("\n")
		g.markdown(&sb)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// CompareCSVHeader is the header of the comparison CSV.
var CompareCSVHeader = append([]string{"alternative", "period", "line", "unit"}, append(statHeader, "p_saving", "prices")...)

// CompareCSV writes every figure of a comparison in kr. (helårspersoner for
// the person lines) with full precision, one line per period and line.
// The period is a budget year or "total". The last column, prices, says
// which prices a line's amounts are in (PricesField): "loebende" for
// løbende priser, or the base year of faste priser ("2027"); the present
// value is always in faste priser of the first budget year. Person lines
// leave it empty. With header false only the records are written, so
// several comparisons can share one file.
func CompareCSV(w io.Writer, meta results.Meta, c *sim.Comparison, m *sim.Model, header bool) error {
	cw := csv.NewWriter(w)
	if header {
		cw.Write(CompareCSVHeader)
	}
	period := func(p int) string {
		if p == len(c.Years) {
			return "total"
		}
		return fmt.Sprint(c.Years[p])
	}
	prices := PricesField(meta.PriceBase)
	emit := func(line, unit string, st []sim.Stat, psave []float64) {
		pr := prices
		if unit != "kr" {
			pr = ""
		}
		for p, s := range st {
			rec := append([]string{meta.Scenario, period(p), line, unit}, statFields(s)...)
			if psave != nil {
				rec = append(rec, num(psave[p]))
			} else {
				rec = append(rec, "")
			}
			cw.Write(append(rec, pr))
		}
	}
	for i, l := range c.Lines {
		prefix := "cost:"
		if l.Baseline {
			prefix = "baseline_cost:"
		}
		emit(prefix+l.Intervention+":"+l.Line, "kr", c.Cost[i], nil)
	}
	emit("ydelser_brutto", "kr", c.Gross, nil)
	emit("statsandel", "kr", c.StatePart, nil)
	emit("udbetalt_af_andre", "kr", c.PaidByOthers, nil)
	emit("ydelser_netto", "kr", c.Net, nil)
	for s, st := range c.NetByState {
		emit("ydelser_netto:"+m.States[s].Name, "kr", st, nil)
	}
	emit("netto_i_alt", "kr", c.Total, nil)
	emit("besparelse", "kr", c.Saving, c.PSaving)
	for p, l := range c.ExpectedLoss {
		cw.Write([]string{meta.Scenario, period(p), "forventet_tab_ved_forkert_valg", "kr", num(l), "", "", "", "", "", "", prices})
	}
	cw.Write(append(append([]string{meta.Scenario, "total", "besparelse_nutidsvaerdi", "kr"}, statFields(c.NPV)...), "", presentValueField(meta, c.Years[0])))
	for s, st := range c.Persons {
		emit("helaarspersoner:"+m.States[s].Name, "helaarspersoner", st, nil)
	}
	cw.Flush()
	return cw.Error()
}
