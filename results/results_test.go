package results

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

func small() *File {
	meta := Meta{Title: "t", Scenario: "s.yaml", Start: "2027-01-04", End: "2027-01-17", Runs: 2, Seed: 1, Years: []int{2027},
		States: []State{{Name: "a", Label: "A", Paid: true}}}
	return &File{Comparisons: []*Comparison{{
		Meta: meta, BaseStock: [][]float64{{1}, {2}}, AltStock: [][]float64{{1}, {1}},
		Cost: []float64{1, 1}, CostSaved: []float64{0, 0}, YdelserChange: []float64{-2, -2}, Change: []Band{{Mean: -1}, {Mean: -1}}, PSaving: []float64{1, 1},
		PersonsChange: [][]float64{{-0.5, -0.5}}, CumLevels: []float64{0.5}, CumChange: [][]float64{{0}, {-1}}, CumChangeMean: []float64{0, -1},
		BreakEvenWeek: 1, BreakEvenRuns: 1, BudgetChanges: []float64{-1, -1},
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
	if got, want := f.Comparisons[0].Period(msg.Danish), "2027 (4. januar–17. januar)"; got != want {
		t.Errorf("period %q, want %q", got, want)
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
		{"no weeks, no end (plot's caseload chart needs a week)", func(f *File) {
			c := f.Comparisons[0]
			c.BaseStock, c.AltStock, c.CumChange, c.CumChangeMean, c.End = nil, nil, nil, nil, ""
		}, "base_stock: ingen uger", "base_stock: no weeks"},
		{"empty", func(f *File) { f.Comparisons = nil }, "resultatfilen indeholder ingen resultater", "the results file holds no results"},
		{"start not a date", func(f *File) { f.Comparisons[0].Start = "4. januar" }, `start "4. januar" er ikke en dato (ÅÅÅÅ-MM-DD)`, `start "4. januar" is not a date (YYYY-MM-DD)`},
		{"end not a date", func(f *File) { f.Comparisons[0].End = "2027-13-01" }, `end "2027-13-01" er ikke en dato`, `end "2027-13-01" is not a date`},
		{"end before start", func(f *File) { f.Comparisons[0].End = "2027-01-03" }, "end 2027-01-03 ligger før start 2027-01-04", "end 2027-01-03 lies before start 2027-01-04"},
		{"years beyond the days", func(f *File) { f.Comparisons[0].End = "2028-01-16" },
			"years [2027] passer ikke til dagene fra 2027-01-04 til 2028-01-16", "years [2027] do not fit the days from 2027-01-04 to 2028-01-16"},
		{"weeks beyond the days", func(f *File) { f.Comparisons[0].End = "2027-01-10" },
			"ugeserierne har 2 uger, men der er 1 uger fra 2027-01-04 til 2027-01-10", "the weekly series have 2 weeks, but there are 1 weeks from 2027-01-04 to 2027-01-10"},
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

// TestCovered labels the budget years of horizons placed by sim.Calendar:
// a start on a Wednesday in March and an end in May two years later, a
// start and an end within one leap year, and whole years.
func TestCovered(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name            string
		start, end      time.Time // end: the first day not counted
		wantEnd         string
		years           []string // Danish labels, year by year
		horizon, period string
		en              string // the horizon in English
	}{
		{"mid-week, mid-year", day(2027, 3, 17), day(2029, 6, 1), "2029-05-31",
			[]string{"2027 (fra 17. marts)", "2028", "2029 (til 31. maj)"}, "17. marts 2027–31. maj 2029", "17. marts 2027–31. maj 2029", "17 March 2027–31 May 2029"},
		{"within a leap year", day(2028, 2, 10), day(2028, 3, 1), "2028-02-29",
			[]string{"2028 (10. februar–29. februar)"}, "2028 (10. februar–29. februar)", "2028 (10. februar–29. februar)", "2028 (10 February–29 February)"},
		{"whole years", day(2027, 1, 1), day(2032, 1, 1), "2031-12-31",
			[]string{"2027", "2028", "2029", "2030", "2031"}, "2027–2031", "2027–2030", "2027–2031"},
		{"from a Monday in January", day(2027, 1, 4), day(2031, 1, 1), "2030-12-31",
			[]string{"2027 (fra 4. januar)", "2028", "2029", "2030"}, "4. januar 2027–2030", "4. januar 2027–2030", "4 January 2027–2030"},
	} {
		m := &sim.Model{}
		sim.Calendar{Start: c.start}.Horizon(m, c.end)
		meta := NewMeta(m, "t", "s.yaml", c.start, 1, 1)
		if meta.End != c.wantEnd {
			t.Errorf("%s: end %s, want %s", c.name, meta.End, c.wantEnd)
		}
		var got []string
		for _, y := range meta.Years {
			got = append(got, meta.YearLabel(msg.Danish, y))
		}
		if strings.Join(got, "; ") != strings.Join(c.years, "; ") {
			t.Errorf("%s: years %q, want %q", c.name, got, c.years)
		}
		if h := meta.Horizon(msg.Danish); h != c.horizon {
			t.Errorf("%s: horizon %q, want %q", c.name, h, c.horizon)
		}
		if p := meta.Period(msg.Danish); p != c.period {
			t.Errorf("%s: budget period %q, want %q", c.name, p, c.period)
		}
		if h := meta.Horizon(msg.English); h != c.en {
			t.Errorf("%s: horizon in English %q, want %q", c.name, h, c.en)
		}
		last, yearEnd := meta.LastDay()
		if last.Format(time.DateOnly) != c.wantEnd || yearEnd != strings.HasSuffix(c.wantEnd, "12-31") {
			t.Errorf("%s: last day %s (year end %v), want %s", c.name, last.Format(time.DateOnly), yearEnd, c.wantEnd)
		}
		if err := meta.check(m.Weeks); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	// A file without end (written before it was kept) counts its years whole.
	old := Meta{Start: "2026-12-28", Years: []int{2027, 2028}}
	if got := old.YearLabel(msg.Danish, 2027) + " " + old.Horizon(msg.Danish); got != "2027 2027–2028" {
		t.Errorf("without end: %q", got)
	}
}

// TestRunPaidByOthers checks that a run's memo of what Udbetaling Danmark
// and the a-kasser paid out is read back when present, that a file
// without it (written before it was kept) still reads, and that a memo of
// the wrong length is refused.
func TestRunPaidByOthers(t *testing.T) {
	run := func() *File {
		meta := Meta{Title: "t", Scenario: "s.yaml", Start: "2027-01-04", End: "2027-01-17", Runs: 2, Seed: 1, Years: []int{2027},
			States: []State{{Name: "a", Label: "A", Paid: true}}}
		return &File{Run: &Run{Meta: meta, Stock: [][]float64{{1}, {1}}, Steps: [][]float64{{1, 0, 0, 0}, {1, 0, 0, 0}},
			Gross: []Band{{Mean: 60}}, StatePart: []Band{{}}, Net: []Band{{Mean: 60}}, PaidByOthers: []Band{{Mean: 100}},
			NetByState: [][]float64{{60}}, Persons: []Band{{Mean: 1}}}}
	}
	for _, c := range []struct {
		name   string
		change func(r *Run)
		want   []Band // read back; nil: refused
	}{
		{"with the memo", func(*Run) {}, []Band{{Mean: 100}}},
		{"without it", func(r *Run) { r.PaidByOthers = nil }, []Band{}},
		{"a year too many", func(r *Run) { r.PaidByOthers = append(r.PaidByOthers, Band{}) }, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := run()
			c.change(f.Run)
			var buf bytes.Buffer
			if err := Write(&buf, f); err != nil {
				t.Fatal(err)
			}
			got, err := Read(&buf)
			switch {
			case c.want == nil && err == nil:
				t.Errorf("a memo of %d years for 1 year was read", len(f.Run.PaidByOthers))
			case c.want != nil && err != nil:
				t.Fatal(err)
			case c.want != nil && len(got.Run.PaidByOthers) != len(c.want):
				t.Errorf("read back %v, want %v", got.Run.PaidByOthers, c.want)
			case len(c.want) == 1 && got.Run.PaidByOthers[0].Mean != 100:
				t.Errorf("read back %v, want %v", got.Run.PaidByOthers, c.want)
			}
		})
	}
}
