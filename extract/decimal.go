package extract

import (
	"strconv"
	"strings"
)

// Decimal is an exact decimal number, Coef × 10^-Scale. Amounts are kept as
// decimals so that "1.8조" is exactly 1,800,000,000,000 and "2.75 달러" keeps
// its cents; no float64 arithmetic ever touches them.
type Decimal struct {
	Coef  int64 // the digits, sign included
	Scale int32 // how many of the digits are decimals; 0 for whole numbers
}

// String formats d as a plain decimal literal such as "1800000000000" or
// "2.75", without exponent and without trailing fractional zeros.
func (d Decimal) String() string {
	s := strconv.FormatInt(d.Coef, 10)
	if d.Scale <= 0 {
		return s + strings.Repeat("0", int(-d.Scale))
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for len(s) <= int(d.Scale) {
		s = "0" + s
	}
	cut := len(s) - int(d.Scale)
	s = strings.TrimRight(s[:cut]+"."+s[cut:], "0")
	s = strings.TrimSuffix(s, ".")
	if neg {
		s = "-" + s
	}
	return s
}

// MarshalJSON writes d as a JSON number literal with every digit kept.
func (d Decimal) MarshalJSON() ([]byte, error) { return []byte(d.String()), nil }
