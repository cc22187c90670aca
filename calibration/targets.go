// Package calibration fits a scenario to a kommune's observed figures: the
// helårspersoner, new cases, exits, durations and stocks per ydelse that
// jobindsats.dk and the kommune's own accounts give. It reads the targets
// file, measures the same figures in the model, and moves the numbers the
// scenario names under calibration.fit until the model meets the targets
// as well as it can.
package calibration

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// Kind is what a target measures.
type Kind int

const (
	// PersonYears (helaarspersoner) are the helårspersoner of a budget year.
	PersonYears Kind = iota
	// Entries (tilgang) are the spells started in a budget year.
	Entries
	// Exits (afgang) are the spells ended in a budget year.
	Exits
	// MeanWeeks (varighed_uger) is the mean duration in weeks of the spells
	// that ended in a budget year.
	MeanWeeks
	// Persons (personer) are the persons at a date, or at the end of a year.
	Persons
	// ExitShare (afgang_andel:STATE) is the share of a year's exits that
	// went to STATE.
	ExitShare
	// Share (andel:STATES) is the persons in the ydelse as a share of the
	// persons in STATES, at a date or at the end of a year.
	Share
)

// kindNames are the names of the kinds in a targets file, in Kind order.
var kindNames = []string{"helaarspersoner", "tilgang", "afgang", "varighed_uger", "personer", "afgang_andel", "andel"}

// String returns the kind's name in a targets file.
func (k Kind) String() string { return kindNames[k] }

// DefaultTolerance is the relative tolerance of a target that gives none.
const DefaultTolerance = 0.02

// Target is one observed figure the model should meet.
type Target struct {
	Line    int    // the line of the targets file
	Ydelse  string // the ydelse as the file names it, e.g. sygedagpenge+sygedagpenge_forlaenget
	Periode string // the period as the file gives it
	Maal    string // the measure as the file names it
	Kind    Kind
	States  []int // the states of the ydelse
	Of      []int // ExitShare: the destinations; Share: the states it is a share of
	Year    int   // the budget year index of a yearly measure
	// Week is the week of a count at a point in time (Persons, Share).
	Week      int
	Value     float64
	Tolerance float64 // relative
	Source    string
}

// Label returns the target as the deviation table names it:
// "sygedagpenge 2018 helaarspersoner".
func (t *Target) Label() string { return t.Ydelse + " " + t.Periode + " " + t.Maal }

// header lists the columns of a targets file; tolerance is optional.
var header = []string{"ydelse", "periode", "maal", "vaerdi", "kilde"}

// Read reads a targets file named name (for messages) for the model m that
// starts on start. Every problem is reported with the file's line and the
// column's name; a file with any problem gives no targets.
//
// The file is CSV with the header ydelse,periode,maal,vaerdi,kilde and
// optionally tolerance. A file whose header is separated by semicolons is
// read as a Danish spreadsheet writes it: ; between columns and a decimal
// comma (1.234,5).
func Read(name string, data []byte, m *sim.Model, start time.Time) ([]Target, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // a spreadsheet's byte order mark
	danish := false
	if first, _, _ := bytes.Cut(data, []byte("\n")); bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		danish = true
	}
	r := csv.NewReader(bytes.NewReader(data))
	if danish {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var errs []error
	fail := func(line int, col, format string, args ...any) {
		errs = append(errs, &Error{File: name, Line: line, Column: col, Msg: msg.Sprintf(msg.Default, format, args...)})
	}
	head, err := r.Read()
	if err != nil {
		if err == io.EOF {
			fail(1, "", "målfilen er tom; første linje skal være %s", strings.Join(header, ","))
		} else {
			fail(1, "", "kan ikke læses som CSV: %v", csvReason(err))
		}
		return nil, errors.Join(errs...)
	}
	cols := map[string]int{}
	for i, h := range head {
		cols[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, h := range header {
		if _, ok := cols[h]; !ok {
			fail(1, h, "kolonnen %s mangler; første linje skal være %s (og evt. tolerance)", h, strings.Join(header, ","))
		}
	}
	for h := range cols {
		if !slices.Contains(header, h) && h != "tolerance" {
			fail(1, h, "ukendt kolonne %q; kolonnerne er %s og evt. tolerance", h, strings.Join(header, ", "))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	cal := sim.Calendar{Start: start}
	days := 0 // the days the horizon counts, from start
	for _, parts := range m.WeekDays {
		for _, p := range parts {
			days += p.Days
		}
	}
	last := start.AddDate(0, 0, days-1)
	var out []Target
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// FieldPos panics after an error that gave no fields: the
			// line is the one the broken record starts on.
			line := 1
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
				line = max(pe.StartLine, 1)
			}
			fail(line, "", "kan ikke læses som CSV: %v", csvReason(err))
			break
		}
		line, _ := r.FieldPos(0)
		field := func(c string) string {
			if i, ok := cols[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.Join(rec, "") == "" {
			continue // a blank line
		}
		t := Target{Line: line, Ydelse: field("ydelse"), Periode: field("periode"), Maal: field("maal"), Source: field("kilde"), Tolerance: DefaultTolerance}
		before := len(errs)
		var ok bool
		if t.States, ok = states(m, t.Ydelse); !ok {
			fail(line, "ydelse", "ukendt tilstand i %q; tilstandene er %s (flere forbindes med +)", t.Ydelse, stateNames(m))
		}
		kind, arg, _ := strings.Cut(t.Maal, ":")
		if k := slices.Index(kindNames, kind); k < 0 {
			fail(line, "maal", "ukendt mål %q; målene er %s, afgang_andel:TILSTAND og andel:TILSTANDE", t.Maal, strings.Join(kindNames[:5], ", "))
		} else {
			t.Kind = Kind(k)
			switch {
			case (t.Kind == ExitShare || t.Kind == Share) && arg == "":
				fail(line, "maal", "%s kræver tilstande efter kolon, fx %s:selvforsoergelse", kind, kind)
			case t.Kind == ExitShare || t.Kind == Share:
				if t.Of, ok = states(m, arg); !ok {
					fail(line, "maal", "ukendt tilstand i %q; tilstandene er %s", arg, stateNames(m))
				}
			case arg != "":
				fail(line, "maal", "%s tager ingen tilstand efter kolon", kind)
			case t.Kind == MeanWeeks && len(t.States) > 1:
				fail(line, "maal", "varighed_uger kan kun måles for én tilstand, ikke %s: modellen følger kun varigheden i den enkelte tilstand", t.Ydelse)
			}
		}
		t.Year, t.Week = -1, -1
		if day, err := time.Parse(time.DateOnly, t.Periode); err == nil {
			switch {
			case t.Kind != Persons && t.Kind != Share:
				fail(line, "periode", "%s måles for et budgetår, fx %d, ikke en dato", t.Maal, m.Years[0])
			case day.Before(start) || day.After(last):
				fail(line, "periode", "datoen %s ligger uden for scenariets periode (%s til %s)", t.Periode, start.Format(time.DateOnly), last.Format(time.DateOnly))
			default:
				t.Week = cal.WeekOf(day)
			}
		} else if y, err := strconv.Atoi(t.Periode); err == nil {
			if t.Year = slices.Index(m.Years, y); t.Year < 0 {
				fail(line, "periode", "budgetåret %d ligger uden for scenariets budgetår %d–%d", y, m.Years[0], m.Years[len(m.Years)-1])
			} else if t.Kind == Persons || t.Kind == Share {
				// at the end of the year: its last week in the horizon
				t.Week = lastWeekOf(m, t.Year)
			}
		} else {
			fail(line, "periode", "%q er hverken et budgetår (fx 2018) eller en dato (fx 2018-09-30)", t.Periode)
		}
		if t.Value, ok = number(field("vaerdi"), danish); !ok {
			fail(line, "vaerdi", "%q er ikke et tal", field("vaerdi"))
		} else if !(t.Value > 0) {
			fail(line, "vaerdi", "værdien skal være over 0: afvigelsen måles i forhold til den")
		} else if (t.Kind == ExitShare || t.Kind == Share) && t.Value > 1 {
			fail(line, "vaerdi", "en andel skrives som et tal mellem 0 og 1, fx 0.21, ikke %v", t.Value)
		}
		if s := field("tolerance"); s != "" {
			if t.Tolerance, ok = number(s, danish); !ok || !(t.Tolerance > 0) || t.Tolerance >= 1 {
				fail(line, "tolerance", "tolerancen er relativ: et tal over 0 og under 1, fx 0.05, ikke %q", s)
			}
		}
		if len(errs) == before {
			out = append(out, t)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(out) == 0 {
		fail(1, "", "målfilen har ingen mål; skriv ét mål pr. linje under overskriften")
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// Error is a problem with a targets file, at a line and column.
type Error struct {
	File   string
	Line   int
	Column string // the column's name, or "" for the line
	Msg    string
}

func (e *Error) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Column, e.Msg)
}

// csvReason returns the reason of a CSV error without its position, which
// the message gives itself.
func csvReason(err error) string {
	switch {
	case errors.Is(err, csv.ErrQuote):
		return msg.T(msg.Default, "et anførselstegn (\") i et felt står forkert eller mangler sin afslutning")
	case errors.Is(err, csv.ErrBareQuote):
		return msg.T(msg.Default, "et anførselstegn (\") står i et felt uden anførselstegn om")
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// states returns the indexes of the states of a ydelse written as state
// keys joined by +, or false if one is unknown.
func states(m *sim.Model, ydelse string) ([]int, bool) {
	var out []int
	for name := range strings.SplitSeq(ydelse, "+") {
		i := slices.IndexFunc(m.States, func(s sim.State) bool { return s.Name == strings.TrimSpace(name) })
		if i < 0 {
			return nil, false
		}
		out = append(out, i)
	}
	return out, true
}

// stateNames lists the model's state keys.
func stateNames(m *sim.Model) string {
	names := make([]string, len(m.States))
	for i, s := range m.States {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// number parses a number, with a decimal comma and thousands points in a
// Danish file.
func number(s string, danish bool) (float64, bool) {
	if danish {
		s = strings.ReplaceAll(s, ".", "")
		s = strings.ReplaceAll(s, ",", ".")
	}
	x, err := strconv.ParseFloat(s, 64)
	return x, err == nil && !math.IsInf(x, 0) && !math.IsNaN(x)
}

// lastWeekOf returns the last week of the horizon with a day in budget
// year index y.
func lastWeekOf(m *sim.Model, y int) int {
	last := -1
	for t, parts := range m.WeekDays {
		for _, p := range parts {
			if p.Year == y {
				last = t
			}
		}
	}
	return last
}
