package sim

import (
	"fmt"
	"time"
)

// Calendar places the simulated weeks in time: week 0 starts on Start, a
// Monday, and week t seven days per week later. It is the one place that
// turns a week into a date, a budget year or a calendar label.
//
// A budget year is, for now, the ISO 8601 week-year of the week (the year
// of its Thursday), so a budget year holds 52 or 53 whole weeks.
type Calendar struct {
	Start time.Time // the Monday of week 0
}

// Monday returns the first day of week t.
func (c Calendar) Monday(t int) time.Time { return c.Start.AddDate(0, 0, 7*t) }

// Sunday returns the last day of week t.
func (c Calendar) Sunday(t int) time.Time { return c.Start.AddDate(0, 0, 7*t+6) }

// ISOWeek returns the ISO 8601 year and week number of week t.
func (c Calendar) ISOWeek(t int) (year, week int) { return c.Monday(t).ISOWeek() }

// BudgetYear returns the budget year that week t counts in: its ISO 8601
// week-year.
func (c Calendar) BudgetYear(t int) int {
	y, _ := c.ISOWeek(t)
	return y
}

// Label names week t by its ISO year and week number: "2027-U05".
func (c Calendar) Label(t int) string {
	y, w := c.ISOWeek(t)
	return fmt.Sprintf("%d-U%02d", y, w)
}
