//go:build unix

package main

import (
	"errors"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalDuringWrite sends SIGINT to a child process (this test binary)
// in the middle of a write's renames and checks that the child rolls back,
// removes its staging directory and exits with 130, leaving the old set.
func TestSignalDuringWrite(t *testing.T) {
	if dir := os.Getenv("YDELSESFLOW_SIGNAL_CHILD"); dir != "" {
		interruptible(os.Stderr)
		renames := 0
		fsStep = func(op, name string) error {
			if op == "rename" {
				if renames++; renames == 3 {
					syscall.Kill(os.Getpid(), syscall.SIGINT)
					// Wait for the handler to mark the write interrupted.
					for deadline := time.Now().Add(10 * time.Second); !interrupted.Load() && time.Now().Before(deadline); {
						time.Sleep(time.Millisecond)
					}
				}
			}
			return nil
		}
		(outputFiles{"tabel.txt": []byte("new"), resultsName: []byte("new results")}).write(dir, scenarioSet("run", nil))
		time.Sleep(10 * time.Second) // the handler ends the process first
		os.Exit(3)
	}
	dir := t.TempDir()
	if err := (outputFiles{"tabel.txt": []byte("old"), "personer.png": []byte("chart"), resultsName: []byte("old results")}).write(dir, scenarioSet("run", nil)); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	cmd := exec.Command(os.Args[0], "-test.run=^TestSignalDuringWrite$")
	cmd.Env = append(os.Environ(), "YDELSESFLOW_SIGNAL_CHILD="+dir)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupt {
		t.Fatalf("child: %v, want exit %d\n%s", err, exitInterrupt, out)
	}
	if !strings.Contains(string(out), "afbrudt; ingen fil er skrevet halvt") {
		t.Errorf("child's messages:\n%s", out)
	}
	if after := snapshot(t, dir); !maps.Equal(after, before) {
		t.Errorf("the old set changed: %q", slices.Sorted(maps.Keys(after)))
	}
}
