package scenario_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"ydelsesflow/scenarios"
)

// privateRefs matches references that a user of the shipped scenarios cannot
// follow: the project's internal notes and source copies, and paths on the
// machine the scenarios were written on. Shipped scenarios cite public
// documents (laws, bm.dk's sats tables, a kommune's document by title and
// page) and, inside this repository, only docs/.
var privateRefs = []struct {
	what string
	re   *regexp.Regexp
}{
	{"a path into the project's shared notes", regexp.MustCompile(`(?i)shared/`)},
	{"the internal fact sheet rules-and-rates", regexp.MustCompile(`(?i)rules-and-rates`)},
	{"the internal notes on the seed cases", regexp.MustCompile(`(?i)seed[- ]cases?\b`)},
	{"an internal seed document number", regexp.MustCompile(`(?i)\bseeds? 0\d\d\b`)},
	{"a Markdown page outside docs/", regexp.MustCompile(`(?:^|[^\w/.-])(?:[\w.-]+/)*(?:[\w-]+\.md)\b`)},
	{"an absolute or home-directory path", regexp.MustCompile(`(?:^|[\s(\[{"'=,;])(?:~|/[A-Za-z][\w.-]*)/[\w.-]`)},
}

// docsPage matches the one allowed form of a Markdown reference.
var docsPage = regexp.MustCompile(`^(?:\.\./)*docs/[\w-]+\.md$`)

// privateReferences returns a description of each reference in text that
// points to a page or path users do not have, or nil if there is none.
func privateReferences(text string) []string {
	var found []string
	for _, p := range privateRefs {
		for _, m := range p.re.FindAllString(text, -1) {
			m = strings.TrimLeft(m, " \t\n([{\"'=,;")
			if strings.HasSuffix(m, ".md") && docsPage.MatchString(m) {
				continue
			}
			found = append(found, p.what+": "+m)
		}
	}
	return found
}

func TestPrivateReferences(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Højeste sygedagpengebeløb 4.405 kr./uge (bm.dk satser 2020).", 0},
		{"see docs/MODEL.md and ../docs/SOURCES.md", 0},
		{"indexed 1.3 %/yr; (20370/19092)^(1/4) - 1; 4.300 / 4.355 kr./uge; 19.363/md", 0},
		{"lov om kommunernes finansiering § 30 stk. 2; seed: 2020", 0},
		{"(rules-and-rates.md § 3.1)", 2},
		{"see ../../shared/domain/model.md", 2},
		{"seed-cases.md case 1", 2},
		{"RKSK budget 2020 (seed 002 p. 41); seeds 000-001", 2},
		{"as in seed case 3", 1},
		{"copy at /work/shared/seeds/002.txt", 2},
		{"notes in ~/notes/x", 1},
		{"see README.md", 1},
	}
	for _, tt := range tests {
		if got := privateReferences(tt.text); len(got) != tt.want {
			t.Errorf("privateReferences(%q) = %q, want %d", tt.text, got, tt.want)
		}
	}
}

// TestEmbeddedScenariosCitePublicSources fails if a shipped scenario refers
// to the project's internal notes or to a path users do not have; its
// comments and source: texts must name public documents instead.
func TestEmbeddedScenariosCitePublicSources(t *testing.T) {
	for _, name := range embeddedFiles(t) {
		src, err := fs.ReadFile(scenarios.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			for _, ref := range privateReferences(line) {
				t.Errorf("%s:%d: %s; cite the public document instead (see docs/SOURCES.md)", name, i+1, ref)
			}
		}
	}
}
