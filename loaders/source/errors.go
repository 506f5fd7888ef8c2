package source

import (
	"errors"
	"fmt"
)

// Error is a problem with one input: a file (Line 0) or one JSONL record.
// The other inputs still load.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrSkipped marks an *Error for an entry that a directory walk passed over
// on purpose (a FIFO, socket or device): a message for the user, not a
// failed input.
var ErrSkipped = errors.New("skipped")
