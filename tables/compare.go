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
	// Subtotal closes a block of the budget form: bold, no line above.
	Subtotal bool
	// Heading is a block's heading ("Serviceudgifter"): a label and empty
	// cells.
	Heading bool
	// Kind is the budget form's kind of the row, if it is one (Form.Grid).
	Kind RowKind
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
			cw = max(cw, width(r.Means[i]))
			if len(r.Intervals) > 0 {
				cw = max(cw, width(r.Intervals[i]))
			}
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
		sb.WriteString("\n")
		if len(r.Intervals) > 0 {
			sb.WriteString(pad("", lw, false))
			for _, v := range r.Intervals {
				sb.WriteString("  " + pad(v, cw, true))
			}
			sb.WriteString("\n")
		}
	}
}

func (g Grid) markdown(sb *strings.Builder) {
	fmt.Fprintf(sb, "| %s |", g.Title)
	for _, c := range g.Columns {
		fmt.Fprintf(sb, " %s |", c)
	}
	sb.WriteString("\n|:--|" + strings.Repeat("--:|", len(g.Columns)) + "\n")
	for _, r := range g.Rows {
		l := strings.TrimLeft(r.Label, " ")
		switch {
		case r.Total || r.Subtotal || r.Heading:
			l = "**" + l + "**"
		case r.Kind != "" && l != r.Label:
			l = "&emsp;" + l
		default:
			l = r.Label
		}
		sb.WriteString("| " + l + " |")
		for i := range r.Means {
			if len(r.Intervals) > 0 {
				fmt.Fprintf(sb, " %s<br>%s |", r.Means[i], r.Intervals[i])
			} else {
				fmt.Fprintf(sb, " %s |", r.Means[i])
			}
		}
		sb.WriteString("\n")
	}
}

// Amount formats kr. for a sentence: millions with one decimal from
// 1 mio. kr. ("2,1 mio. kr."), else rounded to 1.000 kr. ("355.000 kr.").
func Amount(v float64) string { return numfmt.Da.Amount(v) }

// headline states the comparison's conclusion in one Danish sentence, in
// words ("koste", "spare") with the interval signed as the budget form
// (+ = merudgift).
func headline(meta results.Meta, c *sim.Comparison) string {
	n := len(c.Years)
	s := c.Total[n]
	period := meta.YearsLabel(lang, c.Years[0], c.Years[n-1])
	if s.Mean > 0 {
		return msg.Sprintf(lang, "%s forventes at koste kommunen %s netto over %s (90 %%-interval for nettoændringen: %s til %s, + = merudgift); sandsynlighed for mindreudgift: %s.",
			meta.Title, Amount(s.Mean), period, SignedAmount(s.P5), SignedAmount(s.P95), Percent(c.PSaving[n]))
	}
	return msg.Sprintf(lang, "%s forventes at spare kommunen %s netto over %s (90 %%-interval for nettoændringen: %s til %s, − = mindreudgift); sandsynlighed for mindreudgift: %s.",
		meta.Title, Amount(-s.Mean), period, SignedAmount(s.P5), SignedAmount(s.P95), Percent(c.PSaving[n]))
}

// SignedAmount formats a change in spending for a sentence with its sign,
// + for a merudgift: "+1,7 mio. kr.", "-2,9 mio. kr.".
func SignedAmount(v float64) string { return numfmt.Da.SignedAmount(v) }

// changeLines are the lines under the budget table: the net change with
// its uncertainty, the present value (in faste priser of the first budget
// year, at a real discount rate) and the break-even week; amounts in
// 1.000 kr., + = merudgift.
func changeLines(meta results.Meta, c *sim.Comparison) []string {
	n := len(c.Years)
	var out []string
	cols := periodGrid("", c.Years).Labelled(meta).Columns
	for p := range n + 1 {
		s := c.Total[p]
		out = append(out, msg.Sprintf(lang, "Nettoændring %s: %s (MC-fejl ±%s; P5 %s, P50 %s, P95 %s); sandsynlighed for mindreudgift %s; forventet tab ved forkert valg %s",
			cols[p], Signed(s.Mean/Thousand), Number(s.MCSE/Thousand), Signed(s.P5/Thousand), Signed(s.P50/Thousand), Signed(s.P95/Thousand), Percent(c.PSaving[p]), Number(c.ExpectedLoss[p]/Thousand)))
	}
	npv := c.NPV.Neg()
	if meta.RealPresentValue {
		out = append(out, msg.Sprintf(lang, "Nutidsværdi af nettoændringen %s i %s, diskonteret med en real rente på %s om året til %d: %s (%s til %s), MC-fejl ±%s",
			meta.YearsLabel(lang, c.Years[0], c.Years[n-1]), presentValuePrices(c.Years[0]), Percent(c.DiscountRate), c.Years[0], Signed(npv.Mean/Thousand), Signed(npv.P5/Thousand), Signed(npv.P95/Thousand), Number(npv.MCSE/Thousand)))
	} else {
		out = append(out, msg.Sprintf(lang, "Nutidsværdi af nettoændringen %s i løbende priser (scenariet angiver ingen satsregulering), diskonteret %s om året til %d: %s (%s til %s), MC-fejl ±%s",
			meta.YearsLabel(lang, c.Years[0], c.Years[n-1]), Percent(c.DiscountRate), c.Years[0], Signed(npv.Mean/Thousand), Signed(npv.P5/Thousand), Signed(npv.P95/Thousand), Number(npv.MCSE/Thousand)))
	}
	if c.BreakEvenWeek >= 0 {
		cal := meta.Calendar()
		d := cal.Monday(c.BreakEvenWeek)
		y, w := cal.ISOWeek(c.BreakEvenWeek)
		out = append(out, msg.Sprintf(lang, "Break-even: den gennemsnitlige akkumulerede nettoændring er en mindreudgift fra uge %d/%d (%s) og resten af perioden; %s af kørslerne har samlet mindreudgift ved periodens slut",
			w, y, d.Format(time.DateOnly), Percent(c.BreakEvenRuns)))
	} else {
		by := fmt.Sprint(c.Years[n-1])
		if last, yearEnd := meta.LastDay(); !yearEnd && last.Year() == c.Years[n-1] {
			by = numfmt.Format{Lang: lang}.Date(last)
		}
		out = append(out, msg.Sprintf(lang, "Break-even: nås ikke inden %s; %s af kørslerne har samlet mindreudgift ved periodens slut", by, Percent(c.BreakEvenRuns)))
	}
	return out
}

// CompareText writes a comparison for the terminal, in Danish: the budget
// form with one figure per cell, and with intervals the 90 %% interval
// under each.
func CompareText(w io.Writer, meta results.Meta, c *sim.Comparison, m *sim.Model, intervals bool) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n", meta.Title)
	sb.WriteString(msg.Sprintf(lang, "Indsats %s mod basis %s · start %s · %d parrede kørsler (fælles tilfældige tal) · seed %d",
		meta.Scenario, meta.Baseline, meta.Start, meta.Runs, meta.Seed) + "\n")
	legend := msg.T(lang, "Gennemsnit over kørslerne.")
	if intervals {
		legend = msg.T(lang, "Gennemsnit over kørslerne; 90 %-interval (P5 til P95) i parentes.")
	}
	sb.WriteString(msg.Sprintf(lang, "+ = merudgift, − = mindreudgift for kommunen. %s %s", legend, pricesSentence(meta)) + "\n")
	if meta.Note != "" {
		sb.WriteString(meta.Note + "\n")
	}
	sb.WriteString("\n")
	sb.WriteString(headline(meta, c) + "\n\n")
	BudgetForm(meta, c, m).Grid(intervals).text(&sb)
	sb.WriteString("\n")
	for _, l := range changeLines(meta, c) {
		sb.WriteString(l + "\n")
	}
	if g := PersonsGrid(c, m).Labelled(meta); len(g.Rows) > 0 {
		sb.WriteString("\n")
		g.text(&sb)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// CompareMarkdown writes a comparison as Markdown, in Danish, as
// CompareText.
func CompareMarkdown(w io.Writer, meta results.Meta, c *sim.Comparison, m *sim.Model, intervals bool) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "## %s\n\n", meta.Title)
	legend := msg.T(lang, "Gennemsnit over kørslerne.")
	if intervals {
		legend = msg.T(lang, "Gennemsnit over kørslerne med 90 %-interval (P5 til P95) under.")
	}
	sb.WriteString(msg.Sprintf(lang, "Indsats `%s` mod basis `%s`, start %s, %d parrede kørsler med fælles tilfældige tal, seed %d. "+
		"+ = merudgift, − = mindreudgift for kommunen. %s %s",
		meta.Scenario, meta.Baseline, meta.Start, meta.Runs, meta.Seed, legend, pricesSentence(meta)) + "\n\n")
	if meta.Note != "" {
		sb.WriteString(meta.Note + "\n\n")
	}
	sb.WriteString("**" + headline(meta, c) + "**\n\n")
	BudgetForm(meta, c, m).Grid(intervals).markdown(&sb)
	sb.WriteString("\n")
	for _, l := range changeLines(meta, c) {
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
//
// Every amount is a change in the kommune's spending, + = merudgift and
// − = mindreudgift, as in the budget form: a cost line's net amount
// (cost:), before a state grant (cost_brutto:) and the grant as an
// income (statens_finansiering:, negative); the ydelser gross, in total
// and per ydelse (ydelser_brutto:), the statsrefusion (negative when the
// state refunds more), the net and the total (netto_i_alt, whose p_saving
// is the share of runs with a mindreudgift), the present value of the
// total (netto_nutidsvaerdi). udbetalt_af_andre is a memo figure.
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
		if l.StateShare > 0 {
			grant := make([]sim.Stat, len(c.CostGross[i]))
			for p, st := range c.CostGross[i] {
				grant[p] = st.Scale(-l.StateShare)
			}
			emit(strings.TrimSuffix(prefix, ":")+"_brutto:"+l.Intervention+":"+l.Line, "kr", c.CostGross[i], nil)
			emit("statens_finansiering:"+l.Intervention+":"+l.Line, "kr", grant, nil)
		}
	}
	emit("ydelser_brutto", "kr", c.Gross, nil)
	for s, st := range c.GrossByState {
		emit("ydelser_brutto:"+m.States[s].Name, "kr", st, nil)
	}
	emit("statsrefusion", "kr", negate(c.StatePart), nil)
	emit("udbetalt_af_andre", "kr", c.PaidByOthers, nil)
	emit("ydelser_netto", "kr", c.Net, nil)
	for s, st := range c.NetByState {
		emit("ydelser_netto:"+m.States[s].Name, "kr", st, nil)
	}
	emit("netto_i_alt", "kr", c.Total, c.PSaving)
	for p, l := range c.ExpectedLoss {
		cw.Write([]string{meta.Scenario, period(p), "forventet_tab_ved_forkert_valg", "kr", num(l), "", "", "", "", "", "", prices})
	}
	cw.Write(append(append([]string{meta.Scenario, "total", "netto_nutidsvaerdi", "kr"}, statFields(c.NPV.Neg())...), "", presentValueField(meta, c.Years[0])))
	for s, st := range c.Persons {
		emit("helaarspersoner:"+m.States[s].Name, "helaarspersoner", st, nil)
	}
	cw.Flush()
	return cw.Error()
}
