package batch

import "runtime"

func runtimeGosched() { runtime.Gosched() }
