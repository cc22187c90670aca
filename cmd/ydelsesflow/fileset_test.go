package main

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// snapshot returns every file under dir by its path relative to dir, with
// its content; directories are listed with a trailing slash.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || path == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() {
			got[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(path)
		got[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// readTestManifest reads dir's manifest or fails the test.
func readTestManifest(t *testing.T, dir string) *manifest {
	t.Helper()
	m, err := readManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// setNames returns "command: file file …" for each set of m.
func setNames(m *manifest) []string {
	var out []string
	for _, s := range m.Sets {
		var names []string
		for _, e := range s.Files {
			names = append(names, e.Name)
		}
		out = append(out, s.Command+": "+strings.Join(names, " "))
	}
	return out
}

// TestManifestContent checks filer.json for a small set byte for byte: no
// time in it, the SHA-256 of each file (of "a\n" and "b\n", as sha256sum
// prints them), and each chart with the results it was drawn from.
func TestManifestContent(t *testing.T) {
	const (
		shaA = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7" // printf 'a\n' | sha256sum
		shaB = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f" // printf 'b\n' | sha256sum
	)
	want := `{
  "program": "ydelsesflow",
  "format": 1,
  "sets": [
    {
      "command": "run",
      "scenarios": [
        "embedded:default.yaml"
      ],
      "files": [
        {
          "name": "tabel.txt",
          "bytes": 2,
          "sha256": "` + shaA + `"
        },
        {
          "name": "personer.png",
          "bytes": 2,
          "sha256": "` + shaA + `",
          "drawn_from": "` + shaB + `"
        },
        {
          "name": "resultat.json",
          "bytes": 2,
          "sha256": "` + shaB + `"
        }
      ]
    }
  ]
}
`
	for range 2 { // the same set gives the same manifest
		dir := t.TempDir()
		files := outputFiles{"tabel.txt": []byte("a\n"), "personer.png": []byte("a\n"), resultsName: []byte("b\n")}
		if err := files.write(dir, scenarioSet("run", nil)); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(filepath.Join(dir, manifestName))
		if string(got) != want {
			t.Errorf("filer.json:\n%s\nwant:\n%s", got, want)
		}
	}
}

// TestSetReplacesStaleFiles writes a set over an earlier one and checks
// which files and sets remain: a command's own earlier files go, other
// commands' stay, and charts go when the directory gets another
// resultat.json.
func TestSetReplacesStaleFiles(t *testing.T) {
	runSet := outputFiles{"tabel.txt": []byte("t"), "kalibrering.txt": []byte("k"), "personer.png": []byte("p"), resultsName: []byte("r1")}
	for _, c := range []struct {
		name      string
		files     outputFiles
		set       setOf
		wantFiles []string
		wantSets  []string
	}{
		{"run again without calibration or charts", outputFiles{"tabel.txt": []byte("t2"), resultsName: []byte("r2")}, scenarioSet("run", nil),
			[]string{"filer.json", "resultat.json", "tabel.txt"},
			[]string{"run: tabel.txt resultat.json"}},
		{"report with the same results keeps run's charts", outputFiles{"rapport.html": []byte("h"), resultsName: []byte("r1")}, scenarioSet("report", nil),
			[]string{"filer.json", "kalibrering.txt", "personer.png", "rapport.html", "resultat.json", "tabel.txt"},
			[]string{"run: tabel.txt kalibrering.txt personer.png", "report: rapport.html resultat.json"}},
		{"report with other results removes run's charts", outputFiles{"rapport.html": []byte("h"), resultsName: []byte("r2")}, scenarioSet("report", []string{"x.yaml"}),
			[]string{"filer.json", "kalibrering.txt", "rapport.html", "resultat.json", "tabel.txt"},
			[]string{"run: tabel.txt kalibrering.txt", "report: rapport.html resultat.json"}},
		{"plot adds its charts", outputFiles{"personer.svg": []byte("s")}, setOf{command: "plot", drawnFrom: sum([]byte("r1"))},
			[]string{"filer.json", "kalibrering.txt", "personer.png", "personer.svg", "resultat.json", "tabel.txt"},
			[]string{"run: tabel.txt kalibrering.txt personer.png resultat.json", "plot: personer.svg"}},
		{"a chart drawn anew is the new set's", outputFiles{"personer.png": []byte("p2")}, setOf{command: "plot", drawnFrom: sum([]byte("r1"))},
			[]string{"filer.json", "kalibrering.txt", "personer.png", "resultat.json", "tabel.txt"},
			[]string{"run: tabel.txt kalibrering.txt resultat.json", "plot: personer.png"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := runSet.write(dir, scenarioSet("run", nil)); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("the user's"), 0o644)
			if err := c.files.write(dir, c.set); err != nil {
				t.Fatal(err)
			}
			got := snapshot(t, dir)
			if got["mine.txt"] != "the user's" {
				t.Error("a file that is not ydelsesflow's was changed or removed")
			}
			delete(got, "mine.txt")
			if names := slices.Sorted(maps.Keys(got)); !slices.Equal(names, c.wantFiles) {
				t.Errorf("files %v, want %v", names, c.wantFiles)
			}
			for name, data := range c.files {
				if got[name] != string(data) {
					t.Errorf("%s = %q, want %q", name, got[name], data)
				}
			}
			if sets := setNames(readTestManifest(t, dir)); !slices.Equal(sets, c.wantSets) {
				t.Errorf("sets %q, want %q", sets, c.wantSets)
			}
		})
	}
}

// TestWriteAllOrNothing makes a write fail in each way and at each step and
// checks that the old set is left exactly as it was, with no staging
// directory, and the error says nothing is written.
func TestWriteAllOrNothing(t *testing.T) {
	oldSet := outputFiles{"tabel.txt": []byte("old table"), "kalibrering.txt": []byte("old calibration"), "personer.png": []byte("old chart"), resultsName: []byte("old results")}
	newSet := outputFiles{"tabel.txt": []byte("new table"), "tabel.md": []byte("new markdown"), resultsName: []byte("new results")}
	prepare := func(t *testing.T) (string, map[string]string) {
		dir := t.TempDir()
		if err := oldSet.write(dir, scenarioSet("run", nil)); err != nil {
			t.Fatal(err)
		}
		return dir, snapshot(t, dir)
	}
	check := func(t *testing.T, dir string, before map[string]string, err error, want string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want one with %q", err, want)
		}
		if after := snapshot(t, dir); !maps.Equal(after, before) {
			t.Errorf("the old set changed:\nbefore %q\nafter  %q", slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after)))
		}
	}

	for _, c := range []struct {
		name  string
		setup func(dir string)
		want  string
	}{
		{"a directory in the way of a file", func(dir string) { os.Mkdir(filepath.Join(dir, "tabel.md"), 0o755) },
			"tabel.md findes og er ikke en almindelig fil"},
		{"a directory in the way of the manifest", func(dir string) {
			os.Remove(filepath.Join(dir, manifestName))
			os.Mkdir(filepath.Join(dir, manifestName), 0o755)
		}, "filer.json"},
		{"a foreign manifest", func(dir string) { os.WriteFile(filepath.Join(dir, manifestName), []byte(`{"files": ["a"]}`), 0o644) },
			"er ikke ydelsesflows fortegnelse"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, _ := prepare(t)
			c.setup(dir)
			before := snapshot(t, dir)
			check(t, dir, before, newSet.write(dir, scenarioSet("run", nil)), c.want)
		})
	}

	t.Run("a read-only directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes into a read-only directory")
		}
		dir, before := prepare(t)
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
		check(t, dir, before, newSet.write(dir, scenarioSet("run", nil)), "ingen adgang")
	})

	t.Run("--out is a file", func(t *testing.T) {
		dir := t.TempDir()
		file := filepath.Join(dir, "ud")
		os.WriteFile(file, []byte("x"), 0o644)
		err := newSet.write(file, scenarioSet("run", nil))
		check(t, dir, map[string]string{"ud": "x"}, err, "det er ikke en mappe")
	})

	t.Run("a new directory is not left behind", func(t *testing.T) {
		dir := t.TempDir()
		fsStep = func(op, name string) error { return errors.New("disk full") }
		defer func() { fsStep = nil }()
		check(t, dir, map[string]string{}, newSet.write(filepath.Join(dir, "ud"), scenarioSet("run", nil)), "disk full")
	})

	// Fail the k-th step of the write, a full disk while staging or a
	// failing rename while committing, for every k until the write passes.
	for k := 1; ; k++ {
		dir, before := prepare(t)
		var steps []string
		fsStep = func(op, name string) error {
			steps = append(steps, op+" "+name)
			if len(steps) == k {
				return errors.New("simulated failure")
			}
			return nil
		}
		err := newSet.write(dir, scenarioSet("run", nil))
		fsStep = nil
		if len(steps) < k {
			if err != nil {
				t.Fatalf("the write without a failure: %v", err)
			}
			// Every step has failed once; the last write went through.
			if k < 10 {
				t.Errorf("only %d steps: %q", k-1, steps)
			}
			got := snapshot(t, dir)
			if got["tabel.txt"] != "new table" || got["kalibrering.txt"] != "" || got["personer.png"] != "" {
				t.Errorf("the new set is not in place: %q", slices.Sorted(maps.Keys(got)))
			}
			break
		}
		t.Run(steps[k-1], func(t *testing.T) {
			check(t, dir, before, err, "simulated failure")
		})
	}

	t.Run("a signal", func(t *testing.T) {
		dir, before := prepare(t)
		fsStep = func(op, name string) error {
			if op == "rename" {
				interrupted.Store(true)
			}
			return nil
		}
		defer func() { fsStep = nil; interrupted.Store(false) }()
		check(t, dir, before, newSet.write(dir, scenarioSet("run", nil)), "afbrudt af et signal")
	})
}

// TestPlotChecksTheManifest runs plot on results directories whose
// manifest is missing, foreign, silent about resultat.json or does not
// match it.
func TestPlotChecksTheManifest(t *testing.T) {
	results := []byte(`{"version": 2}`)
	for _, c := range []struct {
		name     string
		manifest string // "": none; "write": written by outputFiles.write
		results  []byte
		want     string
	}{
		{"no manifest", "", results, "filer.json mangler, så"},
		{"a foreign manifest", `{"program": "other", "files": []}`, results, "er ikke ydelsesflows fortegnelse"},
		{"a later format", `{"program": "ydelsesflow", "format": 9, "sets": []}`, results, "format 9, denne læser 1"},
		{"no resultat.json listed", `{"program": "ydelsesflow", "format": 1, "sets": [{"command": "calibrate", "files": []}]}`, results, "filer.json nævner ingen resultat.json"},
		{"resultat.json changed", "write", []byte(`{"version": 3}`), "resultat.json er ikke den, "},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			switch c.manifest {
			case "":
			case "write":
				if err := (outputFiles{resultsName: results}).write(dir, scenarioSet("run", nil)); err != nil {
					t.Fatal(err)
				}
			default:
				os.WriteFile(filepath.Join(dir, manifestName), []byte(c.manifest), 0o644)
			}
			os.WriteFile(filepath.Join(dir, resultsName), c.results, 0o644)
			before := snapshot(t, dir)
			code, _, stderr := invoke(t, "plot", dir)
			if code != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, c.want)
			}
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Errorf("plot changed the directory: %q", slices.Sorted(maps.Keys(after)))
			}
		})
	}
}
