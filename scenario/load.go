package scenario

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"ydelsesflow/msg"

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
	// Prices, if not "", overrides every scenario's prices: "loebende"
	// (each year in its own prices) or "faste" (in its price_base's).
	Prices string
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

// line returns the text of line n (1-based), or "".
func (p *parsed) line(n int) string {
	if n < 1 || n > len(p.lines) {
		return ""
	}
	return p.lines[n-1]
}

// resolver holds the state of one Load: the files read, their uncertain
// numbers, and the problems found.
type resolver struct {
	*problems
	ld    *Loader
	files []*parsed
	// fatal is set when the files cannot be checked further (a duplicate
	// key makes the meaning of a file unclear).
	fatal bool
	// params are the uncertain numbers read, by their (rewritten) node.
	params map[*yaml.Node]*Param
	// shareSets are the uncertain sets of shares read, by their node.
	shareSets map[*yaml.Node]*ShareSet
}

// compiler returns a compiler that reports into r, with every uncertain
// number at its mean, for the compilation at Load.
func (r *resolver) compiler() *compiler {
	shares := map[*yaml.Node]shareAt{}
	for _, set := range r.shareSets {
		for i, n := range set.nodes {
			shares[n] = shareAt{set, i}
		}
	}
	return &compiler{problems: r.problems, params: r.params, shares: shares, loading: true, pricesFlag: r.ld.Prices,
		param:    func(p *Param) float64 { return p.Dist.Mean() },
		shareSet: func(s *ShareSet) []float64 { return s.Dist.Mean() },
		changed:  map[string]*yaml.Node{}}
}

// locate turns a user-given name into a location.
func (ld *Loader) locate(name string) location {
	if rest, ok := strings.CutPrefix(name, EmbeddedPrefix); ok {
		return location{embedded: true, path: rest}
	}
	return location{path: name}
}

// read returns the bytes of a file: a regular file of at most
// MaxFileBytes, and if yamlOnly one named .yaml or .yml (see readFile).
func (ld *Loader) read(l location, yamlOnly bool) ([]byte, error) {
	if l.embedded {
		if ld.Embedded == nil {
			return nil, fs.ErrNotExist
		}
		return fs.ReadFile(ld.Embedded, l.path)
	}
	return readFile(l.path, yamlOnly)
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

// loadChain reads the file at l and the files it extends, returning the
// merged top mapping, or nil if the chain could not be read.
func (r *resolver) loadChain(l location, chain []location, by *yaml.Node) *yaml.Node {
	if i := slices.Index(chain, l); i >= 0 {
		names := make([]string, 0, len(chain)-i+1)
		for _, c := range chain[i:] {
			names = append(names, c.String())
		}
		names = append(names, l.String())
		r.at(by, "extends", "extends i ring: %s; fjern en af disse extends", strings.Join(names, " → "))
		return nil
	}
	src, err := r.ld.read(l, true)
	if err != nil {
		if by != nil {
			r.at(by, "extends", "kan ikke læse %s: %v; angiv en .yaml-fil i forhold til denne fil eller navnet på et indbygget scenarie (se `ydelsesflow scenarios`)", l, msg.FileReason(err))
		} else {
			r.inFile(&parsed{loc: l}, 0, 0, "", msg.Sprintf(msg.Default, "kan ikke læse scenariet: %v", msg.FileReason(err)))
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
		r.at(ext, "extends", "forventede navnet på en anden scenariefil")
		return p.root
	}
	extFile, variant, hasVariant := strings.Cut(extName, "#")
	if hasVariant && strings.TrimSpace(variant) == "" {
		r.at(ext, "extends", "intet variantnavn efter # i %q; skriv %s#VARIANT, eller %s uden #", extName, extFile, extFile)
		return nil
	}
	base := r.loadChain(r.ld.resolve(l, extFile), append(chain, l), ext)
	if base == nil {
		return nil
	}
	if hasVariant {
		// FILE#VARIANT: the file with its variant's set merged on, as
		// loading FILE#VARIANT gives it; the file's variants stay behind.
		variants := rootValue(base).get("variants")
		set := variants.get(variant).get("set")
		if !set.ok() {
			r.at(ext, "extends", "%s har ingen variant %q med et set; dens varianter er %s", extFile, variant, strings.Join(variants.keys(), ", "))
			return nil
		}
		base = withoutKey(r.fileOf, merge(r.fileOf, base, set.node), "variants")
	}
	return merge(r.fileOf, base, withoutKey(r.fileOf, p.root, "extends"))
}

// parse reads one file's YAML and checks it on its own: syntax, duplicate
// keys, unknown keys and value types.
func (r *resolver) parse(l location, src []byte) *parsed {
	// The lines are kept, for the snippets of problems, only once the
	// file has parsed as a YAML mapping: nothing of a file that is not a
	// scenario is shown.
	p := &parsed{loc: l}
	r.files = append(r.files, p)
	var doc yaml.Node
	if err := yaml.Load(src, &doc); err != nil {
		var le *yaml.LoadError
		if errors.As(err, &le) {
			r.inFile(p, le.Mark.Line, le.Mark.Column, "", msg.Sprintf(msg.Default, "YAML-syntaks: %s; tjek indrykningen og parenteserne omkring denne linje", le.Message))
		} else {
			r.inFile(p, 0, 0, "", msg.Sprintf(msg.Default, "YAML-syntaks: %v", err))
		}
		return nil
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		r.inFile(p, root.Line, root.Column, "", msg.T(msg.Default, "en scenariefil skal være en mapping af nøgler som title:, start:, states:"))
		return nil
	}
	p.root, p.lines = root, strings.Split(string(src), "\n")
	if !r.numbersAndKeys(p, root, "") {
		r.fatal = true
		return p
	}
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
					r.at(k, kp, "nøglen %q er angivet to gange (første gang i linje %d); behold én", k.Value, prev.Line)
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
			r.at(n, keyPath, "YAML-aliasser (*navn) understøttes ikke i scenariefiler; skriv værdien ud, eller brug extends")
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
					r.decodeError(p, index, e)
				}
			}
		case errors.As(err, &le):
			if !r.wholeParam(p, le) {
				r.decodeError(p, index, le)
			}
		default:
			r.inFile(p, 0, 0, "", err.Error())
		}
	}
	return p
}
