package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/results"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
	"ydelsesflow/tables"
)

// loader reads files from disk with the embedded scenarios as fallback.
var loader = &scenario.Loader{Embedded: scenarios.FS}

// scenarioName turns a command-line argument into a loader name: an
// existing file on disk, else an embedded scenario, else the path (whose
// error then says the file is missing).
//
// A "#VARIANT" suffix is kept: it chooses a variant of the file.
func scenarioName(arg string) string {
	if arg == "" {
		return scenario.EmbeddedPrefix + scenarios.Default
	}
	if file, variant, ok := strings.Cut(arg, "#"); ok {
		return scenarioName(file) + "#" + variant
	}
	if strings.HasPrefix(arg, scenario.EmbeddedPrefix) {
		return arg
	}
	if _, err := os.Stat(arg); err != nil {
		if _, err := fs.Stat(scenarios.FS, arg); err == nil {
			return scenario.EmbeddedPrefix + arg
		}
	}
	return arg
}

var formats = []string{"text", "markdown", "csv", "json"}

func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "simulate a scenario and print its yearly budget table",
		ArgsUsage: "[SCENARIO]",
		Description: `Simulates SCENARIO (a YAML file, or the name of an embedded scenario; default: the
embedded default.yaml) and prints, per budget year, helårspersoner, gross spending,
state refusion and the kommune's net spending per ydelse, in 1.000 kr., as the mean over
the Monte Carlo runs with the 90 % interval (P5–P95) underneath.

It also writes to the --out directory:
  tabel.txt      the printed table
  tabel.md       the same table in Markdown
  summary.csv    every figure per year, state and measure (kr., full precision)
  runs.csv       the totals of every run, year and state (kr.)
  summary.json   the figures with the scenario's metadata
  resultat.json  the figures the charts are drawn from (see plot)
and with --plots the charts personer and refusion as PNG, SVG and PDF (see plot).
Files are written only when the whole run succeeded, each one atomically.

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of N persons who start in --trace-state, so that the
arithmetic can be checked by hand.

The same scenario, seed and number of runs give the same figures on any machine and
with any number of --workers.`,
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "runs", Aliases: []string{"n"}, Usage: "number of Monte Carlo runs", DefaultText: "the scenario's runs"},
			&cli.Uint64Flag{Name: "seed", Usage: "master random seed", DefaultText: "the scenario's seed"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (does not change the results)", DefaultText: "one per CPU core"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "ud", Usage: "directory for the output files"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "what to print on standard output: " + strings.Join(formats, ", ")},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing on standard output; only write the files"},
			&cli.IntFlag{Name: "trace", Usage: "print the week-by-week path of `N` persons (run 1) instead of the tables; writes no files"},
			&cli.StringFlag{Name: "trace-state", Usage: "trace persons who start in `STATE` (default: the first state)"},
		}, plotFlags(true)...),
		Action:       runAction,
		OnUsageError: usage,
	}
}

func runAction(c *cli.Context) error {
	if c.NArg() > 1 {
		return usageError{fmt.Sprintf("run takes one scenario, got %d: %s", c.NArg(), strings.Join(c.Args().Slice(), " "))}
	}
	format := c.String("format")
	if !contains(formats, format) {
		return usageError{fmt.Sprintf("unknown --format %q; use one of %s", format, strings.Join(formats, ", "))}
	}
	if c.IsSet("runs") && c.Int("runs") < 1 {
		return usageError{fmt.Sprintf("--runs must be at least 1, got %d", c.Int("runs"))}
	}
	sc, err := loader.Load(scenarioName(c.Args().First()))
	if err != nil {
		return err
	}
	runs, seed := runsAndSeed(c, sc)
	if c.IsSet("trace") {
		n, err := traceCount(c)
		if err != nil {
			return err
		}
		s := 0
		if name := c.String("trace-state"); name != "" {
			if s, err = stateByName(sc.Model, name); err != nil {
				return err
			}
		}
		return printTrace(c.App.Writer, sc.Title+" — personer der starter i "+sc.Model.States[s].Label, sc, seed, startsIn(s, nil), n)
	}
	res, err := simulate(c, sc, runs, seed)
	if err != nil {
		return err
	}
	sum := res.Summarize(sc.DiscountRate)
	meta := results.NewMeta(sc.Model, sc.Title, sc.Name, sc.Start, runs, seed)
	meta.Files = sc.Files

	files, err := renderAll(meta, sum, res)
	if err != nil {
		return err
	}
	if err := addResults(c, files, &results.File{Run: results.FromRun(meta, res, sum)}); err != nil {
		return err
	}
	if err := writeFiles(c.String("out"), files); err != nil {
		return err
	}
	if c.Bool("quiet") {
		return nil
	}
	var show []byte
	switch format {
	case "text":
		show = files["tabel.txt"]
	case "markdown":
		show = files["tabel.md"]
	case "csv":
		show = files["summary.csv"]
	case "json":
		show = files["summary.json"]
	}
	if _, err := c.App.Writer.Write(show); err != nil {
		return err
	}
	if format == "text" {
		fmt.Fprintf(c.App.Writer, "\nFiler skrevet til %s/: %s\n", c.String("out"), strings.Join(fileNames(files), ", "))
	}
	return nil
}

// simulate runs a scenario with a progress bar on the terminal.
func simulate(c *cli.Context, sc *scenario.Scenario, runs int, seed uint64) (*sim.Result, error) {
	bar := newProgress(c.App.ErrWriter, runs)
	defer bar.finish()
	return sim.Run(sc.Model, sim.Options{Runs: runs, Seed: seed, Workers: c.Int("workers"), Progress: bar.update, ModelFor: modelFor(sc, seed)})
}

// modelFor returns the per-run models of a scenario with uncertain
// numbers (each run draws them once), or nil.
func modelFor(sc *scenario.Scenario, seed uint64) func(int) (*sim.Model, error) {
	if len(sc.Params) == 0 && len(sc.ShareSets) == 0 {
		return nil
	}
	return func(run int) (*sim.Model, error) { return sc.ModelFor(seed, run) }
}

// runsAndSeed returns the number of runs and the seed: the flags if given,
// else the scenario's.
func runsAndSeed(c *cli.Context, sc *scenario.Scenario) (int, uint64) {
	runs, seed := sc.Runs, sc.Seed
	if c.IsSet("runs") {
		runs = c.Int("runs")
	}
	if c.IsSet("seed") {
		seed = c.Uint64("seed")
	}
	return runs, seed
}

// traceCount returns the --trace flag's number of persons.
func traceCount(c *cli.Context) (int, error) {
	if n := c.Int("trace"); n >= 1 {
		return n, nil
	}
	return 0, usageError{fmt.Sprintf("--trace needs a number of persons, at least 1, got %d", c.Int("trace"))}
}

// renderAll renders every output file in memory, so that nothing is written
// unless everything could be rendered.
func renderAll(meta results.Meta, sum *sim.Summary, res *sim.Result) (map[string][]byte, error) {
	render := map[string]func(io.Writer) error{
		"tabel.txt":    func(w io.Writer) error { return tables.Text(w, meta, sum) },
		"tabel.md":     func(w io.Writer) error { return tables.Markdown(w, meta, sum) },
		"summary.csv":  func(w io.Writer) error { return tables.SummaryCSV(w, sum) },
		"runs.csv":     func(w io.Writer) error { return tables.RunsCSV(w, res) },
		"summary.json": func(w io.Writer) error { return tables.JSON(w, meta, sum) },
	}
	files := map[string][]byte{}
	for name, f := range render {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", name, err)
		}
		files[name] = buf.Bytes()
	}
	return files, nil
}

// fileNames returns the names of files in a fixed order: the run's files
// in the order the help lists them, then any others sorted.
func fileNames(files map[string][]byte) []string {
	var names, rest []string
	known := []string{"tabel.txt", "tabel.md", "summary.csv", "runs.csv", "summary.json"}
	for _, n := range known {
		if _, ok := files[n]; ok {
			names = append(names, n)
		}
	}
	for n := range files {
		if !slices.Contains(known, n) {
			rest = append(rest, n)
		}
	}
	slices.Sort(rest)
	return append(names, rest...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check scenario files and report every problem with file:line:col",
		ArgsUsage: "FILE...",
		Description: `Reads each FILE with everything it extends, and reports every problem found —
unknown or misspelt keys, wrong types, destination shares that do not sum to 1, unknown
states, negative rates, a start that is not a Monday, extends cycles — with file, line,
column and key path. Exits with status 1 if any file has a problem.`,
		OnUsageError: usage,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{"validate needs at least one scenario file"}
			}
			bad := 0
			for _, arg := range c.Args().Slice() {
				sc, err := loader.Load(scenarioName(arg))
				if err != nil {
					var list scenario.ErrorList
					if !errors.As(err, &list) {
						return err
					}
					printProblems(c.App.ErrWriter, list)
					bad++
					continue
				}
				m := sc.Model
				fmt.Fprintf(c.App.Writer, "%s: ok (%d states, %d groups, %d weeks in %d budget years, %d dated changes)\n",
					arg, len(m.States), len(m.Groups), m.Weeks, len(m.Years), len(sc.Epochs)-1+extraChanges(sc))
			}
			if bad > 0 {
				fmt.Fprintf(c.App.ErrWriter, "%d of %d files have problems.\n", bad, c.NArg())
				return exitError{1}
			}
			return nil
		},
	}
}

// extraChanges counts changes that share an epoch with another change or
// start the first epoch.
func extraChanges(sc *scenario.Scenario) int {
	n := 0
	for i, e := range sc.Epochs {
		if i == 0 {
			n += len(e.Changes)
		} else {
			n += len(e.Changes) - 1
		}
	}
	return n
}

func scenariosCommand() *cli.Command {
	return &cli.Command{
		Name:  "scenarios",
		Usage: "list the scenarios built into the program",
		Description: `Lists the embedded scenarios with their titles. Run one with "ydelsesflow run NAME",
or print it with "ydelsesflow explain NAME" to use it as a starting point for your own.`,
		OnUsageError: usage,
		Action: func(c *cli.Context) error {
			var names []string
			err := fs.WalkDir(scenarios.FS, ".", func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && path.Ext(p) == ".yaml" {
					names = append(names, p)
				}
				return err
			})
			if err != nil {
				return err
			}
			w := 0
			for _, n := range names {
				w = max(w, len(n))
			}
			for _, n := range names {
				title := "(does not load; run ydelsesflow validate " + n + ")"
				if sc, err := loader.Load(scenario.EmbeddedPrefix + n); err == nil {
					title = sc.Title
				}
				fmt.Fprintf(c.App.Writer, "%-*s  %s\n", w, n, title)
			}
			return nil
		},
	}
}

func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print a scenario after extends, with the file and line of every value",
		ArgsUsage: "SCENARIO",
		Description: `Prints SCENARIO with every file it extends merged in, as one YAML document; each value
carries a comment naming the file and line it came from. Dated changes are listed under
changes: and applied by the engine from their date.`,
		OnUsageError: usage,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError{"explain needs exactly one scenario"}
			}
			sc, err := loader.Load(scenarioName(c.Args().First()))
			if err != nil {
				return err
			}
			out, err := sc.Explain()
			if err != nil {
				return err
			}
			_, err = c.App.Writer.Write(out)
			return err
		},
	}
}

// writeFiles writes each file into dir atomically: to a temporary file in
// dir, then renamed over the final name.
func writeFiles(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the output directory: %w", err)
	}
	for _, name := range fileNames(files) {
		if err := writeAtomic(dir, name, files[name]); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(dir, name string, data []byte) error {
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dir+string(os.PathSeparator)+name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s in %s: %w", name, dir, err)
	}
	return nil
}

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the JSON Schema of scenario files, for editors",
		Description: `Prints the JSON Schema (draft-07) of scenario files. Save it next to your scenario and
start the scenario with the line
  # yaml-language-server: $schema=./scenario.schema.json
and VS Code (with the YAML extension) completes and checks keys while you type.`,
		OnUsageError: usage,
		Action: func(c *cli.Context) error {
			b, err := fs.ReadFile(scenarios.FS, "scenario.schema.json")
			if err != nil {
				return err
			}
			_, err = c.App.Writer.Write(b)
			return err
		},
	}
}
