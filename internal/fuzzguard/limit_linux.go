//go:build linux && !race

package fuzzguard

import "syscall"

// limitAddressSpace sets RLIMIT_AS to n unless it is lower already
// (unlimited is the largest value).
func limitAddressSpace(n uint64) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		return err
	}
	if lim.Cur <= n {
		return nil
	}
	lim.Cur = n
	return syscall.Setrlimit(syscall.RLIMIT_AS, &lim)
}
