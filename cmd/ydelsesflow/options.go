package main

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/arms"
	"ydelsesflow/msg"
	"ydelsesflow/plots"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// options are the flags that several commands share, parsed once by
// parseOptions. A command sees only the flags its flagRules give it; the
// others keep their zero values.
type options struct {
	runs      int     // --runs; 0: the scenario's (the baseline's) runs
	auto      bool    // --runs auto (compare)
	precision float64 // --precision, with --runs auto
	maxRuns   int     // --max-runs, with --runs auto
	seed      uint64  // --seed, if seedSet
	seedSet   bool
	workers   int    // --workers; 0: one per CPU core
	out       string // --out; "" for plot: the results directory
	format    string // --format
	quiet     bool   // --quiet
	trace     int    // --trace: persons to follow; 0: no trace
	// traceState is --trace-state: follow persons who start in this state.
	traceState  string
	prices      string        // --prices: "faste", "loebende", or "" for each scenario's own
	plots       bool          // --plots
	intervals   bool          // --intervals
	chart       plots.Options // --lang
	plotFormats []string      // --plot-formats
	targets     string        // --targets (calibrate)
	exact       bool          // --exact (run)
}

// runsAndSeed returns the number of runs and the seed: --runs if given or
// if the command's rule has a default for it (sensitivity's 100), and
// --seed if given; else sc's.
func (o options) runsAndSeed(sc *scenario.Scenario) (int, uint64) {
	runs, seed := sc.Runs, sc.Seed
	if o.runs > 0 {
		runs = o.runs
	}
	if o.seedSet {
		seed = o.seed
	}
	return runs, seed
}

// flagRules say which of the shared flags a command takes, with the
// command's own limits, defaults and help texts for them (in lang). The
// rules of every command follow, next to the flags' one definition in
// sharedFlags.
type flagRules struct {
	runs        *runsRule // nil: no --runs
	seed        string    // what --seed defaults to; "": neither --seed nor --workers
	out         string    // the help text of --out; "": no --out
	outDefault  string    // the default --out
	outDefText  string    // the help's default when outDefault is ""
	formats     []string  // the --format choices, the default first; nil: no --format
	quiet       string    // the help text of --quiet; "": no --quiet
	traceState  string    // whom --trace follows by default; "": no --trace
	plotsSwitch bool      // --plots
	intervals   bool      // --intervals
	charts      bool      // --lang and --plot-formats
	targets     bool      // --targets
	exact       bool      // --exact
	// dirArgs says that the command's arguments are directories, not
	// scenarios (plot): a "#" in them chooses no variant.
	dirArgs bool
}

// runsRule is one command's rule for --runs.
type runsRule struct {
	min     int    // the fewest runs
	value   int    // the default; 0: the scenario's runs
	usage   string // the help text
	defText string // the help's default when value is 0
	auto    bool   // "auto" is allowed, with --precision and --max-runs
}

// The commands' rules for the shared flags.
var (
	runFlags = flagRules{
		runs: &runsRule{min: 1, usage: msg.T(lang, "antal Monte Carlo-kørsler"), defText: msg.T(lang, "scenariets runs")},
		seed: msg.T(lang, "scenariets seed"),
		out:  msg.T(lang, "mappe til filerne"), outDefault: "ud",
		formats:     []string{"text", "markdown", "csv", "json", "xlsx"},
		quiet:       msg.T(lang, "udskriv intet på standard output; skriv kun filerne"),
		traceState:  msg.T(lang, "den første tilstand"),
		plotsSwitch: true, charts: true,
		exact: true,
	}
	compareFlags = flagRules{
		runs: &runsRule{min: 1, auto: true, defText: msg.T(lang, "basisscenariets runs"),
			usage: msg.T(lang, "antal Monte Carlo-kørsler, eller auto: tilføj kørsler, indtil MC-fejlen på den samlede besparelse er under --precision")},
		seed: msg.T(lang, "basisscenariets seed"),
		out:  msg.T(lang, "mappe til filerne"), outDefault: "ud",
		formats:     []string{"text", "markdown", "csv", "xlsx"},
		quiet:       msg.T(lang, "udskriv intet på standard output; skriv kun filerne"),
		traceState:  msg.T(lang, "personer, som indsatserne påvirker"),
		plotsSwitch: true, charts: true, intervals: true,
	}
	sensitivityFlags = flagRules{
		runs: &runsRule{min: 2, value: 100, usage: msg.T(lang, "Monte Carlo-kørsler pr. simulering")},
		seed: msg.T(lang, "basisscenariets seed"),
		out:  msg.T(lang, "mappe til filerne"), outDefault: "ud",
		quiet:       msg.T(lang, "udskriv intet på standard output; skriv kun filerne"),
		plotsSwitch: true, charts: true,
	}
	reportFlags = flagRules{
		runs: &runsRule{min: 2, usage: msg.T(lang, "antal Monte Carlo-kørsler"), defText: msg.T(lang, "basisscenariets runs")},
		seed: msg.T(lang, "basisscenariets seed"),
		out:  msg.T(lang, "mappe til rapport.html"), outDefault: "ud",
		quiet:       msg.T(lang, "udskriv intet på standard output"),
		plotsSwitch: true, charts: true,
	}
	calibrateFlags = flagRules{
		runs: &runsRule{min: 1, usage: msg.T(lang, "Monte Carlo-kørsler pr. beregning, hvis kæden ikke kan regne scenariet eksakt"), defText: msg.T(lang, "scenariets runs")},
		seed: msg.T(lang, "scenariets seed"),
		out:  msg.T(lang, "mappe til filerne"), outDefault: "kalibrering",
		quiet:   msg.T(lang, "udskriv intet på standard output; skriv kun filerne"),
		charts:  true,
		targets: true,
	}
	plotFlags = flagRules{
		out: msg.T(lang, "mappe til diagrammerne"), outDefText: msg.T(lang, "RESULTATMAPPE"),
		charts: true, dirArgs: true,
	}
)

// defaultPrecision and defaultMaxRuns are the defaults of --precision and
// --max-runs.
const (
	defaultPrecision = 50000
	defaultMaxRuns   = 10000
)

// sharedFlags returns the shared flags a command takes by its rules.
func sharedFlags(r flagRules) []cli.Flag {
	var flags []cli.Flag
	if r.runs != nil {
		f := &cli.StringFlag{Name: "runs", Aliases: []string{"n"}, Usage: r.runs.usage, DefaultText: r.runs.defText}
		if r.runs.value > 0 {
			f.Value, f.DefaultText = strconv.Itoa(r.runs.value), strconv.Itoa(r.runs.value)
		}
		flags = append(flags, f)
		if r.runs.auto {
			flags = append(flags,
				&cli.Float64Flag{Name: "precision", Value: defaultPrecision, Usage: msg.T(lang, "med --runs auto: den ønskede Monte Carlo-fejl på den samlede besparelse, i `KR`")},
				&cli.IntFlag{Name: "max-runs", Value: defaultMaxRuns, Usage: msg.T(lang, "med --runs auto: stop ved så mange kørsler, også hvis målet ikke er nået")})
		}
	}
	if r.seed != "" {
		flags = append(flags,
			&cli.Uint64Flag{Name: "seed", Usage: msg.T(lang, "hovedseed for de tilfældige tal"), DefaultText: r.seed},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: msg.T(lang, "parallelle arbejdere (ændrer ikke resultaterne)"), DefaultText: msg.T(lang, "én pr. CPU-kerne")},
			&cli.StringFlag{Name: "prices", Usage: msg.T(lang, "priserne, som beløbene vises i: faste (scenariets price_base, fx 2027-priser) eller loebende"), DefaultText: msg.T(lang, "scenariets prices")})
	}
	if r.out != "" {
		flags = append(flags, &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: r.outDefault, Usage: r.out, DefaultText: r.outDefText})
	}
	if r.formats != nil {
		flags = append(flags, &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: r.formats[0], Usage: msg.Sprintf(lang, "hvad der udskrives på standard output: %s", strings.Join(r.formats, ", "))})
	}
	if r.quiet != "" {
		flags = append(flags, &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: r.quiet, DisableDefaultText: true})
	}
	if r.traceState != "" {
		flags = append(flags,
			&cli.IntFlag{Name: "trace", Usage: msg.T(lang, "udskriv forløbet uge for uge for `N` personer (kørsel 1) i stedet for tabellerne; skriver ingen filer"), DefaultText: msg.T(lang, "ingen")},
			&cli.StringFlag{Name: "trace-state", Usage: msg.T(lang, "følg personer, der starter i `TILSTAND`"), DefaultText: r.traceState})
	}
	if r.plotsSwitch {
		flags = append(flags, &cli.BoolFlag{Name: "plots", Aliases: []string{"p"}, Usage: msg.T(lang, "tegn også diagrammerne (PNG, SVG, PDF) i --out"), DisableDefaultText: true})
	}
	if r.intervals {
		flags = append(flags, &cli.BoolFlag{Name: "intervals", Usage: msg.T(lang, "vis 90 %-intervallet under hvert tal i budgetskemaet"), DisableDefaultText: true})
	}
	if r.exact {
		flags = append(flags, &cli.BoolFlag{Name: "exact", Usage: msg.T(lang, "regn de forventede værdier uden tilfældige tal i stedet for at simulere"), DisableDefaultText: true})
	}
	if r.targets {
		flags = append(flags, &cli.StringFlag{Name: "targets", Usage: msg.T(lang, "målfilen (CSV) med kommunens observerede tal"), DefaultText: msg.T(lang, "scenariets calibration.targets")})
	}
	if r.charts {
		flags = append(flags,
			&cli.StringFlag{Name: "lang", Value: "da", Usage: msg.T(lang, "diagrammernes sprog: da eller en")},
			&cli.StringFlag{Name: "plot-formats", Value: strings.Join(plots.Formats, ","), Usage: msg.T(lang, "diagrammernes filformater, adskilt med komma: png, svg, pdf")})
	}
	return flags
}

// parseOptions reads and checks the shared flags a command takes by its
// rules, and its scenario arguments' variants, before anything is loaded or
// simulated. A flag that would change nothing (--lang without --plots,
// --precision without --runs auto) is a usage mistake, not a warning: the
// user meant something the command would not do, and learns it before a
// simulation of minutes rather than after it.
func parseOptions(c *cli.Context, r flagRules) (options, error) {
	var o options
	if !r.dirArgs {
		if err := checkVariants(c.Args().Slice()); err != nil {
			return o, err
		}
	}
	if r.runs != nil {
		if err := o.parseRuns(c, r.runs); err != nil {
			return o, err
		}
	}
	if r.seed != "" {
		o.seed, o.seedSet, o.workers = c.Uint64("seed"), c.IsSet("seed"), c.Int("workers")
		switch o.prices = c.String("prices"); o.prices {
		case "", "faste", "loebende":
		case "løbende":
			o.prices = "loebende"
		default:
			return o, usagef("ukendt --prices %q; brug faste eller loebende", o.prices)
		}
	}
	if r.out != "" {
		o.out = c.String("out")
	}
	if r.formats != nil {
		o.format = c.String("format")
		if !slices.Contains(r.formats, o.format) {
			return o, usagef("ukendt --format %q; brug en af %s", o.format, strings.Join(r.formats, ", "))
		}
	}
	if r.quiet != "" {
		o.quiet = c.Bool("quiet")
	}
	if r.traceState != "" {
		o.traceState = c.String("trace-state")
		if c.IsSet("trace") {
			if o.trace = c.Int("trace"); o.trace < 1 {
				return o, usagef("--trace kræver et antal personer, mindst 1, fik %d", o.trace)
			}
		}
	}
	if r.plotsSwitch {
		o.plots = c.Bool("plots")
	}
	if r.targets {
		o.targets = c.String("targets")
	}
	if r.intervals {
		o.intervals = c.Bool("intervals")
	}
	if r.exact {
		o.exact = c.Bool("exact")
	}
	if r.charts && r.plotsSwitch && !o.plots {
		for _, name := range []string{"lang", "plot-formats"} {
			if c.IsSet(name) {
				return o, usagef("--%s gælder diagrammerne, som kun tegnes med --plots; tilføj --plots, eller udelad --%s", name, name)
			}
		}
	}
	if r.charts {
		chartLang, err := msg.ParseLang(c.String("lang"))
		if err != nil {
			return o, usagef("--lang: %w", err)
		}
		o.chart.Lang = chartLang
		for _, f := range strings.Split(c.String("plot-formats"), ",") {
			f = strings.TrimSpace(strings.ToLower(f))
			if !slices.Contains(plots.Formats, f) {
				return o, usagef("--plot-formats: ukendt format %q; brug %s", f, strings.Join(plots.Formats, ", "))
			}
			if !slices.Contains(o.plotFormats, f) {
				o.plotFormats = append(o.plotFormats, f)
			}
		}
	}
	return o, nil
}

// parseRuns reads --runs by the command's rule, and with --runs auto
// --precision and --max-runs.
func (o *options) parseRuns(c *cli.Context, r *runsRule) error {
	o.runs = r.value
	if r.auto && c.String("runs") != "auto" {
		for _, name := range []string{"precision", "max-runs"} {
			if c.IsSet(name) {
				return usagef("--%s gælder kun --runs auto; tilføj --runs auto, eller udelad --%s", name, name)
			}
		}
	}
	if !c.IsSet("runs") {
		return nil
	}
	s := c.String("runs")
	if r.auto && s == "auto" {
		o.auto, o.runs = true, 0
		o.precision, o.maxRuns = c.Float64("precision"), c.Int("max-runs")
		if !(o.precision > 0) {
			return usagef("--precision skal være et beløb i kr. over 0, fik %v", o.precision)
		}
		if o.maxRuns < arms.FirstBatch {
			return usagef("--max-runs skal være mindst %d, fik %d", arms.FirstBatch, o.maxRuns)
		}
		if o.maxRuns > sim.MaxRuns {
			return usagef("--max-runs er højst %d, fik %d", sim.MaxRuns, o.maxRuns)
		}
		return nil
	}
	n, err := strconv.Atoi(s)
	switch {
	case r.auto && (err != nil || n < r.min):
		return usagef("--runs skal være et antal kørsler, mindst %d, eller auto; fik %q", r.min, s)
	case err != nil:
		return usagef("--runs skal være et antal kørsler, mindst %d; fik %q", r.min, s)
	case n < r.min:
		return usagef("--runs skal være mindst %d, fik %d", r.min, n)
	case n > sim.MaxRuns:
		return usagef("--runs er højst %d, fik %d", sim.MaxRuns, n)
	}
	o.runs = n
	return nil
}

// action is a command's work: a function of the shared options, the
// command's arguments and its output writers.
type action func(o options, args []string, stdout, stderr io.Writer) error

// cliAction parses the shared flags by r and calls f.
func cliAction(r flagRules, f action) cli.ActionFunc {
	return func(c *cli.Context) error {
		o, err := parseOptions(c, r)
		if err != nil {
			return err
		}
		return f(o, c.Args().Slice(), c.App.Writer, c.App.ErrWriter)
	}
}
