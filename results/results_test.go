package results

import (
	"bytes"
	"strings"
	"testing"

	"ydelsesflow/msg"
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
		want   string // in Danish
		en     string // in English
	}{
		{"short weekly series", func(f *File) { f.Comparisons[0].AltStock = f.Comparisons[0].AltStock[:1] },
			"beskadiget resultatfil: sammenligningen s.yaml: ugeserierne har forskellig længde",
			"damaged results file: comparison s.yaml: the weekly series differ in length"},
		{"weekly width", func(f *File) { f.Comparisons[0].BaseStock[1] = []float64{1, 2} },
			"base_stock: uge 2 har 2 tal, skal have 1", "base_stock: week 2 has 2 numbers, want 1"},
		{"periods", func(f *File) { f.Comparisons[0].Cost = nil }, "cost har 0 perioder, skal have 2", "cost has 0 periods, want 2"},
		{"break-even beyond the horizon", func(f *File) { f.Comparisons[0].BreakEvenWeek = 9 },
			"break-even-ugen 9 ligger efter tidshorisonten", "break-even week 9 lies beyond the horizon"},
		{"states", func(f *File) { f.Comparisons[0].PersonsChange = nil }, "persons_change har 0 ydelser, skal have 1", "persons_change has 0 benefits, want 1"},
		{"empty", func(f *File) { f.Comparisons = nil }, "resultatfilen indeholder ingen resultater", "the results file holds no results"},
	} {
		f := small()
		c.damage(f)
		var buf bytes.Buffer
		if err := Write(&buf, f); err != nil {
			t.Fatal(err)
		}
		_, err := Read(&buf)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.want)
			continue
		}
		if en := msg.Localize(msg.English, err); !strings.Contains(en, c.en) {
			t.Errorf("%s: in English %q, want one with %q", c.name, en, c.en)
		}
	}
	if _, err := Read(strings.NewReader(`{"version": 99}`)); err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("another version: %v", err)
	}
	if _, err := Read(strings.NewReader(`{"version": 1, "extra": 1}`)); err == nil || !strings.Contains(err.Error(), "ikke en resultatfil") {
		t.Errorf("unknown field: %v", err)
	}
}
