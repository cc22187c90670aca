package tables

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// Trace writes the week-by-week paths of persons of run 1 of m, as
// sim.Paths returns them (order and weeks), under title: for each person
// its origin, then per week the calendar week, state, weeks in the state,
// staircase clock, refusion %, the kommune's gross and net kr. (for a
// benefit Udbetaling Danmark or an a-kasse pays out, its co-financing, with
// no refusion) and the intervention taken part in. Consecutive weeks that differ only in the week number (unpaid
// weeks, where the clock stands still) share one line.
func Trace(w io.Writer, title string, m *sim.Model, start time.Time, seed uint64, order []sim.Origin, weeks map[sim.Origin][]sim.PersonWeek) error {
	var b bytes.Buffer
	fmt.Fprintln(&b, msg.Sprintf(lang, "%s — kørsel 1, seed %d", title, seed))
	if len(order) == 0 {
		fmt.Fprintf(&b, "\n%s\n", msg.T(lang, "Ingen personer at følge i kørsel 1."))
	}
	calendar := sim.Calendar{Start: start}.Label
	for _, o := range order {
		person := msg.Sprintf(lang, "Person i bestanden ved start (%s, %s nr. %d)", m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		if o.Inflow {
			person = msg.Sprintf(lang, "Person tilgang i uge %d (%s, %s nr. %d)", o.Week+1, m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		}
		fmt.Fprintf(&b, "\n%s\n", person)
		fmt.Fprintf(&b, "  %9s  %-17s  %-26s %9s %5s %5s %10s %10s  %s\n", msg.T(lang, "uge"), msg.T(lang, "kalender"), msg.T(lang, "tilstand"),
			msg.T(lang, "uger"), msg.T(lang, "ur"), msg.T(lang, "refu."), msg.T(lang, "brutto kr."), msg.T(lang, "netto kr."), msg.T(lang, "indsats"))
		pws := weeks[o]
		for i := 0; i < len(pws); {
			pw := pws[i]
			j := i + 1
			for j < len(pws) && sameWeek(pws[j], pw) {
				j++
			}
			last := pws[j-1]
			uge, kal, uger := fmt.Sprint(pw.Week+1), calendar(pw.Week), fmt.Sprint(pw.WeeksInState)
			if j > i+1 {
				uge = fmt.Sprintf("%d–%d", pw.Week+1, last.Week+1)
				kal += "–" + calendar(last.Week)
				uger = fmt.Sprintf("%d–%d", pw.WeeksInState, last.WeeksInState)
			}
			iv := ""
			if pw.Intervention >= 0 {
				iv = m.Interventions[pw.Intervention].Name
				if pw.Waiting {
					iv = msg.Sprintf(lang, "%s (venter)", iv)
				}
			}
			fmt.Fprintf(&b, "  %9s  %-17s  %-26s %9s %5d %5s %10s %10s  %s\n", uge, kal, m.States[pw.State].Label,
				uger, pw.Clock, Percent(pw.StateShare), Decimal(pw.Gross), Decimal(pw.Net), iv)
			i = j
		}
	}
	fmt.Fprintln(&b)
	_, err := w.Write(b.Bytes())
	return err
}

// sameWeek reports whether b continues a's line in a trace: the same state
// and figures, the clock standing still, and one more week in the state.
func sameWeek(b, a sim.PersonWeek) bool {
	return b.State == a.State && b.Clock == a.Clock && b.StateShare == a.StateShare && b.Gross == a.Gross &&
		b.Net == a.Net && b.Intervention == a.Intervention && b.Waiting == a.Waiting && b.Gross == 0
}
