package tables

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// unit returns the unit of a measure in machine output.
func unit(m sim.Measure) string {
	if m == sim.FullTimePersons {
		return "helaarspersoner"
	}
	return "kr"
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// PricesField names prices in machine output (the prices column of the
// CSV files): "loebende" for løbende priser (base 0), else the base year
// of faste priser, "2027".
func PricesField(base int) string {
	if base == 0 {
		return "loebende"
	}
	return strconv.Itoa(base)
}

// PresentValueMeasure is the measure name of the present-value line in
// SummaryCSV (run's sammendrag.csv).
const PresentValueMeasure = "kommunal_netto_nutidsvaerdi"

var statHeader = []string{"mean", "sd", "mcse", "p5", "p50", "p95"}

func statFields(s sim.Stat) []string {
	return []string{num(s.Mean), num(s.SD), num(s.MCSE), num(s.P5), num(s.P50), num(s.P95)}
}

// SummaryCSV writes every summary figure, one line per year, state and
// measure (sim.Measures: brutto is the kommune's gross expense, and
// udbetalt_af_andre the memo of what Udbetaling Danmark and the a-kasser
// paid out), in kr. (not 1.000 kr.) with full precision, followed by the
// present value of the municipal net cost (year left empty). The last
// column, prices, names the prices of the amounts (PricesField:
// "loebende" or the base year of faste priser; the present value is
// always in the first budget year's prices; empty for persons).
func SummaryCSV(w io.Writer, meta results.Meta, s *sim.Summary) error {
	cw := csv.NewWriter(w)
	cw.Write(append(append([]string{"year", "state", "label", "measure", "unit"}, statHeader...), "prices"))
	prices := PricesField(meta.PriceBase)
	for _, r := range s.Rows {
		for _, m := range sim.Measures {
			p := prices
			if m == sim.FullTimePersons {
				p = ""
			}
			cw.Write(append(append([]string{strconv.Itoa(r.Year), r.State, r.Label, m.String(), unit(m)}, statFields(r.Stats[m])...), p))
		}
	}
	cw.Write(append(append([]string{"", sim.TotalName, msg.T(lang, "I alt"), PresentValueMeasure, "kr"}, statFields(s.PresentValue)...), PricesField(s.Years[0])))
	cw.Flush()
	return cw.Error()
}

// RunsCSV writes the totals of every run, year and state in kr., so that
// an analyst can recompute any statistic: gross is the kommune's gross
// expense, paid_by_others what Udbetaling Danmark or an a-kasse paid out
// (a memo figure; the kommune's gross is its co-financing of it). The last
// column, prices, says which prices the amounts are in (PricesField:
// "loebende" or the base year of faste priser).
func RunsCSV(w io.Writer, r *sim.Result) error {
	cw := csv.NewWriter(w)
	prices := PricesField(r.Model.PriceBase)
	cw.Write([]string{"run", "year", "state", "helaarspersoner", "gross", "state_part", "net", "paid_by_others", "prices"})
	for run, years := range r.PerRun {
		for y, states := range years {
			for s, t := range states {
				cw.Write([]string{strconv.Itoa(run + 1), strconv.Itoa(r.Model.Years[y]), r.Model.States[s].Name,
					num(t.PersonYears), num(t.Gross), num(t.StatePart), num(t.Net()), num(t.PaidByOthers), prices})
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// jsonStat is a Stat in JSON.
type jsonStat struct {
	Mean float64 `json:"mean"`
	SD   float64 `json:"sd"`
	MCSE float64 `json:"mcse"`
	P5   float64 `json:"p5"`
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
}

func toJSON(s sim.Stat) jsonStat { return jsonStat(s) }

type jsonRow struct {
	Year     int                 `json:"year"`
	State    string              `json:"state"`
	Label    string              `json:"label"`
	Measures map[string]jsonStat `json:"measures"`
}

type jsonSummary struct {
	Scenario     string   `json:"scenario"`
	Title        string   `json:"title"`
	Files        []string `json:"files"`
	Start        string   `json:"start"`
	End          string   `json:"end,omitempty"`
	Runs         int      `json:"runs"`
	Seed         uint64   `json:"seed"`
	DiscountRate float64  `json:"discount_rate"`
	Units        string   `json:"units"`
	// Prices and PresentValuePrices are PricesField's names of the rows'
	// prices and the present value's.
	Prices             string    `json:"prices"`
	PresentValuePrices string    `json:"present_value_prices"`
	Years              []int     `json:"years"`
	Rows               []jsonRow `json:"rows"`
	PresentValue       jsonStat  `json:"present_value_net"`
}

// JSON writes the run's metadata and every summary figure as JSON, money
// in kr. It says which prices the figures are in: "units" for a reader
// ("beløb i kr. (2027-priser), …"), and for a program "prices", the
// rows' prices ("loebende" for løbende priser or the base year of faste
// priser, "2027"; see PricesField) and "present_value_prices", those of
// the present value (always faste priser of the first budget year, at the
// real discount rate "discount_rate").
func JSON(w io.Writer, meta results.Meta, s *sim.Summary) error {
	out := jsonSummary{
		Scenario: meta.Scenario, Title: meta.Title, Files: meta.Files, Start: meta.Start, End: meta.End,
		Runs: meta.Runs, Seed: meta.Seed, DiscountRate: s.DiscountRate,
		Units:  msg.Sprintf(lang, "beløb i kr. (%s), helaarspersoner = persondage / årets dage", meta.Prices(lang)),
		Prices: PricesField(meta.PriceBase), PresentValuePrices: presentValueField(meta, s.Years[0]),
		Years: s.Years, PresentValue: toJSON(s.PresentValue),
	}
	for _, r := range s.Rows {
		jr := jsonRow{Year: r.Year, State: r.State, Label: r.Label, Measures: map[string]jsonStat{}}
		for _, m := range sim.Measures {
			jr.Measures[m.String()] = toJSON(r.Stats[m])
		}
		out.Rows = append(out.Rows, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return msg.Errorf("kan ikke skrive JSON: %w", err)
	}
	return nil
}

// presentValueField names the prices of a present value for machine files:
// the first budget year when it is in faste priser, else "loebende".
func presentValueField(meta results.Meta, first int) string {
	if !meta.RealPresentValue {
		return PricesField(0)
	}
	return PricesField(first)
}
