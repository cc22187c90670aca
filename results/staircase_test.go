package results

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// TestStaircases checks the staircases a run's meta data keeps: none under
// the law; under a change, one per staircase with its first day (epochs
// with the same staircase and reset rule as one), the one in force in a
// week, the most steps, and the labels that name each period's steps.
func TestStaircases(t *testing.T) {
	start := time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
	m := &sim.Model{}
	sim.Calendar{Start: start}.Horizon(m, time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC))
	law := sim.Epoch{Staircase: sim.Refusionstrappe, Reset: sim.LawReset}
	m.Epochs = []sim.Epoch{law, law}
	m.Epochs[1].FromWeek = 4
	if meta := NewMeta(m, "t", "s.yaml", start, 1, 1); meta.Staircases != nil {
		t.Errorf("under the law: staircases %+v, want none", meta.Staircases)
	}
	two := sim.Staircase{{FirstWeek: 1, LastWeek: 13, StateShare: 0.5}, {FirstWeek: 14, StateShare: 0.25}}
	m.Epochs = append(m.Epochs, sim.Epoch{FromWeek: 52, Staircase: two, Reset: sim.ResetRule{Weeks: 26, WindowWeeks: 104}})
	meta := NewMeta(m, "t", "s.yaml", start, 1, 1)
	want := []Staircase{
		{From: "2027-01-04", Steps: []Step{{1, 4, 0.8}, {5, 26, 0.4}, {27, 52, 0.3}, {53, 0, 0.2}}, ResetWeeks: 52, ResetWindowWeeks: 156},
		{From: "2028-01-03", Steps: []Step{{1, 13, 0.5}, {14, 0, 0.25}}, ResetWeeks: 26, ResetWindowWeeks: 104},
	}
	if got := meta.Staircases; len(got) != 2 || !sameStaircase(got[0], want[0]) || !sameStaircase(got[1], want[1]) {
		t.Fatalf("staircases %+v, want %+v", got, want)
	}
	if meta.StepCount() != 4 || len(meta.StaircaseAt(51).Steps) != 4 || len(meta.StaircaseAt(52).Steps) != 2 {
		t.Errorf("StepCount %d, steps in weeks 51 and 52: %d and %d; want 4, 4 and 2", meta.StepCount(), len(meta.StaircaseAt(51).Steps), len(meta.StaircaseAt(52).Steps))
	}
	for _, c := range []struct {
		lang msg.Lang
		want string
	}{
		{msg.Danish, "Uge 1–4 (80 %), Uge 5–26 (40 %), Uge 27–52 (30 %), Uge 53+ (20 %) til 2. januar 2028; Uge 1–13 (50 %), Uge 14+ (25 %) fra 3. januar 2028"},
		{msg.English, "Weeks 1–4 (80%), Weeks 5–26 (40%), Weeks 27–52 (30%), Week 53+ (20%) to 2 January 2028; Weeks 1–13 (50%), Week 14+ (25%) from 3 January 2028"},
	} {
		if got := strings.Join(meta.StaircaseLabels(c.lang), "; "); got != c.want {
			t.Errorf("labels in %v:\n%s\nwant\n%s", c.lang, got, c.want)
		}
	}
	if l := (Meta{Start: "2027-01-04"}).StaircaseLabels(msg.Danish); l != nil {
		t.Errorf("labels under the law throughout: %q, want none", l)
	}
}

func sameStaircase(a, b Staircase) bool {
	if a.From != b.From || a.ResetWeeks != b.ResetWeeks || a.ResetWindowWeeks != b.ResetWindowWeeks || len(a.Steps) != len(b.Steps) {
		return false
	}
	for k := range a.Steps {
		if a.Steps[k] != b.Steps[k] {
			return false
		}
	}
	return true
}

// TestReadRejectsStaircases checks that a damaged file's staircases, or a
// run's steps that do not fit them, give an error.
func TestReadRejectsStaircases(t *testing.T) {
	run := func() *File {
		meta := Meta{Title: "t", Scenario: "s.yaml", Start: "2027-01-04", End: "2027-01-17", Runs: 1, Seed: 1, Years: []int{2027},
			States: []State{{Name: "a", Label: "A", Paid: true}},
			Staircases: []Staircase{
				{From: "2027-01-04", Steps: []Step{{1, 4, 0.8}, {5, 0, 0.2}}, ResetWeeks: 52, ResetWindowWeeks: 156},
				{From: "2027-01-11", Steps: []Step{{1, 2, 0.9}, {3, 8, 0.5}, {9, 0, 0.1}}, ResetWeeks: 52, ResetWindowWeeks: 156},
			}}
		b := []Band{{Mean: 1}}
		return &File{Run: &Run{Meta: meta, Stock: [][]float64{{1}, {1}}, Steps: [][]float64{{1, 0, 0}, {0, 1, 0}},
			Gross: b, StatePart: b, Net: b, NetByState: [][]float64{{1}}, Persons: b}}
	}
	for _, c := range []struct {
		name   string
		damage func(f *File)
		want   string
	}{
		{"valid", func(*File) {}, ""},
		{"a gap", func(f *File) { f.Run.Staircases[1].Steps[1].FirstWeek = 4 }, "staircases fra 2027-01-11: trin 2 begynder i uge 4, ikke i uge 3"},
		{"out of order", func(f *File) { f.Run.Staircases[1].From = "2027-01-04" }, "staircases: 2027-01-04 kommer ikke efter 2027-01-04"},
		{"a reset rule beyond 5 years", func(f *File) { f.Run.Staircases[0].ResetWindowWeeks = 300 }, "nulstillingsreglen: 52 uger inden for 300 uger"},
		{"steps of the wrong width", func(f *File) { f.Run.Steps[1] = []float64{0, 1} }, "run.steps: uge 2 har 2 tal, skal have 3"},
	} {
		f := run()
		c.damage(f)
		var buf bytes.Buffer
		if err := Write(&buf, f); err != nil {
			t.Fatal(err)
		}
		_, err := Read(&buf)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.want)
		}
	}
}
