//go:build !linux || race

package fuzzguard

// limitAddressSpace does nothing: the system has no RLIMIT_AS, or the race
// detector needs more address space than any limit would leave.
func limitAddressSpace(uint64) error { return nil }
