package instancetype_test

import "errors"

var errEmpty = errors.New("empty list")
