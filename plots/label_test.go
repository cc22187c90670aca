package plots

import (
	"bytes"
	"testing"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/msg"
	"ydelsesflow/results"
)

// partialFixture is the fixture's results with the horizon its 156 weeks
// from Monday 4 January 2027 cover: 4 January 2027 to Sunday 30 December
// 2029, so that the first and last budget years are covered only in part.
func partialFixture(t *testing.T) *results.File {
	t.Helper()
	f := fixture.Results()
	for _, m := range []*results.Meta{&f.Run.Meta, &f.Comparisons[0].Meta, &f.Sensitivity.Meta} {
		m.Start, m.End = "2027-01-04", "2029-12-30"
	}
	// The file is consistent: Read accepts it.
	var buf bytes.Buffer
	if err := results.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	if _, err := results.Read(&buf); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestPartialYears checks that the charts label a budget year the horizon
// covers only in part, in their titles and on their axes.
func TestPartialYears(t *testing.T) {
	f := partialFixture(t)
	c := f.Comparisons[0]
	none := *c
	none.BreakEvenWeek = -1
	da, en := Options{Lang: msg.Danish}, Options{Lang: msg.English}
	period := "4. januar 2027–30. december 2029"
	checkTexts(t, []chartTexts{
		{Caseload(f.Run, da), []string{"Personer på ydelse: 1.150 ved start, 1.228 den 30. december 2029"}},
		{Refusion(f.Run, da), []string{"Staten refunderer 30 % af kommunens udgifter til ydelser i 2027 (fra 4. januar) og 30 % i 2029 (til 30. december)", "(fra 4. januar)", "(til 30. december)"}},
		{Budget(c, da), []string{"Indsatsen sparer kommunen 2,1 mio. kr. netto over " + period, "2027 (fra 4. januar)", "2028", "2029 (til 30. december)"}},
		{Fan(&none, da), []string{"Indsatsen er ikke tjent hjem den 30. december 2029"}},
		{Histogram(c, da), []string{"85 % sandsynlighed for mindreudgift over " + period, "samlede nettoændring over " + period}},
		{CaseloadChange(c, da), []string{"3,3 færre i ressourceforløb og 3,3 flere i selvforsørgelse i 2029 (til 30. december) (helårspersoner)"}},
		{Tornado(f.Sensitivity, da), []string{"Forventet nettoændring over " + period}},
		{Budget(c, en), []string{"The intervention saves the kommune DKK 2.1 million net over 4 January", "(from 4 January)", "(to 30 December)"}},
		{Fan(&none, en), []string{"The intervention has not paid for itself by 30 December 2029"}},
		{Caseload(f.Run, en), []string{"1,228 on 30 December 2029"}},
	})
	// A year's label on a bar chart's axis takes two lines.
	doc := svgOf(t, Budget(c, da))
	for _, s := range doc.texts {
		if s == "2027 (fra 4. januar)" {
			t.Errorf("budget: the tick label %q is on one line", s)
		}
	}
}
