//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package ratelimit

import (
	"errors"
	"os"
	"syscall"
)

// FlockSupported says whether this platform has flock, without which the machine-wide limiter is off.
const FlockSupported = true

// tryLock takes an exclusive flock on f without blocking.
func tryLock(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return errLockBusy
		default:
			return err
		}
	}
}

func unlock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
