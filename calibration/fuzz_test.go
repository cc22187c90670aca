package calibration_test

import (
	"errors"
	"io/fs"
	"math"
	"slices"
	"sync"
	"testing"
	"time"

	"ydelsesflow/calibration"
	"ydelsesflow/internal/fuzzguard"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// stevns is the shipped calibrated Stevns scenario, whose targets file
// seeds FuzzRead.
var stevns = sync.OnceValues(func() (*scenario.Scenario, error) {
	ld := &scenario.Loader{Embedded: scenarios.FS}
	return ld.Load(scenario.EmbeddedPrefix + "stevns-2017/kalibreret.yaml")
})

// FuzzRead feeds the targets reader arbitrary files for the Stevns model.
// Whatever the file, Read must not panic or hang, and must return either
// targets that the measuring code can use (known states, a year or week
// inside the horizon, a finite value over 0, a tolerance between 0 and 1)
// or only errors that name the file and a line, with no targets.
func FuzzRead(f *testing.F) {
	fuzzguard.LimitMemory(f)
	shipped, err := fs.ReadFile(scenarios.FS, "stevns-2017/maal.csv")
	if err != nil {
		f.Fatal(err)
	}
	const head = "ydelse,periode,maal,vaerdi,kilde\n"
	for _, s := range []string{
		string(shipped),
		"\ufeffydelse;periode;maal;vaerdi;kilde;tolerance\nfleksjob;2018;helaarspersoner;1.234,5;DST;0,05\n",
		head + "fleksjob,2018-09-30,andel:fleksjob+ledighedsydelse,0.79,x\n",
		head + "fleksjob,2019,afgang_andel:ledighedsydelse,0.5,x\n",
		head + "fleksjob,2019,varighed_uger,20,x\n",
		head + "fleksjob,2019,personer,20,x\n",
		head + "fleksjob,2019,tilgang,.nan,x\n",
		head + "fleksjob,2019,tilgang,1e309,x\n",
		head + "fleksjob,2019,\"tilgang,1,x\n",
		head + "\n\n",
		"",
		"ydelse\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sc, err := stevns()
		if err != nil {
			t.Fatal(err)
		}
		var got []calibration.Target
		fuzzguard.Within(t, 10*time.Second, func() {
			got, err = calibration.Read("maal.csv", data, sc.Model, sc.Start)
		})
		if err != nil {
			if got != nil {
				t.Errorf("targets returned with an error: %v", err)
			}
			checkErrors(t, err)
			return
		}
		if len(got) == 0 {
			t.Fatal("neither targets nor an error")
		}
		m := sc.Model
		for _, tg := range got {
			yearly := tg.Kind != calibration.Persons && tg.Kind != calibration.Share
			switch {
			case tg.Line < 2:
				t.Errorf("%s: line %d", tg.Label(), tg.Line)
			case tg.Kind < calibration.PersonYears || tg.Kind > calibration.Share:
				t.Errorf("%s: kind %d", tg.Label(), tg.Kind)
			case len(tg.States) == 0 || !inRange(tg.States, len(m.States)) || !inRange(tg.Of, len(m.States)):
				t.Errorf("%s: states %v, of %v, for %d states", tg.Label(), tg.States, tg.Of, len(m.States))
			case (tg.Kind == calibration.ExitShare || tg.Kind == calibration.Share) != (len(tg.Of) > 0):
				t.Errorf("%s: of %v", tg.Label(), tg.Of)
			case yearly && (tg.Year < 0 || tg.Year >= len(m.Years)):
				t.Errorf("%s: year %d of %d", tg.Label(), tg.Year, len(m.Years))
			case !yearly && (tg.Week < 0 || tg.Week >= m.Weeks):
				t.Errorf("%s: week %d of %d", tg.Label(), tg.Week, m.Weeks)
			case !(tg.Value > 0) || math.IsInf(tg.Value, 0) || !yearly && tg.Value > 1 && tg.Kind == calibration.Share:
				t.Errorf("%s: value %v", tg.Label(), tg.Value)
			case !(tg.Tolerance > 0 && tg.Tolerance < 1):
				t.Errorf("%s: tolerance %v", tg.Label(), tg.Tolerance)
			}
		}
	})
}

// checkErrors fails t unless every error joined in err is a
// *calibration.Error on a line of maal.csv.
func checkErrors(t *testing.T, err error) {
	t.Helper()
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		var ce *calibration.Error
		if !errors.As(e, &ce) || ce.File != "maal.csv" || ce.Line < 1 || ce.Msg == "" {
			t.Errorf("an error without file and line: %q", e)
		}
	}
}

// inRange reports whether every index is in [0, n).
func inRange(xs []int, n int) bool {
	return !slices.ContainsFunc(xs, func(x int) bool { return x < 0 || x >= n })
}
