package scenario

import (
	"fmt"
	"sort"
	"strings"
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
