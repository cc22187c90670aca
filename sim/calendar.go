package sim

import (
	"fmt"
	"math"
	"time"
)

// Calendar places the simulated weeks in time. The simulation's weeks are
// calendar weeks, Monday to Sunday, from the week that holds Start; days
// before Start do not count. Budget years are calendar years, 1 January to
// 31 December, so a week that straddles New Year counts its days in two
// budget years. Calendar is the one place that turns a week into dates,
// budget years and labels.
type Calendar struct {
	Start time.Time // the first day that counts (any day of the week)
}

// Monday returns the first day of week t (which may lie before Start in
// week 0).
func (c Calendar) Monday(t int) time.Time {
	back := (int(c.Start.Weekday()) + 6) % 7 // days since Monday
	return c.Start.AddDate(0, 0, 7*t-back)
}

// Sunday returns the last day of week t.
func (c Calendar) Sunday(t int) time.Time { return c.Monday(t).AddDate(0, 0, 6) }

// ISOWeek returns the ISO 8601 year and week number of week t.
func (c Calendar) ISOWeek(t int) (year, week int) { return c.Monday(t).ISOWeek() }

// Label names week t by its ISO year and week number: "2027-U05".
func (c Calendar) Label(t int) string {
	y, w := c.ISOWeek(t)
	return fmt.Sprintf("%d-U%02d", y, w)
}

// WeekOf returns the week that holds day (negative before week 0).
func (c Calendar) WeekOf(day time.Time) int {
	days := int(math.Round(day.Sub(c.Monday(0)).Hours() / 24))
	if days < 0 {
		return -1 - (-days-1)/7 // rounds down
	}
	return days / 7
}

// WeekOnOrAfter returns the first week whose first counted day is on or
// after day: week 0 if day is not after Start (week 0 counts from Start),
// else the first week that starts on or after day. A dated change or an
// intervention applies from this week.
func (c Calendar) WeekOnOrAfter(day time.Time) int {
	if !day.After(c.Start) {
		return 0
	}
	w := c.WeekOf(day)
	if c.Monday(w).Before(day) {
		w++
	}
	return w
}

// Horizon fills the weeks, budget years and days of m from Start to the
// day before end: m.Weeks, m.Years (each calendar year with a day that
// counts), m.YearDays (the days of each of those years, 365 or 366) and
// m.WeekDays (the days of each week that count, by budget year).
func (c Calendar) Horizon(m *Model, end time.Time) {
	m.Weeks, m.Years, m.YearDays, m.WeekDays = 0, nil, nil, nil
	for t := 0; c.Monday(t).Before(end); t++ {
		var parts []DayPart
		for d := range 7 {
			day := c.Monday(t).AddDate(0, 0, d)
			if day.Before(c.Start) || !day.Before(end) {
				continue
			}
			if n := len(m.Years); n == 0 || m.Years[n-1] != day.Year() {
				m.Years = append(m.Years, day.Year())
				m.YearDays = append(m.YearDays, DaysIn(day.Year()))
			}
			y := len(m.Years) - 1
			if n := len(parts); n > 0 && parts[n-1].Year == y {
				parts[n-1].Days++
			} else {
				parts = append(parts, DayPart{Year: y, Days: 1})
			}
		}
		m.WeekDays = append(m.WeekDays, parts)
		m.Weeks++
	}
}

// DaysIn returns the number of days of calendar year y: 365, or 366 in a
// leap year.
func DaysIn(y int) int {
	return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
}
