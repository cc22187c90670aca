// Package results holds what a simulation produced in the form the plots
// and the report read: means, quantiles and the few per-run figures a chart
// needs, with the scenario's names and labels, but no persons. A File is
// what the commands save as resultat.json, so that `ydelsesflow plot` can
// draw every chart again without simulating.
//
// Amounts are in kr. and follow the budget form's sign: a change in the
// kommune's spending is + for a merudgift (extra spending) and − for a
// mindreudgift (a saving). Probabilities of a saving (p_saving) are
// shares of runs, not signed amounts.
package results

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
	"ydelsesflow/sensitivity"
	"ydelsesflow/sim"
)

// Version is the version of the file format; Read refuses other versions.
// Version 2 signs every amount of a comparison and a sensitivity analysis
// as a change in spending (+ = merudgift), where version 1 signed them as
// a saving; its fields are renamed accordingly (change, ydelser_change,
// cum_change, budget_changes, change_low, change_high).
const Version = 2

// BudgetYears is the length of the budget period: the budget year and
// three overslagsår.
const BudgetYears = sensitivity.BudgetYears

// File is a saved set of results: a run, comparisons and a sensitivity
// analysis, whichever the command made.
type File struct {
	Version     int           `json:"version"`
	Run         *Run          `json:"run,omitempty"`
	Comparisons []*Comparison `json:"comparisons,omitempty"`
	Sensitivity *Sensitivity  `json:"sensitivity,omitempty"`
	Calibration *Calibration  `json:"calibration,omitempty"`
}

// Calibration is a scenario's deviations from the kommune's observed
// figures, before and after a fit (After equals Before when nothing was
// fitted, as in a run).
type Calibration struct {
	Meta
	// Method says how the model's figures were computed: "eksakt" or
	// "monte_carlo".
	Method  string   `json:"method"`
	Targets []Target `json:"targets"`
	// Fitted are the fitted numbers; none for a run's deviation table.
	Fitted []Fitted `json:"fitted,omitempty"`
	// Confounded lists pairs of fitted numbers (their paths) that the
	// targets cannot tell apart.
	Confounded [][2]string `json:"confounded,omitempty"`
}

// Target is one observed figure and the model's value of it.
type Target struct {
	Line      int     `json:"line"` // in the targets file
	Ydelse    string  `json:"ydelse"`
	Periode   string  `json:"periode"`
	Maal      string  `json:"maal"`
	Observed  float64 `json:"observed"`
	Before    float64 `json:"before"`
	After     float64 `json:"after"`
	Tolerance float64 `json:"tolerance"` // relative
	Source    string  `json:"source,omitempty"`
}

// Deviation returns the relative deviation of the model after the fit.
func (t Target) Deviation() float64 { return (t.After - t.Observed) / t.Observed }

// DeviationBefore returns the relative deviation of the model before it.
func (t Target) DeviationBefore() float64 { return (t.Before - t.Observed) / t.Observed }

// Within reports whether the model meets the target after the fit.
func (t Target) Within() bool { return math.Abs(t.Deviation()) <= t.Tolerance }

// Fitted is one fitted number.
type Fitted struct {
	Path    string  `json:"path"`
	Where   string  `json:"where"` // file:line:col in the scenario
	Min     float64 `json:"min"`
	Max     float64 `json:"max"`
	Start   float64 `json:"start"`
	Value   float64 `json:"value"`
	AtBound bool    `json:"at_bound,omitempty"`
	Unused  bool    `json:"unused,omitempty"` // no target depends on it
}

// Meta says what was simulated: the scenario and the baseline it is
// compared with, the first week, the runs and seed, the budget years and
// the model's states. It heads every table (package tables) and every
// saved result.
type Meta struct {
	Title string `json:"title"`
	// PriceBase is the budget year whose prices the amounts are in (faste
	// priser, "2027-priser"), or 0 for løbende priser.
	PriceBase int `json:"price_base,omitempty"`
	// RealPresentValue is set when the present values are in faste priser
	// of the first budget year (the scenario gives a satsregulering);
	// without it they discount each year's own prices.
	RealPresentValue bool   `json:"real_present_value,omitempty"`
	Scenario         string `json:"scenario"` // the name the scenario was loaded by
	// Baseline is the scenario compared against ("" for a run).
	Baseline string `json:"baseline,omitempty"`
	// Start is the first day the simulation counts, YYYY-MM-DD; Calendar
	// places the weeks from it.
	Start string `json:"start"`
	// End is the last day the simulation counts, YYYY-MM-DD. With Start it
	// says how much of the first and last budget year the horizon covers
	// (Covered). Files written before End was kept lack it; their years
	// count as whole.
	End  string `json:"end,omitempty"`
	Runs int    `json:"runs"`
	Seed uint64 `json:"seed"`
	// Years are the budget years of the horizon: calendar years, the
	// first and last of which it may cover only in part.
	Years []int `json:"years"`
	// States are the model's states in order; per-state series follow it.
	States []State `json:"states"`
	// Staircases are the refusionstrapper in force over the horizon, each
	// with its reset rule and first day; omitted when the law's
	// (sim.Refusionstrappe, sim.LawReset) holds throughout, as in files
	// written before a scenario could set its own (StaircasePeriods).
	Staircases []Staircase `json:"staircases,omitempty"`
	// Files are the scenario files read, the scenario first. The JSON
	// summary of a run (tables.JSON, sammendrag.json) lists them;
	// resultat.json does not keep them.
	Files []string `json:"-"`
	// Note says how the number of runs was chosen when it was not given
	// (compare --runs auto). The tables print it; resultat.json does not
	// keep it.
	Note string `json:"-"`
}

// State names one state (ydelse) of the model.
type State struct {
	Name  string `json:"name"`
	Label string `json:"label"`
	// Paid is false for states that cost the kommune nothing (work,
	// education, death): charts of ydelser leave them out.
	Paid bool `json:"paid"`
}

// Band is a figure across runs: its mean and 90 % interval.
type Band struct {
	Mean float64 `json:"mean"`
	P5   float64 `json:"p5"`
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
}

// BandOf returns the Band of a sim.Stat.
func BandOf(s sim.Stat) Band { return Band{Mean: s.Mean, P5: s.P5, P50: s.P50, P95: s.P95} }

// Run is the result of one scenario.
type Run struct {
	Meta
	// Stock[t][s] is the mean number of persons in state s in week t.
	Stock [][]float64 `json:"stock"`
	// Steps[t][k] is the mean number of persons on step k of the
	// refusionstrappe in force in week t (Meta.StaircaseAt), in states
	// financed by the staircase; each week has Meta.StepCount numbers.
	Steps [][]float64 `json:"steps"`
	// Gross, StatePart and Net are the yearly totals over all ydelser:
	// the kommune's gross spending (for a benefit Udbetaling Danmark or an
	// a-kasse pays out, its co-financing; sim.State.Split), the state's
	// part (refusion) and the kommune's net.
	Gross     []Band `json:"gross"`
	StatePart []Band `json:"state_part"`
	Net       []Band `json:"net"`
	// PaidByOthers is the yearly total paid out by Udbetaling Danmark and
	// the a-kasser: a memo figure, not in Gross. Files written before it
	// was kept lack it, and so do runs without such benefits.
	PaidByOthers []Band `json:"paid_by_others,omitempty"`
	// NetByState[y][s] is the mean net spending on state s in year y.
	NetByState [][]float64 `json:"net_by_state"`
	// Persons[y] is the mean number of helårspersoner on paid ydelser.
	Persons []Band `json:"persons"`
	// NetTotal is the kommune's net spending over the whole horizon.
	NetTotal Band `json:"net_total"`
}

// Comparison is an intervention scenario against its baseline. Per-period
// slices have one entry per budget year and then the whole horizon.
type Comparison struct {
	Meta
	// BaseStock and AltStock are the mean persons per week and state
	// without and with the intervention.
	BaseStock [][]float64 `json:"base_stock"`
	AltStock  [][]float64 `json:"alt_stock"`
	// Cost is the kommune's change in spending on the interventions' cost
	// lines that add to it (lines whose change over the horizon is ≥ 0, net
	// of any state share; ≥ 0 in the mean), and CostSaved that on the lines
	// that save (a negative amount, such as mentor hours no longer bought,
	// or the baseline's own intervention that ends; ≤ 0). YdelserChange is
	// the change in ydelser net of refusion, and Change the total with its
	// interval: Change = Cost + CostSaved + YdelserChange, + = merudgift.
	Cost          []float64 `json:"cost"`
	CostSaved     []float64 `json:"cost_saved"`
	YdelserChange []float64 `json:"ydelser_change"`
	Change        []Band    `json:"change"`
	// PSaving[p] is the share of runs in which the kommune spends less
	// (Change < 0).
	PSaving []float64 `json:"p_saving"`
	// PersonsChange[s] is the mean change in helårspersoner in state s per
	// period (for the horizon: per year).
	PersonsChange [][]float64 `json:"persons_change"`
	// CumLevels are the quantiles of CumChange; CumChange[t][q] is the
	// cumulative change in the kommune's net spending up to week t at
	// level q (+ = merudgift), CumChangeMean[t] its mean.
	CumLevels     []float64   `json:"cum_levels"`
	CumChange     [][]float64 `json:"cum_change"`
	CumChangeMean []float64   `json:"cum_change_mean"`
	// BreakEvenWeek is the first week from which the mean cumulative change
	// stays negative (the intervention has paid for itself), or -1;
	// BreakEvenRuns the share of runs whose cumulative change is negative
	// at the end of the horizon.
	BreakEvenWeek int     `json:"break_even_week"`
	BreakEvenRuns float64 `json:"break_even_runs"`
	// BudgetChanges is each run's change in spending over the budget
	// period: the first BudgetYears years (or the horizon, if shorter).
	BudgetChanges []float64 `json:"budget_changes"`
}

// Sensitivity is a one-way and probabilistic sensitivity analysis of a
// comparison's change in spending (+ = merudgift).
type Sensitivity struct {
	Meta
	// Period is the period of Base and the bars by its years, e.g.
	// "2027–2030", for a program; Meta.Period labels it for a reader.
	Period string `json:"period"`
	// BaseChange is the expected change over Period with every number at
	// its mean.
	BaseChange float64 `json:"base_change"`
	// Bars are the tornado's bars, widest first.
	Bars []Bar `json:"bars"`
	// Ranks are the rank correlations with the change, largest first.
	Ranks []Rank `json:"ranks"`
	// Change is the probabilistic runs' change over Period, and PSaving
	// the share of them in which the kommune spends less.
	Change  Band    `json:"change"`
	PSaving float64 `json:"p_saving"`
}

// Bar is one uncertain number of a tornado.
type Bar struct {
	Name   string  `json:"name"`
	Source string  `json:"source,omitempty"`
	Low    float64 `json:"low"`
	High   float64 `json:"high"`
	// ChangeLow and ChangeHigh are the expected changes in spending with
	// the number at Low and High, the others at their means.
	ChangeLow  float64 `json:"change_low"`
	ChangeHigh float64 `json:"change_high"`
}

// Rank is one uncertain number's rank correlation with the change in
// spending (positive: a higher draw costs the kommune more).
type Rank struct {
	Name string  `json:"name"`
	Rho  float64 `json:"rho"`
}

// BudgetPeriod returns the number of years in the budget period of a
// horizon of n years.
func BudgetPeriod(n int) int { return min(n, BudgetYears) }

// Period labels the budget period for a reader in lang: "2027–2030", or
// "4. januar 2027–2030" when the horizon starts after 1 January (see
// YearsLabel).
func (m Meta) Period(lang msg.Lang) string {
	n := BudgetPeriod(len(m.Years))
	if n == 0 {
		return ""
	}
	return m.YearsLabel(lang, m.Years[0], m.Years[n-1])
}

// Horizon labels the whole horizon for a reader in lang: "2027–2034", or
// "2027–15. marts 2034" when it ends before 31 December (see YearsLabel).
func (m Meta) Horizon(lang msg.Lang) string {
	if len(m.Years) == 0 {
		return ""
	}
	return m.YearsLabel(lang, m.Years[0], m.Years[len(m.Years)-1])
}

// yearsLabel returns "2027", "2027–2030" or "" for consecutive years: the
// period by its years alone, for a program.
func yearsLabel(years []int) string {
	switch len(years) {
	case 0:
		return ""
	case 1:
		return fmt.Sprint(years[0])
	}
	return fmt.Sprintf("%d–%d", years[0], years[len(years)-1])
}

// days returns the first and last day the simulation counts; ok is false
// when the meta data does not say (no End: a file written before End was
// kept).
func (m Meta) days() (start, end time.Time, ok bool) {
	start, err1 := time.Parse(time.DateOnly, m.Start)
	end, err2 := time.Parse(time.DateOnly, m.End)
	return start, end, err1 == nil && err2 == nil
}

// Covered returns the first and last day that the simulation counts in
// budget year (calendar year) year: 1 January and 31 December for a year
// the horizon covers whole, Start in the first year when it starts later,
// End in the last when it ends earlier.
func (m Meta) Covered(year int) (from, to time.Time) {
	from, to = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	if start, end, ok := m.days(); ok {
		if start.Year() == year && start.After(from) {
			from = start
		}
		if end.Year() == year && end.Before(to) {
			to = end
		}
	}
	return from, to
}

// YearLabel labels budget year year for a reader in lang: "2027" when the
// horizon covers it whole, else with the days it covers, "2027 (fra 4.
// januar)", "2030 (til 15. marts)", "2027 (4. januar–15. marts)"
// (numfmt.Format.BudgetYear). Tables, charts and the report head a
// year's figures with it; machine files keep the plain year.
func (m Meta) YearLabel(lang msg.Lang, year int) string {
	return numfmt.Format{Lang: lang}.BudgetYear(m.Covered(year))
}

// YearsLabel labels the budget years first to last for a reader in lang:
// "2027–2030", an end the horizon covers only in part given as a date,
// "4. januar 2027–2030" (numfmt.Format.BudgetYears); within one year it is
// YearLabel.
func (m Meta) YearsLabel(lang msg.Lang, first, last int) string {
	from, _ := m.Covered(first)
	_, to := m.Covered(last)
	return numfmt.Format{Lang: lang}.BudgetYears(from, to)
}

// LastDay returns the last day the simulation counts, and whether it is
// the last day of its year (31 December): "by the end of 2030" or "by 15
// March 2030".
func (m Meta) LastDay() (day time.Time, yearEnd bool) {
	if len(m.Years) == 0 {
		return time.Time{}, false
	}
	_, day = m.Covered(m.Years[len(m.Years)-1])
	return day, day.Month() == time.December && day.Day() == 31
}

// Write writes f as indented JSON.
func Write(w io.Writer, f *File) error {
	f.Version = Version
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(f)
}

// Read reads a File written by Write and checks that its series fit
// together, so that a damaged file gives an error, not a broken chart.
func Read(r io.Reader) (*File, error) {
	var f File
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, msg.Errorf("ikke en resultatfil: %v", err)
	}
	if f.Version != Version {
		return nil, msg.Errorf("resultatfilen har version %d, men programmet læser version %d: kør simuleringen igen", f.Version, Version)
	}
	if f.Run == nil && len(f.Comparisons) == 0 && f.Sensitivity == nil && f.Calibration == nil {
		return nil, msg.Errorf("resultatfilen indeholder ingen resultater")
	}
	if err := f.check(); err != nil {
		return nil, msg.Errorf("beskadiget resultatfil: %v", err)
	}
	return &f, nil
}

// check reports the first series whose length does not fit the meta
// data, naming series by their keys in the file.
func (f *File) check() error {
	if c := f.Calibration; c != nil {
		if len(c.Targets) == 0 {
			return msg.New("calibration: ingen mål")
		}
		// Empty lists read as absent, as Write leaves them out.
		if len(c.Fitted) == 0 {
			c.Fitted = nil
		}
		if len(c.Confounded) == 0 {
			c.Confounded = nil
		}
	}
	if r := f.Run; r != nil {
		if len(r.Years) == 0 || len(r.Gross) != len(r.Years) || len(r.StatePart) != len(r.Years) || len(r.Net) != len(r.Years) || len(r.Persons) != len(r.Years) || len(r.NetByState) != len(r.Years) ||
			len(r.PaidByOthers) != 0 && len(r.PaidByOthers) != len(r.Years) {
			return msg.Errorf("run: de årlige tal passer ikke til de %d år", len(r.Years))
		}
		if err := weekly("run.stock", r.Stock, len(r.States)); err != nil {
			return err
		}
		if err := weekly("run.steps", r.Steps, r.StepCount()); err != nil {
			return err
		}
		if len(r.Steps) != len(r.Stock) {
			return msg.Errorf("run: %d uger i steps, %d i stock", len(r.Steps), len(r.Stock))
		}
		if err := r.Meta.check(len(r.Stock)); err != nil {
			return msg.Errorf("run: %w", err)
		}
	}
	for _, c := range f.Comparisons {
		if err := c.check(); err != nil {
			return msg.Errorf("sammenligningen %s: %w", c.Scenario, err)
		}
	}
	if s := f.Sensitivity; s != nil {
		if err := s.Meta.check(-1); err != nil {
			return msg.Errorf("følsomhedsanalysen: %w", err)
		}
	}
	for _, xs := range allNumbers(f) {
		for _, x := range xs {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return msg.Errorf("et tal er ikke endeligt (NaN eller uendeligt)")
			}
		}
	}
	return nil
}

// weekly reports a series named key with no weeks, or a week of it
// without width numbers.
func weekly(key string, xs [][]float64, width int) error {
	if len(xs) == 0 {
		return msg.Errorf("%s: ingen uger", key)
	}
	for t, x := range xs {
		if len(x) != width {
			return msg.Errorf("%s: uge %d har %d tal, skal have %d", key, t+1, len(x), width)
		}
	}
	return nil
}

// check reports the first series of c whose length does not fit its meta
// data.
func (c *Comparison) check() error {
	if len(c.Years) == 0 {
		return msg.Errorf("ingen år")
	}
	for key, n := range map[string]int{"cost": len(c.Cost), "cost_saved": len(c.CostSaved), "ydelser_change": len(c.YdelserChange), "change": len(c.Change), "p_saving": len(c.PSaving)} {
		if n != len(c.Years)+1 {
			return msg.Errorf("%s har %d perioder, skal have %d", key, n, len(c.Years)+1)
		}
	}
	if err := weekly("base_stock", c.BaseStock, len(c.States)); err != nil {
		return err
	}
	if err := weekly("alt_stock", c.AltStock, len(c.States)); err != nil {
		return err
	}
	if err := weekly("cum_change", c.CumChange, len(c.CumLevels)); err != nil {
		return err
	}
	if len(c.AltStock) != len(c.BaseStock) || len(c.CumChange) != len(c.BaseStock) || len(c.CumChangeMean) != len(c.BaseStock) {
		return msg.Errorf("ugeserierne har forskellig længde")
	}
	if len(c.PersonsChange) != len(c.States) {
		return msg.Errorf("persons_change har %d ydelser, skal have %d", len(c.PersonsChange), len(c.States))
	}
	if c.BreakEvenWeek >= len(c.CumChangeMean) {
		return msg.Errorf("break-even-ugen %d ligger efter tidshorisonten", c.BreakEvenWeek)
	}
	if len(c.BudgetChanges) == 0 {
		return msg.Errorf("ingen kørsler")
	}
	return c.Meta.check(len(c.BaseStock))
}

// check reports a start or end that is no date or does not fit the years
// or the number of weeks (weeks < 0: no weekly series to check).
func (m Meta) check(weeks int) error {
	start, err := time.Parse(time.DateOnly, m.Start)
	if err != nil {
		return msg.Errorf("start %q er ikke en dato (ÅÅÅÅ-MM-DD)", m.Start)
	}
	if err := m.checkStaircases(); err != nil {
		return err
	}
	if m.End == "" {
		return nil
	}
	end, err := time.Parse(time.DateOnly, m.End)
	if err != nil {
		return msg.Errorf("end %q er ikke en dato (ÅÅÅÅ-MM-DD)", m.End)
	}
	if end.Before(start) {
		return msg.Errorf("end %s ligger før start %s", m.End, m.Start)
	}
	ok := len(m.Years) == end.Year()-start.Year()+1
	for i, y := range m.Years {
		ok = ok && y == start.Year()+i
	}
	if !ok {
		return msg.Errorf("years %v passer ikke til dagene fra %s til %s", m.Years, m.Start, m.End)
	}
	if n := (sim.Calendar{Start: start}).WeekOf(end) + 1; weeks >= 0 && weeks != n {
		return msg.Errorf("ugeserierne har %d uger, men der er %d uger fra %s til %s", weeks, n, m.Start, m.End)
	}
	return nil
}

// allNumbers lists the one-dimensional series of f that must be finite.
func allNumbers(f *File) [][]float64 {
	var out [][]float64
	for _, c := range f.Comparisons {
		out = append(out, c.Cost, c.CostSaved, c.YdelserChange, c.BudgetChanges, c.CumChangeMean)
	}
	if s := f.Sensitivity; s != nil {
		for _, b := range s.Bars {
			out = append(out, []float64{b.Low, b.High, b.ChangeLow, b.ChangeHigh})
		}
	}
	return out
}
