package pipeline

import (
	"fmt"
	"runtime/debug"
)

// FaultError is a panic of the extraction rules on one input, caught so
// that one page cannot stop a run: the rest go on, and the page is marked
// with the fault as its reason. It is a bug in the rules; Stack says where.
type FaultError struct {
	Value any    // what the rules panicked with
	Stack []byte // the goroutine's stack at the panic
}

// Error says that the extractor failed on the input, and why.
func (e *FaultError) Error() string {
	return fmt.Sprintf("extractor fault (a bug in the rules; please report it with the page): %v", e.Value)
}

// Guard runs fn and returns its error, or its panic as a *FaultError.
// The extraction rules are pure and keep no state across inputs, so a
// panic in them leaves nothing half-changed: the next input is safe.
func Guard(fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &FaultError{Value: v, Stack: debug.Stack()}
		}
	}()
	return fn()
}
