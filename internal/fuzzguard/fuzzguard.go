// Package fuzzguard keeps a fuzz target's iterations from hanging or
// exhausting the machine's memory, so that an input the program cannot
// yet handle fails the one iteration, and the fuzzer saves it, instead of
// stalling the run or the shared machine.
package fuzzguard

import (
	"flag"
	"fmt"
	"runtime/debug"
	"testing"
	"time"
)

// MemoryLimit is the address space a fuzzing process may use: far above
// what any input of a fuzz target needs, far below the machine's memory.
const MemoryLimit = 4 << 30

// LimitMemory caps the address space of the process when it fuzzes (with
// -fuzz), so that an input that makes the program allocate gigabytes ends
// the fuzzing worker with "out of memory", which the fuzzer reports with
// the input, rather than swapping the machine. It does nothing when the
// tests only replay the seeds, under the race detector (which reserves
// terabytes of address space), or where the system has no such limit.
func LimitMemory(f *testing.F) {
	if fl := flag.Lookup("test.fuzz"); fl == nil || fl.Value.String() == "" {
		return
	}
	if err := limitAddressSpace(MemoryLimit); err != nil {
		f.Logf("fuzzguard: cannot limit the address space: %v", err)
	}
}

// Within runs fn and fails t if fn panics or takes longer than limit: a
// hang guard, far above the normal time, not a speed assertion. A panic
// fails t with its stack; after a time-out fn's goroutine is left running
// and t stops.
func Within(t testing.TB, limit time.Duration, fn func()) {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		fn()
		done <- ""
	}()
	select {
	case p := <-done:
		if p != "" {
			t.Fatal(p)
		}
	case <-time.After(limit):
		t.Fatalf("hang: still running after %v", limit)
	}
}
