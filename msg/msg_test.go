package msg

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

// withCatalogue replaces the catalogue for one test.
func withCatalogue(t *testing.T, c map[string]string) {
	t.Helper()
	saved := english
	english = c
	t.Cleanup(func() { english = saved })
}

var testCatalogue = map[string]string{
	"Besparelse":         "Saving",
	"%d kørsler":         "%d runs",
	"ydre: %w":           "outer: %w",
	"indre %d":           "inner %d",
	"begge: %w og %w":    "both: %w and %w",
	"grunden: %v":        "the reason: %v",
	"fil mangler":        "file missing",
	"læser %s: %w":       "reading %s: %w",
	"100 %-sikker":       "100 % sure",
	"%s, %%w er ikke %w": "%s, %%w is not %w",
}

func TestT(t *testing.T) {
	withCatalogue(t, testCatalogue)
	for _, c := range []struct {
		lang     Lang
		text     string
		want     string
		whatCase string
	}{
		{Danish, "Besparelse", "Besparelse", "Danish is the text"},
		{English, "Besparelse", "Saving", "translated"},
		{English, "Merudgift", "Merudgift", "no translation: Danish"},
		{Lang("de"), "Besparelse", "Besparelse", "unknown language: Danish"},
		{English, "100 %-sikker", "100 % sure", "not a format"},
	} {
		if got := T(c.lang, c.text); got != c.want {
			t.Errorf("%s: T(%s, %q) = %q, want %q", c.whatCase, c.lang, c.text, got, c.want)
		}
	}
}

func TestSprintf(t *testing.T) {
	withCatalogue(t, testCatalogue)
	inner := Errorf("indre %d", 7)
	for _, c := range []struct {
		got, want string
	}{
		{Sprintf(Danish, "%d kørsler", 1000), "1000 kørsler"},
		{Sprintf(English, "%d kørsler", 1000), "1000 runs"},
		{Sprintf(English, "%d personer", 3), "3 personer"},
		{Sprintf(English, "grunden: %v", inner), "the reason: inner 7"},
		{Sprintf(Danish, "grunden: %v", inner), "grunden: indre 7"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	var sb strings.Builder
	if _, err := Fprintf(&sb, English, "%d kørsler", 2); err != nil || sb.String() != "2 runs" {
		t.Errorf("Fprintf wrote %q, %v", sb.String(), err)
	}
}

// TestErrors checks that errors are Danish, give their English through
// Localize with the errors they wrap, and wrap as fmt.Errorf does.
func TestErrors(t *testing.T) {
	withCatalogue(t, testCatalogue)
	missing := New("fil mangler")
	inner := Errorf("indre %d", 7)
	pathErr := &fs.PathError{Op: "open", Path: "a.yaml", Err: fs.ErrNotExist}
	for _, c := range []struct {
		name   string
		err    error
		da, en string
		is     []error // errors.Is(err, each)
	}{
		{"plain", missing, "fil mangler", "file missing", []error{missing}},
		{"wrapped", Errorf("ydre: %w", inner), "ydre: indre 7", "outer: inner 7", []error{inner}},
		{"wrapped twice", Errorf("læser %s: %w", "a.yaml", Errorf("ydre: %w", missing)),
			"læser a.yaml: ydre: fil mangler", "reading a.yaml: outer: file missing", []error{missing}},
		{"two wrapped", Errorf("begge: %w og %w", missing, inner), "begge: fil mangler og indre 7", "both: file missing and inner 7", []error{missing, inner}},
		{"not wrapped", Errorf("grunden: %v", missing), "grunden: fil mangler", "the reason: file missing", nil},
		{"another error", Errorf("læser %s: %w", "a.yaml", pathErr),
			"læser a.yaml: open a.yaml: file does not exist", "reading a.yaml: open a.yaml: file does not exist", []error{fs.ErrNotExist}},
		{"no translation", Errorf("ukendt %s", "x"), "ukendt x", "ukendt x", nil},
		{"%%w is no verb", Errorf("%s, %%w er ikke %w", "a", missing), "a, %w er ikke fil mangler", "a, %w is not file missing", []error{missing}},
	} {
		if got := c.err.Error(); got != c.da {
			t.Errorf("%s: Error() = %q, want %q", c.name, got, c.da)
		}
		if got := Localize(Danish, c.err); got != c.da {
			t.Errorf("%s: in Danish %q, want %q", c.name, got, c.da)
		}
		if got := Localize(English, c.err); got != c.en {
			t.Errorf("%s: in English %q, want %q", c.name, got, c.en)
		}
		for _, target := range c.is {
			if !errors.Is(c.err, target) {
				t.Errorf("%s: errors.Is(%v) is false", c.name, target)
			}
		}
		if c.is == nil && errors.Unwrap(c.err) != nil {
			t.Errorf("%s: wraps %v", c.name, errors.Unwrap(c.err))
		}
	}
	if got := errors.Unwrap(Errorf("ydre: %w", inner)); got != inner {
		t.Errorf("errors.Unwrap = %v, want the wrapped error", got)
	}
	var pe *fs.PathError
	if !errors.As(Errorf("ydre: %w", pathErr), &pe) || pe != pathErr {
		t.Error("errors.As does not find the wrapped *fs.PathError")
	}
	if got := Localize(English, pathErr); got != pathErr.Error() {
		t.Errorf("Localize of another error = %q, want its own text", got)
	}
}

func TestParseLang(t *testing.T) {
	for _, s := range []string{"da", "en"} {
		if l, err := ParseLang(s); err != nil || string(l) != s {
			t.Errorf("ParseLang(%q) = %q, %v", s, l, err)
		}
	}
	_, err := ParseLang("de")
	if err == nil || err.Error() != `ukendt sprog "de"; brug da (dansk) eller en (engelsk)` {
		t.Errorf("ParseLang(de): %v", err)
	}
	if en := Localize(English, err); en != `unknown language "de"; use da (Danish) or en (English)` {
		t.Errorf("ParseLang(de) in English: %s", en)
	}
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"ingen", nil},
		{"%s: %5.1f %% (%w)", []string{"%s", "%5.1f", "%w"}},
		{"%-8s|%+d|%#x|% d|%08.3f", []string{"%-8s", "%+d", "%#x", "% d", "%08.3f"}},
		{"%[2]d %[1]q %*d %.*f", []string{"%[2]d", "%[1]q", "%*d", "%.*f"}},
		{"90 %%-interval, %d kørsler", []string{"%d"}},
		{"%æ", []string{"%æ"}},
		{"slut %", []string{"%"}},
	} {
		if got := verbs(c.format); !slices.Equal(got, c.want) {
			t.Errorf("verbs(%q) = %q, want %q", c.format, got, c.want)
		}
	}
	if got := unwrapped("%w og %%w og %[1]w"); got != "%v og %%w og %[1]v" {
		t.Errorf("unwrapped = %q", got)
	}
}
