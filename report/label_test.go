package report

import (
	"bytes"
	"html"
	"strings"
	"testing"
	"time"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/results"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// partial sets the fixture's horizon to the days its 156 weeks from
// Monday 4 January 2027 cover, 4 January 2027 to 30 December 2029: the
// first and last budget years are covered only in part.
func partial(f *results.File) *results.File {
	for _, m := range []*results.Meta{&f.Run.Meta, &f.Comparisons[0].Meta, &f.Sensitivity.Meta} {
		m.Start, m.End = "2027-01-04", "2029-12-30"
	}
	return f
}

// TestPartialYears checks that the report labels a budget year the
// horizon covers only in part: in the headline, the cards, the tables
// and the sensitivity section.
func TestPartialYears(t *testing.T) {
	period := "4. januar 2027–30. december 2029"
	from, to := "2027 (fra 4. januar)", "2029 (til 30. december)"
	years := []int{2027, 2028, 2029}
	zero := make([]sim.Stat, 4)
	c := &sim.Comparison{Years: years, Gross: zero, StatePart: zero, Net: zero, Total: zero,
		Persons: [][]sim.Stat{{{Mean: -1}, {Mean: -2}, {Mean: -3}, {Mean: -2}}}}
	m := &sim.Model{States: []sim.State{{Name: "ressourceforloeb", Label: "Ressourceforløb"}}}

	rf := partial(fixture.Results())
	rf.Run = nil
	rf.Comparisons[0].BreakEvenWeek = -1
	r := sample()
	r.Results = rf
	r.Arms = []Arm{{Budget: tables.BudgetForm(rf.Comparisons[0].Meta, c, m).Grid(true), Persons: tables.PersonsGrid(c, m)}}
	if got, want := Headline(rf.Comparisons[0]), "IPS i ressourceforløb forventes at spare kommunen 2,1 mio. kr. netto over "+period+"; 50 % sandsynlighed for mindreudgift."; got != want {
		t.Errorf("headline\n got %q\nwant %q", got, want)
	}
	var buf bytes.Buffer
	if err := Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(buf.String())
	for _, want := range []string{
		"netto over " + period + ";",
		`<div class="label">Mindreudgift ` + period + "</div>",
		"ikke inden 30. december 2029",
		"<th>Budget " + from + "</th><th>Overslagsår 2028</th><th>Overslagsår " + to + "</th><th>I alt " + period + "</th>", // the budget form
		"<th>" + from + "</th><th>2028</th><th>" + to + "</th><th>Gns. pr. år</th>",                                         // the persons moved
		"nettoændring -1,5 mio. kr. over " + period + " (+ = merudgift",                                                     // the sensitivity section
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}

	// A projection report labels its tables and headline too.
	rf = partial(fixture.Results())
	rf.Comparisons, rf.Sensitivity = nil, nil
	sum := &sim.Summary{Years: years}
	for _, y := range years {
		sum.Rows = append(sum.Rows, sim.Row{Year: y, State: "ressourceforloeb", Label: "Ressourceforløb"}, sim.Row{Year: y, State: sim.TotalName, Label: "I alt"})
		for i := range sum.Rows[len(sum.Rows)-2:] {
			sum.Rows[len(sum.Rows)-2+i].Stats[sim.Net] = sim.Stat{Mean: 1e6, P5: 1e6, P95: 1e6}
		}
	}
	buf.Reset()
	if err := Write(&buf, &Report{Title: "Basisforløb", Results: rf, Generated: time.Now(), RunGrids: tables.RunGrids(sum)}); err != nil {
		t.Fatal(err)
	}
	page = html.UnescapeString(buf.String())
	for _, want := range []string{"netto på ydelser over " + period + " (90 %-interval", "<th>" + from + "</th><th>2028</th><th>" + to + "</th>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the projection report lacks %q", want)
		}
	}
}
