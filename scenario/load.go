package scenario

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// EmbeddedPrefix marks a scenario name that refers to an embedded file.
const EmbeddedPrefix = "embedded:"

// Loader reads scenario files from disk and from an embedded file system.
type Loader struct {
	// Embedded holds the scenarios compiled into the binary. A name with
	// EmbeddedPrefix, and an extends that is not found next to the extending
	// file on disk, is looked up here.
	Embedded fs.FS
}

// location is where a scenario file lives.
type location struct {
	embedded bool
	path     string // slash path in Embedded, or an OS path
}

func (l location) String() string {
	if l.embedded {
		return EmbeddedPrefix + l.path
	}
	return l.path
}

// parsed is one YAML file read and checked on its own.
type parsed struct {
	loc   location
	root  *yaml.Node // the document's top mapping
	lines []string
}

// resolver holds the state of one Load.
type resolver struct {
	ld    *Loader
	errs  ErrorList
	files []*parsed
	// fileOf maps every node to the file it was read from.
	fileOf map[*yaml.Node]*parsed
	// fatal is set when the files cannot be checked further (a duplicate
	// key makes the meaning of a file unclear).
	fatal bool
	// params are the uncertain numbers read, by their (rewritten) node.
	params map[*yaml.Node]*Param
	// shareSets are the uncertain sets of shares read, by their node.
	shareSets map[*yaml.Node]*ShareSet
}

// locate turns a user-given name into a location.
func (ld *Loader) locate(name string) location {
	if rest, ok := strings.CutPrefix(name, EmbeddedPrefix); ok {
		return location{embedded: true, path: rest}
	}
	return location{path: name}
}

// read returns the bytes of a file.
func (ld *Loader) read(l location) ([]byte, error) {
	if l.embedded {
		if ld.Embedded == nil {
			return nil, fs.ErrNotExist
		}
		return fs.ReadFile(ld.Embedded, l.path)
	}
	return os.ReadFile(l.path)
}

// resolve finds the file named by an extends key in from.
func (ld *Loader) resolve(from location, name string) location {
	if strings.HasPrefix(name, EmbeddedPrefix) {
		return ld.locate(name)
	}
	if from.embedded {
		return location{embedded: true, path: path.Join(path.Dir(from.path), name)}
	}
	p := name
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(from.path), name)
	}
	if _, err := os.Stat(p); err != nil && ld.Embedded != nil {
		if _, err := fs.Stat(ld.Embedded, filepath.ToSlash(name)); err == nil {
			return location{embedded: true, path: filepath.ToSlash(name)}
		}
	}
	return location{path: p}
}

// errAt records a problem at a node (which may be nil).
func (r *resolver) errAt(n *yaml.Node, keyPath, format string, args ...any) {
	e := &Error{Path: keyPath, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		if f := r.fileOf[n]; f != nil {
			e.File = f.loc.String()
			e.Line, e.Col = n.Line, n.Column
			if n.Line >= 1 && n.Line <= len(f.lines) {
				e.source = f.lines[n.Line-1]
			}
		}
	}
	r.errs = append(r.errs, e)
}

// errFile records a problem about a whole file.
func (r *resolver) errFile(l location, line, col int, keyPath, msg string) {
	e := &Error{File: l.String(), Line: line, Col: col, Path: keyPath, Msg: msg}
	for _, f := range r.files {
		if f.loc == l && line >= 1 && line <= len(f.lines) {
			e.source = f.lines[line-1]
		}
	}
	r.errs = append(r.errs, e)
}

// loadChain reads the file at l and the files it extends, returning the
// merged top mapping, or nil if the chain could not be read.
func (r *resolver) loadChain(l location, chain []location, by *yaml.Node) *yaml.Node {
	if i := slices.Index(chain, l); i >= 0 {
		names := make([]string, 0, len(chain)-i+1)
		for _, c := range chain[i:] {
			names = append(names, c.String())
		}
		names = append(names, l.String())
		r.errAt(by, "extends", "extends cycle: %s; remove one of these extends", strings.Join(names, " → "))
		return nil
	}
	src, err := r.ld.read(l)
	if err != nil {
		if by != nil {
			r.errAt(by, "extends", "cannot read %s: %v; give a path relative to this file or the name of an embedded scenario (see `ydelsesflow scenarios`)", l, unwrapPathError(err))
		} else {
			r.errFile(l, 0, 0, "", fmt.Sprintf("cannot read scenario: %v", unwrapPathError(err)))
		}
		return nil
	}
	p := r.parse(l, src)
	if p == nil {
		return nil
	}
	var ext *yaml.Node
	var extName string
	for i := 0; i+1 < len(p.root.Content); i += 2 {
		if p.root.Content[i].Value == "extends" {
			ext = p.root.Content[i+1]
			extName = ext.Value
		}
	}
	if ext == nil {
		return p.root
	}
	if ext.Kind != yaml.ScalarNode || extName == "" {
		r.errAt(ext, "extends", "expected the name of another scenario file")
		return p.root
	}
	base := r.loadChain(r.ld.resolve(l, extName), append(chain, l), ext)
	if base == nil {
		return nil
	}
	return r.merge(base, r.withoutKey(p.root, "extends"))
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parse reads one file's YAML and checks it on its own: syntax, duplicate
// keys, unknown keys and value types.
func (r *resolver) parse(l location, src []byte) *parsed {
	p := &parsed{loc: l, lines: strings.Split(string(src), "\n")}
	r.files = append(r.files, p)
	var doc yaml.Node
	if err := yaml.Load(src, &doc); err != nil {
		var le *yaml.LoadError
		if errors.As(err, &le) {
			r.errFile(l, le.Mark.Line, le.Mark.Column, "", "YAML syntax: "+le.Message+"; check the indentation and brackets around this line")
		} else {
			r.errFile(l, 0, 0, "", "YAML syntax: "+err.Error())
		}
		return nil
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		r.errFile(l, root.Line, root.Column, "", "a scenario file must be a mapping of keys such as title:, start:, states:")
		return nil
	}
	p.root = root
	index := map[[2]int]string{}
	var walk func(n *yaml.Node, keyPath string)
	walk = func(n *yaml.Node, keyPath string) {
		r.fileOf[n] = p
		index[[2]int{n.Line, n.Column}] = keyPath
		if n.Kind == yaml.MappingNode && hasKey(n, "dist") {
			for _, c := range n.Content {
				r.fileOf[c] = p
			}
			r.param(p, n, keyPath) // an uncertain number: becomes its mean
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			seen := map[string]*yaml.Node{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				kp := join(keyPath, k.Value)
				if prev, dup := seen[k.Value]; dup {
					r.fileOf[k] = p
					r.errAt(k, kp, "key %q is given twice (first on line %d); keep one", k.Value, prev.Line)
					r.fatal = true
				}
				seen[k.Value] = k
				r.fileOf[k] = p
				index[[2]int{k.Line, k.Column}] = kp
				walk(v, kp)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, fmt.Sprintf("%s[%d]", keyPath, i))
			}
		case yaml.AliasNode:
			r.errAt(n, keyPath, "YAML aliases (*name) are not supported in scenario files; write the value out or use extends")
		}
	}
	walk(root, "")
	if r.fatal {
		return p // the decoder would only repeat the duplicate key
	}
	var f File
	if err := root.Load(&f, yaml.WithKnownFields()); err != nil {
		var les *yaml.LoadErrors
		var le *yaml.LoadError
		switch {
		case errors.As(err, &les):
			for _, e := range les.Errors {
				if !r.wholeParam(p, e) {
					r.decodeError(l, index, e)
				}
			}
		case errors.As(err, &le):
			if !r.wholeParam(p, le) {
				r.decodeError(l, index, le)
			}
		default:
			r.errFile(l, 0, 0, "", err.Error())
		}
	}
	return p
}

var (
	reUnknown = regexp.MustCompile(`^field (\S+) not found in type (\S+)$`)
	reType    = regexp.MustCompile("^cannot construct !!(\\w+) `(.*)` into (.+)$")
)

// decodeError translates a YAML decode error into a positioned Error.
func (r *resolver) decodeError(l location, index map[[2]int]string, e *yaml.LoadError) {
	line, col := e.Mark.Line, e.Mark.Column
	keyPath := index[[2]int{line, col}]
	msg := e.Message
	if m := reUnknown.FindStringSubmatch(msg); m != nil {
		allowed := keysOf(m[2])
		msg = fmt.Sprintf("unknown key %q", m[1])
		if s := suggest(m[1], allowed); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		if len(allowed) > 0 {
			msg += "; allowed keys here: " + strings.Join(allowed, ", ")
		}
	} else if m := reType.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("expected %s, got %s %q", describeType(m[3]), yamlKind(m[1]), m[2])
	}
	r.errFile(l, line, col, keyPath, msg)
}

// types lists the structs of a scenario file by their Go type name.
var types = map[string]reflect.Type{}

func init() {
	for _, v := range []any{File{}, Horizon{}, Group{}, State{}, Rate{}, Transition{}, TransitionOverride{},
		Band{}, Stock{}, WeeksRange{}, Inflow{}, Change{}, ChangeSet{}, Intervention{}, Target{}, Effect{},
		Diversion{}, CostLine{}, Variant{}, VariantSet{}, paramSpec{}, Correlation{}} {
		t := reflect.TypeOf(v)
		types["scenario."+t.Name()] = t
	}
}

// keysOf lists the YAML keys of the named struct type.
func keysOf(typeName string) []string {
	t, ok := types[typeName]
	if !ok {
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

// describeType names a Go type in words an economist understands.
func describeType(goType string) string {
	goType = strings.TrimPrefix(goType, "*")
	switch {
	case goType == "int" || goType == "uint64":
		return "a whole number"
	case goType == "float64":
		return "a number"
	case goType == "bool":
		return "true or false"
	case goType == "string":
		return "text"
	case strings.HasPrefix(goType, "map["):
		return "a mapping (indented key: value lines)"
	case strings.HasPrefix(goType, "[]"):
		return "a list (lines starting with -)"
	case strings.HasPrefix(goType, "scenario."):
		return "a mapping with keys " + strings.Join(keysOf(goType), ", ")
	}
	return goType
}

func yamlKind(tag string) string {
	switch tag {
	case "str":
		return "text"
	case "int":
		return "the whole number"
	case "float":
		return "the number"
	case "bool":
		return "the boolean"
	case "map":
		return "a mapping"
	case "seq":
		return "a list"
	case "null":
		return "nothing"
	}
	return tag
}

// suggest returns the allowed key closest to given, if it is close.
func suggest(given string, allowed []string) string {
	best, bestD := "", 3
	for _, a := range allowed {
		if d := levenshtein(given, a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func join(keyPath, key string) string {
	if keyPath == "" {
		return key
	}
	return keyPath + "." + key
}

// atomicKeys are replaced as a whole when merging, never key by key:
// destination shares must sum to 1 within one file.
var atomicKeys = map[string]bool{"destinations": true, "at_max": true, "weeks_in_state": true}

// exclusive lists keys that replace each other when merging.
var exclusive = map[string]string{"mean_weeks": "hazards", "hazards": "mean_weeks", "years": "weeks", "weeks": "years",
	"hazard_ratio": "mean_weeks_cut", "mean_weeks_cut": "hazard_ratio"}

// merge returns base with over merged onto it: mappings key by key (over
// wins), everything else replaced. The inputs are not modified.
func (r *resolver) merge(base, over *yaml.Node) *yaml.Node {
	if base == nil || base.Kind != yaml.MappingNode || over.Kind != yaml.MappingNode {
		return over
	}
	out := *over
	out.Content = nil
	r.fileOf[&out] = r.fileOf[over]
	overKeys := map[string]int{}
	for i := 0; i+1 < len(over.Content); i += 2 {
		overKeys[over.Content[i].Value] = i
	}
	for i := 0; i+1 < len(base.Content); i += 2 {
		k, v := base.Content[i], base.Content[i+1]
		if j, ok := overKeys[k.Value]; ok {
			ov := over.Content[j+1]
			if !atomicKeys[k.Value] {
				ov = r.merge(v, ov)
			}
			out.Content = append(out.Content, over.Content[j], ov)
			continue
		}
		if alt, ok := exclusive[k.Value]; ok {
			if _, replaced := overKeys[alt]; replaced {
				continue
			}
		}
		out.Content = append(out.Content, k, v)
	}
	for i := 0; i+1 < len(over.Content); i += 2 {
		if !hasKey(base, over.Content[i].Value) {
			out.Content = append(out.Content, over.Content[i], over.Content[i+1])
		}
	}
	return &out
}

func hasKey(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}

// lookup returns the key and value nodes at a key path in a mapping.
func lookup(root *yaml.Node, keyPath string) (k, v *yaml.Node) {
	v = root
	for _, part := range splitPath(keyPath) {
		if v == nil {
			return nil, nil
		}
		if idx, ok := part.index(); ok {
			if v.Kind != yaml.SequenceNode || idx >= len(v.Content) {
				return nil, nil
			}
			k, v = v.Content[idx], v.Content[idx]
			continue
		}
		if v.Kind != yaml.MappingNode {
			return nil, nil
		}
		var found bool
		for i := 0; i+1 < len(v.Content); i += 2 {
			if v.Content[i].Value == string(part) {
				k, v, found = v.Content[i], v.Content[i+1], true
				break
			}
		}
		if !found {
			return nil, nil
		}
	}
	return k, v
}

type pathPart string

func (p pathPart) index() (int, bool) {
	if s, ok := strings.CutPrefix(string(p), "["); ok {
		n, err := strconv.Atoi(strings.TrimSuffix(s, "]"))
		return n, err == nil
	}
	return 0, false
}

// splitPath splits "a.b[2].c" into a, b, [2], c.
func splitPath(keyPath string) []pathPart {
	var parts []pathPart
	for _, seg := range strings.Split(keyPath, ".") {
		if seg == "" {
			continue
		}
		name, rest, _ := strings.Cut(seg, "[")
		if name != "" {
			parts = append(parts, pathPart(name))
		}
		for rest != "" {
			idx, more, _ := strings.Cut(rest, "]")
			parts = append(parts, pathPart("["+idx+"]"))
			rest = strings.TrimPrefix(more, "[")
		}
	}
	return parts
}

// mapKeys returns the keys of the mapping at keyPath in document order.
func mapKeys(root *yaml.Node, keyPath string) []string {
	_, v := lookup(root, keyPath)
	if v == nil || v.Kind != yaml.MappingNode {
		return nil
	}
	var keys []string
	for i := 0; i+1 < len(v.Content); i += 2 {
		keys = append(keys, v.Content[i].Value)
	}
	return keys
}

func (r *resolver) withoutKey(m *yaml.Node, key string) *yaml.Node {
	out := *m
	out.Content = nil
	r.fileOf[&out] = r.fileOf[m]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			out.Content = append(out.Content, m.Content[i], m.Content[i+1])
		}
	}
	return &out
}
