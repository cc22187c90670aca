package scenario

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/distribution"
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
	Start        time.Time
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

	resolved        *yaml.Node
	fileOf          map[*yaml.Node]*parsed
	mu              *sync.Mutex          // guards the parameters' nodes while ModelFor draws
	noInterventions bool                 // the baseline made by WithoutInterventions
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
	r := &resolver{ld: ld, fileOf: map[*yaml.Node]*parsed{}}
	root := r.loadChain(ld.locate(file), nil, nil)
	if root == nil || r.fatal {
		return nil, r.errs.Err()
	}
	variants := mapKeys(root, "variants")
	variantTitled := false // the chosen variant sets its own title
	if variant != "" {
		k, _ := lookup(root, "variants."+variant)
		_, set := lookup(root, "variants."+variant+".set")
		switch {
		case k == nil && len(variants) == 0:
			r.errAt(root, "variants."+variant, "no variant %q in %s; the file declares no variants under variants:", variant, file)
		case k == nil:
			r.errAt(root, "variants."+variant, "no variant %q in %s; its variants are %s", variant, file, strings.Join(variants, ", "))
		case set == nil:
			r.errAt(k, "variants."+variant, "variant %q has no set: give the values that differ under set:", variant)
		}
		if err := r.errs.Err(); err != nil {
			return nil, err
		}
		root = r.merge(root, set)
		variantTitled = hasKey(set, "title")
	}
	sc := &Scenario{Name: name, Variant: variant, Variants: variants, resolved: root, fileOf: r.fileOf}
	for _, f := range r.files {
		sc.Files = append(sc.Files, f.loc.String())
	}
	// Check the meaning even when some keys could not be read, so that
	// every problem of a file is reported at once, but drop what follows
	// from a value that could not be read (a path at, above or below it).
	readErrs := r.errs
	r.errs = nil
	r.compile(sc, root)
	compileErrs := r.errs
	r.errs = readErrs
	for _, e := range compileErrs {
		if !related(e.Path, readErrs) {
			r.errs = append(r.errs, e)
		}
	}
	r.collectParams(sc, root)
	r.correlations(sc, root)
	sc.mu = &sync.Mutex{}
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	if variant != "" {
		if !variantTitled {
			sc.Title += " – variant " + variant
		}
		return sc, nil
	}
	for _, v := range variants {
		r.checkVariant(sc, root, v)
	}
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	return sc, nil
}

// checkVariant compiles variant v of a valid scenario and records its
// problems, each marked with the variant's name.
func (r *resolver) checkVariant(sc *Scenario, root *yaml.Node, v string) {
	p := "variants." + v
	k, _ := lookup(root, p)
	_, set := lookup(root, p+".set")
	if set == nil {
		r.errAt(k, p, "variant %q has no set: give the values that differ under set:", v)
		return
	}
	if _, src := lookup(root, p+".source"); src == nil {
		r.errAt(k, p, "variant %q has no source: say where its figures come from", v)
	}
	before := len(r.errs)
	r.compile(&Scenario{Name: sc.Name + "#" + v}, r.merge(root, set))
	for _, e := range r.errs[before:] {
		e.Msg = fmt.Sprintf("in variant %q: %s", v, e.Msg)
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
