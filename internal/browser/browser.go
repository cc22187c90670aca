// Package browser drives a headless Chromium from the command line: it
// loads a local HTML file and dumps its DOM, takes a screenshot or prints
// it to PDF. The report's PDF and the report's browser test use it.
package browser

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"ydelsesflow/msg"
)

// Names are the programs tried, in order, when CHROMIUM is not set.
var Names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// ErrNotFound is returned when no Chromium is installed.
var ErrNotFound = msg.New("ingen Chromium fundet: installér Debians chromium (apt-get install chromium), eller sæt CHROMIUM til browserens sti")

// Find returns the path of a Chromium: $CHROMIUM, else the first of Names
// on the PATH.
func Find() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, n := range Names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Chromium is a headless Chromium.
type Chromium struct {
	Path string
}

// run starts Chromium headless on the local file with extra flags, in a
// fresh profile, without network services, and returns its stdout.
func (c Chromium) run(ctx context.Context, file string, flags ...string) ([]byte, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "ydelsesflow-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--hide-scrollbars", "--user-data-dir=" + profile}
	args = append(args, flags...)
	args = append(args, "file://"+abs)
	cmd := exec.CommandContext(ctx, c.Path, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", filepath.Base(c.Path), err, lastLines(stderr.Bytes(), 5))
	}
	return stdout.Bytes(), nil
}

// DOM loads the file and returns the page's DOM as HTML after loading.
func (c Chromium) DOM(ctx context.Context, file string) ([]byte, error) {
	return c.run(ctx, file, "--dump-dom")
}

// Screenshot loads the file in a window width×height pixels and writes a
// PNG of it to out.
func (c Chromium) Screenshot(ctx context.Context, file, out string, width, height int) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	_, err = c.run(ctx, file, fmt.Sprintf("--window-size=%d,%d", width, height), "--screenshot="+abs)
	if err == nil {
		if _, err = os.Stat(abs); err != nil {
			err = msg.Errorf("chromium skrev intet skærmbillede: %v", err)
		}
	}
	return err
}

// PDF prints the file to a PDF at out, A4, without the browser's headers.
func (c Chromium) PDF(ctx context.Context, file, out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	_, err = c.run(ctx, file, "--print-to-pdf="+abs, "--no-pdf-header-footer")
	if err == nil {
		if _, err = os.Stat(abs); err != nil {
			err = msg.Errorf("chromium skrev ingen PDF: %v", err)
		}
	}
	return err
}

// lastLines returns the last n lines of b.
func lastLines(b []byte, n int) string {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// ForTest returns a Chromium for a test, or skips the test where none is
// installed — unless YDELSESFLOW_BROWSER_TEST=require (as in CI), where a
// missing browser fails it.
func ForTest(tb testing.TB) Chromium {
	tb.Helper()
	path, err := Find()
	if err != nil {
		if os.Getenv("YDELSESFLOW_BROWSER_TEST") == "require" {
			tb.Fatalf("YDELSESFLOW_BROWSER_TEST=require, but: %v", err)
		}
		tb.Skipf("no browser: %v", err)
	}
	return Chromium{Path: path}
}
