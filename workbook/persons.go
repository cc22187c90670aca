package workbook

import (
	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/sim"
)

// flowMeasure is a figure of the persons' sheet.
type flowMeasure int

const (
	personYears flowMeasure = iota // helårspersoner
	entries                        // tilgang
	exits                          // afgang
)

// counts returns the means over the runs of res of each measure per state
// and budget year, [measure][state][year]; tilgang and afgang only if res
// counted its flows (nil otherwise).
func counts(res *sim.Result) [3][][]float64 {
	m := res.Model
	ny, ns := len(m.Years), len(m.States)
	var out [3][][]float64
	out[personYears] = make([][]float64, ns)
	for s := range ns {
		out[personYears][s] = make([]float64, ny)
		for y := range ny {
			for r := range res.Runs {
				out[personYears][s][y] += res.PerRun[r][y][s].PersonYears
			}
			out[personYears][s][y] /= float64(res.Runs)
		}
	}
	if len(res.Flows) == 0 {
		return out
	}
	fl := sim.MeanFlows(res.Flows)
	for _, k := range []flowMeasure{entries, exits} {
		out[k] = make([][]float64, ns)
		for s := range ns {
			out[k][s] = make([]float64, ny)
			for y := range ny {
				f := fl.Year[y][s]
				out[k][s][y] = f.Entries
				if k == exits {
					out[k][s][y] = f.Exits
				}
			}
		}
	}
	return out
}

// flowHeading is the heading of each measure's blocks.
var flowHeading = [3]string{
	msg.Mark("Helårspersoner"),
	msg.Mark("Tilgang (forløb, der begyndte i året)"),
	msg.Mark("Afgang (forløb, der sluttede i året)"),
}

// block adds a block to f: its heading, a line per paid ydelse (states
// that cost the kommune nothing are left out) and their total.
func block(f *Form, meta results.Meta, heading string, v [][]float64) {
	f.heading(heading)
	total := make([]float64, len(meta.Years))
	for s, st := range meta.States {
		if !st.Paid {
			continue
		}
		f.add(st.Label, Line, Persons, v[s])
		for y, x := range v[s] {
			total[y] += x
		}
	}
	f.add(msg.T(lang, "I alt"), Subtotal, Persons, total)
}

// personsNote explains the persons' sheet.
func personsNote(runs int) string {
	return msg.Sprintf(lang, "Gennemsnit over %d kørsler. Helårspersoner: personer × dage i ydelsen / årets dage. Tilgang og afgang tæller forløb (en række sammenhængende uger i ydelsen), som jobindsats.dk gør.", runs)
}

// runPersons is a run's helårspersoner, tilgang and afgang per ydelse and
// budget year.
func runPersons(meta results.Meta, res *sim.Result) Form {
	f := Form{Title: msg.T(lang, "Helårspersoner, tilgang og afgang pr. ydelse"), Note: personsNote(res.Runs), Columns: budgetColumns(meta, meta.Years, false)}
	c := counts(res)
	for k, v := range c {
		if v != nil {
			block(&f, meta, msg.T(lang, flowHeading[k]), v)
		}
	}
	return f
}

// comparePersons is a comparison's helårspersoner, tilgang and afgang per
// ydelse and budget year, without and with the intervention and the
// change.
func comparePersons(a Arm) Form {
	meta := a.Meta
	f := Form{Title: msg.Sprintf(lang, "Helårspersoner, tilgang og afgang pr. ydelse: %s", meta.Title), Note: personsNote(a.Comparison.Runs), Columns: budgetColumns(meta, meta.Years, false)}
	base, alt := counts(a.Base), counts(a.Alt)
	for k := range base {
		if base[k] == nil || alt[k] == nil {
			continue
		}
		diff := make([][]float64, len(base[k]))
		for s := range diff {
			diff[s] = make([]float64, len(base[k][s]))
			for y := range diff[s] {
				diff[s][y] = alt[k][s][y] - base[k][s][y]
			}
		}
		h := msg.T(lang, flowHeading[k])
		block(&f, meta, msg.Sprintf(lang, "%s uden indsatsen", h), base[k])
		block(&f, meta, msg.Sprintf(lang, "%s med indsatsen", h), alt[k])
		block(&f, meta, msg.Sprintf(lang, "%s: ændring (med − uden)", h), diff)
	}
	return f
}
