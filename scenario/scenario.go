package scenario

import (
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
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	sc := &Scenario{Name: name, resolved: root, fileOf: r.fileOf}
	for _, f := range r.files {
		sc.Files = append(sc.Files, f.loc.String())
	}
	r.compile(sc, root)
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	return sc, nil
}
