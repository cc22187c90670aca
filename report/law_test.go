package report

import (
	"bytes"
	"strings"
	"testing"

	"ydelsesflow/results"
)

// TestMethodFollowsTheStaircase checks that the method section states the
// refusionstrappe and the reset rule in force, as the results keep them:
// the law's, another staircase, and staircases that change within the
// horizon, each with its dates.
func TestMethodFollowsTheStaircase(t *testing.T) {
	method := func(staircases []results.Staircase) string {
		t.Helper()
		r := sample()
		for _, c := range r.Results.Comparisons {
			c.Staircases = staircases
		}
		var buf bytes.Buffer
		if err := Write(&buf, r); err != nil {
			t.Fatal(err)
		}
		_, after, ok := strings.Cut(buf.String(), "<strong>Refusionstrappen.</strong>")
		if !ok {
			t.Fatal("the report has no paragraph on the refusionstrappe")
		}
		par, _, _ := strings.Cut(after, "</p>")
		return par
	}
	law := (results.Meta{Start: "2027-01-04"}).StaircasePeriods()[0]
	other := results.Staircase{From: "2027-01-04", ResetWeeks: 26, ResetWindowWeeks: 100, Steps: []results.Step{
		{FirstWeek: 1, LastWeek: 8, StateShare: 0.9}, {FirstWeek: 9, LastWeek: 30, StateShare: 0.5},
		{FirstWeek: 31, LastWeek: 60, StateShare: 0.325}, {FirstWeek: 61, StateShare: 0.1}}}
	later := func(s results.Staircase, from string) results.Staircase { s.From = from; return s }
	one := results.Staircase{From: "2029-01-01", ResetWeeks: 52, ResetWindowWeeks: 156, Steps: []results.Step{{FirstWeek: 1, StateShare: 0.25}}}
	for _, c := range []struct {
		name       string
		staircases []results.Staircase
		want, not  []string
	}{
		{"the law", nil, []string{
			"forsørgelse: 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 og 20 % derefter.",
			"selvforsørgende i 52 uger inden for 3 år.",
		}, []string{"gælder", "tæller borgerens uger videre"}},
		{"another staircase", []results.Staircase{other}, []string{
			"forsørgelse: 90 % i uge 1–8, 50 % i uge 9–30, 32,5 % i uge 31–60 og 10 % derefter.",
			"selvforsørgende i 26 uger inden for 100 uger.",
		}, nil},
		{"a change of steps and of the reset rule", []results.Staircase{law, later(other, "2028-01-03")}, []string{
			"forsørgelse: til og med 2. januar 2028 gælder 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 og 20 % derefter; fra 3. januar 2028 gælder 90 % i uge 1–8, 50 % i uge 9–30, 32,5 % i uge 31–60 og 10 % derefter.",
			"selvforsørgende i 52 uger inden for 3 år (til og med 2. januar 2028) og 26 uger inden for 100 uger (fra 3. januar 2028).",
			"Når trappen skifter, tæller borgerens uger videre",
		}, nil},
		{"a change of steps only, then back", []results.Staircase{law, one, later(law, "2029-06-04")}, []string{
			"til og med 31. december 2028 gælder 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 og 20 % derefter; fra 1. januar 2029 til og med 3. juni 2029 gælder 25 % i alle uger; fra 4. juni 2029 gælder 80 %",
			"selvforsørgende i 52 uger inden for 3 år.",
		}, []string{"; til og med 3. juni 2029"}},
	} {
		got := method(c.staircases)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: the method section does not say %q:\n%s", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: the method section says %q:\n%s", c.name, w, got)
			}
		}
	}
}
