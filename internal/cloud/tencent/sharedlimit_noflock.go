//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package tencent

import "os"

const flockSupported = false

// Without flock the machine-wide limiter is off: every process limits only itself.
func tryLock(*os.File) error { return errLockUnsupported }

func unlock(*os.File) {}
