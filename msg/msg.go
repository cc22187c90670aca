// Package msg is the catalogue of everything ydelsesflow says to a user:
// help, messages, errors, table headings, chart texts and the report's
// sentences.
//
// The users are Danish, so every text is written in Danish in the code,
// where it is used, and that Danish text is also the text's key in the
// catalogue. The catalogue maps each key to its English translation, so
// that the program can speak English (--lang en) without a second copy of
// its code. A text without a translation is shown in Danish. A test reads
// every Go file of the module and checks that each text given to this
// package's functions as a literal has a translation, that each
// translation has the same formatting verbs in the same order as its key,
// and that the catalogue holds no text the code no longer uses.
//
// Text made where the language is known is formatted in that language:
//
//	title := msg.Sprintf(lang, "Indsatsen sparer kommunen %s netto over %s", amount, period)
//
// An error is made without a language, in Danish ([Default]), and can be
// shown in another language where it is printed:
//
//	err := msg.Errorf("ukendt diagramformat %q; brug %s", "gif", "png, svg, pdf")
//	err.Error()                    // ukendt diagramformat "gif"; brug png, svg, pdf
//	msg.Localize(msg.English, err) // unknown chart format "gif"; use png, svg, pdf
//
// A package's own helper that passes its text on to these functions is
// listed in the test's translators, so that its texts are checked too.
package msg

import (
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Lang is a language the program speaks.
type Lang string

// The languages of the catalogue: Danish, the language of the code, and
// English, its translation.
const (
	Danish  Lang = "da"
	English Lang = "en"
)

// Default is the language of text made where no language is at hand: the
// Error method of errors from [Errorf] and [New], and the tables. It is
// Danish, the users' language; the English of an error is available
// through [Localize].
const Default = Danish

// ParseLang returns the language named s: "da" (Danish) or "en" (English).
func ParseLang(s string) (Lang, error) {
	switch Lang(s) {
	case Danish, English:
		return Lang(s), nil
	}
	return "", Errorf("ukendt sprog %q; brug da (dansk) eller en (engelsk)", s)
}

// translation returns the translation of the Danish text s into l, and
// whether there is one. Danish has none: it is the text itself.
func translation(l Lang, s string) (string, bool) {
	if l != English {
		return "", false
	}
	t, ok := english[s]
	return t, ok
}

// T returns the text s in language l: s itself in Danish, its translation
// in English, and s where the catalogue has no translation.
func T(l Lang, s string) string {
	if t, ok := translation(l, s); ok {
		return t
	}
	return s
}

// Mark returns s unchanged. It marks a Danish text that is stored first
// and translated later with [T] (a list of labels, say), so that the
// catalogue's test finds it and requires its translation.
func Mark(s string) string { return s }

// Sprintf formats in language l: the format is a Danish text, translated
// as by [T], and errors among args made by [Errorf] or [New] are written
// in l too.
func Sprintf(l Lang, format string, args ...any) string {
	if l == Danish {
		// The format is Danish, and errors among args give their text
		// in Default, Danish, themselves.
		return fmt.Sprintf(format, args...)
	}
	return fmt.Sprintf(T(l, format), localized(l, args)...)
}

// Fprintf writes to w what [Sprintf] returns.
func Fprintf(w io.Writer, l Lang, format string, args ...any) (int, error) {
	return io.WriteString(w, Sprintf(l, format, args...))
}

// Errorf returns an error whose text is the Danish format formatted with
// args, as fmt.Errorf does: a %w verb wraps its argument, so errors.Is and
// errors.As see through it. Its Error method gives the text in [Default];
// [Localize] gives it in another language.
func Errorf(format string, args ...any) error {
	m := &message{format: format, args: args, err: fmt.Errorf(format, args...)}
	switch m.err.(type) {
	case interface{ Unwrap() error }:
		return wrapper{m}
	case interface{ Unwrap() []error }:
		return multiWrapper{m}
	}
	return m
}

// New returns an error whose text is the Danish text, as errors.New does,
// and which [Localize] gives in another language.
func New(text string) error {
	return &message{format: text, plain: true, err: errors.New(text)}
}

// Localize returns the text of err in language l. Errors made by [Errorf]
// or [New] are translated, with the errors they were made from; any other
// error gives its own text, and nil gives "".
func Localize(l Lang, err error) string {
	if err == nil {
		return ""
	}
	if m, ok := err.(localizer); ok {
		return m.in(l)
	}
	return err.Error()
}

// localizer is an error that can give its text in any language.
type localizer interface {
	error
	in(l Lang) string
}

// message is an error made by Errorf or New.
type message struct {
	format string
	args   []any
	plain  bool  // format is a plain text (New), not a format
	err    error // the error fmt.Errorf or errors.New made of the Danish text
}

func (m *message) Error() string { return m.in(Default) }

// in returns the message in language l.
func (m *message) in(l Lang) string {
	if l == Danish {
		return m.err.Error()
	}
	if m.plain {
		return T(l, m.format)
	}
	return fmt.Sprintf(unwrapped(T(l, m.format)), localized(l, m.args)...)
}

// wrapper is a message with one %w.
type wrapper struct{ *message }

func (w wrapper) Unwrap() error { return errors.Unwrap(w.err) }

// multiWrapper is a message with several %w.
type multiWrapper struct{ *message }

func (w multiWrapper) Unwrap() []error {
	return w.err.(interface{ Unwrap() []error }).Unwrap()
}

// localized returns args with each error made by Errorf or New replaced by
// its text in l (args itself if there are none).
func localized(l Lang, args []any) []any {
	out := args
	copied := false
	for i, a := range args {
		if m, ok := a.(localizer); ok {
			if !copied {
				out, copied = append([]any(nil), args...), true
			}
			out[i] = m.in(l)
		}
	}
	return out
}

// unwrapped returns format with each %w verb made a %v, for fmt.Sprintf.
func unwrapped(format string) string {
	b := []byte(format)
	for _, d := range scanVerbs(format) {
		if format[d.end-1] == 'w' {
			b[d.end-1] = 'v'
		}
	}
	return string(b)
}

// verb is the position of one formatting verb in a format, e.g. "%-8.2f"
// from start to end.
type verb struct{ start, end int }

// scanVerbs returns the formatting verbs of format in order, as fmt reads
// them: flags, an argument index, width and precision, then the verb
// letter. "%%" is not a verb.
func scanVerbs(format string) []verb {
	var out []verb
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		if j < len(format) && format[j] == '%' {
			i = j
			continue
		}
		skip := func(ok func(c byte) bool) {
			for j < len(format) && ok(format[j]) {
				j++
			}
		}
		index := func() {
			if j < len(format) && format[j] == '[' {
				j++
				skip(func(c byte) bool { return c != ']' })
				if j < len(format) {
					j++
				}
			}
		}
		digitsOrStar := func() {
			if j < len(format) && format[j] == '*' {
				j++
				return
			}
			skip(func(c byte) bool { return '0' <= c && c <= '9' })
		}
		skip(func(c byte) bool { return c == '+' || c == '-' || c == '#' || c == ' ' || c == '0' })
		index()
		digitsOrStar()
		if j < len(format) && format[j] == '.' {
			j++
			index()
			digitsOrStar()
		}
		index()
		if j < len(format) {
			_, size := utf8.DecodeRuneInString(format[j:])
			j += size
		}
		out = append(out, verb{i, j})
		i = j - 1
	}
	return out
}

// verbs returns the formatting verbs of format in order, e.g. ["%s",
// "%5.1f", "%w"] for "%s: %5.1f %% (%w)". A translation must have the
// same verbs as its Danish text.
func verbs(format string) []string {
	var out []string
	for _, v := range scanVerbs(format) {
		out = append(out, format[v.start:v.end])
	}
	return out
}
