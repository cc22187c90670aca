package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"ydelsesflow/msg"
)

// Exit codes after a signal, by the shells' convention 128 + the signal's
// number.
const (
	exitInterrupt = 130 // SIGINT, Ctrl-C
	exitTerminate = 143 // SIGTERM
)

// interruptible returns a context that SIGINT or SIGTERM cancels, and
// starts the handler: on a signal it waits for a write in progress to stop
// and roll back (or, past its commit, to end), removes the temporary
// directories registered with tempDir, says so on stderr and ends the
// process with exitInterrupt or exitTerminate. Without the handler a
// signal would end the process at once, in the middle of a write.
func interruptible(stderr io.Writer) context.Context {
	sigint, _ := signal.NotifyContext(context.Background(), os.Interrupt)
	ctx, _ := signal.NotifyContext(sigint, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		interrupted.Store(true)
		writing.Lock()
		removeTempDirs()
		fmt.Fprintf(stderr, "ydelsesflow: %s\n", msg.T(lang, "afbrudt; ingen fil er skrevet halvt"))
		if sigint.Err() != nil {
			os.Exit(exitInterrupt)
		}
		os.Exit(exitTerminate)
	}()
	return ctx
}

// temps are the temporary directories outside --out that a signal removes.
var temps struct {
	sync.Mutex
	dirs map[string]bool
}

// tempDir registers dir for removal on a signal; the returned function
// removes it and its registration.
func tempDir(dir string) (remove func()) {
	temps.Lock()
	defer temps.Unlock()
	if temps.dirs == nil {
		temps.dirs = map[string]bool{}
	}
	temps.dirs[dir] = true
	return func() {
		temps.Lock()
		defer temps.Unlock()
		delete(temps.dirs, dir)
		os.RemoveAll(dir)
	}
}

// removeTempDirs removes every registered temporary directory.
func removeTempDirs() {
	temps.Lock()
	defer temps.Unlock()
	for dir := range temps.dirs {
		os.RemoveAll(dir)
	}
}
