package calibration_test

import (
	"strings"
	"testing"

	"ydelsesflow/calibration"
)

// TestReadTargets checks a good file, in both dialects, and the answer to
// every kind of bad row: the file's line and column, and what to do.
func TestReadTargets(t *testing.T) {
	sc := write(t, t.TempDir(), 0.04, 0.2, 60, 900, "ydelse,periode,maal,vaerdi,kilde\nsyg,2027,tilgang,1,x\n")
	m := sc.Model
	good, err := calibration.Read("maal.csv", []byte("ydelse,periode,maal,vaerdi,kilde,tolerance\nsyg+kh,2028,helaarspersoner,512.5,jobindsats.dk,0.05\nkh,2029-03-31,andel:syg+kh,0.4,x,\n"), m, sc.Start)
	if err != nil {
		t.Fatal(err)
	}
	if len(good) != 2 || good[0].Value != 512.5 || good[0].Tolerance != 0.05 || len(good[0].States) != 2 || good[0].Year != 1 ||
		good[1].Kind != calibration.Share || good[1].Tolerance != calibration.DefaultTolerance || good[1].Week < 0 {
		t.Errorf("read %+v", good)
	}
	danish, err := calibration.Read("maal.csv", []byte("\ufeffydelse;periode;maal;vaerdi;kilde\nsyg;2028;helaarspersoner;1.234,5;DST\n"), m, sc.Start)
	if err != nil || len(danish) != 1 || danish[0].Value != 1234.5 {
		t.Errorf("Danish dialect: %+v, %v; want 1234.5", danish, err)
	}

	const head = "ydelse,periode,maal,vaerdi,kilde\n"
	tests := []struct{ name, src, want string }{
		{"empty", "", "maal.csv:1: målfilen er tom"},
		{"missing column", "ydelse,periode,maal,kilde\nsyg,2027,tilgang,x\n", "maal.csv:1: vaerdi: kolonnen vaerdi mangler"},
		{"unknown column", "ydelse,periode,maal,vaerdi,kilde,note\n", `maal.csv:1: note: ukendt kolonne "note"`},
		{"no targets", head, "maal.csv:1: målfilen har ingen mål"},
		{"unknown state", head + "syg,2027,tilgang,1,x\nsygdom,2027,tilgang,1,x\n", `maal.csv:3: ydelse: ukendt tilstand i "sygdom"; tilstandene er syg, kh, arbejde`},
		{"unknown measure", head + "syg,2027,tilgangg,1,x\n", `maal.csv:2: maal: ukendt mål "tilgangg"`},
		{"share without states", head + "syg,2027,afgang_andel,0.5,x\n", "maal.csv:2: maal: afgang_andel kræver tilstande efter kolon"},
		{"duration of two states", head + "syg+kh,2027,varighed_uger,20,x\n", "maal.csv:2: maal: varighed_uger kan kun måles for én tilstand"},
		{"year outside", head + "syg,2031,tilgang,1,x\n", "maal.csv:2: periode: budgetåret 2031 ligger uden for scenariets budgetår 2027–2029"},
		{"date outside", head + "syg,2026-12-31,personer,1,x\n", "maal.csv:2: periode: datoen 2026-12-31 ligger uden for scenariets periode"},
		{"date for a yearly measure", head + "syg,2027-06-30,tilgang,1,x\n", "maal.csv:2: periode: tilgang måles for et budgetår"},
		{"bad period", head + "syg,i år,tilgang,1,x\n", `maal.csv:2: periode: "i år" er hverken et budgetår`},
		{"not a number", head + "syg,2027,tilgang,mange,x\n", `maal.csv:2: vaerdi: "mange" er ikke et tal`},
		{"zero", head + "syg,2027,tilgang,0,x\n", "maal.csv:2: vaerdi: værdien skal være over 0"},
		{"share over 1", head + "kh,2027,andel:syg+kh,21,x\n", "maal.csv:2: vaerdi: en andel skrives som et tal mellem 0 og 1"},
		{"bad tolerance", "ydelse,periode,maal,vaerdi,kilde,tolerance\nsyg,2027,tilgang,1,x,5%\n", `maal.csv:2: tolerance: tolerancen er relativ`},
		{"broken quote", head + "syg,2027,\"tilgang,1,x\n", "maal.csv:2: kan ikke læses som CSV"},
		// Found by FuzzRead: the reader asked for the position of a record
		// that had no fields and panicked.
		{"quote left open at the end", head + "\"", "maal.csv:2: kan ikke læses som CSV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := calibration.Read("maal.csv", []byte(tc.src), m, sc.Start)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, %v\nwant %q", got, err, tc.want)
			}
			if err != nil && got != nil {
				t.Errorf("targets returned with an error: %v", got)
			}
		})
	}
}
