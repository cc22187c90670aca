package workbook

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// model is a model of one paid ydelse (sygedagpenge, on the
// refusionstrappe) and selvforsørgelse, which costs nothing, over the
// budget years 2027 and 2028.
func model() *sim.Model {
	return &sim.Model{Years: []int{2027, 2028}, States: []sim.State{
		{Name: "sd", Label: "Sygedagpenge", Financing: sim.Financing{Kind: sim.FinancingStaircase}},
		{Name: "selv", Label: "Selvforsørgelse", Financing: sim.Financing{Kind: sim.FinancingNone}},
	}}
}

// meta describes model's results.
func meta(runs int) results.Meta {
	return results.Meta{Title: "Prøve", Scenario: "proeve.yaml", Start: "2027-01-01", End: "2028-12-31", Runs: runs, Seed: 7,
		Years: []int{2027, 2028}, PriceBase: 2027,
		States: []results.State{{Name: "sd", Label: "Sygedagpenge", Paid: true}, {Name: "selv", Label: "Selvforsørgelse"}}}
}

// flows returns the flows of one run with sygedagpenge's tilgang and
// afgang in 2027 (none in 2028).
func flows(entries, exits float64) *sim.Flows {
	f := &sim.Flows{Year: make([][]sim.Flow, 2)}
	for y := range f.Year {
		f.Year[y] = make([]sim.Flow, 2)
		for s := range f.Year[y] {
			f.Year[y][s] = sim.Flow{ExitsTo: make([]float64, 2), EntriesFrom: make([]float64, 2)}
		}
	}
	f.Year[0][0].Entries, f.Year[0][0].Exits = entries, exits
	return f
}

// runResult is two runs of model, with totals chosen by hand:
//
//	run 1: 2027 10 helårspersoner, gross 1.000.000 kr., state 400.000 kr.;
//	       2028 12 helårspersoner, gross 1.200.000 kr., state 300.000 kr.
//	run 2: 2027 14 helårspersoner, gross 1.400.000 kr., state 600.000 kr.;
//	       2028  8 helårspersoner, gross   800.000 kr., state 100.000 kr.
//
// and 5 helårspersoner in selvforsørgelse every year, which the sums of
// ydelser leave out. Tilgang to sygedagpenge in 2027: 20 and 30, afgang
// 18 and 22.
func runResult() *sim.Result {
	selv := sim.Totals{PersonYears: 5}
	return &sim.Result{Model: model(), Runs: 2, Seed: 7, PerRun: [][][]sim.Totals{
		{{{PersonYears: 10, Gross: 1_000_000, StatePart: 400_000}, selv}, {{PersonYears: 12, Gross: 1_200_000, StatePart: 300_000}, selv}},
		{{{PersonYears: 14, Gross: 1_400_000, StatePart: 600_000}, selv}, {{PersonYears: 8, Gross: 800_000, StatePart: 100_000}, selv}},
	}, Flows: []*sim.Flows{flows(20, 18), flows(30, 22)}}
}

// read opens a written workbook.
func read(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// cell is what a test checks of a cell: its number (NaN if it is not a
// number), its text, number format and boldness.
type cell struct {
	num    float64
	text   string
	format string
	bold   bool
	top    bool // a rule above
}

// get reads the cell at column col (1-based) of the row of sheet whose
// label (column A) is label, the nth such row (1-based) after the row
// labelled after ("" for the top).
func get(t *testing.T, f *excelize.File, sheet, after, label string, nth, col int) cell {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	start := 0
	if after != "" {
		start = slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == after })
		if start < 0 {
			t.Fatalf("%s: no row %q", sheet, after)
		}
	}
	row := -1
	for i := start; i < len(rows) && nth > 0; i++ {
		if len(rows[i]) > 0 && rows[i][0] == label {
			row, nth = i, nth-1
		}
	}
	if nth > 0 || row < 0 {
		t.Fatalf("%s: no row %q after %q", sheet, label, after)
	}
	name, _ := excelize.CoordinatesToCellName(col, row+1)
	return cellAt(t, f, sheet, name)
}

// cellAt reads the cell name of sheet.
func cellAt(t *testing.T, f *excelize.File, sheet, name string) cell {
	t.Helper()
	raw, err := f.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	typ, err := f.GetCellType(sheet, name)
	if err != nil {
		t.Fatal(err)
	}
	c := cell{num: math.NaN(), text: raw}
	// A number is stored without a string type (excelize reports it unset
	// or as a number); a text is a shared or inline string.
	if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		if v, err := strconv.ParseFloat(raw, 64); err == nil {
			c.num = v
		}
	}
	id, err := f.GetCellStyle(sheet, name)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt != nil {
		c.format = *st.CustomNumFmt
	}
	c.bold = st.Font != nil && st.Font.Bold
	c.top = slices.ContainsFunc(st.Border, func(b excelize.Border) bool { return b.Type == "top" })
	return c
}

// near reports whether a equals b to a millionth of a krone in 1.000 kr.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestRunWorkbook checks a run's workbook against the hand-made runs of
// runResult: the means in 1.000 kr. as numbers with the Danish number
// formats, the bold totals, the frozen header, the tilgang and afgang and
// one row per run.
func TestRunWorkbook(t *testing.T) {
	res := runResult()
	var buf bytes.Buffer
	err := WriteRun(&buf, Run{Meta: meta(2), Summary: res.Summarize(0), Result: res,
		Assumptions: []scenario.Assumption{{Topic: "Lovændringer og datoer", What: "Fra 2026-07-01", Value: "Ingen nye ressourceforløb", Source: "L 1 2025", Where: "proeve.yaml:3"}}})
	if err != nil {
		t.Fatal(err)
	}
	f := read(t, buf.Bytes())
	if got, want := f.GetSheetList(), []string{"Budget", "Helårspersoner", "Kørsler", "Forudsætninger"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	// Headings: the budget year and the overslagsår, then the total.
	for col, want := range map[string]string{"B3": "Budget 2027", "C3": "Overslagsår 2028", "D3": "I alt 2027–2028"} {
		if c := cellAt(t, f, "Budget", col); c.text != want || !c.bold {
			t.Errorf("Budget!%s = %q (bold %v), want %q in bold", col, c.text, c.bold, want)
		}
	}
	const (
		persons = "Helårspersoner"
		gross   = "Bruttoudgift til ydelser (1.000 kr.)"
		state   = "Statsrefusion og statens andel (1.000 kr.)"
		net     = "Kommunal nettoudgift (1.000 kr.)"
	)
	tests := []struct {
		after, label string
		values       []float64 // NaN: empty
		format       string
		bold, top    bool
	}{
		// Means: 2027 (10+14)/2 = 12, 2028 (12+8)/2 = 10 helårspersoner, no total over years.
		{persons, "Sygedagpenge", []float64{12, 10, math.NaN()}, PersonsFormat, false, false},
		// Selvforsørgelse's 5 are not on a ydelse: the total is 12 and 10.
		{persons, "I alt", []float64{12, 10, math.NaN()}, PersonsFormat, true, false},
		// Gross: 2027 (1.000.000+1.400.000)/2 = 1.200.000 kr. = 1.200; 2028 (1.200.000+800.000)/2 = 1.000; total 2.200.
		{gross, "Sygedagpenge", []float64{1200, 1000, 2200}, AmountFormat, false, false},
		{gross, "I alt", []float64{1200, 1000, 2200}, AmountFormat, true, false},
		// State: 2027 (400.000+600.000)/2 = 500; 2028 (300.000+100.000)/2 = 200; total 700.
		{state, "Sygedagpenge", []float64{500, 200, 700}, AmountFormat, false, false},
		// Net: 1.200−500 = 700; 1.000−200 = 800; total 1.500: the form's total, bold with a rule.
		{net, "Sygedagpenge", []float64{700, 800, 1500}, AmountFormat, false, false},
		{net, "I alt", []float64{700, 800, 1500}, AmountFormat, true, true},
	}
	for _, tt := range tests {
		for i, want := range tt.values {
			c := get(t, f, "Budget", tt.after, tt.label, 1, i+2)
			if math.IsNaN(want) {
				if c.text != "" {
					t.Errorf("%s/%s column %d = %q, want empty", tt.after, tt.label, i+2, c.text)
				}
				continue
			}
			if !near(c.num, want) || c.format != tt.format || c.bold != tt.bold || c.top != tt.top {
				t.Errorf("%s/%s column %d = %v (%q, format %q, bold %v, rule %v), want the number %v, format %q, bold %v, rule %v",
					tt.after, tt.label, i+2, c.num, c.text, c.format, c.bold, c.top, want, tt.format, tt.bold, tt.top)
			}
		}
	}
	if c := get(t, f, "Budget", net, "I alt", 1, 1); !c.bold {
		t.Error("the net total's label is not bold")
	}
	for _, sheet := range []string{"Budget", "Helårspersoner"} {
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.XSplit != 1 || p.YSplit != 3 {
			t.Errorf("%s: panes %+v (%v), want the label column and the first 3 rows frozen", sheet, p, err)
		}
	}
	// Tilgang (20+30)/2 = 25 and afgang (18+22)/2 = 20 in 2027.
	if c := get(t, f, "Helårspersoner", "Tilgang (forløb, der begyndte i året)", "Sygedagpenge", 1, 2); !near(c.num, 25) {
		t.Errorf("tilgang 2027 = %v (%q), want 25", c.num, c.text)
	}
	if c := get(t, f, "Helårspersoner", "Afgang (forløb, der sluttede i året)", "I alt", 1, 2); !near(c.num, 20) || !c.bold {
		t.Errorf("afgang 2027 i alt = %v (bold %v), want 20 in bold", c.num, c.bold)
	}
	// Runs: run 2's net in 2028 is 800.000−100.000 kr. = 700; over the
	// horizon 800+700 = 1.500.
	if h := cellAt(t, f, "Kørsler", "E1"); h.text != "Nettoudgift 2027 (1.000 kr.)" {
		t.Errorf("Kørsler!E1 = %q", h.text)
	}
	cols, err := f.GetCols("Kørsler")
	if err != nil {
		t.Fatal(err)
	}
	header := make([]string, len(cols))
	for i := range cols {
		header[i] = cols[i][0]
	}
	for name, want := range map[string]float64{"Kørsel": 2, "Nettoudgift 2028 (1.000 kr.)": 700, "Nettoudgift I alt 2027–2028 (1.000 kr.)": 1500, "Helårspersoner 2027": 14} {
		i := slices.Index(header, name)
		if i < 0 {
			t.Fatalf("Kørsler has no column %q: %q", name, header)
		}
		cn, _ := excelize.CoordinatesToCellName(i+1, 3)
		if c := cellAt(t, f, "Kørsler", cn); !near(c.num, want) {
			t.Errorf("Kørsler %s of run 2 = %v (%q), want %v", name, c.num, c.text, want)
		}
	}
	if p, err := f.GetPanes("Kørsler"); err != nil || !p.Freeze || p.YSplit != 1 {
		t.Errorf("Kørsler: panes %+v, want the header frozen", p)
	}
	if c := get(t, f, "Forudsætninger", "Emne", "Lovændringer og datoer", 1, 4); c.text != "L 1 2025" {
		t.Errorf("the assumption's source = %q", c.text)
	}
}

// compareArm is a comparison of two runs of model, made by hand in the
// budget form's sign (+ merudgift):
//
//	cost lines: consultants +500.000 kr. in 2027; mentor hours saved
//	  −200.000 and −100.000 kr.: service 300 and −100, total 200 (1.000 kr.);
//	ydelser gross −1.000.000 and −2.000.000 kr.; state part −400.000 and
//	  −600.000 kr. (less refusion: a merudgift of 400 and 600); net −600 and
//	  −1.400, total −2.000;
//	net change in total: 300−600 = −300, −100−1.400 = −1.500, −1.800 in all.
//
// Run 1 of the baseline has a net of 2.000.000−800.000 = 1.200.000 kr. in
// 2027 and the alternative 1.000.000−400.000 = 600.000 kr., and the run
// saves 400.000 kr. in all: so its service costs −400−(600−1.200) = 200.
func compareArm() Arm {
	st := func(v ...float64) []sim.Stat {
		out := make([]sim.Stat, len(v))
		for i, x := range v {
			out[i] = sim.Stat{Mean: x, P5: x - 100_000, P95: x + 100_000}
		}
		return out
	}
	c := &sim.Comparison{Years: []int{2027, 2028}, Runs: 2,
		Lines:     []sim.ComparedLine{{Intervention: "ips", Label: "IPS", Line: "Konsulenter"}, {Intervention: "ips", Label: "IPS", Line: "Sparede mentortimer"}},
		Cost:      [][]sim.Stat{st(500_000, 0, 500_000), st(-200_000, -100_000, -300_000)},
		CostGross: [][]sim.Stat{st(500_000, 0, 500_000), st(-200_000, -100_000, -300_000)},
		Service:   st(300_000, -100_000, 200_000),
		Gross:     st(-1_000_000, -2_000_000, -3_000_000), StatePart: st(-400_000, -600_000, -1_000_000),
		Net: st(-600_000, -1_400_000, -2_000_000), PaidByOthers: st(0, 0, 0),
		Total:        st(-300_000, -1_500_000, -1_800_000),
		NetByState:   [][]sim.Stat{st(-600_000, -1_400_000, -2_000_000), st(0, 0, 0)},
		GrossByState: [][]sim.Stat{st(-1_000_000, -2_000_000, -3_000_000), st(0, 0, 0)},
		SavingRuns:   [][]float64{{400_000, 200_000}, {1_500_000, 1_500_000}, {1_900_000, 1_700_000}},
	}
	base, alt := runResult(), runResult()
	base.PerRun[0][0][0] = sim.Totals{Gross: 2_000_000, StatePart: 800_000}
	alt.PerRun[0][0][0] = sim.Totals{Gross: 1_000_000, StatePart: 400_000}
	m := meta(2)
	m.Baseline = "proeve.yaml uden indsatser"
	return Arm{Meta: m, Comparison: c, Base: base, Alt: alt}
}

// TestCompareWorkbook checks the budget form of a comparison: the
// service and overførsel blocks, the signs (+ merudgift, − mindreudgift)
// and the bold totals, and the derived service cost of a run.
func TestCompareWorkbook(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCompare(&buf, []Arm{compareArm()}); err != nil {
		t.Fatal(err)
	}
	f := read(t, buf.Bytes())
	const sheet = "Budgetskema"
	tests := []struct {
		label  string
		values []float64
		bold   bool
	}{
		{"Konsulenter", []float64{500, 0, 500}, false},
		{"Sparede mentortimer", []float64{-200, -100, -300}, false},
		{"Serviceudgifter i alt", []float64{300, -100, 200}, true},
		{"Sygedagpenge", []float64{-1000, -2000, -3000}, false},
		{"Statsrefusion", []float64{400, 600, 1000}, false},
		{"Overførselsudgifter i alt, netto", []float64{-600, -1400, -2000}, true},
		{"Nettoændring for kommunen i alt", []float64{-300, -1500, -1800}, true},
		{"Nettoændring i alt, 90 %-interval: nedre grænse (P5)", []float64{-400, -1600, -1900}, false},
	}
	for _, tt := range tests {
		for i, want := range tt.values {
			c := get(t, f, sheet, "", tt.label, 1, i+2)
			if !near(c.num, want) || c.format != AmountFormat || c.bold != tt.bold {
				t.Errorf("%s column %d = %v (%q, format %q, bold %v), want %v, %q, bold %v", tt.label, i+2, c.num, c.text, c.format, c.bold, want, AmountFormat, tt.bold)
			}
		}
	}
	// Selvforsørgelse does not change: no "heraf" line for it.
	if rows, _ := f.GetRows(sheet); slices.ContainsFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == "heraf Selvforsørgelse" }) {
		t.Error("a heraf line for a state without change")
	}
	for _, h := range []string{"Serviceudgifter: udgifter til indsatsen", "Overførselsudgifter: ydelser"} {
		if c := get(t, f, sheet, "", h, 1, 1); !c.bold {
			t.Errorf("heading %q not bold", h)
		}
	}
	if p, err := f.GetPanes(sheet); err != nil || !p.Freeze || p.YSplit != 3 || p.XSplit != 1 {
		t.Errorf("panes %+v, want the header and labels frozen", p)
	}
	// Run 1 in 2027 (columns B–E): baseline net 1.200, with the
	// intervention 600, service 200, net change −400.
	for i, want := range []float64{1, 1200, 600, 200, -400} {
		cn, _ := excelize.CoordinatesToCellName(i+1, 2)
		if c := cellAt(t, f, "Kørsler", cn); !near(c.num, want) {
			t.Errorf("Kørsler!%s = %v (%q), want %v", cn, c.num, c.text, want)
		}
	}
	// The persons sheet: with and without the intervention, and the change.
	if c := get(t, f, "Helårspersoner", "Tilgang (forløb, der begyndte i året): ændring (med − uden)", "Sygedagpenge", 1, 2); !near(c.num, 0) {
		t.Errorf("change in tilgang = %v (%q), want 0", c.num, c.text)
	}
}

// TestRunsSplitAcrossSheets checks that runs beyond a sheet's rows go on
// further sheets, numbered on, and that the widest sheet of runs any
// allowed horizon gives stays within Excel's columns.
func TestRunsSplitAcrossSheets(t *testing.T) {
	defer func(n int) { rowsPerSheet = n }(rowsPerSheet)
	rowsPerSheet = 2
	res := runResult()
	res.Runs, res.PerRun, res.Flows = 5, append(res.PerRun, res.PerRun[0], res.PerRun[1], res.PerRun[0]), nil
	var buf bytes.Buffer
	if err := WriteRun(&buf, Run{Meta: meta(5), Summary: res.Summarize(0), Result: res}); err != nil {
		t.Fatal(err)
	}
	f := read(t, buf.Bytes())
	want := []string{"Budget", "Helårspersoner", "Kørsler (del 1)", "Kørsler (del 2)", "Kørsler (del 3)", "Forudsætninger"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for sheet, runs := range map[string][]float64{"Kørsler (del 1)": {1, 2}, "Kørsler (del 2)": {3, 4}, "Kørsler (del 3)": {5}} {
		rows, _ := f.GetRows(sheet)
		if len(rows) != len(runs)+1 {
			t.Errorf("%s has %d rows, want %d", sheet, len(rows), len(runs)+1)
		}
		for i, want := range runs {
			if c := cellAt(t, f, sheet, "A"+strconv.Itoa(i+2)); c.num != want {
				t.Errorf("%s!A%d = %v, want run %v", sheet, i+2, c.num, want)
			}
		}
	}
	// The longest horizon a scenario allows is 3130 weeks, 62 calendar
	// years; with a benefit paid by others every measure has a column.
	long := meta(1)
	long.Years = nil
	for y := range 62 {
		long.Years = append(long.Years, 2027+y)
	}
	m := model()
	m.States[0].PaidBy = sim.PaidByUdbetalingDanmark
	if n := len(runColumns(long, &sim.Result{Model: m})) + 1; n > MaxColumns {
		t.Errorf("a run's sheet of runs has %d columns over 62 years, more than Excel's %d", n, MaxColumns)
	}
	if n := len(compareColumns(Arm{Meta: long})) + 1; n > MaxColumns {
		t.Errorf("a comparison's sheet of runs has %d columns over 62 years", n)
	}
}

// TestSameBytes checks that the same results give the same file: excelize
// writes the archive's files in a varying order, which canonical fixes.
func TestSameBytes(t *testing.T) {
	res := runResult()
	var first []byte
	for i := range 8 {
		var buf bytes.Buffer
		if err := WriteRun(&buf, Run{Meta: meta(2), Summary: res.Summarize(0), Result: res}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(buf.Bytes(), first) {
			t.Fatalf("write %d differs from the first", i+1)
		}
	}
}
