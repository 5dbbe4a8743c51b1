package facts

import (
	"errors"
	"strconv"
)

// Errors an amount parser wraps in an *AmountError, to be matched with
// errors.Is.
var (
	// ErrSyntax means the input is not a Korean amount.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange means the amount does not fit in a Decimal (about 922경).
	ErrRange = errors.New("value out of range")
)

// AmountError records a failed amount conversion, like strconv.NumError.
type AmountError struct {
	Func  string // the failing function ("ParseAmount")
	Input string // the input
	Pos   int    // byte offset in Input where the problem was seen
	Msg   string // what was wrong there, e.g. "억 after 만"
	Err   error  // ErrSyntax or ErrRange
}

// Error describes the failure with the function, the input and the cause.
func (e *AmountError) Error() string {
	s := "facts." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": "
	if e.Msg != "" {
		s += "at byte " + strconv.Itoa(e.Pos) + ": " + e.Msg + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns ErrSyntax or ErrRange.
func (e *AmountError) Unwrap() error { return e.Err }

// ParseAmount returns the exact value of a number written the way Korean
// news writes amounts, without its currency: "1조 8천억", "1조 4,600억",
// "1.8조", "3억5천만", "1억2,345만6,789", "삼천억", "천억", "만", "2.75" or
// "455 million". Digits may carry thousands commas and a decimal fraction;
// the units are 십, 백, 천 within a group and 만, 억, 조, 경 between groups,
// each group smaller than the one before, with at most one space between
// parts. The value is computed in integer arithmetic, so "1.8조" is exactly
// 1800000000000.
//
// The error is nil or an *AmountError wrapping ErrSyntax when s is not such
// a number (empty, "조" without a coefficient, units out of order, a comma
// in the wrong place, currency words or other text) or ErrRange when the
// value overflows a Decimal.
func ParseAmount(s string) (Decimal, error) {
	d, err := scanAmount(s)
	if err != nil {
		err.Func = "ParseAmount"
		return Decimal{}, err
	}
	return d, nil
}
