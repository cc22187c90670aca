package workbook

import (
	"math"

	"ydelsesflow/msg"
	"ydelsesflow/results"
)

// Kind is the role of a row in a Form, which decides how it is drawn.
type Kind int

const (
	Line     Kind = iota // an ordinary line of figures
	Subtotal             // a block's subtotal: bold
	Total                // the form's total: bold, with a rule above
	Memo                 // for information ("heraf", "til orientering"): italic, not part of any sum
	Heading              // a block's heading: a bold label without figures
)

// Unit is the unit of a row's values, which decides their number format.
type Unit int

const (
	Thousands Unit = iota // 1.000 kr., shown without decimals
	Persons               // persons (helårspersoner, tilgang, afgang), shown with one decimal
)

// FormRow is one row of a Form: a label and one value per column, in the
// row's unit (amounts already divided by 1.000). NaN leaves a cell empty.
type FormRow struct {
	Label  string
	Values []float64
	Kind   Kind
	Unit   Unit
}

// Form is a table of numbers laid out as a kommune's budget form: a title,
// a line naming the unit, prices and sign convention, a header row of
// columns ("Budget 2027", "Overslagsår 2028", …, "I alt 2027–2030") and the
// rows. Another model of the form (such as a table package's) is mapped
// onto it row by row.
type Form struct {
	Title   string
	Note    string // under the title: unit, prices, sign convention, runs
	Columns []string
	Rows    []FormRow
}

// add appends a row.
func (f *Form) add(label string, kind Kind, unit Unit, values []float64) {
	f.Rows = append(f.Rows, FormRow{Label: label, Values: values, Kind: kind, Unit: unit})
}

// heading appends a block heading.
func (f *Form) heading(label string) { f.add(label, Heading, Thousands, nil) }

// budgetColumns returns the headings of the budget years' columns as a
// budget form names them: the first year the budget year ("Budget 2027"),
// the others overslagsår ("Overslagsår 2028"), a year the horizon covers
// in part labelled with its days ("Budget 2027 (fra 4. januar)"); and, if
// total, a last column for their total ("I alt 2027–2030").
func budgetColumns(meta results.Meta, years []int, total bool) []string {
	var cols []string
	for i, y := range years {
		if i == 0 {
			cols = append(cols, msg.Sprintf(lang, "Budget %s", meta.YearLabel(lang, y)))
		} else {
			cols = append(cols, msg.Sprintf(lang, "Overslagsår %s", meta.YearLabel(lang, y)))
		}
	}
	if total {
		cols = append(cols, msg.Sprintf(lang, "I alt %s", meta.YearsLabel(lang, years[0], years[len(years)-1])))
	}
	return cols
}

// blank is an empty cell.
var blank = math.NaN()
