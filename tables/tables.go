// Package tables formats the yearly results of a simulation as the tables a
// budget analyst pastes into a budget proposal: one column per budget year,
// amounts in 1.000 kr., the mean across Monte Carlo runs with the 90 %
// interval (P5–P95) underneath. It writes the same figures as plain text,
// Markdown, CSV and JSON; the text and Markdown forms are in Danish, the
// machine forms use the measures' machine names and full precision.
package tables

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// Thousand is the unit of money in tables: 1.000 kr.
const Thousand = 1000

// lang is the language of the tables' texts: the program's default
// (Danish), as the numbers are, until the tables take a language.
const lang = msg.Default

// heading is the heading of each measure, with its unit, in Danish (the
// key of its translation).
var heading = map[sim.Measure]string{
	sim.FullTimePersons: msg.Mark("Helårspersoner"),
	sim.Gross:           msg.Mark("Bruttoudgift til ydelser (1.000 kr.)"),
	sim.StatePart:       msg.Mark("Statsrefusion og statens andel (1.000 kr.)"),
	sim.Net:             msg.Mark("Kommunal nettoudgift (1.000 kr.)"),
	sim.PaidByOthers:    msg.Mark("Til orientering: ydelser udbetalt af andre (1.000 kr.)"),
}

// scale converts a measure's value to its table unit.
func scale(m sim.Measure, v float64) float64 {
	if m == sim.FullTimePersons {
		return v
	}
	return v / Thousand
}

var da = message.NewPrinter(language.Danish)

// Number formats v the Danish way with no decimals, rounding half away
// from zero: 1.234.568.
func Number(v float64) string { return numfmt.Da.Int(v) }

// Decimal formats v the Danish way with two decimals: 1.234,57.
func Decimal(v float64) string { return numfmt.Da.Decimal(v, 2) }

// Value formats a parameter value the Danish way: whole numbers from 100
// (1.234.568), else up to three decimals (0,862; 12,83).
func Value(v float64) string { return numfmt.Da.Value(v) }

// Percent formats a fraction as a Danish percentage with one decimal: 3,5 %.
func Percent(f float64) string {
	return da.Sprint(number.Decimal(100*f, number.MaxFractionDigits(1))) + " %"
}

// Interval formats a 90 % interval: (86.900–89.400).
func Interval(s sim.Stat, m sim.Measure) string {
	return "(" + Number(scale(m, s.P5)) + "–" + Number(scale(m, s.P95)) + ")"
}

// block is one measure's table: a label column and one column per year,
// each row a mean line and an interval line, and a note under it.
type block struct {
	title  string
	years  []int
	labels []string
	means  [][]string
	ivals  [][]string
	note   string
}

// blocks builds the tables shown to people. Rows whose figure is zero in
// every year and run (absorbing states, unpaid states' costs) are left out;
// the CSV and JSON keep them. There is one table per measure of
// sim.Measures, in that order, except the last: a benefit paid by
// Udbetaling Danmark or an a-kasse (sim.State.Split) shows the kommune's
// co-financing as its gross expense, with no refusion, and the payment in
// a memo table last, whose note says so, when there is such a benefit.
func blocks(s *sim.Summary) []block {
	var out []block
	ny := len(s.Years)
	nrow := len(s.Rows) / ny
	for _, m := range sim.Measures {
		b := block{title: msg.T(lang, heading[m]), years: s.Years}
		for i := range nrow {
			zero := true
			for y := range ny {
				st := s.Rows[y*nrow+i].Stats[m]
				if st.Mean != 0 || st.P5 != 0 || st.P95 != 0 {
					zero = false
				}
			}
			if zero {
				continue
			}
			b.labels = append(b.labels, s.Rows[i].Label)
			mean, ival := make([]string, ny), make([]string, ny)
			for y := range ny {
				st := s.Rows[y*nrow+i].Stats[m]
				mean[y], ival[y] = Number(scale(m, st.Mean)), Interval(st, m)
			}
			b.means, b.ivals = append(b.means, mean), append(b.ivals, ival)
		}
		if m == sim.PaidByOthers {
			if len(b.labels) == 0 {
				continue // no benefit paid by others
			}
			b.note = paidByOthersNote(b.labels[:len(b.labels)-1])
		}
		out = append(out, b)
	}
	return out
}

// paidByOthersNote explains the memo table of the ydelser labels, which
// Udbetaling Danmark or an a-kasse pays out.
func paidByOthersNote(labels []string) string {
	return msg.Sprintf(lang, "%s udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen: kommunens udgift er dens medfinansiering, som står i bruttoudgiften uden refusion. Udbetalingen vises kun her, til orientering, og indgår ikke i kommunens udgifter.",
		listing(labels))
}

// listing joins labels as a Danish list at the start of a sentence, each
// label after the first in lower case: "A", "A og b", "A, b og c".
func listing(labels []string) string {
	if len(labels) < 2 {
		return strings.Join(labels, "")
	}
	rest := make([]string, len(labels)-1)
	for i, l := range labels[1:] {
		r, n := utf8.DecodeRuneInString(l)
		rest[i] = string(unicode.ToLower(r)) + l[n:]
	}
	last := len(rest) - 1
	return msg.Sprintf(lang, "%s og %s", strings.Join(append([]string{labels[0]}, rest[:last]...), ", "), rest[last])
}

func width(s string) int { return utf8.RuneCountInString(s) }

func pad(s string, w int, right bool) string {
	fill := strings.Repeat(" ", max(0, w-width(s)))
	if right {
		return fill + s
	}
	return s + fill
}

// Text writes the tables for a terminal, in Danish.
func Text(w io.Writer, meta results.Meta, s *sim.Summary) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n", meta.Title)
	sb.WriteString(msg.Sprintf(lang, "Scenarie %s · start %s · %d kørsler · seed %d · %s", meta.Scenario, meta.Start, meta.Runs, meta.Seed, meta.Prices(lang)) + "\n")
	sb.WriteString(msg.T(lang, "Gennemsnit over kørslerne; 90 %-interval (P5–P95) i parentes.") + "\n")
	for _, b := range blocks(s) {
		lw := width(b.title)
		for _, l := range b.labels {
			lw = max(lw, width(l))
		}
		cw := 8
		for i := range b.labels {
			for y := range b.years {
				cw = max(cw, width(b.means[i][y]), width(b.ivals[i][y]))
			}
		}
		for _, y := range b.years {
			cw = max(cw, width(meta.YearLabel(lang, y)))
		}
		sb.WriteString("\n" + pad(b.title, lw, false))
		for _, y := range b.years {
			sb.WriteString("  " + pad(meta.YearLabel(lang, y), cw, true))
		}
		sb.WriteString("\n" + strings.Repeat("─", lw+len(b.years)*(cw+2)) + "\n")
		for i, l := range b.labels {
			if i == len(b.labels)-1 {
				sb.WriteString(strings.Repeat("─", lw+len(b.years)*(cw+2)) + "\n")
			}
			sb.WriteString(pad(l, lw, false))
			for y := range b.years {
				sb.WriteString("  " + pad(b.means[i][y], cw, true))
			}
			sb.WriteString("\n" + pad("", lw, false))
			for y := range b.years {
				sb.WriteString("  " + pad(b.ivals[i][y], cw, true))
			}
			sb.WriteString("\n")
		}
		if b.note != "" {
			sb.WriteString(b.note + "\n")
		}
	}
	sb.WriteString("\n" + presentValue(meta, s) + "\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// presentValue describes the discounted municipal net cost. The present
// value is in faste priser of the first budget year, whatever prices the
// tables show, discounted at a real rate.
func presentValue(meta results.Meta, s *sim.Summary) string {
	pv := s.PresentValue
	first, last := s.Years[0], s.Years[len(s.Years)-1]
	if !meta.RealPresentValue {
		return msg.Sprintf(lang, "Nutidsværdi af kommunal nettoudgift %s i løbende priser (scenariet angiver ingen satsregulering), diskonteret %s om året til %d: %s %s 1.000 kr. (Monte Carlo-fejl på gennemsnittet ±%s).",
			meta.YearsLabel(lang, first, last), Percent(s.DiscountRate), first, Number(pv.Mean/Thousand), Interval(pv, sim.Net), Number(pv.MCSE/Thousand))
	}
	return msg.Sprintf(lang, "Nutidsværdi af kommunal nettoudgift %s i %s, diskonteret med en real rente på %s om året til %d: %s %s 1.000 kr. (Monte Carlo-fejl på gennemsnittet ±%s).",
		meta.YearsLabel(lang, first, last), presentValuePrices(first), Percent(s.DiscountRate), first, Number(pv.Mean/Thousand), Interval(pv, sim.Net), Number(pv.MCSE/Thousand))
}

// presentValuePrices names the prices of a present value discounted to
// year first: faste priser of that year ("2027-priser").
func presentValuePrices(first int) string {
	return results.Meta{PriceBase: first}.Prices(lang)
}

// pricesSentence names meta's prices as a sentence: "Løbende priser.",
// "2027-priser.".
func pricesSentence(meta results.Meta) string {
	p := meta.Prices(lang)
	r, n := utf8.DecodeRuneInString(p)
	return string(unicode.ToUpper(r)) + p[n:] + "."
}

// Markdown writes the tables as Markdown, in Danish: one table per measure,
// the interval under the mean in each cell.
func Markdown(w io.Writer, meta results.Meta, s *sim.Summary) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n", meta.Title)
	sb.WriteString(msg.Sprintf(lang, "Scenarie `%s`, start %s, %d kørsler, seed %d. %s Gennemsnit over kørslerne med 90 %%-interval (P5–P95) i parentes.",
		meta.Scenario, meta.Start, meta.Runs, meta.Seed, pricesSentence(meta)) + "\n")
	for _, b := range blocks(s) {
		fmt.Fprintf(&sb, "\n## %s\n\n| |", b.title)
		for _, y := range b.years {
			fmt.Fprintf(&sb, " %s |", meta.YearLabel(lang, y))
		}
		sb.WriteString("\n|:--|" + strings.Repeat("--:|", len(b.years)) + "\n")
		for i, l := range b.labels {
			if i == len(b.labels)-1 {
				l = "**" + l + "**"
			}
			sb.WriteString("| " + l + " |")
			for y := range b.years {
				fmt.Fprintf(&sb, " %s<br>%s |", b.means[i][y], b.ivals[i][y])
			}
			sb.WriteString("\n")
		}
		if b.note != "" {
			sb.WriteString("\n" + b.note + "\n")
		}
	}
	sb.WriteString("\n" + presentValue(meta, s) + "\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// RunGrids returns the run's tables — helårspersoner, gross spending,
// state refusion and the kommune's net spending per ydelse and year, in
// the order of sim.Measures, and, if some are paid out by Udbetaling
// Danmark or an a-kasse, the memo of what they paid — as Grids, the last
// row of each the total. Their columns are headed by the
// years; Labelled names a year the horizon covers only in part.
func RunGrids(s *sim.Summary) []Grid {
	var out []Grid
	for _, b := range blocks(s) {
		g := Grid{Title: b.title, Note: b.note, years: b.years}
		for _, y := range b.years {
			g.Columns = append(g.Columns, fmt.Sprint(y))
		}
		for i, l := range b.labels {
			last := i == len(b.labels)-1
			g.Rows = append(g.Rows, Row{Label: l, Means: b.means[i], Intervals: b.ivals[i], Rule: last, Total: last})
		}
		out = append(out, g)
	}
	return out
}
