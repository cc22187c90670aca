package scenario

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// This file reads a scenario's calibration: key — the numbers that
// `ydelsesflow calibrate` may fit, with their bounds, and the file of the
// kommune's observed figures — and compiles the scenario with trial values
// of those numbers.

// Fitting is a scenario's calibration: what may be fitted, and to what.
type Fitting struct {
	// Targets names the targets file as the scenario gives it ("" if it
	// gives none); TargetsFile is where it is read from, resolved against
	// the file that names it.
	Targets, TargetsFile string
	// Numbers are the numbers that may be fitted, in the order of the file.
	Numbers []*FitNumber

	targets location
	ld      *Loader
}

// FitNumber is one number of a scenario that calibrate may fit.
type FitNumber struct {
	Path     string  // its key path, e.g. transitions.ressourceforloeb.mean_weeks
	Where    string  // file:line:col of its value in the scenario
	Min, Max float64 // its bounds
	Value    float64 // its value in the scenario: where the fit starts
	// Whole is set for a number the model reads as a whole number (a
	// count of persons, a number of weeks): a trial value is rounded.
	Whole bool
	// Share is set for a destination share: setting it rescales the other
	// shares of its row so that the row still sums to 1.
	Share bool

	node *yaml.Node
	row  []*yaml.Node // a share's row, the share itself included
	unit []string     // the path of what an extending file must set: the number, or its whole list or row
}

// fitRoots are the parts of a scenario whose numbers may be fitted.
var fitRoots = []string{"states", "transitions", "initial", "inflows"}

// rePathPart matches one part of a key path: a key, then any list indexes.
var rePathPart = regexp.MustCompile(`^([^\[\]]+)((?:\[\d+\])*)$`)

// splitPath splits a key path into keys and list indexes ("[2]"), or
// returns false if it is not one.
func splitPath(p string) ([]string, bool) {
	var out []string
	for part := range strings.SplitSeq(p, ".") {
		m := rePathPart.FindStringSubmatch(part)
		if m == nil {
			return nil, false
		}
		out = append(out, m[1])
		for idx := range strings.SplitSeq(strings.TrimPrefix(m[2], "["), "[") {
			if idx != "" {
				out = append(out, "["+strings.TrimSuffix(idx, "]"))
			}
		}
	}
	return out, true
}

// lookup returns the node at the parts of a key path in the tree root, the
// nodes on the way (the root first) and the length of the prefix that
// names what an extending file must set: the number itself, or the whole
// list or atomic row it stands in (merging replaces those as a whole).
func lookup(root *yaml.Node, parts []string) (n *yaml.Node, trail []*yaml.Node, unit int) {
	n, unit = root, len(parts)
	for i, p := range parts {
		trail = append(trail, n)
		if idx, ok := strings.CutPrefix(p, "["); ok {
			k, _ := strconv.Atoi(idx)
			if n.Kind != yaml.SequenceNode || k >= len(n.Content) {
				return nil, trail, unit
			}
			unit = min(unit, i)
			n = n.Content[k]
			continue
		}
		if n.Kind != yaml.MappingNode {
			return nil, trail, unit
		}
		var next *yaml.Node
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == p {
				next = n.Content[j+1]
			}
		}
		if next == nil || isNull(next) {
			return nil, trail, unit
		}
		if atomicKeys[p] {
			unit = min(unit, i+1)
		}
		n = next
	}
	return n, trail, unit
}

// calibration reads the scenario's calibration: key after a clean Load.
// wholes are the nodes the compiler read as whole numbers.
func (r *resolver) calibration(sc *Scenario, root *yaml.Node, wholes map[*yaml.Node]bool) {
	cal := rootValue(root).get("calibration")
	if !cal.ok() {
		return
	}
	f := &Fitting{ld: r.ld}
	if t := cal.get("targets"); t.ok() {
		f.Targets = t.node.Value
		f.targets = r.ld.resolve(r.fileOf[t.node].loc, f.Targets)
		f.TargetsFile = f.targets.String()
	}
	rows := map[*yaml.Node]string{} // a share's row → the path fitted in it
	for _, e := range cal.get("fit").entries() {
		path := e.name()
		parts, ok := splitPath(path)
		if !ok || !slices.Contains(fitRoots, parts[0]) {
			r.at(e.key, e.path, "%q er ikke en nøglesti til et tal under %s; skriv fx transitions.sygedagpenge.mean_weeks", path, strings.Join(fitRoots, ", "))
			continue
		}
		lo, hi := e.get("min"), e.get("max")
		if !lo.ok() || !hi.ok() {
			r.at(e.pos(), e.path, "angiv grænserne for %s som {min: …, max: …}", path)
			continue
		}
		num := &FitNumber{Path: path, Where: r.where(e.node)}
		_ = lo.node.Load(&num.Min)
		_ = hi.node.Load(&num.Max)
		if !(num.Min < num.Max) || math.IsInf(num.Min, 0) || math.IsInf(num.Max, 0) {
			r.at(e.node, e.path, "grænserne for %s er tomme eller omvendte (min %v, max %v); min skal være mindre end max", path, num.Min, num.Max)
			continue
		}
		n, trail, unit := lookup(root, parts)
		switch {
		case n == nil:
			r.at(e.key, e.path, "scenariet har ingen værdi ved %s; en nøglesti skal pege på et tal, der står i scenariet (eller det, det bygger på)", path)
			continue
		case sc.params[n] != nil:
			r.at(e.key, e.path, "%s er et usikkert tal (dist:); kun et fast tal kan tilpasses", path)
			continue
		case n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" && n.ShortTag() != "!!float":
			r.at(e.key, e.path, "%s er ikke et tal, men %s", path, describeNode(n))
			continue
		}
		if _, ok := sc.shares[n]; ok {
			r.at(e.key, e.path, "%s står i et usikkert sæt af andele (dist:); kun faste tal kan tilpasses", path)
			continue
		}
		if name := overriddenBy(sc, parts, n); name != "" {
			r.at(e.key, e.path, "%s ændres af den daterede ændring %q; et tal, som en ændring sætter, kan (endnu) ikke tilpasses", path, name)
			continue
		}
		_ = n.Load(&num.Value)
		num.node, num.Whole, num.unit = n, wholes[n], parts[:unit]
		if len(parts) >= 2 && (parts[len(parts)-2] == "destinations" || parts[len(parts)-2] == "at_max") {
			row := trail[len(trail)-1]
			num.Share = true
			if num.Min < 0 || num.Max > 1 {
				r.at(e.node, e.path, "%s er en andel; grænserne skal ligge mellem 0 og 1", path)
				continue
			}
			if other, dup := rows[row]; dup {
				r.at(e.key, e.path, "%s og %s står i samme række af andele; tilpas højst én andel pr. række (de andre skaleres med)", other, path)
				continue
			}
			rows[row] = path
			for j := 1; j < len(row.Content); j += 2 {
				num.row = append(num.row, row.Content[j])
			}
			if num.Value >= 1 {
				r.at(e.key, e.path, "%s er rækkens eneste andel (1); der er ingen andre andele at skalere", path)
				continue
			}
		}
		if num.Value < num.Min || num.Value > num.Max {
			r.at(e.node, e.path, "scenariets værdi af %s, %v, ligger uden for grænserne [%v, %v]; tilpasningen begynder ved scenariets værdi", path, num.Value, num.Min, num.Max)
			continue
		}
		f.Numbers = append(f.Numbers, num)
	}
	sc.Calibration = f
}

// where returns file:line:col of n.
func (r *resolver) where(n *yaml.Node) string {
	if p := r.fileOf[n]; p != nil {
		return fmt.Sprintf("%s:%d:%d", p.loc, n.Line, n.Column)
	}
	return ""
}

// describeNode names the kind of a node that is not a number, in Danish.
func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return msg.T(msg.Default, "en mapping; angiv stien til et af dens tal")
	case yaml.SequenceNode:
		return msg.T(msg.Default, "en liste; angiv et element med [n] og dets nøgle")
	}
	return strconv.Quote(n.Value)
}

// overriddenBy returns the name of a dated change that sets the number at
// parts (its node in the change's tree differs), or "".
func overriddenBy(sc *Scenario, parts []string, n *yaml.Node) string {
	names := make([]string, 0, len(sc.changed))
	for name := range sc.changed {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if m, _, _ := lookup(sc.changed[name], parts); m != n {
			return name
		}
	}
	return ""
}

// ReadTargets returns the content of the targets file.
func (f *Fitting) ReadTargets() ([]byte, error) {
	return f.ld.read(f.targets, false)
}

// ModelFitted returns the model with the fitted numbers set to x (in the
// order of Calibration.Numbers; a whole number rounded, a share's row
// rescaled) and every uncertain number at its mean. It may be called from
// several goroutines.
func (sc *Scenario) ModelFitted(x []float64) (*sim.Model, error) {
	nums := sc.Calibration.Numbers
	if len(x) != len(nums) {
		return nil, msg.Errorf("scenario: %d værdier til %d tal", len(x), len(nums))
	}
	fitted := sc.Calibration.trialValues(x)
	c := &compiler{problems: &problems{fileOf: sc.fileOf}, params: sc.params, shares: sc.shares,
		param:    func(p *Param) float64 { return p.Dist.Mean() },
		shareSet: func(s *ShareSet) []float64 { return s.Dist.Mean() },
		changed:  sc.changed, noInterventions: sc.noInterventions, pricesFlag: sc.prices, fitted: fitted}
	out := &Scenario{Name: sc.Name}
	c.compile(out, sc.resolved)
	if len(c.list) > 0 {
		var set []string
		for i, n := range nums {
			set = append(set, fmt.Sprintf("%s = %.6g", n.Path, x[i]))
		}
		return nil, msg.Errorf("med %s: %v", strings.Join(set, ", "), c.list.Err().(ErrorList)[0])
	}
	return out.Model, nil
}

// trialValues returns the value of every node a trial x sets: the fitted
// numbers and the other shares of a fitted share's row.
func (f *Fitting) trialValues(x []float64) map[*yaml.Node]float64 {
	out := make(map[*yaml.Node]float64, len(f.Numbers))
	for i, n := range f.Numbers {
		if n.Share {
			scale := (1 - x[i]) / (1 - n.Value)
			for _, o := range n.row {
				var v float64
				_ = o.Load(&v)
				out[o] = v * scale
			}
		}
		out[n.node] = x[i]
	}
	return out
}

// FittedFile returns a scenario file that extends the scenario (by the
// name extends) and sets each fitted number to x: the number itself, or
// its whole list or row where merging replaces those as a whole. Each entry
// it sets gets a source: notes[i] (what number i was fitted to) followed
// by the entry's former source. head is the file's opening comment.
func (sc *Scenario) FittedFile(x []float64, extends, title, head string, notes []string) ([]byte, error) {
	f := sc.Calibration
	if len(x) != len(f.Numbers) || len(notes) != len(f.Numbers) {
		return nil, msg.Errorf("scenario: %d værdier og %d noter til %d tal", len(x), len(notes), len(f.Numbers))
	}
	values := f.trialValues(x)
	wholes := map[*yaml.Node]bool{}
	for _, n := range f.Numbers {
		wholes[n.node] = n.Whole
	}
	root := &yaml.Node{Kind: yaml.MappingNode, HeadComment: head}
	setKey(root, "extends", scalar(extends))
	setKey(root, "title", scalar(title))
	done := map[string]bool{}
	entryNotes := map[string][]string{} // "transitions.x" → notes
	var entries []string
	for i, n := range f.Numbers {
		unit := strings.Join(n.unit, ".")
		if len(n.unit) >= 2 {
			entry := n.unit[0] + "." + n.unit[1]
			if _, seen := entryNotes[entry]; !seen {
				entries = append(entries, entry)
			}
			entryNotes[entry] = append(entryNotes[entry], notes[i])
		}
		if done[unit] {
			continue
		}
		done[unit] = true
		src, _, _ := lookup(sc.resolved, n.unit)
		at := root
		for _, k := range n.unit[:len(n.unit)-1] {
			at = child(at, k)
		}
		setKey(at, n.unit[len(n.unit)-1], copyWith(src, values, wholes))
	}
	for _, entry := range entries {
		parts := strings.Split(entry, ".")
		old := ""
		if m, _, _ := lookup(sc.resolved, append(parts, "source")); m != nil {
			old = strings.TrimSpace(m.Value)
		}
		text := strings.Join(entryNotes[entry], " ")
		if old != "" {
			text += " " + msg.Sprintf(msg.Default, "Før tilpasningen: %s", old)
		}
		setKey(child(child(root, parts[0]), parts[1]), "source", scalar(text))
	}
	return yaml.Dump(root, yaml.WithIndent(2))
}

// scalar returns a string scalar node.
func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// child returns the mapping at key k of the mapping m, adding it if absent.
func child(m *yaml.Node, k string) *yaml.Node {
	for j := 0; j+1 < len(m.Content); j += 2 {
		if m.Content[j].Value == k {
			return m.Content[j+1]
		}
	}
	c := &yaml.Node{Kind: yaml.MappingNode}
	setKey(m, k, c)
	return c
}

// setKey sets key k of the mapping m to v.
func setKey(m *yaml.Node, k string, v *yaml.Node) {
	for j := 0; j+1 < len(m.Content); j += 2 {
		if m.Content[j].Value == k {
			m.Content[j+1] = v
			return
		}
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, v)
}

// copyWith returns a deep copy of n, without comments and in flow style
// for short rows, with the numbers in values replaced.
func copyWith(n *yaml.Node, values map[*yaml.Node]float64, wholes map[*yaml.Node]bool) *yaml.Node {
	if x, ok := values[n]; ok {
		v := strconv.FormatFloat(x, 'g', 6, 64)
		tag := "!!float"
		if wholes[n] {
			v, tag = strconv.FormatFloat(math.Round(x), 'f', 0, 64), "!!int"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v, Style: n.Style &^ (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle)}
	}
	c := &yaml.Node{Kind: n.Kind, Tag: n.Tag, Value: n.Value, Style: n.Style, Anchor: n.Anchor}
	for _, k := range n.Content {
		c.Content = append(c.Content, copyWith(k, values, wholes))
	}
	return c
}
