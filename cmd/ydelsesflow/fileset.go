package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"ydelsesflow/msg"
	"ydelsesflow/plots"
)

// A command's output is a set of files, listed in the manifest filer.json
// in its --out directory, and the set is all-or-nothing: readers (plot)
// trust a file only when the manifest lists it with its SHA-256.
//
// Writing a set goes in two phases. Staging: every file and the new
// manifest are written into a fresh staging directory inside --out (so on
// the same file system), and synced; an error, a full disk or a signal here
// removes the staging directory and leaves the old set untouched. Commit:
// the old manifest is moved out of the way first, then each new file is
// renamed over the old one (the old one moved into the staging directory),
// the files of the old set that the new one does not have are moved out,
// and the new manifest is renamed in last. A rename within one file system
// is atomic, a set of renames is not: an error in the commit phase rolls
// the renames back, and SIGINT and SIGTERM wait for the commit (a few
// renames) to end or roll back, so both leave the old set or the new one.
// Only SIGKILL or a power cut during the commit can leave the directory
// without a manifest, which readers refuse: a directory without a manifest
// never passes for a set.

// manifestName is the manifest: the files in the directory that
// ydelsesflow wrote, by the command that wrote them. It is written last.
const manifestName = "filer.json"

// manifestProgram and manifestFormat identify a manifest as ydelsesflow's,
// in the format this version reads and writes.
const (
	manifestProgram = "ydelsesflow"
	manifestFormat  = 1
)

// stagingPrefix begins the names of staging directories inside --out.
const stagingPrefix = ".ydelsesflow-"

// reportPDF is the one PDF that is not a chart (report --pdf).
const reportPDF = "rapport.pdf"

// manifest is the content of filer.json: the sets of files that
// ydelsesflow's commands wrote into the directory. It holds nothing that
// depends on the time, so that the same command gives the same manifest.
type manifest struct {
	Program string    `json:"program"` // "ydelsesflow"
	Format  int       `json:"format"`  // 1
	Sets    []fileSet `json:"sets"`
}

// fileSet is the files one command wrote, as far as a later command has
// not replaced them.
type fileSet struct {
	Command   string      `json:"command"`             // run, compare, sensitivity, report, calibrate or plot
	Scenarios []string    `json:"scenarios,omitempty"` // the command's scenarios, as it loaded them
	Files     []fileEntry `json:"files"`
}

// fileEntry is one file of a set.
type fileEntry struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
	// DrawnFrom is, for a chart, the SHA-256 of the resultat.json it was
	// drawn from: when a command writes another resultat.json into the
	// directory, the charts drawn from the old one are removed.
	DrawnFrom string `json:"drawn_from,omitempty"`
}

// setOf says which command wrote a set, and from what.
type setOf struct {
	command   string
	scenarios []string
	// drawnFrom is the SHA-256 of the results the set's charts were drawn
	// from, if the set does not hold resultat.json itself (plot).
	drawnFrom string
}

// scenarioSet returns the set a command writes from the scenarios args
// (the default scenario if there are none), named as the loader names them.
func scenarioSet(command string, args []string) setOf {
	if len(args) == 0 {
		args = []string{""}
	}
	s := setOf{command: command}
	for _, a := range args {
		s.scenarios = append(s.scenarios, scenarioName(a))
	}
	return s
}

// isChart reports whether name is a chart's file.
func isChart(name string) bool {
	ext := strings.TrimPrefix(filepath.Ext(name), ".")
	return slices.Contains(plots.Formats, ext) && name != reportPDF
}

// sum returns the hexadecimal SHA-256 of data.
func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// errNoManifest says that a directory has no manifest.
var errNoManifest = errors.New("no manifest")

// readManifest reads dir's manifest: errNoManifest if there is none, an
// error if it is not ydelsesflow's.
func readManifest(dir string) (*manifest, error) {
	name := filepath.Join(dir, manifestName)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errNoManifest
	}
	if err != nil {
		return nil, msg.Errorf("kan ikke læse %s: %w", name, msg.FileReason(err))
	}
	var m manifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil || m.Program != manifestProgram {
		return nil, msg.Errorf("%s er ikke ydelsesflows fortegnelse over filerne; flyt den, eller vælg en anden mappe", name)
	}
	if m.Format != manifestFormat {
		return nil, msg.Errorf("%s er skrevet af en anden version af ydelsesflow (format %d, denne læser %d); kør kommandoen igen med en anden --out", name, m.Format, manifestFormat)
	}
	return &m, nil
}

// entry returns the entry for name and the set holding it, or nil.
func (m *manifest) entry(name string) (*fileEntry, *fileSet) {
	for i := range m.Sets {
		for j := range m.Sets[i].Files {
			if m.Sets[i].Files[j].Name == name {
				return &m.Sets[i].Files[j], &m.Sets[i]
			}
		}
	}
	return nil, nil
}

// plan returns the manifest after f is written as set s over old (nil if
// the directory has none), and the files of old to remove: the command's
// own earlier files that f does not have, and charts drawn from another
// resultat.json than the one the directory will hold. The other commands'
// files stay, listed under them; a name f writes is f's from now on.
func (f outputFiles) plan(old *manifest, s setOf) (*manifest, []string) {
	next := &manifest{Program: manifestProgram, Format: manifestFormat}
	results, hasResults := f[resultsName]
	drawnFrom := s.drawnFrom
	if hasResults {
		drawnFrom = sum(results)
	}
	var stale []string
	if old != nil {
		for _, set := range old.Sets {
			kept := set
			kept.Files = nil
			for _, e := range set.Files {
				_, anew := f[e.Name]
				switch {
				case anew:
					// f writes it anew.
				case set.Command == s.command,
					hasResults && e.DrawnFrom != "" && e.DrawnFrom != drawnFrom:
					stale = append(stale, e.Name)
				default:
					kept.Files = append(kept.Files, e)
				}
			}
			if len(kept.Files) > 0 {
				next.Sets = append(next.Sets, kept)
			}
		}
	}
	set := fileSet{Command: s.command, Scenarios: s.scenarios}
	for _, name := range f.names() {
		e := fileEntry{Name: name, Bytes: len(f[name]), SHA256: sum(f[name])}
		if isChart(name) {
			e.DrawnFrom = drawnFrom
		}
		set.Files = append(set.Files, e)
	}
	next.Sets = append(next.Sets, set)
	return next, stale
}

// The state shared with the signal handler (see interruptible): writing
// is held while a set is written, and interrupted, once set, makes the
// write stop at its next step and roll back.
var (
	writing     sync.Mutex
	interrupted atomic.Bool
)

// errInterrupted stops a write when a signal arrived.
var errInterrupted = msg.New("afbrudt af et signal")

// fsStep, if not nil, is called before each step of a write that changes
// the file system, with the step ("write" or "rename") and the file's
// name; an error from it fails the step. Tests use it to simulate a full
// disk or a failing rename at every step.
var fsStep func(op, name string) error

// step checks for a signal and calls fsStep.
func step(op, name string) error {
	if interrupted.Load() {
		return errInterrupted
	}
	if fsStep != nil {
		return fsStep(op, name)
	}
	return nil
}

// write writes f into dir as the set s: all of it, with its manifest, or,
// on an error or a signal, nothing (see the comment at the top of this
// file).
func (f outputFiles) write(dir string, s setOf) (err error) {
	writing.Lock()
	defer writing.Unlock()
	if interrupted.Load() {
		return errInterrupted
	}
	st, serr := os.Stat(dir)
	switch {
	case serr == nil && !st.IsDir():
		return msg.Errorf("kan ikke skrive i %s: det er ikke en mappe", dir)
	case errors.Is(serr, fs.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return msg.Errorf("kan ikke oprette mappen %s: %w", dir, msg.FileReason(err))
		}
		// A directory made for a set that is then not written goes again.
		defer func() {
			if err != nil {
				os.Remove(dir)
			}
		}()
	}
	old, err := readManifest(dir)
	if errors.Is(err, errNoManifest) {
		old, err = nil, nil
	}
	if err != nil {
		return err
	}
	next, stale := f.plan(old, s)
	names := f.names()
	for _, name := range append(slices.Clone(names), manifestName) {
		if err := regularOrAbsent(dir, name); err != nil {
			return err
		}
	}
	stage, err := os.MkdirTemp(dir, stagingPrefix+"*")
	if err != nil {
		return msg.Errorf("kan ikke skrive i mappen %s: %w", dir, msg.FileReason(err))
	}
	defer os.RemoveAll(stage)
	newDir, oldDir := filepath.Join(stage, "ny"), filepath.Join(stage, "gammel")
	for _, d := range []string{newDir, oldDir} {
		if err := os.Mkdir(d, 0o700); err != nil {
			return msg.Errorf("kan ikke skrive i mappen %s: %w", dir, msg.FileReason(err))
		}
	}
	for _, name := range names {
		if err := writeSynced(newDir, name, f[name], dir); err != nil {
			return err
		}
	}
	m, err := json.MarshalIndent(next, "", "  ")
	if err != nil {
		return err
	}
	if err := writeSynced(newDir, manifestName, append(m, '\n'), dir); err != nil {
		return err
	}
	return commit(dir, newDir, oldDir, names, stale, old != nil)
}

// regularOrAbsent refuses a name in dir that something other than a file
// (a directory, say) is in the way of.
func regularOrAbsent(dir, name string) error {
	path := filepath.Join(dir, name)
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode().IsRegular() || fi.Mode()&fs.ModeSymlink != 0 {
		return nil
	}
	return msg.Errorf("%s findes og er ikke en almindelig fil (men fx en mappe); flyt den væk, eller vælg en anden --out; intet er skrevet", path)
}

// writeSynced writes data to the new file stage/name and syncs it to
// disk; dir is --out, for the message.
func writeSynced(stage, name string, data []byte, dir string) error {
	fail := func(err error) error {
		return msg.Errorf("kan ikke skrive %s i %s: %w; intet er skrevet", name, dir, msg.FileReason(err))
	}
	if err := step("write", name); err != nil {
		return fail(err)
	}
	file, err := os.OpenFile(filepath.Join(stage, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fail(err)
	}
	_, err = file.Write(data)
	if err == nil {
		err = file.Sync()
	}
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// commit moves the staged set from newDir into dir, the old files that it
// replaces or that are stale into oldDir, and the manifest last. On an
// error it moves everything back.
func commit(dir, newDir, oldDir string, names, stale []string, hadManifest bool) (err error) {
	type move struct{ from, to string }
	var done []move
	defer func() {
		if err != nil {
			for i := len(done) - 1; i >= 0; i-- {
				os.Rename(done[i].to, done[i].from)
			}
		}
	}()
	mv := func(from, to, name string) error {
		if err := step("rename", name); err != nil {
			return msg.Errorf("kan ikke skrive %s i %s: %w; intet er ændret", name, dir, err)
		}
		if err := os.Rename(from, to); err != nil {
			return msg.Errorf("kan ikke skrive %s i %s: %w; intet er ændret", name, dir, msg.FileReason(err))
		}
		done = append(done, move{from, to})
		return nil
	}
	// The old manifest goes first: until the new one is in, the directory
	// lists no set.
	if hadManifest {
		if err := mv(filepath.Join(dir, manifestName), filepath.Join(oldDir, manifestName), manifestName); err != nil {
			return err
		}
	}
	for _, name := range stale {
		if fi, err := os.Lstat(filepath.Join(dir, name)); err != nil || !fi.Mode().IsRegular() {
			continue // gone, or no longer ydelsesflow's
		}
		if err := mv(filepath.Join(dir, name), filepath.Join(oldDir, name), name); err != nil {
			return err
		}
	}
	for _, name := range append(slices.Clone(names), manifestName) {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			if err := mv(filepath.Join(dir, name), filepath.Join(oldDir, name), name); err != nil {
				return err
			}
		}
		if err := mv(filepath.Join(newDir, name), filepath.Join(dir, name), name); err != nil {
			return err
		}
	}
	syncDir(dir)
	return nil
}

// syncDir asks the file system to write dir's entries (the renames) to
// disk; not every system can, and the set is written either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
