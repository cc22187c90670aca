package msg_test

import (
	"errors"
	"fmt"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
)

// Text made where the language is known is written in it; a text is
// Danish in the code and English through the catalogue, and numbers
// follow the language through package numfmt.
func ExampleSprintf() {
	for _, l := range []msg.Lang{msg.Danish, msg.English} {
		amount := numfmt.Format{Lang: l}.Amount(2_149_000)
		fmt.Println(msg.Sprintf(l, "Indsatsen sparer kommunen %s netto over %s", amount, "2027–2030"))
	}
	// Output:
	// Indsatsen sparer kommunen 2,1 mio. kr. netto over 2027–2030
	// The intervention saves the kommune DKK 2.1 million net over 2027–2030
}

// An error is Danish; where it is printed, it can be given in the user's
// language, with the errors it wraps.
func ExampleLocalize() {
	_, err := msg.ParseLang("de")
	err = msg.Errorf("sammenligningen %s: %w", "ips.yaml", err)
	fmt.Println(err)
	fmt.Println(msg.Localize(msg.English, err))
	fmt.Println(errors.Unwrap(err) != nil)
	// Output:
	// sammenligningen ips.yaml: ukendt sprog "de"; brug da (dansk) eller en (engelsk)
	// comparison ips.yaml: unknown language "de"; use da (Danish) or en (English)
	// true
}
