package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"ydelsesflow/internal/fixture"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/tables"
)

// sample is a comparison report on the fixture's results, with a budget
// form and assumptions written here.
func sample() *Report {
	rf := fixture.Results()
	rf.Run = nil
	return &Report{
		Title: "IPS i ressourceforløb", Description: "IPS for borgere i ressourceforløb.",
		Generated: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Results: rf, Version: "test",
		Files: []string{"test.yaml", "basis.yaml"},
		Arms: []Arm{{
			Budget: tables.Grid{Title: "Økonomiske konsekvenser (1.000 kr., løbende priser, ekskl. moms)", Columns: []string{"2027", "2028", "2029", "I alt 2027–2029"},
				Rows: []tables.Row{
					{Label: "IPS-konsulenter", Means: []string{"1.000", "1.000", "1.000", "3.000"}, Lows: []string{"1.000", "1.000", "1.000", "3.000"}, Highs: []string{"1.000", "1.000", "1.000", "3.000"}},
					{Label: "  heraf Ressourceforløb", Means: []string{"-500", "-1.500", "-2.500", "-4.500"}, Lows: []string{"-600", "-1.600", "-2.600", "-4.600"}, Highs: []string{"-400", "-1.400", "-2.400", "-4.400"}},
					{Label: "Nettoændring for kommunen i alt", Means: []string{"500", "-500", "-1.500", "-1.500"}, Lows: []string{"0", "-1.000", "-2.000", "-2.000"}, Highs: []string{"1.000", "0", "-1.000", "-1.000"}, Rule: true, Total: true},
				}},
			Persons: tables.Grid{Title: "Ændring i helårspersoner (indsats − basis)", Columns: []string{"2027", "2028", "2029", "Gns. pr. år"},
				Rows: []tables.Row{{Label: "Ressourceforløb", Means: []string{"-1", "-2", "-3", "-2"}, Lows: []string{"-2", "-3", "-4", "-3"}, Highs: []string{"0", "-1", "-2", "-1"}}}},
		}},
		Assumptions: []scenario.Assumption{
			{Topic: "IPS i ressourceforløb", What: "Målgruppe og deltagelse", Value: "Ressourceforløb; 85 % takker ja; 40 pladser", Source: "RKSK budget 2020 (UNCONFIRMED)", Where: "test.yaml:12"},
		},
	}
}

func TestHeadline(t *testing.T) {
	c := fixture.Results().Comparisons[0]
	if got, want := Headline(c), "IPS i ressourceforløb forventes at spare kommunen 2,1 mio. kr. netto over 2027–2029; 50 % sandsynlighed for mindreudgift."; got != want {
		t.Errorf("headline\n got %q\nwant %q", got, want)
	}
	c.Change[3].Mean = 2_149_000
	if got := Headline(c); !strings.Contains(got, "forventes at koste kommunen 2,1 mio. kr. netto") {
		t.Errorf("an extra cost: %q", got)
	}
	r := fixture.Results().Run
	if got, want := RunHeadline(r), "Kommunen forventes at bruge 2,58 mia. kr. netto på ydelser over 2027–2029 (90 %-interval 2,55 mia. kr. til 2,61 mia. kr.), efter statens refusion."; got != want {
		t.Errorf("run headline\n got %q\nwant %q", got, want)
	}
}

// TestSelfContained checks that the page has everything inline: no
// scripts, no style sheets or images fetched, no links out of the page.
func TestSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("the page has %q: it must not fetch anything", bad)
		}
	}
	// The only URLs are XML namespaces, which are names, not fetched.
	for _, u := range regexp.MustCompile(`(?:src|href)="([^"#][^"]*)"`).FindAllStringSubmatch(page, -1) {
		t.Errorf("the page refers to %s", u[1])
	}
	if n := strings.Count(page, "<svg "); n != 5 {
		t.Errorf("%d inline SVG charts, want 5 (budget, fan, histogram, persons, tornado)", n)
	}
	if strings.Contains(page, "<?xml") {
		t.Error("an XML declaration is left inside the HTML")
	}
}

func TestContent(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<html lang="da">`,
		"<title>IPS i ressourceforløb</title>",
		"Økonomisk konsekvensvurdering · 23. november 2026",
		"IPS i ressourceforløb forventes at spare kommunen 2,1 mio. kr. netto over 2027–2029; 50 % sandsynlighed for mindreudgift.",
		"<h3>Økonomiske konsekvenser (1.000 kr., løbende priser, ekskl. moms)</h3>",
		`<td class="num">-1.500<small>-2.000 til -1.000</small></td>`, // the total with its interval
		`<td class="sub">  heraf Ressourceforløb</td>`,
		"Tjent hjem", "uge 50, 2028",
		"Hvilke antagelser betyder mest?", "ips_deltagelse", "2,4 mio. kr.",
		"Forudsætninger og kilder", "RKSK budget 2020 (UNCONFIRMED)", "test.yaml:12",
		"<h2>Metode</h2>", "Refusionstrappen", "Fælles tilfældige tal",
		"Figur 1.", "Figur 5.",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// A report without a sensitivity analysis says why.
	r := sample()
	r.Results.Sensitivity = nil
	r.SensitivityNote = "Ingen usikre antagelser."
	buf.Reset()
	if err := Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Ingen usikre antagelser.") || strings.Count(buf.String(), "<svg ") != 4 {
		t.Error("without a sensitivity analysis: the note is missing or a tornado is drawn")
	}
}

func TestProjectionReport(t *testing.T) {
	rf := fixture.Results()
	rf.Comparisons, rf.Sensitivity = nil, nil
	var buf bytes.Buffer
	err := Write(&buf, &Report{Title: "Basisforløb", Results: rf, Generated: time.Now(),
		RunGrids: []tables.Grid{{Title: "Kommunal nettoudgift (1.000 kr.)", Columns: []string{"2027"}, Rows: []tables.Row{{Label: "I alt", Means: []string{"1"}, Intervals: []string{"(0–2)"}, Total: true}}},
			{Title: "Til orientering: ydelser udbetalt af andre (1.000 kr.)", Columns: []string{"2027"}, Rows: []tables.Row{{Label: "I alt", Means: []string{"400"}, Intervals: []string{"(400–400)"}, Total: true}},
				Note: "Førtidspension udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen."}}})
	if err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"Budgetfremskrivning af ydelser", "Kommunen forventes at bruge", "Kommunal nettoudgift (1.000 kr.)", "(0–2)", "Personer på ydelse",
		// The memo of the benefits paid by others, with its note, and in the refusion chart.
		"<h3>Til orientering: ydelser udbetalt af andre (1.000 kr.)</h3>", `<p class="note">Førtidspension udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen.</p>`,
		"Til orientering: Udbetaling Danmark og a-kasser udbetaler 400,0 mio. kr. i 2027"} {
		if !strings.Contains(page, want) {
			t.Errorf("the projection report lacks %q", want)
		}
	}
	if n := strings.Count(page, "<svg "); n != 2 {
		t.Errorf("%d charts, want 2 (persons and refusion)", n)
	}
	if err := Write(&buf, &Report{Results: &results.File{}}); err == nil {
		t.Error("a report without results: no error")
	}
}
