package tables

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strings"

	"golang.org/x/text/number"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
)

// SensitivityText writes a sensitivity analysis for the terminal, in
// Danish: the probabilistic result, the tornado table and the ranking by
// rank correlation. Amounts are the change in the kommune's spending, + =
// merudgift (sensitivity.Result signs them as savings).
func SensitivityText(w io.Writer, meta results.Meta, r *sensitivity.Result) error {
	var sb strings.Builder
	c := r.PSA
	n := len(c.Years)
	period := meta.YearsLabel(lang, c.Years[0], c.Years[n-1])
	sb.WriteString(meta.Title + "\n")
	sb.WriteString(msg.Sprintf(lang, "Følsomhed: indsats %s mod basis %s · %d kørsler pr. beregning · seed %d · %s", meta.Scenario, meta.Baseline, meta.Runs, meta.Seed, meta.Prices(lang)) + "\n\n")
	s := c.Total[n]
	sb.WriteString(msg.Sprintf(lang, "Med alle usikre antagelser trukket i hver kørsel: nettoændring %s %s (90 %%-interval %s til %s; + = merudgift); sandsynlighed for mindreudgift %s; forventet tab ved forkert valg %s",
		period, SignedAmount(s.Mean), SignedAmount(s.P5), SignedAmount(s.P95), Percent(c.PSaving[n]), Amount(c.ExpectedLoss[n])) + "\n")
	sb.WriteString(msg.Sprintf(lang, "Med alle antagelser i deres middelværdi: nettoændring %s %s", period, SignedAmount(-r.Base)) + "\n\n")

	atLow, atHigh, spread := msg.T(lang, "ved lav"), msg.T(lang, "ved høj"), msg.T(lang, "spænd")
	g := Grid{Title: msg.Sprintf(lang, "Tornado: nettoændring %s (1.000 kr., %s, + = merudgift)", period, meta.Prices(lang)),
		Columns: []string{msg.T(lang, "lav værdi"), msg.T(lang, "høj værdi"), atLow, atHigh, spread}}
	for _, b := range r.Tornado {
		g.Rows = append(g.Rows, Row{Label: b.Param.Name,
			Means: []string{Value(b.Low), Value(b.High), Signed(-b.SavingLow / Thousand), Signed(-b.SavingHigh / Thousand), Number(b.Width() / Thousand)}})
	}
	g.compactText(&sb)
	if nb := min(sensitivity.BudgetYears, n); nb < n {
		budget := meta.YearsLabel(lang, c.Years[0], c.Years[nb-1])
		g = Grid{Title: msg.Sprintf(lang, "Tornado: nettoændring i budgetperioden %s (1.000 kr., %s, + = merudgift)", budget, meta.Prices(lang)), Columns: []string{atLow, atHigh, spread}}
		for _, b := range r.Tornado {
			g.Rows = append(g.Rows, Row{Label: b.Param.Name,
				Means: []string{Signed(-b.BudgetLow / Thousand), Signed(-b.BudgetHigh / Thousand), Number(math.Abs(b.BudgetHigh-b.BudgetLow) / Thousand)}})
		}
		sb.WriteString("\n")
		g.compactText(&sb)
	}
	sb.WriteString("\n")
	g = Grid{Title: msg.T(lang, "Betydning i den probabilistiske beregning"), Columns: []string{msg.T(lang, "rangkorrelation"), msg.T(lang, "fordeling")}}
	for _, i := range r.Importance {
		g.Rows = append(g.Rows, Row{Label: i.Param.Name, Means: []string{da.Sprint(number.Decimal(-i.Rank, number.MinFractionDigits(2), number.MaxFractionDigits(2))), i.Param.Dist.String()}})
	}
	g.compactText(&sb)
	if len(r.ShareSets) > 0 {
		sb.WriteString(msg.Sprintf(lang, "Usikre andele (Dirichlet), trukket i de probabilistiske kørsler uden egen søjle: %s.", strings.Join(r.ShareSets, ", ")) + "\n")
	}
	sb.WriteString("\n" + msg.T(lang, "Spænd: forskellen i forventet nettoændring med antagelsen i sin lave og høje værdi (P10 og P90, eller low/high i filen), de øvrige i deres middelværdi. "+
		"Rangkorrelation: Spearman mellem antagelsens trækninger og nettoændringen over kørslerne (positiv: en højere værdi koster kommunen mere).") + "\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// compactText writes a grid with one line per row.
func (g Grid) compactText(sb *strings.Builder) {
	lw, cw := width(g.Title), 8
	for _, r := range g.Rows {
		lw = max(lw, width(r.Label))
		for _, m := range r.Means {
			cw = max(cw, width(m))
		}
	}
	for _, c := range g.Columns {
		cw = max(cw, width(c))
	}
	sb.WriteString(pad(g.Title, lw, false))
	for _, c := range g.Columns {
		sb.WriteString("  " + pad(c, cw, true))
	}
	sb.WriteString("\n" + strings.Repeat("─", lw+len(g.Columns)*(cw+2)) + "\n")
	for _, r := range g.Rows {
		sb.WriteString(pad(r.Label, lw, false))
		for _, m := range r.Means {
			sb.WriteString("  " + pad(m, cw, true))
		}
		sb.WriteString("\n")
	}
}

// SensitivityCSV writes the tornado and the importance ranking in kr.; the
// tornado's lines end with the prices of their amounts (PricesField).
// Amounts are the change in the kommune's spending, + = merudgift
// (change_low, change_high, budget_change_low, budget_change_high); the
// rank correlation is with that change.
func SensitivityCSV(w io.Writer, meta results.Meta, r *sensitivity.Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"analysis", "parameter", "file", "line", "low", "high", "change_low", "change_high", "width", "budget_change_low", "budget_change_high", "rank_correlation", "prices"})
	for _, b := range r.Tornado {
		cw.Write([]string{"tornado", b.Param.Name, b.Param.File, fmt.Sprint(b.Param.Line), num(b.Low), num(b.High), num(-b.SavingLow), num(-b.SavingHigh), num(b.Width()), num(-b.BudgetLow), num(-b.BudgetHigh), "", PricesField(meta.PriceBase)})
	}
	for _, i := range r.Importance {
		cw.Write([]string{"psa", i.Param.Name, i.Param.File, fmt.Sprint(i.Param.Line), "", "", "", "", "", "", "", num(-i.Rank), ""})
	}
	cw.Flush()
	return cw.Error()
}
