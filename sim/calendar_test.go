package sim_test

import (
	"testing"
	"time"

	"ydelsesflow/sim"
)

// TestCalendar checks the dates, ISO weeks, budget years and labels of
// weeks around the turn of a year, including a year with 53 ISO weeks
// (2026) and weeks whose Monday lies in the year before their budget year
// (2029-12-31 starts ISO week 1 of 2030).
func TestCalendar(t *testing.T) {
	cal := sim.Calendar{Start: time.Date(2026, 12, 21, 0, 0, 0, 0, time.UTC)}
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
		if got := cal.BudgetYear(c.week); got != c.year {
			t.Errorf("BudgetYear(%d) = %d, want %d", c.week, got, c.year)
		}
		if got := cal.Label(c.week); got != c.label {
			t.Errorf("Label(%d) = %q, want %q", c.week, got, c.label)
		}
	}
}
