package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"ydelsesflow/msg"
)

// progressDelay is how long a run must take before a progress bar appears.
const progressDelay = 700 * time.Millisecond

// progress shows a progress bar on a terminal once a run has taken more
// than a moment. Its zero value, or one not on a terminal, does nothing.
type progress struct {
	w     io.Writer
	total int
	start time.Time
	bar   *progressbar.ProgressBar
	on    bool
}

// newProgress returns a progress bar for total runs, shown on w only if w
// is a terminal and the CI environment variable is not set.
func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	on := ok && term.IsTerminal(int(f.Fd())) && os.Getenv("CI") == ""
	return &progress{w: w, total: total, start: time.Now(), on: on}
}

// update is sim.Options.Progress.
func (p *progress) update(done int) {
	if !p.on {
		return
	}
	if p.bar == nil {
		if time.Since(p.start) < progressDelay || done == p.total {
			return
		}
		p.bar = progressbar.NewOptions(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(msg.T(lang, "Simulerer")),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	p.bar.Set(done)
}

// finish removes the bar.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
