package plots

import (
	"strings"
	"testing"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/msg"
	"ydelsesflow/results"
)

// TestStepLabelsFollowTheStaircase draws the refusion picture under the
// law, under another staircase throughout, and under a staircase that
// changes within the horizon, and checks that the labels of the steps, in
// Danish and in English, are those of the staircase in force (in the
// results, not a copy of the law), and that the subtitle names each
// period's steps with its dates when the staircase changes.
func TestStepLabelsFollowTheStaircase(t *testing.T) {
	da, en := Options{Lang: msg.Danish}, Options{Lang: msg.English}
	f := fixture.Results()
	// The fixture has 40, 150, 110 and 850+ persons on the four steps; in
	// the middle of the horizon (week 117), 75 % are on the last.
	checkTexts(t, []chartTexts{
		{Refusion(f.Run, da), []string{"Uge 1–4 (80 %): 3 %", "Uge 5–26 (40 %): ", "Uge 27–52 (30 %): ", "Uge 53+ (20 %): 75 %"}},
		{Refusion(f.Run, en), []string{"Weeks 1–4 (80%): 3%", "Weeks 5–26 (40%): ", "Weeks 27–52 (30%): ", "Week 53+ (20%): 75%"}},
	})
	if s := Refusion(f.Run, da).Subtitle; strings.Contains(s, "Trinene") {
		t.Errorf("under one staircase the subtitle names its periods: %q", s)
	}

	other := results.Staircase{From: "2027-01-04", ResetWeeks: 52, ResetWindowWeeks: 156, Steps: []results.Step{
		{FirstWeek: 1, LastWeek: 8, StateShare: 0.9}, {FirstWeek: 9, LastWeek: 30, StateShare: 0.5},
		{FirstWeek: 31, LastWeek: 60, StateShare: 0.325}, {FirstWeek: 61, StateShare: 0.1}}}
	f.Run.Staircases = []results.Staircase{other}
	checkTexts(t, []chartTexts{
		{Refusion(f.Run, da), []string{"Uge 1–8 (90 %): ", "Uge 9–30 (50 %): ", "Uge 31–60 (32,5 %): ", "Uge 61+ (10 %): 75 %"}},
		{Refusion(f.Run, en), []string{"Weeks 1–8 (90%): ", "Weeks 9–30 (50%): ", "Weeks 31–60 (32.5%): ", "Week 61+ (10%): 75%"}},
	})

	// The law's staircase in 2027, three steps from 2028: the bands are
	// labelled with the steps in force in week 117 (2029), the subtitle
	// names both.
	three := results.Staircase{From: "2028-01-03", ResetWeeks: 52, ResetWindowWeeks: 156, Steps: []results.Step{
		{FirstWeek: 1, LastWeek: 2, StateShare: 0.9}, {FirstWeek: 3, LastWeek: 6, StateShare: 0.5}, {FirstWeek: 7, StateShare: 0.1}}}
	law := (results.Meta{Start: "2027-01-04"}).StaircasePeriods()[0]
	f.Run.Staircases = []results.Staircase{law, three}
	for w := 52; w < len(f.Run.Steps); w++ { // three steps from week 52
		s := f.Run.Steps[w]
		f.Run.Steps[w] = []float64{s[0], s[1], s[2] + s[3], 0}
	}
	c := Refusion(f.Run, da)
	checkTexts(t, []chartTexts{{c, []string{"Uge 1–2 (90 %): 3 %", "Uge 3–6 (50 %): ", "Uge 7+ (10 %): 84 %"}}})
	if got := svgOf(t, c); got.has("Uge 53+ (20 %): ") {
		t.Error("the bands are labelled with the law's last step, which is not in force in week 117")
	}
	want := "Trinene: Uge 1–4 (80 %), Uge 5–26 (40 %), Uge 27–52 (30 %), Uge 53+ (20 %) til 2. januar 2028; Uge 1–2 (90 %), Uge 3–6 (50 %), Uge 7+ (10 %) fra 3. januar 2028."
	if !strings.HasSuffix(c.Subtitle, want) {
		t.Errorf("subtitle %q, want it to end with %q", c.Subtitle, want)
	}
	if s := Refusion(f.Run, en).Subtitle; !strings.HasSuffix(s, "The steps: Weeks 1–4 (80%), Weeks 5–26 (40%), Weeks 27–52 (30%), Week 53+ (20%) to 2 January 2028; Weeks 1–2 (90%), Weeks 3–6 (50%), Week 7+ (10%) from 3 January 2028.") {
		t.Errorf("English subtitle %q", s)
	}
}

// TestStepColors checks the colours of the steps: the palette for the
// law's four, and distinct colours from light to dark for any number up to
// sim.MaxSteps, with white labels on the darker half.
func TestStepColors(t *testing.T) {
	for k, want := range stepPalette {
		if got, _ := stepColor(k, 4); got != want {
			t.Errorf("step %d of 4: %v, want %v", k, got, want)
		}
	}
	for n := 1; n <= 8; n++ {
		seen := map[any]bool{}
		for k := range n {
			c, _ := stepColor(k, n)
			if seen[c] {
				t.Errorf("%d steps: step %d has the colour of another", n, k)
			}
			seen[c] = true
		}
		if _, white := stepColor(n-1, n); !white {
			t.Errorf("%d steps: the last, darkest step has a dark label", n)
		}
		if _, white := stepColor(0, n); white && n > 1 {
			t.Errorf("%d steps: the first, lightest step has a white label", n)
		}
	}
}
