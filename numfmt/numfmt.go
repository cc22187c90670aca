// Package numfmt formats numbers, amounts, percentages and dates for
// people, in Danish ("1.234.567 kr.", "12,5 %", "4. januar 2027") or
// English ("DKK 1,234,567", "12.5%", "4 January 2027"), and labels budget
// years the horizon covers only in part ("2027 (fra 4. januar)").
// Machine-readable files (CSV, JSON) do not use it: they keep Go's plain
// '.'-decimal numbers.
package numfmt

import (
	"math"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"ydelsesflow/msg"
)

// Format formats numbers in one language (package msg names the
// languages). The zero Format is Danish.
type Format struct {
	Lang msg.Lang
}

// Da and En format numbers in Danish and English.
var (
	Da = Format{msg.Danish}
	En = Format{msg.English}
)

var printers = map[msg.Lang]*message.Printer{
	msg.Danish:  message.NewPrinter(language.Danish),
	msg.English: message.NewPrinter(language.English),
}

func (f Format) printer() *message.Printer {
	if p, ok := printers[f.Lang]; ok {
		return p
	}
	return printers[msg.Danish]
}

// noNegZero turns −0 (and values that round to zero) into 0, so that
// nothing prints as "-0".
func noNegZero(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	if math.Round(v*p) == 0 {
		return 0
	}
	return v
}

// Decimal formats v with exactly digits decimals and thousands
// separators, rounding half away from zero: Decimal(1234.567, 1) is
// "1.234,6" in Danish and "1,234.6" in English.
func (f Format) Decimal(v float64, digits int) string {
	v = math.Round(v*math.Pow(10, float64(digits))) / math.Pow(10, float64(digits))
	v = noNegZero(v, digits)
	return f.printer().Sprint(number.Decimal(v, number.MinFractionDigits(digits), number.MaxFractionDigits(digits)))
}

// Int formats v rounded to a whole number: "1.234.568".
func (f Format) Int(v float64) string { return f.Decimal(v, 0) }

// Thousands formats an amount in kr. as a whole number of 1.000 kr., the
// unit of budget tables: Thousands(1234567) is "1.235".
func (f Format) Thousands(v float64) string { return f.Int(v / 1000) }

// Kr formats a whole amount in kr.: "1.234.567 kr." in Danish,
// "DKK 1,234,567" in English.
func (f Format) Kr(v float64) string { return msg.Sprintf(f.Lang, "%s kr.", f.Int(v)) }

// Amount formats an amount for a sentence: billions with two decimals
// from 1 mia. kr. ("3,95 mia. kr."), millions with one decimal from 1 mio.
// kr. ("2,1 mio. kr."), else rounded to 1.000 kr. ("355.000 kr.").
func (f Format) Amount(v float64) string {
	if math.Abs(v) >= 1e9-0.5e7 {
		return msg.Sprintf(f.Lang, "%s mia. kr.", f.Decimal(v/1e9, 2))
	}
	if math.Abs(v) >= 1e6-0.5e5 {
		return msg.Sprintf(f.Lang, "%s mio. kr.", f.Decimal(v/1e6, 1))
	}
	return f.Kr(math.Round(v/1000) * 1000)
}

// SignedAmount formats a change in spending for a sentence with its sign
// in the budget form's convention (+ = merudgift, − = mindreudgift):
// "+1,7 mio. kr.", "-2,9 mio. kr."; a change that rounds to 0 has no sign.
func (f Format) SignedAmount(v float64) string {
	s := f.Amount(v)
	if v > 0 && strings.ContainsAny(s, "123456789") {
		return "+" + s
	}
	return s
}

// Signed formats a change in spending in whole units with its sign, as
// Int: "+1.234", "-567", "0".
func (f Format) Signed(v float64) string {
	s := f.Int(v)
	if v > 0 && s != "0" {
		return "+" + s
	}
	return s
}

// Percent formats a fraction as a percentage with the given decimals:
// Percent(0.125, 1) is "12,5 %" in Danish and "12.5%" in English.
func (f Format) Percent(frac float64, digits int) string {
	return msg.Sprintf(f.Lang, "%s %%", f.Decimal(100*frac, digits))
}

// Value formats a parameter value: whole numbers from 100 ("1.234.568"),
// else up to three decimals ("0,862"; "12,83").
func (f Format) Value(v float64) string {
	if math.Abs(v) >= 100 {
		return f.Int(v)
	}
	return f.printer().Sprint(number.Decimal(noNegZero(v, 3), number.MaxFractionDigits(3)))
}
