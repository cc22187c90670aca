package scenario

import (
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/distribution"
	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// Defaults used when a scenario file does not give the value.
const (
	DefaultRuns         = 200
	DefaultSeed         = 1
	DefaultDiscountRate = 0.035 // Finansministeriet's samfundsøkonomiske diskonteringsrente from 2021
)

// Scenario is a resolved, validated and compiled scenario.
type Scenario struct {
	Name         string   // the name it was loaded by, with #variant if one was chosen
	Variant      string   // the chosen variant, or ""
	Variants     []string // the variants the file declares
	Files        []string // the files read, the loaded file first, then what it extends
	Title        string
	Description  string
	Start        time.Time // the first day that counts
	End          time.Time // the last day that counts
	Runs         int
	Seed         uint64
	DiscountRate float64
	// Epochs gives, for each epoch of the model, its first day and the
	// changes that start it (none for the first).
	Epochs []EpochInfo
	// Model is ready for sim.Run; its uncertain numbers are at their means.
	Model *sim.Model
	// Params are the uncertain numbers, drawn per run by ModelFor.
	Params []*Param
	// ShareSets are the uncertain sets of shares, drawn per run by ModelFor.
	ShareSets []*ShareSet

	// resolved is the scenario's tree after extends (and the chosen
	// variant), its uncertain numbers shown at their means.
	resolved *yaml.Node
	fileOf   map[*yaml.Node]*parsed
	// changed holds the tree of each dated change merged onto resolved,
	// for the compilations of later runs.
	changed map[string]*yaml.Node
	// params and shares are the uncertain numbers and shares by node.
	params map[*yaml.Node]*Param
	shares map[*yaml.Node]shareAt
	// Calibration is what `ydelsesflow calibrate` may fit, and to what;
	// nil if the scenario has no calibration: key.
	Calibration *Fitting

	noInterventions bool                 // the baseline made by WithoutInterventions
	prices          string               // the Loader's Prices when it was loaded
	copula          *distribution.Copula // the correlations between Params, or nil
}

// EpochInfo describes when a parameter epoch starts and why.
type EpochInfo struct {
	From    time.Time
	Changes []string
}

// Load reads the named scenario (a path, or EmbeddedPrefix+name), resolves
// its extends chain and dated changes, validates it and compiles it. On any
// problem it returns an ErrorList with every problem found.
//
// A name of the form FILE#VARIANT loads FILE with the set of its variant
// VARIANT merged on; loading FILE alone also checks every variant it
// declares.
func (ld *Loader) Load(name string) (*Scenario, error) {
	file, variant, _ := strings.Cut(name, "#")
	r := &resolver{ld: ld, problems: &problems{fileOf: map[*yaml.Node]*parsed{}}}
	root := r.loadChain(ld.locate(file), nil, nil)
	if root == nil || r.fatal {
		return nil, r.list.Err()
	}
	variants := rootValue(root).get("variants")
	variantTitled := false // the chosen variant sets its own title
	if variant != "" {
		v := variants.get(variant)
		set := v.get("set")
		switch {
		case !v.ok() && len(variants.entries()) == 0:
			r.at(root, v.path, "ingen variant %q i %s; filen angiver ingen varianter under variants:", variant, file)
		case !v.ok():
			r.at(variants.pos(), v.path, "ingen variant %q i %s; dens varianter er %s", variant, file, strings.Join(variants.keys(), ", "))
		case !set.ok():
			r.at(v.pos(), v.path, "varianten %q har ingen set: angiv de værdier, der er anderledes, under set:", variant)
		}
		if err := r.list.Err(); err != nil {
			return nil, err
		}
		root = merge(r.fileOf, root, set.node)
		variantTitled = set.has("title")
	}
	sc := &Scenario{Name: name, Variant: variant, Variants: variants.keys(), resolved: root, fileOf: r.fileOf, prices: ld.Prices}
	for _, f := range r.files {
		sc.Files = append(sc.Files, f.loc.String())
	}
	// Check the meaning even when some keys could not be read, so that
	// every problem of a file is reported at once, but drop what follows
	// from a value that could not be read (a path at, above or below it).
	readErrs := r.list
	r.list = nil
	c := r.compiler()
	c.compile(sc, root)
	compileErrs := r.list
	r.list = readErrs
	for _, e := range compileErrs {
		if !related(e.Path, readErrs) {
			r.list = append(r.list, e)
		}
	}
	sc.changed = c.changed
	sc.params, sc.shares = c.params, c.shares
	r.collectParams(sc, root)
	r.correlations(sc, root)
	if r.list.Err() == nil {
		r.calibration(sc, root, c.wholes)
	}
	if err := r.list.Err(); err != nil {
		return nil, err
	}
	sc.wholeAtMeans()
	if variant != "" {
		if !variantTitled {
			sc.Title += " – variant " + variant
		}
		return sc, nil
	}
	for _, v := range variants.entries() {
		r.checkVariant(sc, root, v)
	}
	if err := r.list.Err(); err != nil {
		return nil, err
	}
	return sc, nil
}

// checkVariant compiles the variant v of a valid scenario and records its
// problems, each marked with the variant's name.
func (r *resolver) checkVariant(sc *Scenario, root *yaml.Node, v value) {
	set := v.get("set")
	if !set.ok() {
		r.at(v.pos(), v.path, "varianten %q har ingen set: angiv de værdier, der er anderledes, under set:", v.name())
		return
	}
	if !v.has("source") {
		r.at(v.pos(), v.path, "varianten %q har ingen source: angiv, hvor dens tal kommer fra", v.name())
	}
	before := len(r.list)
	r.compiler().compile(&Scenario{Name: sc.Name + "#" + v.name()}, merge(r.fileOf, root, set.node))
	for _, e := range r.list[before:] {
		e.Msg = msg.Sprintf(msg.Default, "i varianten %q: %s", v.name(), e.Msg)
	}
}

// related reports whether keyPath is at, above or below the path of one of
// the errors.
func related(keyPath string, errs ErrorList) bool {
	for _, e := range errs {
		a, b := keyPath, e.Path
		if len(a) > len(b) {
			a, b = b, a
		}
		if a == "" || b == a || strings.HasPrefix(b, a+".") || strings.HasPrefix(b, a+"[") {
			return true
		}
	}
	return false
}

// WithoutInterventions returns the scenario's baseline: the same scenario
// with no interventions. It shares everything else with sc.
func (sc *Scenario) WithoutInterventions() *Scenario {
	b := *sc
	m := *sc.Model
	m.Interventions = nil
	b.Model = &m
	b.noInterventions = true
	b.Title = sc.Title + " – uden indsatser"
	return &b
}
