package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

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
A scenario may be FILE#VARIANT to choose one of the variants the file declares.

Writes to the --out directory:
  sammenligning.txt   the printed tables
  sammenligning.md    the same in Markdown
  sammenligning.csv   every figure in kr. with mean, sd, MC error, P5, P50, P95

--trace N prints, for run 1, week by week the state, clock, refusion and net cost of N
persons who start in the first intervention's target state, in the baseline and with the
intervention, so that the arithmetic can be checked by hand.`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "runs", Aliases: []string{"n"}, Usage: "number of Monte Carlo runs", DefaultText: "the baseline's runs"},
			&cli.Uint64Flag{Name: "seed", Usage: "master random seed", DefaultText: "the baseline's seed"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (does not change the results)", DefaultText: "one per CPU core"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "ud", Usage: "directory for the output files"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "what to print on standard output: text, markdown, csv"},
			&cli.IntFlag{Name: "trace", Usage: "print the week-by-week path of `N` persons (run 1) instead of the tables; writes no files"},
			&cli.StringFlag{Name: "trace-state", Usage: "trace persons who start in `STATE` (default: the first intervention's target)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing on standard output; only write the files"},
		},
		Action:       compareAction,
		OnUsageError: usage,
	}
}

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
	if c.IsSet("runs") && c.Int("runs") < 1 {
		return usageError{fmt.Sprintf("--runs must be at least 1, got %d", c.Int("runs"))}
	}
	var arms []arm
	var base *scenario.Scenario
	altArgs := args
	if len(args) > 1 {
		b, err := loader.Load(scenarioName(args[0]))
		if err != nil {
			return err
		}
		base, altArgs = b, args[1:]
	}
	for _, a := range altArgs {
		alt, err := loader.Load(scenarioName(a))
		if err != nil {
			return err
		}
		if len(alt.Model.Interventions) == 0 {
			return fmt.Errorf("%s has no interventions, so there is nothing to compare; add interventions: to it", a)
		}
		ar := arm{alt: alt, altName: a}
		if base != nil {
			ar.base, ar.baseName = base, args[0]
			if err := sim.Compatible(base.Model, alt.Model); err != nil {
				return fmt.Errorf("%s cannot be compared with %s: %v", a, args[0], err)
			}
			if !base.Start.Equal(alt.Start) {
				return fmt.Errorf("%s starts %s and %s starts %s; use the same start", args[0], base.Start.Format(time.DateOnly), a, alt.Start.Format(time.DateOnly))
			}
		} else {
			ar.base, ar.baseName = alt.WithoutInterventions(), a+" uden indsatser"
		}
		arms = append(arms, ar)
	}
	first := arms[0].base
	runs, seed := first.Runs, first.Seed
	if c.IsSet("runs") {
		runs = c.Int("runs")
	}
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	if c.IsSet("trace") {
		return traceArms(c, arms[0], seed)
	}

	bar := newProgress(c.App.ErrWriter, runs*(2*len(arms)))
	done := 0
	simulate := func(sc *scenario.Scenario) (*sim.Result, error) {
		offset := done
		res, err := sim.Run(sc.Model, sim.Options{Runs: runs, Seed: seed, Workers: c.Int("workers"),
			Progress: func(n int) { bar.update(offset + n) }})
		done += runs
		return res, err
	}
	var txt, md, csv bytes.Buffer
	baseResults := map[*scenario.Scenario]*sim.Result{}
	for i, a := range arms {
		br, ok := baseResults[a.base]
		if !ok {
			var err error
			if br, err = simulate(a.base); err != nil {
				bar.finish()
				return err
			}
			baseResults[a.base] = br
		}
		ar, err := simulate(a.alt)
		if err != nil {
			bar.finish()
			return err
		}
		cmp, err := sim.Compare(br, ar, a.alt.DiscountRate)
		if err != nil {
			bar.finish()
			return err
		}
		meta := tables.CompareMeta{Title: a.alt.Title, Scenario: a.altName, Baseline: a.baseName, Start: a.alt.Start, Runs: runs, Seed: seed}
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
	bar.finish()
	mdDoc := append([]byte("# Økonomiske konsekvenser\n\n"), md.Bytes()...)
	files := map[string][]byte{"sammenligning.txt": txt.Bytes(), "sammenligning.md": mdDoc, "sammenligning.csv": csv.Bytes()}
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

// traceArms prints the week-by-week paths of the same persons in the
// baseline and the alternative.
func traceArms(c *cli.Context, a arm, seed uint64) error {
	n := c.Int("trace")
	if n < 1 {
		return usageError{fmt.Sprintf("--trace needs a number of persons, at least 1, got %d", n)}
	}
	m := a.alt.Model
	state, groups := c.String("trace-state"), []bool(nil)
	if state == "" {
		state, groups = traceDefault(m)
	}
	for i, sc := range []*scenario.Scenario{a.base, a.alt} {
		name := []string{"Basis: " + a.baseName, "Indsats: " + a.altName}[i]
		if err := printTrace(c.App.Writer, name, sc, seed, state, groups, n); err != nil {
			return err
		}
	}
	return nil
}

// traceDefault is the state and the groups whose persons a trace follows by
// default: those eligible for the first intervention with a target, else
// those whose entries the first diversion acts on.
func traceDefault(m *sim.Model) (string, []bool) {
	for _, iv := range m.Interventions {
		if iv.Target >= 0 {
			return m.States[iv.Target].Name, iv.Groups
		}
	}
	for _, iv := range m.Interventions {
		if len(iv.Divert) > 0 {
			return m.States[iv.Divert[0].State].Name, iv.Divert[0].Groups
		}
	}
	return m.States[0].Name, nil
}

// printTrace simulates run 1 of sc and prints every week of the first n
// persons who start in the named state, in one of groups (nil: any).
func printTrace(w io.Writer, title string, sc *scenario.Scenario, seed uint64, state string, groups []bool, n int) error {
	m := sc.Model
	s := -1
	for i, st := range m.States {
		if st.Name == state {
			s = i
		}
	}
	if s < 0 {
		names := make([]string, len(m.States))
		for i, st := range m.States {
			names[i] = st.Name
		}
		return usageError{fmt.Sprintf("--trace-state: no state %q; the states are %s", state, strings.Join(names, ", "))}
	}
	lines := map[sim.Origin]*strings.Builder{}
	var order []sim.Origin
	tr := &sim.Trace{
		Run: 0,
		Select: func(o sim.Origin) bool {
			if o.State != s || len(order) >= n || (groups != nil && !groups[o.Group]) {
				return false
			}
			order = append(order, o)
			lines[o] = &strings.Builder{}
			return true
		},
		Week: func(o sim.Origin, pw sim.PersonWeek) {
			d := sc.Start.AddDate(0, 0, 7*pw.Week)
			y, wk := d.ISOWeek()
			iv := ""
			if pw.Intervention >= 0 {
				iv = m.Interventions[pw.Intervention].Name
				if pw.Waiting {
					iv += " (venter)"
				}
			}
			fmt.Fprintf(lines[o], "  %4d  %d-U%02d  %-26s %5d %5d %5s %10s %10s  %s\n", pw.Week+1, y, wk, m.States[pw.State].Label,
				pw.WeeksInState, pw.Clock, tables.Percent(pw.StateShare), tables.Decimal(pw.Gross), tables.Decimal(pw.Net), iv)
		},
	}
	if _, err := sim.Run(m, sim.Options{Runs: 1, Seed: seed, Trace: tr}); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s — kørsel 1, seed %d\n", title, seed)
	for _, o := range order {
		origin := fmt.Sprintf("i bestanden ved start (%s, %s nr. %d)", m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		if o.Inflow {
			origin = fmt.Sprintf("tilgang i uge %d (%s, %s nr. %d)", o.Week+1, m.States[o.State].Name, m.Groups[o.Group], o.Index+1)
		}
		fmt.Fprintf(w, "\nPerson %s\n", origin)
		fmt.Fprintf(w, "  %4s  %-8s  %-26s %5s %5s %5s %10s %10s  %s\n", "uge", "kalender", "tilstand", "uger", "ur", "refu.", "brutto kr.", "netto kr.", "indsats")
		w.Write([]byte(lines[o].String()))
	}
	fmt.Fprintln(w)
	return nil
}
