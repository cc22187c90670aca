package scenario

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/distribution"
	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// Param is an uncertain number of a scenario: written in the file as a
// mapping such as {dist: pert, min: 13, mode: 26, max: 52, name: ips_cut},
// compiled at its mean, and drawn once per Monte Carlo run by ModelFor.
type Param struct {
	Name      string // the parameter's name (name:, or its key path)
	Path      string // key path in the resolved scenario
	File      string
	Line, Col int
	Dist      distribution.Dist
	// Low and High are the values of a one-way sensitivity analysis: low:
	// and high: if given, else the distribution's P10 and P90.
	Low, High float64
	// Whole is set for a number the scenario needs whole (persons,
	// capacity, weeks): its mean and every draw are rounded.
	Whole  bool
	Source string
	node   *yaml.Node
}

// value returns v as the parameter takes it.
func (p *Param) value(v float64) float64 {
	if p.Whole {
		return math.Round(v)
	}
	return v
}

// String describes the parameter with its position.
func (p *Param) String() string {
	return fmt.Sprintf("%s (%s:%d, %s)", p.Name, p.File, p.Line, p.Dist)
}

var reWhole = regexp.MustCompile("^cannot construct !!float `[^`]*` into \\*?(int|uint64|map\\[string\\]int)$")

// wholeParam handles a decode error at an uncertain number that stands
// where a whole number is needed and whose mean is not whole: the error is
// dropped, because the compiler rounds such a number (its mean and every
// draw; see compiler.whole), and the text shown becomes the rounded mean.
func (r *resolver) wholeParam(f *parsed, e *yaml.LoadError) bool {
	if !reWhole.MatchString(e.Message) {
		return false
	}
	for n, p := range r.params {
		if r.fileOf[n] == f && n.Line == e.Mark.Line && n.Column == e.Mark.Column {
			n.Value = formatNumber(math.Round(p.Dist.Mean()))
			return true
		}
	}
	return false
}

// wholeAtMeans rounds the one-way values of the uncertain numbers that the
// compiler found standing where a whole number is needed, and shows their
// means rounded in the resolved tree (for Explain and Assumptions).
func (sc *Scenario) wholeAtMeans() {
	for _, p := range sc.Params {
		if p.Whole {
			p.Low, p.High = math.Round(p.Low), math.Round(p.High)
			p.node.Value = formatNumber(p.value(p.Dist.Mean()))
		}
	}
}

// paramSpec is the mapping that writes an uncertain number.
type paramSpec struct {
	Dist  string   `yaml:"dist"`
	Name  string   `yaml:"name"`
	Value *float64 `yaml:"value"`
	Min   *float64 `yaml:"min"`
	Mode  *float64 `yaml:"mode"`
	Max   *float64 `yaml:"max"`
	Mean  *float64 `yaml:"mean"`
	SD    *float64 `yaml:"sd"`
	Alpha *float64 `yaml:"alpha"`
	Beta  *float64 `yaml:"beta"`
	Low   *float64 `yaml:"low"`
	High  *float64 `yaml:"high"`
	// For dirichlet: the expected shares and their concentration.
	Shares        map[string]float64 `yaml:"shares"`
	Concentration *float64           `yaml:"concentration"`
	Source        string             `yaml:"source"`
}

// ShareSet is an uncertain set of shares summing to 1, such as destination
// shares: written {dist: dirichlet, shares: {a: 0.3, b: 0.7},
// concentration: 50, name: ..., source: ...}, compiled at the expected
// shares and drawn once per run.
type ShareSet struct {
	Name      string
	Path      string
	File      string
	Line, Col int
	Keys      []string // the shares' keys, in the file's order
	Dist      distribution.Dirichlet
	Source    string
	nodes     []*yaml.Node // the value node of each share
}

// draw returns the run's shares.
func (s *ShareSet) draw(seed uint64, run int) []float64 {
	u := make([]float64, len(s.Keys))
	for i, k := range s.Keys {
		u[i] = sim.ParamUniform(seed, run, s.Name+"/"+k)
	}
	out := make([]float64, len(s.Keys))
	s.Dist.Shares(u, out)
	return out
}

// nameAt returns the spec's name, or keyPath if it gives none.
func (s paramSpec) nameAt(keyPath string) string {
	if s.Name != "" {
		return s.Name
	}
	return keyPath
}

// distKinds names the distributions and the keys each needs.
var distKinds = map[string]string{
	"fixed": "value", "uniform": "min, max", "normal": msg.Mark("mean, sd (og eventuelt min, max for at afskære)"),
	"lognormal": "mean, sd", "beta": msg.Mark("mean, sd eller alpha, beta"), "gamma": "mean, sd",
	"triangular": "min, mode, max", "pert": "min, mode, max", "dirichlet": "shares, concentration",
}

// param reads the uncertain number at n, records it, and rewrites n in
// place into the scalar of its mean, so that the scenario is checked and
// compiled at the mean.
func (r *resolver) param(f *parsed, n *yaml.Node, keyPath string) {
	// On a mistake the node still becomes a number, so that the mistake is
	// reported once and not again as a type error.
	var spec paramSpec
	defer func() {
		switch {
		case r.shareSets[n] != nil:
		case spec.Dist == "dirichlet": // a set of shares with a mistake: an empty set
			n.Tag, n.Style, n.Content = "", 0, nil
		case n.Kind != yaml.ScalarNode:
			n.Kind, n.Tag, n.Style, n.Content, n.Value = yaml.ScalarNode, "", 0, nil, "0"
		}
	}()
	if err := n.Load(&spec, yaml.WithKnownFields()); err != nil {
		text := err.Error()
		var les *yaml.LoadErrors
		if errors.As(err, &les) && len(les.Errors) > 0 {
			text = les.Errors[0].Message
		}
		if m := reUnknown.FindStringSubmatch(text); m != nil {
			text = msg.Sprintf(msg.Default, "ukendt nøgle %q", m[1])
			if sg := suggest(m[1], keysOf("scenario.paramSpec")); sg != "" {
				text += msg.Sprintf(msg.Default, "; mente du %q?", sg)
			}
		}
		r.at(n, keyPath, "%s; et usikkert tal er en mapping med dist: (%s) og dens parametre: %s", text, kindsList(), strings.Join(keysOf("scenario.paramSpec"), ", "))
		return
	}
	if spec.Dist == "dirichlet" {
		r.shareSet(f, n, keyPath, spec)
		return
	}
	d, err := makeDist(spec)
	if err != nil {
		r.at(n, keyPath, "%v", err)
		return
	}
	if spec.Source == "" {
		r.at(n, keyPath, "det usikre tal har ingen source: angiv, hvor dets spænd kommer fra (UNCONFIRMED, hvis det er et skøn)")
	}
	name := spec.nameAt(keyPath)
	if r.params == nil {
		r.params = map[*yaml.Node]*Param{}
	}
	prm := &Param{Name: name, File: f.loc.String(), Line: n.Line, Col: n.Column, Dist: d, Source: spec.Source, node: n,
		Low: d.Quantile(0.1), High: d.Quantile(0.9)}
	if spec.Low != nil {
		prm.Low = *spec.Low
	}
	if spec.High != nil {
		prm.High = *spec.High
	}
	if prm.Low > prm.High {
		r.at(n, keyPath, "low (%g) er over high (%g); low og high er værdierne i den enkeltvise følsomhedsanalyse", prm.Low, prm.High)
	}
	r.params[n] = prm
	n.Kind, n.Tag, n.Style, n.Content = yaml.ScalarNode, "", 0, nil
	n.Value = formatNumber(d.Mean())
}

func kindsList() string {
	return msg.Mark("fixed, uniform, normal, lognormal, beta, gamma, triangular, pert; dirichlet for andele")
}

// shareSet reads an uncertain set of shares at n and rewrites n in place
// into the mapping of its expected shares.
func (r *resolver) shareSet(f *parsed, n *yaml.Node, keyPath string, spec paramSpec) {
	sharesV := rootValue(n).get("shares")
	sharesNode := sharesV.node
	if sharesNode == nil || spec.Concentration == nil {
		r.at(n, keyPath, "dist dirichlet kræver shares: {tilstand: andel, ...} og concentration: (større betyder mindre spredning)")
		return
	}
	keys := sharesV.keys()
	mean := make([]float64, len(keys))
	for i, k := range keys {
		mean[i] = spec.Shares[k]
	}
	d, err := distribution.NewDirichlet(mean, *spec.Concentration)
	if err != nil {
		r.at(n, keyPath, "%v", err)
		return
	}
	if spec.Source == "" {
		r.at(n, keyPath, "de usikre andele har ingen source: angiv, hvor deres spredning kommer fra (UNCONFIRMED, hvis den er et skøn)")
	}
	name := spec.nameAt(keyPath)
	set := &ShareSet{Name: name, File: f.loc.String(), Line: n.Line, Col: n.Column, Keys: keys, Dist: d, Source: spec.Source}
	content := make([]*yaml.Node, 0, 2*len(keys))
	for i := 0; i+1 < len(sharesNode.Content); i += 2 {
		k, v := sharesNode.Content[i], sharesNode.Content[i+1]
		r.fileOf[k], r.fileOf[v] = f, f
		content = append(content, k, v)
		set.nodes = append(set.nodes, v)
	}
	n.Content, n.Style = content, 0
	if r.shareSets == nil {
		r.shareSets = map[*yaml.Node]*ShareSet{}
	}
	r.shareSets[n] = set
}

// makeDist builds the distribution a spec describes.
func makeDist(s paramSpec) (distribution.Dist, error) {
	need, ok := distKinds[s.Dist]
	if !ok {
		return nil, msg.Errorf("ukendt dist %q; brug en af %s", s.Dist, kindsList())
	}
	has := func(vs ...*float64) bool {
		for _, v := range vs {
			if v == nil {
				return false
			}
		}
		return true
	}
	missing := msg.Errorf("dist %s kræver %s", s.Dist, need)
	switch s.Dist {
	case "fixed":
		if !has(s.Value) {
			return nil, missing
		}
		return distribution.Fixed(*s.Value), nil
	case "uniform":
		if !has(s.Min, s.Max) {
			return nil, missing
		}
		return distribution.NewUniform(*s.Min, *s.Max)
	case "normal":
		if !has(s.Mean, s.SD) {
			return nil, missing
		}
		if s.Min == nil && s.Max == nil {
			return distribution.NewNormal(*s.Mean, *s.SD)
		}
		lo, hi := math.Inf(-1), math.Inf(1)
		if s.Min != nil {
			lo = *s.Min
		}
		if s.Max != nil {
			hi = *s.Max
		}
		return distribution.NewTruncNormal(*s.Mean, *s.SD, lo, hi)
	case "lognormal":
		if !has(s.Mean, s.SD) {
			return nil, missing
		}
		return distribution.NewLogNormal(*s.Mean, *s.SD)
	case "beta":
		switch {
		case has(s.Mean, s.SD):
			return distribution.NewBetaMeanSD(*s.Mean, *s.SD)
		case has(s.Alpha, s.Beta):
			return distribution.NewBeta(*s.Alpha, *s.Beta)
		}
		return nil, missing
	case "gamma":
		if !has(s.Mean, s.SD) {
			return nil, missing
		}
		return distribution.NewGamma(*s.Mean, *s.SD)
	case "triangular":
		if !has(s.Min, s.Mode, s.Max) {
			return nil, missing
		}
		return distribution.NewTriangular(*s.Min, *s.Mode, *s.Max)
	default: // pert
		if !has(s.Min, s.Mode, s.Max) {
			return nil, missing
		}
		return distribution.NewPERT(*s.Min, *s.Mode, *s.Max)
	}
}

// collectParams lists the uncertain numbers that the resolved scenario
// uses (not those of variants that were not chosen), in document order,
// and checks that their names are unique.
func (r *resolver) collectParams(sc *Scenario, root *yaml.Node) {
	seen := map[string]*Param{}
	var walk func(n *yaml.Node, keyPath string)
	walk = func(n *yaml.Node, keyPath string) {
		if set, ok := r.shareSets[n]; ok {
			set.Path = keyPath
			if !slices.Contains(sc.ShareSets, set) {
				sc.ShareSets = append(sc.ShareSets, set)
			}
			return
		}
		if p, ok := r.params[n]; ok {
			if prev, dup := seen[p.Name]; dup && prev != p {
				r.at(n, keyPath, "det usikre tal %q er også angivet i %s:%d; giv hvert sit eget name:", p.Name, prev.File, prev.Line)
				return
			}
			if _, dup := seen[p.Name]; !dup {
				seen[p.Name] = p
				p.Path = keyPath
				sc.Params = append(sc.Params, p)
			}
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				kp := join(keyPath, n.Content[i].Value)
				if kp == "variants" {
					continue
				}
				walk(n.Content[i+1], kp)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, fmt.Sprintf("%s[%d]", keyPath, i))
			}
		}
	}
	walk(root, "")
}

// correlations compiles the correlations between uncertain numbers into
// sc's copula.
func (r *resolver) correlations(sc *Scenario, root *yaml.Node) {
	list := rootValue(root).get("correlations").items()
	if len(list) == 0 {
		return
	}
	index := map[string]int{}
	for i, p := range sc.Params {
		index[p.Name] = i
	}
	n := len(sc.Params)
	if n > MaxCorrelated {
		r.at(list[0].node, "correlations", "korrelationer mellem %d usikre tal; højst %d", n, MaxCorrelated)
		return
	}
	rank := make([][]float64, n)
	for i := range rank {
		rank[i] = make([]float64, n)
		rank[i][i] = 1
	}
	c := r.compiler()
	ok := true
	seen := map[[2]int]value{} // the correlation that gave each pair, smaller index first
	for _, cor := range list {
		if c.str(cor.get("source")) == "" {
			c.errf(cor, "korrelationen har ingen source: angiv, hvorfor tallene følges ad")
		}
		params := cor.get("params").items()
		if len(params) != 2 {
			c.errf(cor, "en korrelation nævner to usikre tal, fx params: [ips_effekt, ips_kortere]")
			ok = false
			continue
		}
		var idx [2]int
		found := true
		for q, pv := range params {
			i, iok := index[c.str(pv)]
			if !iok {
				c.valueErrf(pv, "intet usikkert tal hedder %q; giv det med name: i dets {dist: ...}", c.str(pv))
				ok, found = false, false
			}
			idx[q] = i
		}
		rho, hasRank := c.optNumber(cor.get("rank"))
		if !hasRank || !(rho >= -1 && rho <= 1) {
			c.errf(cor, "rank skal være en rangkorrelation mellem -1 og 1")
			ok = false
			continue
		}
		if found {
			i, j := idx[0], idx[1]
			if i == j {
				c.errf(cor, "et tal kan ikke korreleres med sig selv")
				ok = false
				continue
			}
			pair := [2]int{min(i, j), max(i, j)}
			if first, dup := seen[pair]; dup {
				c.errf(cor, "%s og %s er allerede korreleret i linje %d; giv hvert par én korrelation", sc.Params[i].Name, sc.Params[j].Name, first.pos().Line)
				ok = false
				continue
			}
			seen[pair] = cor
			rank[i][j], rank[j][i] = rho, rho
		}
	}
	if !ok {
		return
	}
	cop, err := distribution.NewCopula(rank)
	if err != nil {
		c.errf(rootValue(root).get("correlations"), "%v", err)
		return
	}
	sc.copula = cop
}

// Draws returns run run's values of the uncertain numbers with seed seed,
// in the order of Params: each from sim.ParamUniform, through the copula
// of the correlations if the scenario has any.
func (sc *Scenario) Draws(seed uint64, run int) []float64 {
	u := make([]float64, len(sc.Params))
	for i, p := range sc.Params {
		u[i] = sim.ParamUniform(seed, run, p.Name)
	}
	if sc.copula != nil {
		sc.copula.Uniforms(u, u)
	}
	for i, p := range sc.Params {
		u[i] = p.Dist.Quantile(u[i])
	}
	return u
}

// ModelFor returns the model of run run with seed seed: every uncertain
// number drawn from its distribution by sim.ParamUniform, so a baseline
// and an alternative that share a parameter's name share its draw. A
// scenario without uncertain numbers returns its Model. ModelFor may be
// called from several goroutines.
func (sc *Scenario) ModelFor(seed uint64, run int) (*sim.Model, error) {
	if len(sc.Params) == 0 && len(sc.ShareSets) == 0 {
		return sc.Model, nil
	}
	draws := sc.Draws(seed, run)
	drawn := make(map[*Param]float64, len(draws))
	for i, p := range sc.Params {
		drawn[p] = draws[i]
	}
	return sc.modelWith(func(p *Param) float64 { return drawn[p] },
		func(s *ShareSet) []float64 { return s.draw(seed, run) })
}

// RunModels returns, for sim.Options.ModelFor, the model of each Monte
// Carlo run with seed seed (see ModelFor), or nil if the scenario has no
// uncertain numbers and every run uses its Model.
func (sc *Scenario) RunModels(seed uint64) func(run int) (*sim.Model, error) {
	if len(sc.Params) == 0 && len(sc.ShareSets) == 0 {
		return nil
	}
	return func(run int) (*sim.Model, error) { return sc.ModelFor(seed, run) }
}

// ModelWith returns the model with each uncertain number set to value(p)
// and every uncertain set of shares at its expected shares. It may be
// called from several goroutines.
func (sc *Scenario) ModelWith(value func(p *Param) float64) (*sim.Model, error) {
	return sc.modelWith(value, func(s *ShareSet) []float64 { return s.Dist.Mean() })
}

// modelWith compiles the scenario again with each uncertain number at
// value(p) and each uncertain set of shares at shares(s). It reads the
// resolved tree and writes nothing shared, so runs compile in parallel.
func (sc *Scenario) modelWith(value func(p *Param) float64, shares func(s *ShareSet) []float64) (*sim.Model, error) {
	c := &compiler{problems: &problems{fileOf: sc.fileOf}, params: sc.params, shares: sc.shares,
		param: value, shareSet: shares, changed: sc.changed, noInterventions: sc.noInterventions, pricesFlag: sc.prices}
	out := &Scenario{Name: sc.Name}
	c.compile(out, sc.resolved)
	if len(c.list) > 0 {
		var drawn []string
		for _, p := range sc.Params {
			drawn = append(drawn, fmt.Sprintf("%s = %.4g", p.Name, p.value(value(p))))
		}
		return nil, msg.Errorf("med %s: %v", strings.Join(drawn, ", "), c.list.Err().(ErrorList)[0])
	}
	return out.Model, nil
}
