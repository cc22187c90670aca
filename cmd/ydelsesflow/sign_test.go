package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ydelsesflow/results"
)

// costOnly is an intervention with a cost and no effect: two payments of
// 100.000 kr. (in 2020 and 2021, at their price year's prices), so by
// hand the kommune spends 100.000 kr. more in 2020 and in total
// 200.000 kr. more before the 2021 payment's price index, a merudgift.
const costOnly = `extends: rksk-2020/baseline.yaml
title: Kursus uden effekt
interventions:
  kursus:
    label: Kursus uden effekt
    from: 2020-01-01
    source: test fixture
    costs:
      - label: Kursusudgift
        fixed: {2020-01-06: 100000, 2021-01-04: 100000}
        price_year: 2020
        source: test fixture
`

// TestSignConvention checks the budget form's sign convention (+ =
// merudgift, − = mindreudgift) in every output of a comparison: an
// intervention with a cost and no effect shows a merudgift everywhere,
// one with only an effect (40 fewer revalideringer, no cost) a
// mindreudgift everywhere.
func TestSignConvention(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "kursus.yaml")
	if err := os.WriteFile(file, []byte(costOnly), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, scenario string
		more           bool   // a merudgift
		sign           string // of the totals in the tables
		verb           string // of the headline
		card           string // the report's key figure
		chart          string // the budget chart's title
	}{
		{"cost only", file, true, "+", "forventes at koste kommunen", "Merudgift", "Indsatsen koster kommunen"},
		{"effect only", "rksk-2020/revalidering-cut.yaml", false, "-", "forventes at spare kommunen", "Mindreudgift", "Indsatsen sparer kommunen"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-"))
			if code, _, stderr := invoke(t, "compare", c.scenario, "--runs", "4", "--out", out, "--plots", "--plot-formats", "svg", "--quiet"); code != 0 {
				t.Fatalf("compare: exit %d: %s", code, stderr)
			}
			read := func(name string) string {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			// Text: the headline's verb, and the total row's last column.
			txt := read("sammenligning.txt")
			if !strings.Contains(txt, c.verb) {
				t.Errorf("text: the headline lacks %q", c.verb)
			}
			if f := lineFields(txt, "Nettoændring for kommunen i alt"); len(f) == 0 || !strings.HasPrefix(f[len(f)-1], c.sign) {
				t.Errorf("text: total row %q, want its total signed %q", f, c.sign)
			}
			// Markdown: the total row's last cell.
			md := read("sammenligning.md")
			if !strings.Contains(md, c.verb) {
				t.Errorf("markdown: the headline lacks %q", c.verb)
			}
			if cells := strings.Split(strings.TrimSuffix(lineOf(md, "| **Nettoændring for kommunen i alt** |"), " |"), " | "); !strings.HasPrefix(cells[len(cells)-1], c.sign) {
				t.Errorf("markdown: total row %q, want its total signed %q", cells, c.sign)
			}
			// CSV: the total over the horizon, and for the course its
			// first year to the krone.
			recs, err := csv.NewReader(strings.NewReader(read("sammenligning.csv"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				mean, _ := strconv.ParseFloat(r[4], 64)
				switch {
				case r[1] == "total" && r[2] == "netto_i_alt":
					if mean > 0 != c.more || mean == 0 {
						t.Errorf("csv: netto_i_alt total %v, want a merudgift %v", mean, c.more)
					}
				case c.more && r[1] == "2020" && r[2] == "netto_i_alt" && mean != 100000:
					t.Errorf("csv: netto_i_alt 2020 %v, want +100000 kr. (the course's first payment)", mean)
				}
			}
			// resultat.json: every signed series, and no cost pointing the
			// saving way.
			f, err := os.Open(filepath.Join(out, "resultat.json"))
			if err != nil {
				t.Fatal(err)
			}
			rf, err := results.Read(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			cmp := rf.Comparisons[0]
			n := len(cmp.Years)
			if ch := cmp.Change[n].Mean; ch > 0 != c.more || ch == 0 {
				t.Errorf("resultat.json: change %v, want a merudgift %v", ch, c.more)
			}
			if last := cmp.CumChangeMean[len(cmp.CumChangeMean)-1]; last > 0 != c.more {
				t.Errorf("resultat.json: cum_change_mean ends at %v, want a merudgift %v", last, c.more)
			}
			for _, x := range cmp.BudgetChanges {
				if x > 0 != c.more {
					t.Errorf("resultat.json: a run's budget change %v, want a merudgift %v", x, c.more)
				}
			}
			for p := range cmp.Cost {
				if cmp.Cost[p] < 0 || cmp.CostSaved[p] > 0 {
					t.Errorf("resultat.json: period %d cost %v, cost_saved %v: a cost points the saving way", p, cmp.Cost[p], cmp.CostSaved[p])
				}
			}
			if c.more && (cmp.Cost[n] < 199999 || cmp.YdelserChange[n] != 0) {
				t.Errorf("resultat.json: the course costs %v with a change in ydelser of %v, want ≥ 200.000 kr. and none", cmp.Cost[n], cmp.YdelserChange[n])
			}
			// The charts' titles.
			if svg := read("budget.svg"); !strings.Contains(svg, c.chart) {
				t.Errorf("budget.svg lacks the title %q", c.chart)
			}
			if svg := read("besparelse-fordeling.svg"); !strings.Contains(svg, map[bool]string{true: "0 % sandsynlighed for mindreudgift", false: "100 % sandsynlighed for mindreudgift"}[c.more]) {
				t.Errorf("besparelse-fordeling.svg: the share of runs with a mindreudgift is wrong")
			}
			// The report: headline and key figure.
			rep := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+"-rapport")
			if code, stdout, stderr := invoke(t, "report", c.scenario, "--runs", "4", "--out", rep); code != 0 || !strings.Contains(stdout, c.verb) {
				t.Fatalf("report: exit %d, stdout %q, stderr %s", code, stdout, stderr)
			}
			page, err := os.ReadFile(filepath.Join(rep, "rapport.html"))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{c.verb, `<div class="label">` + c.card + " ", c.chart} {
				if !strings.Contains(string(page), want) {
					t.Errorf("report lacks %q", want)
				}
			}
		})
	}
}

// lineOf returns the first line of s that starts with prefix, or "".
func lineOf(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

// lineFields returns the fields of the first line of s that starts with
// prefix.
func lineFields(s, prefix string) []string { return strings.Fields(lineOf(s, prefix)) }
