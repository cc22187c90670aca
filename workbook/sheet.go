package workbook

import (
	"math"

	"github.com/xuri/excelize/v2"

	"ydelsesflow/msg"
)

// Number formats. Excel shows the thousands separator and decimal comma
// of the reader's locale, so a Danish Excel shows 1.234 and 12,5.
const (
	// AmountFormat shows amounts in 1.000 kr. without decimals, with a
	// minus for a negative figure (a mindreudgift).
	AmountFormat = "#,##0;-#,##0"
	// PersonsFormat shows persons with one decimal.
	PersonsFormat = "#,##0.0;-#,##0.0"
	// CountFormat shows whole numbers, such as a run's number.
	CountFormat = "0"
)

// MaxRows and MaxColumns are Excel's limits on a worksheet.
const (
	MaxRows    = 1 << 20 // 1.048.576
	MaxColumns = 1 << 14 // 16.384
)

// book is a workbook being written, with its styles made once.
type book struct {
	f      *excelize.File
	sheets int // sheets written
	styles map[style]int
}

// style is what a cell's look depends on.
type style struct {
	kind   Kind
	unit   Unit
	label  bool // the label column, not a figure
	header bool // a column heading
	title  bool
	wrap   bool   // wrap long text, aligned to the top
	left   bool   // a heading aligned left (over text)
	format string // a number format for a plain figure outside a form
}

func newBook() *book {
	return &book{f: excelize.NewFile(), styles: map[style]int{}}
}

// styleID returns the style of s, made the first time it is asked for.
func (b *book) styleID(s style) (int, error) {
	if id, ok := b.styles[s]; ok {
		return id, nil
	}
	st := &excelize.Style{Font: &excelize.Font{}}
	switch {
	case s.title:
		st.Font.Bold, st.Font.Size = true, 13
	case s.header:
		st.Font.Bold = true
		st.Border = []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
		st.Alignment = &excelize.Alignment{WrapText: true, Vertical: "bottom"}
		if !s.label && !s.left {
			st.Alignment.Horizontal = "right"
		}
	case s.wrap:
		st.Alignment = &excelize.Alignment{WrapText: true, Vertical: "top"}
	default:
		switch s.kind {
		case Subtotal, Heading:
			st.Font.Bold = true
		case Total:
			st.Font.Bold = true
			st.Border = []excelize.Border{{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 6}}
		case Memo:
			st.Font.Italic = true
		}
		if s.kind == Memo && s.label {
			st.Alignment = &excelize.Alignment{Indent: 1}
		}
		if !s.label {
			code := s.format
			if code == "" {
				code = AmountFormat
				if s.unit == Persons {
					code = PersonsFormat
				}
			}
			st.CustomNumFmt = &code
		}
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	b.styles[s] = id
	return id, nil
}

// sheet is one worksheet written row by row with excelize's stream writer,
// which keeps memory small for the sheet of runs.
type sheet struct {
	b   *book
	sw  *excelize.StreamWriter
	row int // the last row written (1-based)
}

// newSheet adds a worksheet named name: the first replaces the new
// workbook's empty sheet. widths are the widths of the first columns.
// Rows up to and including freezeRow and the first freezeCols columns stay
// in view when scrolling (0: none).
func (b *book) newSheet(name string, widths []float64, freezeRow, freezeCols int) (*sheet, error) {
	if b.sheets == 0 {
		if err := b.f.SetSheetName(b.f.GetSheetName(0), name); err != nil {
			return nil, err
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	b.sheets++
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if freezeRow > 0 || freezeCols > 0 {
		top, err := excelize.CoordinatesToCellName(freezeCols+1, freezeRow+1)
		if err != nil {
			return nil, err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: freezeCols, YSplit: freezeRow, TopLeftCell: top, ActivePane: "bottomRight"}); err != nil {
			return nil, err
		}
	}
	return &sheet{b: b, sw: sw}, nil
}

// write writes the next row; each value is a cell (nil leaves it empty).
func (s *sheet) write(cells []any) error {
	s.row++
	if s.row > MaxRows {
		return msg.Errorf("regnearket har flere end %d rækker", MaxRows)
	}
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, cells)
}

// text writes a row of texts in the style st.
func (s *sheet) text(st style, texts ...string) error {
	id, err := s.b.styleID(st)
	if err != nil {
		return err
	}
	cells := make([]any, len(texts))
	for i, t := range texts {
		cells[i] = excelize.Cell{StyleID: id, Value: t}
	}
	return s.write(cells)
}

// header writes a row of column headings: the first a label column's, the
// others over figures (aligned right) or, if left, over text.
func (s *sheet) header(left bool, cols ...string) error {
	labelID, err := s.b.styleID(style{header: true, label: true})
	if err != nil {
		return err
	}
	id, err := s.b.styleID(style{header: true, left: left})
	if err != nil {
		return err
	}
	cells := make([]any, len(cols))
	for i, c := range cols {
		cells[i] = excelize.Cell{StyleID: id, Value: c}
		if i == 0 {
			cells[i] = excelize.Cell{StyleID: labelID, Value: c}
		}
	}
	return s.write(cells)
}

// blankRow writes an empty row.
func (s *sheet) blankRow() error { return s.write(nil) }

// formRow writes a row of a form: its label and its values as numbers.
func (s *sheet) formRow(r FormRow) error {
	labelID, err := s.b.styleID(style{kind: r.Kind, unit: r.Unit, label: true})
	if err != nil {
		return err
	}
	id, err := s.b.styleID(style{kind: r.Kind, unit: r.Unit})
	if err != nil {
		return err
	}
	cells := []any{excelize.Cell{StyleID: labelID, Value: r.Label}}
	for _, v := range r.Values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			cells = append(cells, excelize.Cell{StyleID: id})
			continue
		}
		cells = append(cells, excelize.Cell{StyleID: id, Value: v})
	}
	return s.write(cells)
}

// flush finishes the sheet.
func (s *sheet) flush() error { return s.sw.Flush() }

// form writes f as a sheet named name: its title, note, column headings
// (frozen with the label column) and rows.
func (b *book) form(name string, f Form) error {
	widths := []float64{58}
	for range f.Columns {
		widths = append(widths, 17)
	}
	s, err := b.newSheet(name, widths, 3, 1)
	if err != nil {
		return err
	}
	if err := s.text(style{title: true}, f.Title); err != nil {
		return err
	}
	if err := s.text(style{label: true}, f.Note); err != nil {
		return err
	}
	if err := s.header(false, append([]string{""}, f.Columns...)...); err != nil {
		return err
	}
	for _, r := range f.Rows {
		if r.Kind == Heading && s.row > 3 {
			if err := s.blankRow(); err != nil {
				return err
			}
		}
		if err := s.formRow(r); err != nil {
			return err
		}
	}
	return s.flush()
}
