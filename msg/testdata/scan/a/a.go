package a

import (
	"fmt"

	m "ydelsesflow/msg"
)

type opts struct{}

func f(l m.Lang, o opts, err error, name string) {
	_ = m.T(l, "omdøbt import")
	_ = m.Sprintf(l, "sammensat "+"tekst %d", 1)
	_ = m.Errorf("indpakket: %w", err)
	_ = m.T(l, name)
	_ = G("lokal hjælper")
	_ = o.G("hjælper som metode")
	_ = fmt.Sprintf("ikke en oversætter")
	_ = m.Mark("ikke i scannerens liste")
}

func G(s string) string { return s }

func (opts) G(s string) string { return s }
