package plots

import (
	"testing"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// TestStepLabelsFollowTheLaw draws the refusion picture under the law and
// under another staircase, and checks that the labels of the steps, in
// Danish and in English, follow the definition in sim rather than a copy.
func TestStepLabelsFollowTheLaw(t *testing.T) {
	f := fixture.Results()
	da, en := Options{Lang: msg.Danish}, Options{Lang: msg.English}
	// The fixture has 40, 150, 110 and 850+ persons on the four steps; in
	// the middle of the horizon (week 117), 75 % are on the last.
	checkTexts(t, []chartTexts{
		{Refusion(f.Run, da), []string{"Uge 1–4 (80 %): 3 %", "Uge 5–26 (40 %): ", "Uge 27–52 (30 %): ", "Uge 53+ (20 %): 75 %"}},
		{Refusion(f.Run, en), []string{"Weeks 1–4 (80%): 3%", "Weeks 5–26 (40%): ", "Weeks 27–52 (30%): ", "Week 53+ (20%): 75%"}},
	})

	law := sim.Refusionstrappe
	t.Cleanup(func() { sim.Refusionstrappe = law })
	sim.Refusionstrappe = sim.Staircase{
		{FirstWeek: 1, LastWeek: 8, StateShare: 0.9},
		{FirstWeek: 9, LastWeek: 30, StateShare: 0.5},
		{FirstWeek: 31, LastWeek: 60, StateShare: 0.325},
		{FirstWeek: 61, StateShare: 0.1},
	}
	checkTexts(t, []chartTexts{
		{Refusion(f.Run, da), []string{"Uge 1–8 (90 %): ", "Uge 9–30 (50 %): ", "Uge 31–60 (32,5 %): ", "Uge 61+ (10 %): 75 %"}},
		{Refusion(f.Run, en), []string{"Weeks 1–8 (90%): ", "Weeks 9–30 (50%): ", "Weeks 31–60 (32.5%): ", "Week 61+ (10%): 75%"}},
	})
}
