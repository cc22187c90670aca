package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

func compareCommand() *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "compare interventions with a baseline, as the kommune's budget table",
		ArgsUsage: "[BASELINE] INTERVENTION...",
		Description: `Simulates BASELINE and each INTERVENTION scenario on common random numbers — the same
seed and the same random numbers per person, keyed by the person's identity — so that a
participant's life differs only where the intervention acts, and prints for each
intervention the table "Økonomiske konsekvenser (1.000 kr. ekskl. moms)": one column per
budget year and the total, lines for each intervention cost, the change in ydelser
(gross), in state refusion and net, and the kommune's net change; + is extra spending,
− a saving; each figure the mean over the runs with the 90 % interval underneath. Below
it: the saving per year with its Monte Carlo error, P5/P50/P95 and the probability that
it saves money, the present value at the scenario's discount rate, the break-even week,
and the helårspersoner moved between ydelser.

With a single scenario, its baseline is the same scenario without its interventions.

--runs auto adds runs — 100, then doubling — until the Monte Carlo error of every total
saving is below --precision kr., or --max-runs is reached, and says which. The figures equal
those of a fixed --runs of the same number.
A scenario may be FILE#VARIANT to choose one of the variants the file declares.

Writes to the --out directory:
  sammenligning.txt   the printed tables
  sammenligning.md    the same in Markdown
  sammenligning.csv   every figure in kr. with mean, sd, MC error, P5, P50, P95
  resultat.json       the figures the charts are drawn from (see plot)
and with --plots the charts budget, besparelse-akkumuleret, besparelse-fordeling and
personer-med-og-uden as PNG, SVG and PDF (see plot).

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of the first N persons whose path the interventions
change (or who start in --trace-state), in the baseline and with the interventions, so that
the arithmetic can be checked by hand; unpaid weeks in one state share a line.`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "runs", Aliases: []string{"n"}, Usage: "number of Monte Carlo runs, or auto: add runs until the MC error of the total saving is below --precision", DefaultText: "the baseline's runs"},
			&cli.Float64Flag{Name: "precision", Value: 50000, Usage: "with --runs auto: the target Monte Carlo error of the total saving, in `KR`"},
			&cli.IntFlag{Name: "max-runs", Value: 10000, Usage: "with --runs auto: stop at this many runs even if the target is not reached"},
			&cli.Uint64Flag{Name: "seed", Usage: "master random seed", DefaultText: "the baseline's seed"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (does not change the results)", DefaultText: "one per CPU core"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "ud", Usage: "directory for the output files"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "what to print on standard output: text, markdown, csv"},
			&cli.IntFlag{Name: "trace", Usage: "print the week-by-week path of `N` persons (run 1) instead of the tables; writes no files"},
			&cli.StringFlag{Name: "trace-state", Usage: "trace persons who start in `STATE` (default: persons the interventions affect)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing on standard output; only write the files"},
		}, plotFlags(true)...),
		Action:       compareAction,
		OnUsageError: usage,
	}
}

// autoFirstBatch is the number of runs --runs auto starts with; each
// further batch doubles the runs.
const autoFirstBatch = 100

// arm is one alternative with the baseline it is compared against.
type arm struct {
	alt, base         *scenario.Scenario
	baseName, altName string
}

func compareAction(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) == 0 {
		return usageError{"compare needs at least one scenario with interventions"}
	}
	format := c.String("format")
	if !contains([]string{"text", "markdown", "csv"}, format) {
		return usageError{fmt.Sprintf("unknown --format %q; use text, markdown or csv", format)}
	}
	auto, fixedRuns := false, 0
	if c.IsSet("runs") {
		if c.String("runs") == "auto" {
			auto = true
		} else if n, err := strconv.Atoi(c.String("runs")); err != nil || n < 1 {
			return usageError{fmt.Sprintf("--runs must be a number of runs, at least 1, or auto; got %q", c.String("runs"))}
		} else {
			fixedRuns = n
		}
	}
	if auto && !(c.Float64("precision") > 0) {
		return usageError{fmt.Sprintf("--precision must be an amount in kr. above 0, got %v", c.Float64("precision"))}
	}
	if auto && c.Int("max-runs") < autoFirstBatch {
		return usageError{fmt.Sprintf("--max-runs must be at least %d, got %d", autoFirstBatch, c.Int("max-runs"))}
	}
	arms, err := loadArms(args)
	if err != nil {
		return err
	}
	runs, seed := arms[0].base.Runs, arms[0].base.Seed
	if fixedRuns > 0 {
		runs = fixedRuns
	}
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	if c.IsSet("trace") {
		return traceArms(c, arms[0], seed)
	}

	ar := newArmResults(arms)
	// compare returns the comparisons and the largest MC error of a total saving.
	compare := func() ([]*sim.Comparison, float64, error) {
		cmps, err := ar.compare()
		worst := 0.0
		for _, cmp := range cmps {
			worst = max(worst, cmp.Saving[len(cmp.Years)].MCSE)
		}
		return cmps, worst, err
	}

	note := ""
	var cmps []*sim.Comparison
	if !auto {
		if err := ar.simulate(c, seed, 0, runs); err != nil {
			return err
		}
		var err error
		if cmps, _, err = compare(); err != nil {
			return err
		}
	} else {
		// Double the runs until the Monte Carlo error of the total saving is
		// below the target in every comparison, or the cap is reached.
		target, limit := c.Float64("precision"), c.Int("max-runs")
		runs = 0
		for n := autoFirstBatch; ; n = min(runs, limit-runs) {
			if err := ar.simulate(c, seed, runs, n); err != nil {
				return err
			}
			runs += n
			var worst float64
			var err error
			if cmps, worst, err = compare(); err != nil {
				return err
			}
			if worst < target {
				note = fmt.Sprintf("--runs auto: stoppede efter %d kørsler, da MC-fejlen på den samlede besparelse (%s kr.) var under målet %s kr.",
					runs, tables.Number(worst), tables.Number(target))
				break
			}
			if runs >= limit {
				note = fmt.Sprintf("--runs auto: loftet på %d kørsler (--max-runs) nået; MC-fejlen på den samlede besparelse (%s kr.) er stadig over målet %s kr.",
					runs, tables.Number(worst), tables.Number(target))
				break
			}
		}
		fmt.Fprintln(c.App.ErrWriter, note)
	}

	var txt, md, csv bytes.Buffer
	rf := &results.File{}
	for i, a := range arms {
		cmp := cmps[i]
		rmeta := results.NewMeta(a.alt.Model, a.alt.Title, a.altName, a.alt.Start, runs, seed)
		rmeta.Baseline = a.baseName
		rf.Comparisons = append(rf.Comparisons, results.FromComparison(rmeta, ar.base[a.base], ar.alt[i], cmp))
		meta := rmeta
		meta.Note = note
		if i > 0 {
			txt.WriteString("\n\n")
			md.WriteString("\n")
		}
		if err := tables.CompareText(&txt, meta, cmp, a.alt.Model); err != nil {
			return err
		}
		if err := tables.CompareMarkdown(&md, meta, cmp, a.alt.Model); err != nil {
			return err
		}
		if err := tables.CompareCSV(&csv, meta, cmp, a.alt.Model, i == 0); err != nil {
			return err
		}
	}
	mdDoc := append([]byte("# Økonomiske konsekvenser\n\n"), md.Bytes()...)
	files := map[string][]byte{"sammenligning.txt": txt.Bytes(), "sammenligning.md": mdDoc, "sammenligning.csv": csv.Bytes()}
	if err := addResults(c, files, rf); err != nil {
		return err
	}
	if err := writeFiles(c.String("out"), files); err != nil {
		return err
	}
	if c.Bool("quiet") {
		return nil
	}
	show := map[string]string{"text": "sammenligning.txt", "markdown": "sammenligning.md", "csv": "sammenligning.csv"}[format]
	if _, err := c.App.Writer.Write(files[show]); err != nil {
		return err
	}
	if format == "text" {
		fmt.Fprintf(c.App.Writer, "\nFiler skrevet til %s/: %s\n", c.String("out"), strings.Join(fileNames(files), ", "))
	}
	return nil
}

// armResults holds the simulated runs of a set of arms: one Result per
// distinct baseline, shared by the arms compared with it, and one per
// alternative.
type armResults struct {
	arms []arm
	base map[*scenario.Scenario]*sim.Result
	alt  []*sim.Result
}

func newArmResults(arms []arm) *armResults {
	return &armResults{arms: arms, base: map[*scenario.Scenario]*sim.Result{}, alt: make([]*sim.Result, len(arms))}
}

// simulate adds runs first … first+n−1 to every baseline and alternative,
// with one progress bar over all of them.
func (ar *armResults) simulate(c *cli.Context, seed uint64, first, n int) error {
	var order []*scenario.Scenario // each baseline once, before its first alternative
	for _, a := range ar.arms {
		if !slices.Contains(order, a.base) {
			order = append(order, a.base)
		}
		order = append(order, a.alt)
	}
	bar := newProgress(c.App.ErrWriter, n*len(order))
	defer bar.finish()
	for k, sc := range order {
		res, err := sim.Run(sc.Model, sim.Options{Runs: n, FirstRun: first, Seed: seed, Workers: c.Int("workers"),
			Progress: func(done int) { bar.update(k*n + done) }, ModelFor: modelFor(sc, seed)})
		if err != nil {
			return err
		}
		into := func(r **sim.Result) error { // append res to *r, or set it
			if *r == nil {
				*r = res
				return nil
			}
			return (*r).Append(res)
		}
		if i := slices.IndexFunc(ar.arms, func(a arm) bool { return a.alt == sc }); i >= 0 {
			err = into(&ar.alt[i])
		} else {
			r := ar.base[sc]
			err = into(&r)
			ar.base[sc] = r
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// compare returns each arm's comparison of its alternative with its baseline.
func (ar *armResults) compare() ([]*sim.Comparison, error) {
	var cmps []*sim.Comparison
	for i, a := range ar.arms {
		cmp, err := sim.Compare(ar.base[a.base], ar.alt[i], a.alt.DiscountRate)
		if err != nil {
			return nil, err
		}
		cmps = append(cmps, cmp)
	}
	return cmps, nil
}

// loadArms loads [BASELINE] INTERVENTION... into arms; without a
// BASELINE each alternative is compared with itself without interventions.
func loadArms(args []string) ([]arm, error) {
	var (
		arms []arm
		base *scenario.Scenario
	)
	altArgs := args
	if len(args) > 1 {
		b, err := loader.Load(scenarioName(args[0]))
		if err != nil {
			return nil, err
		}
		base, altArgs = b, args[1:]
	}
	for _, a := range altArgs {
		alt, err := loader.Load(scenarioName(a))
		if err != nil {
			return nil, err
		}
		if len(alt.Model.Interventions) == 0 {
			return nil, fmt.Errorf("%s has no interventions, so there is nothing to compare; add interventions: to it", a)
		}
		ar := arm{alt: alt, altName: a}
		if base != nil {
			ar.base, ar.baseName = base, args[0]
			if err := sim.Compatible(base.Model, alt.Model); err != nil {
				return nil, fmt.Errorf("%s cannot be compared with %s: %v", a, args[0], err)
			}
			if !base.Start.Equal(alt.Start) {
				return nil, fmt.Errorf("%s starts %s and %s starts %s; use the same start", args[0], base.Start.Format(time.DateOnly), a, alt.Start.Format(time.DateOnly))
			}
		} else {
			ar.base, ar.baseName = alt.WithoutInterventions(), a+" uden indsatser"
		}
		arms = append(arms, ar)
	}
	return arms, nil
}

// traceArms prints the week-by-week paths of the same persons in the
// baseline and the alternative: by default the first persons of run 1 whose
// path the interventions change, else those who start in --trace-state or in
// the state the first intervention acts on.
func traceArms(c *cli.Context, a arm, seed uint64) error {
	n, err := traceCount(c)
	if err != nil {
		return err
	}
	m := a.alt.Model
	var pick func(sim.Origin) bool
	what := ""
	if state := c.String("trace-state"); state != "" {
		s, err := stateByName(m, state)
		if err != nil {
			return err
		}
		pick, what = startsIn(s, nil), "starter i "+m.States[s].Label
	} else if ch, err := changed(a.base.Model, m, seed, n); err != nil {
		return err
	} else if len(ch) > 0 {
		pick, what = func(o sim.Origin) bool { return ch[o] }, "indsatsen ændrer forløbet for"
	} else {
		s, groups := traceDefault(m)
		pick, what = startsIn(s, groups), "starter i "+m.States[s].Label
	}
	for i, sc := range []*scenario.Scenario{a.base, a.alt} {
		name := []string{"Basis: " + a.baseName, "Indsats: " + a.altName}[i]
		if err := printTrace(c.App.Writer, name+" — personer "+what, sc, seed, pick, n); err != nil {
			return err
		}
	}
	return nil
}

// changed returns the origins of the first n persons of run 1 (in the order
// they enter) whose path — state, clock and cost week by week — differs
// between base and alt.
func changed(base, alt *sim.Model, seed uint64, n int) (map[sim.Origin]bool, error) {
	var order []sim.Origin
	paths := [2]map[sim.Origin]uint64{{}, {}} // a hash of each person's path
	for i, m := range []*sim.Model{base, alt} {
		tr := &sim.Trace{
			Select: func(o sim.Origin) bool {
				if i == 1 {
					order = append(order, o)
				}
				return true
			},
			Week: func(o sim.Origin, w sim.PersonWeek) {
				h := paths[i][o]
				for _, x := range []uint64{uint64(w.Week), uint64(w.State), uint64(w.Clock), math.Float64bits(w.Gross), uint64(w.Intervention + 1)} {
					h = (h ^ x) * 0x100000001b3 // FNV-1a step
				}
				paths[i][o] = h
			},
		}
		if _, err := sim.Run(m, sim.Options{Runs: 1, Seed: seed, Trace: tr}); err != nil {
			return nil, err
		}
	}
	out := map[sim.Origin]bool{}
	for _, o := range order {
		if len(out) < n && paths[0][o] != paths[1][o] {
			out[o] = true
		}
	}
	return out, nil
}

// startsIn selects persons who start in state s, in one of groups (nil: any).
func startsIn(s int, groups []bool) func(sim.Origin) bool {
	return func(o sim.Origin) bool { return o.State == s && (groups == nil || groups[o.Group]) }
}

// stateByName returns the index of the named state, or a usage error that
// lists the states.
func stateByName(m *sim.Model, name string) (int, error) {
	names := make([]string, len(m.States))
	for i, st := range m.States {
		if st.Name == name {
			return i, nil
		}
		names[i] = st.Name
	}
	return -1, usageError{fmt.Sprintf("--trace-state: no state %q; the states are %s", name, strings.Join(names, ", "))}
}

// traceDefault is the state and the groups whose persons a trace follows
// when nobody takes part in an intervention: those eligible for the first
// intervention with a target, else those whose entries the first diversion
// acts on.
func traceDefault(m *sim.Model) (int, []bool) {
	for _, iv := range m.Interventions {
		if iv.Target >= 0 {
			return iv.Target, iv.Groups
		}
	}
	for _, iv := range m.Interventions {
		if len(iv.Divert) > 0 {
			return iv.Divert[0].State, iv.Divert[0].Groups
		}
	}
	return 0, nil
}

// printTrace simulates run 1 of sc and prints every week of the first n
// persons that pick selects. Consecutive weeks that differ only in the week
// number (unpaid weeks, where the clock stands still) share one line.
func printTrace(w io.Writer, title string, sc *scenario.Scenario, seed uint64, pick func(sim.Origin) bool, n int) error {
	m := sc.Model
	weeks := map[sim.Origin][]sim.PersonWeek{}
	var order []sim.Origin
	tr := &sim.Trace{
		Run: 0,
		Select: func(o sim.Origin) bool {
			if len(order) >= n || !pick(o) {
				return false
			}
			order = append(order, o)
			return true
		},
		Week: func(o sim.Origin, pw sim.PersonWeek) { weeks[o] = append(weeks[o], pw) },
	}
	if _, err := sim.Run(m, sim.Options{Runs: 1, Seed: seed, Trace: tr}); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s — kørsel 1, seed %d\n", title, seed)
	if len(order) == 0 {
		fmt.Fprintln(w, "\nIngen personer at følge i kørsel 1.")
	}
	calendar := sim.Calendar{Start: sc.Start}.Label
	for _, o := range order {
		origin := fmt.Sprintf("i bestanden ved start (%s, %s nr. %d)", m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		if o.Inflow {
			origin = fmt.Sprintf("tilgang i uge %d (%s, %s nr. %d)", o.Week+1, m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		}
		fmt.Fprintf(w, "\nPerson %s\n", origin)
		fmt.Fprintf(w, "  %9s  %-17s  %-26s %9s %5s %5s %10s %10s  %s\n", "uge", "kalender", "tilstand", "uger", "ur", "refu.", "brutto kr.", "netto kr.", "indsats")
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
					iv += " (venter)"
				}
			}
			fmt.Fprintf(w, "  %9s  %-17s  %-26s %9s %5d %5s %10s %10s  %s\n", uge, kal, m.States[pw.State].Label,
				uger, pw.Clock, tables.Percent(pw.StateShare), tables.Decimal(pw.Gross), tables.Decimal(pw.Net), iv)
			i = j
		}
	}
	fmt.Fprintln(w)
	return nil
}

// sameWeek reports whether b continues a's line in a trace: the same state
// and figures, the clock standing still, and one more week in the state.
func sameWeek(b, a sim.PersonWeek) bool {
	return b.State == a.State && b.Clock == a.Clock && b.StateShare == a.StateShare && b.Gross == a.Gross &&
		b.Net == a.Net && b.Intervention == a.Intervention && b.Waiting == a.Waiting && b.Gross == 0
}
