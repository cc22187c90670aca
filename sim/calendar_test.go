package sim_test

import (
	"slices"
	"testing"
	"time"

	"ydelsesflow/sim"
)

// TestCalendar checks the dates, ISO weeks and labels of weeks around the
// turn of a year, including a year with 53 ISO weeks (2026), from a start
// on a Monday and from one on a Wednesday of the same week.
func TestCalendar(t *testing.T) {
	for _, start := range []time.Time{time.Date(2026, 12, 21, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 23, 0, 0, 0, 0, time.UTC)} {
		cal := sim.Calendar{Start: start}
		for _, c := range []struct {
			week           int
			monday, sunday string
			year, isoWeek  int
			label          string
		}{
			{0, "2026-12-21", "2026-12-27", 2026, 52, "2026-U52"},
			{1, "2026-12-28", "2027-01-03", 2026, 53, "2026-U53"},
			{2, "2027-01-04", "2027-01-10", 2027, 1, "2027-U01"},
			{6, "2027-02-01", "2027-02-07", 2027, 5, "2027-U05"},
			{158, "2029-12-31", "2030-01-06", 2030, 1, "2030-U01"},
		} {
			if got := cal.Monday(c.week).Format(time.DateOnly); got != c.monday {
				t.Errorf("Monday(%d) = %s, want %s", c.week, got, c.monday)
			}
			if got := cal.Sunday(c.week).Format(time.DateOnly); got != c.sunday {
				t.Errorf("Sunday(%d) = %s, want %s", c.week, got, c.sunday)
			}
			if y, w := cal.ISOWeek(c.week); y != c.year || w != c.isoWeek {
				t.Errorf("ISOWeek(%d) = %d, %d, want %d, %d", c.week, y, w, c.year, c.isoWeek)
			}
			if got := cal.Label(c.week); got != c.label {
				t.Errorf("Label(%d) = %q, want %q", c.week, got, c.label)
			}
			if got := cal.WeekOf(cal.Sunday(c.week)); got != c.week {
				t.Errorf("WeekOf(Sunday(%d)) = %d", c.week, got)
			}
		}
	}
}

// TestHorizon checks the days each week counts in each budget year:
// budget years are calendar years, a week that straddles New Year is split
// by its days, and days before the start or after the end do not count.
func TestHorizon(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name       string
		start, end string // end: the first day not counted
		weeks      int
		years      []int
		yearDays   []int
		first      []sim.DayPart // the parts of week 0
		last       []sim.DayPart // the parts of the last week
		daysByYear []int
	}{
		// Thursday 1 January 2026 to 31 December 2026: ISO week 1 of 2026
		// starts on Monday 29 December 2025, so week 0 counts 4 days and
		// the 53rd week (28 December 2026 – 3 January 2027) 4 days.
		{"2026, a year of 53 ISO weeks", "2026-01-01", "2027-01-01", 53, []int{2026}, []int{365},
			[]sim.DayPart{{Year: 0, Days: 4}}, []sim.DayPart{{Year: 0, Days: 4}}, []int{365}},
		// 2028 is a leap year: 366 days, all counted.
		{"leap year 2028", "2028-01-01", "2029-01-01", 53, []int{2028}, []int{366},
			[]sim.DayPart{{Year: 0, Days: 2}}, []sim.DayPart{{Year: 0, Days: 7}}, []int{366}},
		// A start on Wednesday 16 June 2027: week 0 counts Wednesday to
		// Sunday, 5 days; 199 days to 31 December.
		{"mid-week, mid-year start", "2027-06-16", "2028-01-01", 29, []int{2027}, []int{365},
			[]sim.DayPart{{Year: 0, Days: 5}}, []sim.DayPart{{Year: 0, Days: 5}}, []int{199}},
		// Four weeks over New Year 2027/2028: the week of Monday 27
		// December counts 5 days in 2027 and 2 in 2028.
		{"a week split at New Year", "2027-12-13", "2028-01-10", 4, []int{2027, 2028}, []int{365, 366},
			[]sim.DayPart{{Year: 0, Days: 7}}, []sim.DayPart{{Year: 1, Days: 7}}, []int{19, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m sim.Model
			sim.Calendar{Start: day(tt.start)}.Horizon(&m, day(tt.end))
			if m.Weeks != tt.weeks || !slices.Equal(m.Years, tt.years) || !slices.Equal(m.YearDays, tt.yearDays) {
				t.Fatalf("%d weeks, years %v of %v days, want %d, %v, %v", m.Weeks, m.Years, m.YearDays, tt.weeks, tt.years, tt.yearDays)
			}
			if !slices.Equal(m.WeekDays[0], tt.first) || !slices.Equal(m.WeekDays[m.Weeks-1], tt.last) {
				t.Errorf("first week %v, last %v, want %v and %v", m.WeekDays[0], m.WeekDays[m.Weeks-1], tt.first, tt.last)
			}
			got := make([]int, len(m.Years))
			for _, parts := range m.WeekDays {
				for _, p := range parts {
					got[p.Year] += p.Days
				}
			}
			if !slices.Equal(got, tt.daysByYear) {
				t.Errorf("days counted per year %v, want %v", got, tt.daysByYear)
			}
		})
	}
	// The week of Monday 27 December 2027 splits 5 days to 2027, 2 to 2028.
	var m sim.Model
	sim.Calendar{Start: day("2027-12-13")}.Horizon(&m, day("2028-01-10"))
	if want := []sim.DayPart{{Year: 0, Days: 5}, {Year: 1, Days: 2}}; !slices.Equal(m.WeekDays[2], want) {
		t.Errorf("week of 27 December 2027: %v, want %v", m.WeekDays[2], want)
	}
}

// TestWeekOnOrAfter checks from which week a dated change applies: week
// 0 for a date on or before the start (week 0 counts from the start), else
// the first week that starts on or after the date.
func TestWeekOnOrAfter(t *testing.T) {
	cal := sim.Calendar{Start: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)} // a Friday; week 0 is 28 Dec – 3 Jan
	for _, c := range []struct {
		day  string
		want int
	}{{"2026-06-01", 0}, {"2027-01-01", 0}, {"2027-01-02", 1}, {"2027-01-04", 1}, {"2027-01-05", 2}, {"2028-01-01", 53}} {
		d, _ := time.Parse(time.DateOnly, c.day)
		if got := cal.WeekOnOrAfter(d); got != c.want {
			t.Errorf("WeekOnOrAfter(%s) = %d, want %d", c.day, got, c.want)
		}
	}
}
