package scenario

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"ydelsesflow/msg"

	"go.yaml.in/yaml/v4"
)

// Error is one problem in a scenario file.
type Error struct {
	File      string // file name as given by the user, or "embedded:NAME"
	Line, Col int    // 1-based; 0 if unknown
	Path      string // key path, e.g. transitions.sygedagpenge.destinations
	Msg       string // what is wrong and what is expected
	source    string // the offending source line, for display
}

// Error formats the problem as file:line:col: path: message.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Snippet returns the source line of the problem with a caret under the
// column, or "" if the line is unknown.
func (e *Error) Snippet() string {
	if e.source == "" || e.Col < 1 {
		return ""
	}
	pad := strings.Repeat(" ", min(e.Col-1, len(e.source)))
	return fmt.Sprintf("%5d | %s\n      | %s^", e.Line, e.source, pad)
}

// ErrorList is a list of problems, sorted by file and position. It
// implements error when non-empty.
type ErrorList []*Error

// Error lists every problem, one per line.
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns nil for an empty list, else the sorted, de-duplicated list.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	out := l[:0]
	seen := map[string]bool{}
	for _, e := range l {
		if k := e.Error(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// problems collects the problems of one Load, each positioned from the
// node it is about.
type problems struct {
	// fileOf maps every node of the trees read to the file it came from.
	fileOf map[*yaml.Node]*parsed
	list   ErrorList
}

// at records a problem at node n (which may be nil: no position).
func (p *problems) at(n *yaml.Node, keyPath, format string, args ...any) {
	e := &Error{Path: keyPath, Msg: msg.Sprintf(msg.Default, format, args...)}
	if n != nil {
		if f := p.fileOf[n]; f != nil {
			e.File = f.loc.String()
			e.Line, e.Col = n.Line, n.Column
			e.source = f.line(n.Line)
		}
	}
	p.list = append(p.list, e)
}

// inFile records a problem at a line and column of file f (0: unknown).
func (p *problems) inFile(f *parsed, line, col int, keyPath, text string) {
	p.list = append(p.list, &Error{File: f.loc.String(), Line: line, Col: col, Path: keyPath, Msg: text, source: f.line(line)})
}

// The messages of the YAML decoder, translated into words an economist
// understands, with the allowed keys and a suggestion for a misspelt one.

var (
	reUnknown = regexp.MustCompile(`^field (\S+) not found in type (\S+)$`)
	reType    = regexp.MustCompile("^cannot construct !!(\\w+)(?: `(.*)`)? into (.+)$")
)

// decodeError translates a YAML decode error into a positioned Error.
func (r *resolver) decodeError(p *parsed, index map[[2]int]string, e *yaml.LoadError) {
	line, col := e.Mark.Line, e.Mark.Column
	keyPath := index[[2]int{line, col}]
	text := e.Message
	if m := reUnknown.FindStringSubmatch(text); m != nil {
		allowed := keysOf(m[2])
		text = msg.Sprintf(msg.Default, "ukendt nøgle %q", m[1])
		if s := suggest(m[1], allowed); s != "" {
			text += msg.Sprintf(msg.Default, "; mente du %q?", s)
		}
		if len(allowed) > 0 {
			text += msg.Sprintf(msg.Default, "; tilladte nøgler her: %s", strings.Join(allowed, ", "))
		}
	} else if m := reType.FindStringSubmatch(text); m != nil && m[2] != "" {
		text = msg.Sprintf(msg.Default, "forventede %s, fik %s %q", describeType(m[3]), yamlKind(m[1]), m[2])
	} else if m != nil {
		text = msg.Sprintf(msg.Default, "forventede %s, fik %s", describeType(m[3]), yamlKind(m[1])) // a mapping or a list
	}
	r.inFile(p, line, col, keyPath, text)
}

// types lists the structs of a scenario file by their Go type name.
var types = map[string]reflect.Type{}

func init() {
	for _, v := range []any{File{}, Horizon{}, Indexes{}, Index{}, Group{}, State{}, Rate{}, Transition{}, TransitionOverride{},
		Band{}, Stock{}, WeeksRange{}, Inflow{}, Change{}, ChangeSet{}, Intervention{}, Target{}, Effect{},
		Diversion{}, CostLine{}, Variant{}, VariantSet{}, paramSpec{}, Correlation{}, Refusionstrappe{}, StaircaseStep{}, ResetRule{}} {
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
	case goType == "int":
		return msg.Mark("et helt tal")
	case goType == "uint64":
		return msg.Mark("et helt tal på 0 eller mere")
	case goType == "float64":
		return msg.Mark("et tal")
	case goType == "bool":
		return msg.Mark("true eller false")
	case goType == "string":
		return msg.Mark("tekst")
	case strings.HasPrefix(goType, "map["):
		return msg.Mark("en mapping (indrykkede linjer med nøgle: værdi)")
	case strings.HasPrefix(goType, "[]"):
		return msg.Mark("en liste (linjer, der starter med -)")
	case strings.HasPrefix(goType, "scenario."):
		return msg.Sprintf(msg.Default, "en mapping med nøglerne %s", strings.Join(keysOf(goType), ", "))
	}
	return goType
}

func yamlKind(tag string) string {
	switch tag {
	case "str":
		return msg.Mark("tekst")
	case "int":
		return msg.Mark("det hele tal")
	case "float":
		return msg.Mark("tallet")
	case "bool":
		return msg.Mark("sandhedsværdien")
	case "map":
		return msg.Mark("en mapping")
	case "seq":
		return msg.Mark("en liste")
	case "null":
		return msg.Mark("ingenting")
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
