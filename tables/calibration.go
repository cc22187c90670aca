package tables

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/results"
)

// methodName names how a calibration's figures were computed, in Danish.
func methodName(method string, runs int, fitted bool) string {
	switch {
	case method == "monte_carlo" && fitted:
		return msg.Sprintf(lang, "Monte Carlo, %d kørsler med de samme tilfældige tal i hver beregning", runs)
	case method == "monte_carlo":
		return msg.Sprintf(lang, "som gennemsnit over %d Monte Carlo-kørsler", runs)
	}
	return msg.T(lang, "eksakt (forventede antal uden tilfældige tal)")
}

// CalibrationText writes the deviation table of a calibration: per target
// the observed figure, the model before and after the fit, the deviation
// and whether it is within the tolerance; then the fitted numbers. A
// calibration without fitted numbers (a run's check) shows the model once.
func CalibrationText(w io.Writer, c *results.Calibration) error {
	var sb strings.Builder
	fitted := len(c.Fitted) > 0
	g := Grid{Title: msg.T(lang, "Mål"), Columns: []string{msg.T(lang, "observeret"), msg.T(lang, "model"), msg.T(lang, "afvigelse"), msg.T(lang, "tolerance"), ""}}
	if fitted {
		g.Columns = []string{msg.T(lang, "observeret"), msg.T(lang, "før"), msg.T(lang, "efter"), msg.T(lang, "afvigelse"), msg.T(lang, "tolerance"), ""}
	}
	within := 0
	for _, t := range c.Targets {
		mark := msg.T(lang, "uden for")
		if t.Within() {
			mark = msg.T(lang, "inden for")
			within++
		}
		row := []string{Value(t.Observed), Value(t.Before), Value(t.After), signedPercent(t.Deviation()), "±" + Percent(t.Tolerance), mark}
		if !fitted {
			row = append(row[:1], row[2:]...)
		}
		g.Rows = append(g.Rows, Row{Label: t.Ydelse + " " + t.Periode + " " + t.Maal, Means: row})
	}
	head := msg.Sprintf(lang, "Kalibrering: %s", c.Title)
	if !fitted {
		head = msg.Sprintf(lang, "Modellen mod de observerede tal: %s", c.Title)
	}
	sb.WriteString(head + "\n")
	sb.WriteString(msg.Sprintf(lang, "Scenarie %s · beregnet %s", c.Scenario, methodName(c.Method, c.Runs, fitted)) + "\n")
	sb.WriteString(msg.Sprintf(lang, "%d af %d mål inden for tolerancen. Afvigelse = (model − observeret) / observeret.", within, len(c.Targets)) + "\n\n")
	g.compactText(&sb)
	if fitted {
		sb.WriteString("\n")
		f := Grid{Title: msg.T(lang, "Tilpasset tal"), Columns: []string{msg.T(lang, "fra"), msg.T(lang, "til"), msg.T(lang, "grænser"), ""}}
		for _, x := range c.Fitted {
			note := ""
			switch {
			case x.Unused:
				note = msg.T(lang, "intet mål afhænger af det")
			case x.AtBound:
				note = msg.T(lang, "ved grænsen")
			}
			f.Rows = append(f.Rows, Row{Label: x.Path, Means: []string{Value(x.Start), Value(x.Value), Value(x.Min) + "–" + Value(x.Max), note}})
		}
		f.compactText(&sb)
	}
	if notes := calibrationNotes(c); len(notes) > 0 {
		sb.WriteString("\n" + msg.T(lang, "Bemærk:") + "\n")
		for _, n := range notes {
			sb.WriteString("- " + n + "\n")
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// signedPercent writes a relative deviation with its sign: "+3,2 %".
func signedPercent(f float64) string {
	s := numfmt.Da.Percent(f, 1)
	if f > 0 {
		s = "+" + s
	}
	return s
}

// CalibrationCSV writes one row per target in machine form: observed, the
// model before and after the fit, the relative deviation after it and
// whether it is within the tolerance.
func CalibrationCSV(w io.Writer, c *results.Calibration) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"ydelse", "periode", "maal", "line", "observed", "before", "after", "deviation", "tolerance", "within", "source"})
	for _, t := range c.Targets {
		cw.Write([]string{t.Ydelse, t.Periode, t.Maal, fmt.Sprint(t.Line), num(t.Observed), num(t.Before), num(t.After), num(t.Deviation()), num(t.Tolerance), fmt.Sprint(t.Within()), t.Source})
	}
	cw.Flush()
	return cw.Error()
}

// calibrationNotes says plainly what a fit could not do: numbers that
// ended at a bound or that no target depends on, numbers the targets
// cannot tell apart, and targets the model does not meet.
func calibrationNotes(c *results.Calibration) []string {
	var out []string
	for _, x := range c.Fitted {
		switch {
		case x.Unused:
			out = append(out, msg.Sprintf(lang, "%s (%s): intet mål afhænger af tallet; det blev ikke ændret. Fjern det fra calibration.fit, eller tilføj et mål, der afhænger af det.", x.Path, x.Where))
		case x.AtBound:
			out = append(out, msg.Sprintf(lang, "%s endte ved sin grænse (%s, grænser %s–%s): målene trækker det videre. Er grænsen rigtig, eller mangler modellen noget?", x.Path, Value(x.Value), Value(x.Min), Value(x.Max)))
		}
	}
	for _, p := range c.Confounded {
		out = append(out, msg.Sprintf(lang, "Målene kan ikke skelne %s fra %s: de flytter målene næsten ens, så kun en kombination af dem er bestemt. Tilføj et mål, der adskiller dem, eller tilpas kun det ene.", p[0], p[1]))
	}
	for _, t := range c.Targets {
		if !t.Within() && len(c.Fitted) > 0 {
			out = append(out, msg.Sprintf(lang, "%s %s %s (linje %d) nås ikke: modellen giver %s mod observeret %s (%s).", t.Ydelse, t.Periode, t.Maal, t.Line, Value(t.After), Value(t.Observed), signedPercent(t.Deviation())))
		}
	}
	return out
}
