package scenario

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v4"
)

// This file holds the helpers on YAML node trees: the positioned value the
// compiler reads, and merging, which builds the resolved tree of an
// extends chain, a variant or a dated change.

// value is one node of a resolved scenario tree together with its key path:
// what the compiler reads, and where it reports a problem with it.
//
// A value whose key is absent from its mapping has a nil node; a problem
// with it (a missing key) is reported at the mapping that lacks the key.
type value struct {
	key  *yaml.Node // the key node of a mapping entry; nil for a list item or the root
	node *yaml.Node // the value node; nil if the key is absent
	at   *yaml.Node // for an absent key: the node of the mapping that lacks it
	path string     // the key path, e.g. transitions.sygedagpenge.destinations
}

// rootValue returns the value of a whole tree.
func rootValue(n *yaml.Node) value { return value{node: n} }

// ok reports whether the value is present.
func (v value) ok() bool { return v.node != nil }

// pos returns the node a problem with v is reported at: the key of a
// mapping entry, else the value, else (absent) the mapping that lacks it.
func (v value) pos() *yaml.Node {
	if v.key != nil {
		return v.key
	}
	if v.node != nil {
		return v.node
	}
	return v.at
}

// valuePos returns the node a problem with v's value (rather than its
// key) is reported at.
func (v value) valuePos() *yaml.Node {
	if v.node != nil {
		return v.node
	}
	return v.pos()
}

// keyAsValue returns the key of a mapping entry as a value of its own,
// for mappings keyed by data (dates, years) that the compiler reads.
func (v value) keyAsValue() value { return value{key: v.key, node: v.key, path: v.path} }

// name returns the key of a mapping entry.
func (v value) name() string {
	if v.key == nil {
		return ""
	}
	return v.key.Value
}

// isMap reports whether v is a mapping.
func (v value) isMap() bool { return v.node != nil && v.node.Kind == yaml.MappingNode }

// get returns the entry key of the mapping v; absent if v is not a mapping
// or has no such key. A key given as null (key: ~) reads as absent too, as
// when decoding: so a file can remove a value of the file it extends. (The
// entries of a mapping, and merging, see such a key as present.)
func (v value) get(key string) value {
	child := value{path: join(v.path, key), at: v.pos()}
	if !v.isMap() {
		return child
	}
	for i := 0; i+1 < len(v.node.Content); i += 2 {
		if v.node.Content[i].Value == key {
			child.key, child.node = v.node.Content[i], v.node.Content[i+1]
			if isNull(child.node) {
				child.node, child.at = nil, child.key
			}
			return child
		}
	}
	return child
}

// isNull reports whether n is a YAML null (null, ~ or nothing).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// has reports whether the mapping v has the key.
func (v value) has(key string) bool { return v.get(key).ok() }

// entries returns the entries of the mapping v in document order.
func (v value) entries() []value {
	if !v.isMap() {
		return nil
	}
	out := make([]value, 0, len(v.node.Content)/2)
	for i := 0; i+1 < len(v.node.Content); i += 2 {
		k, n := v.node.Content[i], v.node.Content[i+1]
		out = append(out, value{key: k, node: n, path: join(v.path, k.Value)})
	}
	return out
}

// keys returns the keys of the mapping v in document order.
func (v value) keys() []string {
	var out []string
	for _, e := range v.entries() {
		out = append(out, e.name())
	}
	return out
}

// items returns the items of the list v.
func (v value) items() []value {
	if v.node == nil || v.node.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]value, len(v.node.Content))
	for i, n := range v.node.Content {
		out[i] = value{node: n, path: fmt.Sprintf("%s[%d]", v.path, i)}
	}
	return out
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
// wins), everything else replaced. The inputs are not modified; each new
// mapping node is recorded in fileOf as read from over's file.
func merge(fileOf map[*yaml.Node]*parsed, base, over *yaml.Node) *yaml.Node {
	if base == nil || base.Kind != yaml.MappingNode || over.Kind != yaml.MappingNode {
		return over
	}
	out := *over
	out.Content = nil
	fileOf[&out] = fileOf[over]
	overKeys := map[string]int{}
	for i := 0; i+1 < len(over.Content); i += 2 {
		overKeys[over.Content[i].Value] = i
	}
	for i := 0; i+1 < len(base.Content); i += 2 {
		k, v := base.Content[i], base.Content[i+1]
		if j, ok := overKeys[k.Value]; ok {
			ov := over.Content[j+1]
			if !atomicKeys[k.Value] {
				ov = merge(fileOf, v, ov)
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

// withoutKey returns a copy of the mapping m without key.
func withoutKey(fileOf map[*yaml.Node]*parsed, m *yaml.Node, key string) *yaml.Node {
	out := *m
	out.Content = nil
	fileOf[&out] = fileOf[m]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			out.Content = append(out.Content, m.Content[i], m.Content[i+1])
		}
	}
	return &out
}

// hasKey reports whether the mapping m has the key, null or not.
func hasKey(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
