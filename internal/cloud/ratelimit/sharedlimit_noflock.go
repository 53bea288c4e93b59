//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package ratelimit

import "os"

// FlockSupported says whether this platform has flock, without which the machine-wide limiter is off.
const FlockSupported = false

// Without flock the machine-wide limiter is off: every process limits only itself.
func tryLock(*os.File) error { return errLockUnsupported }

func unlock(*os.File) {}
