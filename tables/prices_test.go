package tables

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"ydelsesflow/results"
	"ydelsesflow/sensitivity"
	"ydelsesflow/sim"
)

// TestPrices checks that every table a reader sees, and every machine file
// that knows them, names the prices: løbende priser for PriceBase 0,
// "2027-priser" for faste priser of 2027. The present value is in faste
// priser of the first budget year (2027) either way.
func TestPrices(t *testing.T) {
	for _, tc := range []struct {
		base   int
		prices string // for a reader
		field  string // for a program
	}{
		{0, "løbende priser", "loebende"},
		{2027, "2027-priser", "2027"},
	} {
		meta := partial
		meta.PriceBase = tc.base
		c, m := comparison()
		m.PriceBase = tc.base
		sentence := strings.ToUpper(tc.prices[:1]) + tc.prices[1:] + "."
		if tc.base == 0 {
			sentence = "Løbende priser."
		}
		pv := "i 2027-priser, diskonteret med en real rente på 3,5 % om året til 2027"
		for _, w := range []struct {
			name  string
			write func(*bytes.Buffer) error
			want  []string
		}{
			{"Text", func(b *bytes.Buffer) error { return Text(b, meta, summary()) },
				[]string{"seed 1 · " + tc.prices + "\n", pv}},
			{"Markdown", func(b *bytes.Buffer) error { return Markdown(b, meta, summary()) },
				[]string{"seed 1. " + sentence + " Gennemsnit", pv}},
			{"CompareText", func(b *bytes.Buffer) error { return CompareText(b, meta, c, m, true) },
				[]string{"i parentes. " + sentence + "\n", "Økonomiske konsekvenser (1.000 kr., " + tc.prices + ", ekskl. moms)", pv}},
			{"CompareMarkdown", func(b *bytes.Buffer) error { return CompareMarkdown(b, meta, c, m, true) },
				[]string{"under. " + sentence + "\n", "| Økonomiske konsekvenser (1.000 kr., " + tc.prices + ", ekskl. moms) |", pv}},
			{"SensitivityText", func(b *bytes.Buffer) error {
				years := meta.Years
				r := &sensitivity.Result{Years: years, PSA: &sim.Comparison{Years: years, Saving: make([]sim.Stat, 3), Total: make([]sim.Stat, 3), PSaving: make([]float64, 3), ExpectedLoss: make([]float64, 3)}}
				return SensitivityText(b, meta, r)
			}, []string{"seed 1 · " + tc.prices + "\n", "(1.000 kr., " + tc.prices + ", + = merudgift)"}},
			{"JSON", func(b *bytes.Buffer) error { return JSON(b, meta, summary()) },
				[]string{`"units": "beløb i kr. (` + tc.prices + `)`, `"prices": "` + tc.field + `"`, `"present_value_prices": "2027"`}},
		} {
			var b bytes.Buffer
			if err := w.write(&b); err != nil {
				t.Fatal(err)
			}
			for _, want := range w.want {
				if !strings.Contains(b.String(), want) {
					t.Errorf("%s, PriceBase %d, lacks %q:\n%s", w.name, tc.base, want, b.String())
				}
			}
			other := "løbende priser"
			if tc.base == 0 {
				other = "2028-priser"
			}
			if strings.Contains(strings.ToLower(b.String()), other) {
				t.Errorf("%s, PriceBase %d, names %q", w.name, tc.base, other)
			}
		}

		// The comparison CSV: a last column "prices", the present value's
		// in faste priser of the first year, person lines without.
		var b bytes.Buffer
		if err := CompareCSV(&b, meta, c, m, true); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := recs[0][len(recs[0])-1]; got != "prices" {
			t.Errorf("last CSV column %q, want prices", got)
		}
		for _, r := range recs[1:] {
			want := tc.field
			switch {
			case r[2] == "netto_nutidsvaerdi":
				want = "2027"
			case r[3] == "helaarspersoner":
				want = ""
			}
			if got := r[len(r)-1]; got != want || len(r) != len(recs[0]) {
				t.Errorf("PriceBase %d, CSV line %v: prices %q, want %q", tc.base, r, got, want)
			}
		}

		// The runs' CSV.
		b.Reset()
		res := &sim.Result{Model: &sim.Model{Years: []int{2027}, States: m.States, PriceBase: tc.base},
			PerRun: [][][]sim.Totals{{{{PersonYears: 1, Gross: 2}}}}}
		if err := RunsCSV(&b, res); err != nil {
			t.Fatal(err)
		}
		recs, err = csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(recs[1], []string{"1", "2027", "kh", "1", "2", "0", "2", "0", tc.field}) || recs[0][8] != "prices" {
			t.Errorf("PriceBase %d, runs CSV %v", tc.base, recs)
		}
	}
}

// TestSummaryJSONPrices checks that the JSON summary's price fields parse.
func TestSummaryJSONPrices(t *testing.T) {
	meta := results.Meta{Scenario: "s.yaml", PriceBase: 2027, RealPresentValue: true}
	var b bytes.Buffer
	if err := JSON(&b, meta, summary()); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Prices             string `json:"prices"`
		PresentValuePrices string `json:"present_value_prices"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Prices != "2027" || v.PresentValuePrices != "2027" {
		t.Errorf("prices %q, present_value_prices %q, want 2027 and 2027", v.Prices, v.PresentValuePrices)
	}
}

// TestNominalPresentValue checks that a present value computed without a
// satsregulering (so in each year's own prices) is not called real.
func TestNominalPresentValue(t *testing.T) {
	meta := partial
	meta.RealPresentValue = false
	c, m := comparison()
	var b bytes.Buffer
	if err := Text(&b, meta, summary()); err != nil {
		t.Fatal(err)
	}
	if err := CompareText(&b, meta, c, m, false); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.Contains(out, "real rente") || strings.Count(out, "i løbende priser (scenariet angiver ingen satsregulering), diskonteret 3,5 % om året") != 2 {
		t.Errorf("a nominal present value is labelled wrongly:\n%s", out)
	}
}
