package results

import (
	"bytes"
	"strings"
	"testing"
)

func small() *File {
	meta := Meta{Title: "t", Scenario: "s.yaml", Start: "2027-01-04", Runs: 2, Seed: 1, Years: []int{2027},
		States: []State{{Name: "a", Label: "A", Paid: true}}}
	return &File{Comparisons: []*Comparison{{
		Meta: meta, BaseStock: [][]float64{{1}, {2}}, AltStock: [][]float64{{1}, {1}},
		Cost: []float64{1, 1}, YdelserSaving: []float64{2, 2}, Saving: []Band{{Mean: 1}, {Mean: 1}}, PSaving: []float64{1, 1},
		PersonsChange: [][]float64{{-0.5, -0.5}}, CumLevels: []float64{0.5}, CumQuantiles: [][]float64{{0}, {1}}, CumMean: []float64{0, 1},
		BreakEvenWeek: 1, BreakEvenRuns: 1, BudgetSavings: []float64{1, 1},
	}}}
}

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, small()); err != nil {
		t.Fatal(err)
	}
	f, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if f.Version != Version || f.Comparisons[0].BreakEvenWeek != 1 || f.Comparisons[0].States[0].Label != "A" {
		t.Errorf("read back %+v", f.Comparisons[0])
	}
	if got := f.Comparisons[0].Period(); got != "2027" {
		t.Errorf("period %q, want 2027", got)
	}
}

func TestReadRejects(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(f *File)
		want   string
	}{
		{"short weekly series", func(f *File) { f.Comparisons[0].AltStock = f.Comparisons[0].AltStock[:1] }, "different lengths"},
		{"periods", func(f *File) { f.Comparisons[0].Cost = nil }, "periods"},
		{"break-even beyond the horizon", func(f *File) { f.Comparisons[0].BreakEvenWeek = 9 }, "beyond the horizon"},
		{"states", func(f *File) { f.Comparisons[0].PersonsChange = nil }, "persons for 0 states"},
		{"empty", func(f *File) { f.Comparisons = nil }, "no results"},
	} {
		f := small()
		c.damage(f)
		var buf bytes.Buffer
		if err := Write(&buf, f); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(&buf); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.want)
		}
	}
	if _, err := Read(strings.NewReader(`{"version": 99}`)); err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("another version: %v", err)
	}
	if _, err := Read(strings.NewReader(`{"version": 1, "extra": 1}`)); err == nil || !strings.Contains(err.Error(), "not a results file") {
		t.Errorf("unknown field: %v", err)
	}
}
