package scenario

import (
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

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
	Name         string   // the name it was loaded by
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
	// Model is ready for sim.Run.
	Model *sim.Model

	resolved *yaml.Node
	fileOf   map[*yaml.Node]*parsed
}

// EpochInfo describes when a parameter epoch starts and why.
type EpochInfo struct {
	From    time.Time
	Changes []string
}

// Load reads the named scenario (a path, or EmbeddedPrefix+name), resolves
// its extends chain and dated changes, validates it and compiles it. On any
// problem it returns an ErrorList with every problem found.
func (ld *Loader) Load(name string) (*Scenario, error) {
	r := &resolver{ld: ld, fileOf: map[*yaml.Node]*parsed{}}
	root := r.loadChain(ld.locate(name), nil, nil)
	if root == nil || r.fatal {
		return nil, r.errs.Err()
	}
	sc := &Scenario{Name: name, resolved: root, fileOf: r.fileOf}
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
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	return sc, nil
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
