// Command ydelsesflow simulates citizens flowing between Danish benefits
// (ydelser) week by week, prices every week with the refusionstrappe, and
// prints per-budget-year tables in 1.000 kr. with Monte Carlo uncertainty.
//
// Usage (the placeholders are Danish, as in the help):
//
//	ydelsesflow run [SCENARIE]               simulate and write tables (default: the embedded default scenario)
//	ydelsesflow compare [BASIS] INDSATS...   compare interventions with a baseline: the budget table
//	ydelsesflow sensitivity [BASIS] INDSATS  which uncertain assumption matters (tornado, rank correlations)
//	ydelsesflow report [[BASIS] SCENARIE...] write the Danish report for politicians (rapport.html)
//	ydelsesflow plot RESULTATMAPPE           redraw the charts of saved results (resultat.json)
//	ydelsesflow validate FIL...              check scenario files
//	ydelsesflow scenarios                    list the embedded scenarios
//	ydelsesflow explain SCENARIE             print a scenario after extends, with each value's source
//	ydelsesflow schema                       print the JSON Schema of scenario files
//
// Run "ydelsesflow help KOMMANDO" for the flags of a command. Everything the
// command says to its user (help, messages, errors) is Danish, written in
// the code and translated by the catalogue of package msg.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/sim"
)

// lang is the language of everything the command says to its user: help,
// messages and errors. It is Danish, the users' language; every text is
// written in Danish in the code and the catalogue (package msg) holds its
// English, for the day a flag chooses it.
const lang = msg.Default

func init() { speak(lang) }

func main() {
	os.Exit(runContext(interruptible(os.Stderr), os.Args, os.Stdout, os.Stderr))
}

// exitError carries an exit code and a message already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// run runs the CLI with args and returns the process exit code: 0 on
// success, 1 for a problem in the input or while writing, 2 for a usage
// mistake.
func run(args []string, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdout, stderr)
}

// runContext is run with a context that a signal cancels (see
// interruptible).
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && app.Command(args[1]) == nil {
		fmt.Fprintf(stderr, "ydelsesflow: %s\n", unknownCommand(app, args[1]).in(lang))
		return 2
	}
	err := app.RunContext(ctx, flagsFirst(app, args))
	if err == nil {
		return 0
	}
	var (
		ee   exitError
		list scenario.ErrorList
		ue   usageError
	)
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &list):
		printErrors(stderr, list)
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "ydelsesflow: %s\n", ue.in(lang))
		return 2
	default:
		fmt.Fprintf(stderr, "ydelsesflow: %s\n", msg.Localize(lang, err))
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ err error }

// usagef returns a usageError whose message is the Danish format formatted
// with args, as [msg.Errorf] makes it.
func usagef(format string, args ...any) error { return usageError{msg.Errorf(format, args...)} }

func (e usageError) Error() string { return e.in(msg.Default) }

// in returns the mistake in language l, with where to read more.
func (e usageError) in(l msg.Lang) string {
	return msg.Sprintf(l, "%v (se ydelsesflow --help)", e.err)
}

// unknownCommand is the mistake of naming a command the app does not have.
func unknownCommand(app *cli.App, name string) usageError {
	return usageError{msg.Errorf("ingen kommando %q; kommandoerne er %s", name, commandList(app))}
}

// printProblems prints scenario problems, each with the offending line.
func printProblems(w io.Writer, list scenario.ErrorList) {
	for _, e := range list {
		fmt.Fprintf(w, "%s\n", e)
		if s := e.Snippet(); s != "" {
			fmt.Fprintf(w, "%s\n", s)
		}
	}
}

// printErrors prints scenario problems that stopped a command.
func printErrors(w io.Writer, list scenario.ErrorList) {
	printProblems(w, list)
	fmt.Fprintln(w, msg.Sprintf(lang, "%s fundet; intet er skrevet.", count(lang, len(list), "problem", "problemer")))
}

// count returns n with a Danish noun in the singular (one) or the plural
// (many), in language l: "1 gruppe", "3 grupper".
func count(l msg.Lang, n int, one, many string) string {
	noun := many
	if n == 1 {
		noun = one
	}
	return fmt.Sprintf("%d %s", n, msg.T(l, noun))
}

// newApp returns the command line application, writing to stdout and
// stderr.
func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "ydelsesflow",
		Usage: msg.T(lang, "budgetlæg kommunens udgifter til ydelser med en Monte Carlo-flowmodel og refusionstrappen"),
		Description: msg.Sprintf(lang, `ydelsesflow følger simulerede borgere uge for uge mellem sygedagpenge, jobafklaring,
ressourceforløb, revalidering, kontanthjælp, ledighedsydelse, fleksjob, førtidspension,
uddannelse og selvforsørgelse, prissætter hver uge med statens refusion (%s efter
loven; et scenarie kan ændre trappen fra en dato) og opgør kommunens brutto- og
nettoudgifter pr. budgetår i 1.000 kr. med et 90 %%-interval.

Scenarierne er YAML-filer; "ydelsesflow scenarios" viser dem, der er bygget ind.`, sim.Refusionstrappe.Percents()),
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{runCommand(), compareCommand(), sensitivityCommand(), reportCommand(), calibrateCommand(), plotCommand(),
			validateCommand(), scenariosCommand(), explainCommand(), schemaCommand(), helpCommand()},
		// The app has its own help command, so urfave/cli/v2 adds neither
		// its help command nor --help: the flag is given here.
		Flags:        []cli.Flag{cli.HelpFlag},
		OnUsageError: usage,
	}
}

// helpCommand is "ydelsesflow help [KOMMANDO]": the help of the program or
// of one command. It stands in for urfave/cli/v2's own help command, whose
// text is English.
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     msg.T(lang, "vis kommandoerne eller hjælpen til én kommando"),
		ArgsUsage: msg.T(lang, "[KOMMANDO]"),
		// No help for the help: urfave/cli/v2 would give this command its
		// own help command, which would then take the arguments.
		HideHelp: true,
		Action: func(c *cli.Context) error {
			name := c.Args().First()
			switch {
			case c.NArg() > 1:
				return usagef("help tager højst én kommando, fik %d: %s", c.NArg(), strings.Join(c.Args().Slice(), " "))
			case name == "":
				return cli.ShowAppHelp(c)
			case c.App.Command(name) == nil:
				return unknownCommand(c.App, name)
			}
			return cli.ShowCommandHelp(c, name)
		},
		OnUsageError: usage,
	}
}

// commandList lists the app's commands for a message: "run, compare, …
// og schema".
func commandList(app *cli.App) string {
	var names []string
	for _, c := range app.VisibleCommands() {
		if c.Name != "help" {
			names = append(names, c.Name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return msg.Sprintf(lang, "%s og %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// usage turns a flag parsing error into a usageError.
func usage(_ *cli.Context, err error, _ bool) error { return usageError{flagMistake(err)} }

// The mistakes that Go's flag package finds while urfave/cli/v2 parses a
// command line (flag.go, FlagSet.parseOne), with the flag's name and the
// value given.
var (
	flagUndefined = regexp.MustCompile(`^flag provided but not defined: -(.+)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -(.+)$`)
	flagBadBool   = regexp.MustCompile(`^invalid boolean value (".*") for -(\S+): `)
	flagBadValue  = regexp.MustCompile(`^invalid value (".*") for flag -(\S+): `)
	flagBadSyntax = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagMistake returns the Danish of a mistake that Go's flag package found
// on the command line, or err itself if it is another.
func flagMistake(err error) error {
	s := err.Error()
	if m := flagUndefined.FindStringSubmatch(s); m != nil {
		return msg.Errorf("ukendt flag %s", dashed(m[1]))
	}
	if m := flagNoValue.FindStringSubmatch(s); m != nil {
		return msg.Errorf("%s mangler en værdi", dashed(m[1]))
	}
	if m := flagBadBool.FindStringSubmatch(s); m != nil {
		return msg.Errorf("%s er ikke en gyldig værdi for %s; brug true eller false", m[1], dashed(m[2]))
	}
	if m := flagBadValue.FindStringSubmatch(s); m != nil {
		return msg.Errorf("%s er ikke en gyldig værdi for %s", m[1], dashed(m[2]))
	}
	if m := flagBadSyntax.FindStringSubmatch(s); m != nil {
		return msg.Errorf("%q er ikke et flag", m[1])
	}
	return err
}

// dashed writes a flag's name as the help does: --runs, -n.
func dashed(name string) string {
	if len(name) > 1 {
		return "--" + name
	}
	return "-" + name
}

// flagsFirst moves a command's flags before its arguments, so that
// "ydelsesflow run my.yaml --runs 50" works like "ydelsesflow run --runs 50
// my.yaml" (urfave/cli/v2 stops reading flags at the first argument).
// Everything after "--" is left alone.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var flags, rest []string
	tail := args[2:]
	for i := 0; i < len(tail); i++ {
		a := tail[i]
		if a == "--" {
			rest = append(rest, tail[i:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(tail) {
			flags = append(flags, tail[i+1])
			i++
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	return append(out, rest...)
}

// speak makes urfave/cli/v2's own texts speak language l: the help's
// headings, the --help flag and how the help shows a flag's default.
// urfave/cli/v2's own texts are its English.
func speak(l msg.Lang) {
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: msg.T(l, "vis hjælpen"), DisableDefaultText: true}
	cli.FlagStringer = func(f cli.Flag) string { return flagHelp(l, f) }
	if l == msg.Danish {
		cli.AppHelpTemplate, cli.CommandHelpTemplate, cli.SubcommandHelpTemplate = appHelpDanish, commandHelpDanish, subcommandHelpDanish
	}
}

// The help templates in Danish: urfave/cli/v2's AppHelpTemplate,
// CommandHelpTemplate and SubcommandHelpTemplate (template.go, v2.27) with
// their headings and usage lines translated, and without the sections for a
// version, authors, a copyright and command categories, which ydelsesflow
// does not have. The usage line of a command is written out here instead of
// urfave/cli/v2's usageTemplate, whose words are English.
const (
	appHelpDanish = `NAVN:
   {{template "helpNameTemplate" .}}

BRUG:
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}} {{if .VisibleFlags}}[globale flag]{{end}}{{if .Commands}} kommando [kommandoens flag]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} [argumenter...]{{end}}{{end}}{{end}}{{if .Description}}

BESKRIVELSE:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

KOMMANDOER:{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlagCategories}}

GLOBALE FLAG:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

GLOBALE FLAG:{{template "visibleFlagTemplate" .}}{{end}}
`
	commandUsageDanish = `{{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} [flag]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{else}}{{if .Args}} [argumenter...]{{end}}{{end}}{{end}}`
	commandHelpDanish  = `NAVN:
   {{template "helpNameTemplate" .}}

BRUG:
   ` + commandUsageDanish + `{{if .Description}}

BESKRIVELSE:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleFlagCategories}}

FLAG:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

FLAG:{{template "visibleFlagTemplate" .}}{{end}}
`
	subcommandHelpDanish = `NAVN:
   {{template "helpNameTemplate" .}}

BRUG:
   ` + commandUsageDanish + `{{if .Description}}

BESKRIVELSE:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

KOMMANDOER:{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlagCategories}}

FLAG:{{template "visibleFlagCategoryTemplate" .}}{{else if .VisibleFlags}}

FLAG:{{template "visibleFlagTemplate" .}}{{end}}
`
)

// flagHelp shows a flag in the help as urfave/cli/v2's own FlagStringer
// does (flag.go, stringifyFlag), in language l: its names with a
// placeholder for the value, a tab, its usage and its default:
// "--out værdi, -o værdi\tmappe til filerne (standard: "ud")". A word of
// the usage in backquotes is the placeholder.
func flagHelp(l msg.Lang, f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	placeholder, usage := "", df.GetUsage()
	if before, rest, ok := strings.Cut(usage, "`"); ok {
		if name, after, ok := strings.Cut(rest, "`"); ok {
			placeholder, usage = name, before+name+after
		}
	}
	if df.TakesValue() && placeholder == "" {
		placeholder = msg.T(l, "værdi")
	}
	if b, ok := f.(*cli.BoolFlag); !ok || !b.DisableDefaultText {
		if d := df.GetDefaultText(); d != "" {
			usage += msg.Sprintf(l, " (standard: %s)", d)
		}
	}
	return cli.FlagNamePrefixer(df.Names(), placeholder) + "\t" + strings.TrimSpace(usage)
}
