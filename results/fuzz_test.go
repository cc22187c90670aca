package results

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"ydelsesflow/internal/fuzzguard"
	"ydelsesflow/msg"
)

// fuzzSeeds returns resultat.json files of each kind: a comparison, a
// run, a sensitivity analysis and a calibration, each as small as Read
// accepts.
func fuzzSeeds(t testing.TB) [][]byte {
	meta := small().Comparisons[0].Meta
	files := []*File{
		small(),
		{Run: &Run{Meta: meta, Stock: [][]float64{{3}, {2}}, Steps: [][]float64{{3, 0, 0, 0}, {2, 0, 0, 0}},
			Gross: []Band{{Mean: 10, P5: 9, P50: 10, P95: 11}}, StatePart: []Band{{Mean: 5}}, Net: []Band{{Mean: 5}},
			NetByState: [][]float64{{5}}, Persons: []Band{{Mean: 0.1}}, NetTotal: Band{Mean: 5}}},
		{Sensitivity: &Sensitivity{Meta: meta, Period: "2027", BaseChange: -1,
			Bars: []Bar{{Name: "x", Low: 1, High: 2, ChangeLow: -2, ChangeHigh: 0}}, Ranks: []Rank{{Name: "x", Rho: 0.5}}}},
		{Calibration: &Calibration{Meta: meta, Method: "nelder-mead",
			Targets: []Target{{Line: 2, Ydelse: "a", Periode: "2027", Maal: "personer", Observed: 2, Before: 3, After: 2, Tolerance: 0.02}},
			Fitted:  []Fitted{{Path: "p", Where: "s.yaml:1:1", Min: 0, Max: 1, Start: 0.5, Value: 0.4}}}},
	}
	var out [][]byte
	for _, f := range files {
		var buf bytes.Buffer
		if err := Write(&buf, f); err != nil {
			t.Fatal(err)
		}
		out = append(out, buf.Bytes())
	}
	return out
}

// TestFuzzSeeds checks that Read accepts each of FuzzRead's seed files, so
// that the fuzzer starts from files that reach past the checks.
func TestFuzzSeeds(t *testing.T) {
	for i, s := range fuzzSeeds(t) {
		if _, err := Read(bytes.NewReader(s)); err != nil {
			t.Errorf("seed %d: %v", i, err)
		}
	}
}

// FuzzRead feeds the results reader arbitrary files. Whatever the file,
// Read must not panic or hang, and must return an error or a file that
// the labels of its periods can be drawn from and that Write writes so
// that Read reads the same file back.
func FuzzRead(f *testing.F) {
	fuzzguard.LimitMemory(f)
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"version": 1, "run": {}}`))
	f.Add([]byte(`{"version": 1, "comparisons": [null]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got *File
		var err error
		fuzzguard.Within(t, 10*time.Second, func() {
			got, err = Read(bytes.NewReader(data))
		})
		if err != nil {
			if got != nil {
				t.Error("a file returned with an error")
			}
			return
		}
		fuzzguard.Within(t, 10*time.Second, func() {
			for _, m := range metas(got) {
				m.LastDay()
				m.Period(msg.Danish)
				m.Horizon(msg.English)
				if len(m.Years) > 0 {
					m.YearsLabel(msg.Danish, 0, len(m.Years)-1)
					m.YearLabel(msg.English, len(m.Years)-1)
				}
			}
		})
		var buf bytes.Buffer
		if err := Write(&buf, got); err != nil {
			t.Fatalf("Write of a file Read accepted: %v", err)
		}
		again, err := Read(&buf)
		if err != nil {
			t.Fatalf("Read of a file Write wrote: %v\n%s", err, buf.Bytes())
		}
		if !reflect.DeepEqual(got, again) {
			t.Errorf("read back differently:\n%s", buf.Bytes())
		}
	})
}

// metas returns the meta data of each part of f.
func metas(f *File) []Meta {
	var out []Meta
	if f.Run != nil {
		out = append(out, f.Run.Meta)
	}
	for _, c := range f.Comparisons {
		out = append(out, c.Meta)
	}
	if f.Sensitivity != nil {
		out = append(out, f.Sensitivity.Meta)
	}
	if f.Calibration != nil {
		out = append(out, f.Calibration.Meta)
	}
	return out
}
