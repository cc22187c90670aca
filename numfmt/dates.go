package numfmt

import (
	"fmt"
	"time"

	"ydelsesflow/msg"
)

// months are the months' names in Danish, the keys of their translations.
var months = [...]string{msg.Mark("januar"), msg.Mark("februar"), msg.Mark("marts"), msg.Mark("april"), msg.Mark("maj"), msg.Mark("juni"),
	msg.Mark("juli"), msg.Mark("august"), msg.Mark("september"), msg.Mark("oktober"), msg.Mark("november"), msg.Mark("december")}

// Date formats a day for a sentence: "4. januar 2027" in Danish, "4
// January 2027" in English.
func (f Format) Date(t time.Time) string {
	return msg.Sprintf(f.Lang, "%d. %s %d", t.Day(), msg.T(f.Lang, months[t.Month()-1]), t.Year())
}

// DayMonth formats a day without its year: "4. januar" in Danish, "4
// January" in English.
func (f Format) DayMonth(t time.Time) string {
	return msg.Sprintf(f.Lang, "%d. %s", t.Day(), msg.T(f.Lang, months[t.Month()-1]))
}

// firstDay and lastDay report whether t is 1 January and 31 December.
func firstDay(t time.Time) bool { return t.Month() == time.January && t.Day() == 1 }
func lastDay(t time.Time) bool  { return t.Month() == time.December && t.Day() == 31 }

// BudgetYear labels a budget year (a calendar year) of which the days from
// through to count, both in from's year: "2027" for the whole year, "2027
// (fra 4. januar)" when it starts after 1 January, "2030 (til 15. marts)"
// when it ends before 31 December, and "2027 (4. januar–15. marts)" for
// both; in English "2027 (from 4 January)", "2030 (to 15 March)".
func (f Format) BudgetYear(from, to time.Time) string {
	y := from.Year()
	switch whole, start, end := firstDay(from) && lastDay(to), firstDay(from), lastDay(to); {
	case whole:
		return fmt.Sprint(y)
	case end:
		return msg.Sprintf(f.Lang, "%d (fra %s)", y, f.DayMonth(from))
	case start:
		return msg.Sprintf(f.Lang, "%d (til %s)", y, f.DayMonth(to))
	}
	return fmt.Sprintf("%d (%s–%s)", y, f.DayMonth(from), f.DayMonth(to))
}

// BudgetYears labels the budget years from from's year to to's year, of
// which the days from through to count: "2027–2030" for whole years; an
// end that falls inside its year is given as a date, "4. januar
// 2027–2030", "2027–15. marts 2030". Within one year it is BudgetYear.
func (f Format) BudgetYears(from, to time.Time) string {
	if from.Year() == to.Year() {
		return f.BudgetYear(from, to)
	}
	first, last := fmt.Sprint(from.Year()), fmt.Sprint(to.Year())
	if !firstDay(from) {
		first = f.Date(from)
	}
	if !lastDay(to) {
		last = f.Date(to)
	}
	return first + "–" + last
}
