package report

import (
	"bytes"
	"strings"
	"testing"

	"ydelsesflow/sim"
)

// TestMethodFollowsTheLaw checks that the method section states the
// refusionstrappe and the reset rule as sim defines them: the law's
// figures, and another staircase's when the definition changes.
func TestMethodFollowsTheLaw(t *testing.T) {
	method := func() string {
		t.Helper()
		var buf bytes.Buffer
		if err := Write(&buf, sample()); err != nil {
			t.Fatal(err)
		}
		_, after, ok := strings.Cut(buf.String(), "<strong>Refusionstrappen.</strong>")
		if !ok {
			t.Fatal("the report has no paragraph on the refusionstrappe")
		}
		par, _, _ := strings.Cut(after, "</p>")
		return par
	}
	want := []string{
		"forsørgelse: 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 og 20 % derefter.",
		"selvforsørgende i 52 uger inden for 3 år.",
	}
	got := method()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("the method section does not say %q:\n%s", w, got)
		}
	}

	law := sim.Refusionstrappe
	t.Cleanup(func() { sim.Refusionstrappe = law })
	sim.Refusionstrappe = sim.Staircase{
		{FirstWeek: 1, LastWeek: 8, StateShare: 0.9},
		{FirstWeek: 9, LastWeek: 30, StateShare: 0.5},
		{FirstWeek: 31, LastWeek: 60, StateShare: 0.325},
		{FirstWeek: 61, StateShare: 0.1},
	}
	if got, w := method(), "forsørgelse: 90 % i uge 1–8, 50 % i uge 9–30, 32,5 % i uge 31–60 og 10 % derefter."; !strings.Contains(got, w) {
		t.Errorf("under another staircase the method section does not say %q:\n%s", w, got)
	}
}
