package msg

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A translator is a function whose argument arg is a Danish text, the key
// of a catalogue entry: this package's functions, and helpers of other
// packages that pass their text on to them.
type translator struct {
	pkg    string // import path of the package that declares the function
	name   string // name of the function or method
	arg    int    // index of the text among the call's arguments
	format bool   // the text is a format for the arguments after it
}

// translators are the functions whose text the catalogue must translate.
// A package's own helper that passes a text to Sprintf, T or Errorf (a
// positioned error, say) is added here, so that its texts are checked too.
var translators = []translator{
	{"ydelsesflow/msg", "T", 1, false},
	{"ydelsesflow/msg", "Mark", 0, false},
	{"ydelsesflow/msg", "New", 0, false},
	{"ydelsesflow/msg", "Sprintf", 1, true},
	{"ydelsesflow/msg", "Fprintf", 2, true},
	{"ydelsesflow/msg", "Errorf", 0, true},
	{"ydelsesflow/plots", "tr", 0, false},
	{"ydelsesflow/plots", "trf", 0, true},
	{"ydelsesflow/scenario", "at", 2, true},
	{"ydelsesflow/scenario", "errf", 1, true},
	{"ydelsesflow/scenario", "valueErrf", 1, true},
	{"ydelsesflow/calibration", "fail", 2, true},
	{"ydelsesflow/cmd/ydelsesflow", "usagef", 0, true},
	{"ydelsesflow/cmd/ydelsesflow", "count", 2, false},
	{"ydelsesflow/cmd/ydelsesflow", "count", 3, false},
	{"ydelsesflow/cmd/ydelsesflow", "printWritten", 1, true},
}

// use is a text found in a call to a translator.
type use struct {
	text   string
	format bool
	pos    string // file:line
}

// scan reads every non-test Go file under root, the directory of module
// path module, and returns the texts given as constant strings to the
// translators ts. It skips directories named testdata or vendor or
// starting with "." or "_", as the go tool does.
//
// A call is matched by name without type checking: pkg.F(...) through an
// import of the translator's package (under its own name or another),
// and F(...) or x.F(...) where x is no import, in the translator's own
// package. A text that is not constant (a variable) cannot be checked and
// is skipped; texts stored before they are translated are marked with
// Mark instead.
func scan(root, module string, ts []translator) ([]use, error) {
	var uses []use
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := module
		if rel != "." {
			pkg += "/" + filepath.ToSlash(rel)
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		imports := map[string]string{} // local name → import path
		for _, im := range file.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			local := p[strings.LastIndex(p, "/")+1:]
			if im.Name != nil {
				local = im.Name.Name
			}
			imports[local] = p
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee, name := pkg, ""
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
				if x, ok := fn.X.(*ast.Ident); ok && imports[x.Name] != "" {
					callee = imports[x.Name]
				}
			}
			for _, t := range ts {
				if t.pkg != callee || t.name != name || t.arg >= len(call.Args) {
					continue
				}
				if s, ok := constString(call.Args[t.arg]); ok {
					p := fset.Position(call.Args[t.arg].Pos())
					if r, err := filepath.Rel(root, p.Filename); err == nil {
						p.Filename = r
					}
					uses = append(uses, use{text: s, format: t.format, pos: fmt.Sprintf("%s:%d", p.Filename, p.Line)})
				}
			}
			return true
		})
		return nil
	})
	return uses, err
}

// constString returns the value of a string literal, or of literals
// joined with +.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return constString(e.X)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := constString(e.X)
		y, ok2 := constString(e.Y)
		return x + y, ok && ok2
	}
	return "", false
}

// moduleRoot returns the directory of the module's go.mod and the module
// path it declares.
func moduleRoot(t *testing.T) (dir, module string) {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		f, err := os.Open(filepath.Join(dir, "go.mod"))
		if err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if m, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
					return dir, strings.Trim(strings.TrimSpace(m), `"`)
				}
			}
			t.Fatalf("%s/go.mod declares no module", dir)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// moduleUses scans the whole module.
func moduleUses(t *testing.T) []use {
	t.Helper()
	root, module := moduleRoot(t)
	uses, err := scan(root, module, translators)
	if err != nil {
		t.Fatal(err)
	}
	return uses
}

// TestScan checks the scanner on files written for it: calls through a
// renamed import, texts joined with +, a package's own helper called as a
// function and as a method, and what it must skip.
func TestScan(t *testing.T) {
	ts := []translator{
		{"ydelsesflow/msg", "T", 1, false},
		{"ydelsesflow/msg", "Sprintf", 1, true},
		{"ydelsesflow/msg", "Errorf", 0, true},
		{"example/a", "G", 0, false},
	}
	uses, err := scan(filepath.Join("testdata", "scan"), "example", ts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range uses {
		got = append(got, fmt.Sprintf("%s %q %v", u.pos, u.text, u.format))
	}
	want := []string{
		`a/a.go:12 "omdøbt import" false`,
		`a/a.go:13 "sammensat tekst %d" true`,
		`a/a.go:14 "indpakket: %w" true`,
		`a/a.go:16 "lokal hjælper" false`,
		`a/a.go:17 "hjælper som metode" false`,
		`b/b.go:6 "fra en anden pakke" false`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("found\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEveryTextTranslated checks that every text the module gives to a
// translator as a literal has an English translation.
func TestEveryTextTranslated(t *testing.T) {
	for _, u := range moduleUses(t) {
		if tr, ok := english[u.text]; !ok || tr == "" {
			t.Errorf("%s: %q has no English translation in msg/english.go", u.pos, u.text)
		}
	}
}

// TestTranslationsKeepVerbs checks that each translation of a format has
// the same formatting verbs, in the same order, as its Danish key, so
// that the English reads the same arguments.
func TestTranslationsKeepVerbs(t *testing.T) {
	checked := map[string]bool{}
	for _, u := range moduleUses(t) {
		tr, ok := english[u.text]
		if !u.format || !ok || checked[u.text] {
			continue
		}
		checked[u.text] = true
		if da, en := verbs(u.text), verbs(tr); !slices.Equal(da, en) {
			t.Errorf("%s: %q has verbs %q, its translation %q has %q", u.pos, u.text, da, tr, en)
		}
	}
}

// TestNoStaleTexts checks that the code still uses every text of the
// catalogue.
func TestNoStaleTexts(t *testing.T) {
	used := map[string]bool{}
	for _, u := range moduleUses(t) {
		used[u.text] = true
	}
	var stale []string
	for da := range english {
		if !used[da] {
			stale = append(stale, da)
		}
	}
	slices.Sort(stale)
	for _, da := range stale {
		t.Errorf("%q is in the catalogue but used nowhere: remove it from msg/english.go", da)
	}
}
