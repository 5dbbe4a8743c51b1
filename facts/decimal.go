package facts

import (
	"math"
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

// Cmp compares d and e by value, whatever their scales: it returns -1 when
// d < e, 0 when they are equal (2.5 and 2.50 are) and +1 when d > e.
func (d Decimal) Cmp(e Decimal) int {
	// Compare integer parts first: they fit in int64 and need no scaling.
	di, df := d.split()
	ei, ef := e.split()
	switch {
	case di < ei:
		return -1
	case di > ei:
		return 1
	}
	// Equal integer parts: the fractions are below 1 in magnitude and have
	// at most 19 digits, so they align to a common scale as uint64 safely
	// only when short; compare digit strings instead, which is exact.
	return cmpFrac(df, ef)
}

// split returns the integer part of d and its fraction digits as a string
// of Scale digits with the sign of d ("-05" for -1.05 → int -1, frac "-05").
func (d Decimal) split() (int64, string) {
	if d.Scale <= 0 {
		n, ok := mulPow10(d.Coef, int(-d.Scale))
		if !ok {
			if d.Coef < 0 {
				return math.MinInt64, ""
			}
			return math.MaxInt64, ""
		}
		return n, ""
	}
	if d.Scale > 18 {
		// |Coef| < 10^19, so the integer part is 0 (or the digits all
		// lie in the fraction).
		s := strconv.FormatInt(d.Coef, 10)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		s = strings.Repeat("0", int(d.Scale)-len(s)) + s
		if neg {
			s = "-" + s
		}
		return 0, s
	}
	p := pow10[d.Scale]
	i, f := d.Coef/p, d.Coef%p
	s := strconv.FormatInt(f, 10)
	neg := f < 0
	s = strings.TrimPrefix(s, "-")
	s = strings.Repeat("0", int(d.Scale)-len(s)) + s
	if neg {
		s = "-" + s
	}
	return i, s
}

// cmpFrac compares two signed fraction digit strings from split.
func cmpFrac(a, b string) int {
	an, bn := strings.HasPrefix(a, "-"), strings.HasPrefix(b, "-")
	a, b = strings.TrimPrefix(a, "-"), strings.TrimPrefix(b, "-")
	a, b = strings.TrimRight(a, "0"), strings.TrimRight(b, "0")
	if a == "" {
		an = false
	}
	if b == "" {
		bn = false
	}
	switch {
	case an && !bn:
		return -1
	case !an && bn:
		return 1
	}
	c := strings.Compare(a, b) // same length prefix order is numeric order
	if an {
		return -c
	}
	return c
}

// pow10 holds the powers of ten that fit in an int64.
var pow10 = [...]int64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

// mulPow10 returns n × 10^k and whether it fits in an int64.
func mulPow10(n int64, k int) (int64, bool) {
	if n == 0 {
		return 0, true
	}
	if k < 0 || k >= len(pow10) {
		return 0, false
	}
	return mul(n, pow10[k])
}

// mul returns a × b and whether the product fits in an int64.
func mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if (c < 0) != ((a < 0) != (b < 0)) || c/b != a {
		return 0, false
	}
	return c, true
}

// add returns a + b and whether the sum fits in an int64.
func add(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

// norm returns d with trailing fractional zeros removed and a scale of at
// least 0, so that equal values have equal representations; ok is false if
// a negative scale cannot be folded into Coef without overflow.
func (d Decimal) norm() (Decimal, bool) {
	if d.Scale < 0 {
		c, ok := mulPow10(d.Coef, int(-d.Scale))
		if !ok {
			return d, false
		}
		return Decimal{Coef: c}, true
	}
	for d.Scale > 0 && d.Coef%10 == 0 {
		d.Coef /= 10
		d.Scale--
	}
	if d.Coef == 0 {
		d.Scale = 0
	}
	return d, true
}

// shift returns d × 10^k for k ≥ 0, exactly, and whether it fits.
func (d Decimal) shift(k int) (Decimal, bool) {
	if k <= int(d.Scale) {
		d.Scale -= int32(k)
		return d.norm()
	}
	c, ok := mulPow10(d.Coef, k-int(d.Scale))
	if !ok {
		return Decimal{}, false
	}
	return Decimal{Coef: c}, true
}

// plus returns d + e, exactly, and whether the sum fits.
func (d Decimal) plus(e Decimal) (Decimal, bool) {
	var ok bool
	if d, ok = d.norm(); !ok {
		return Decimal{}, false
	}
	if e, ok = e.norm(); !ok {
		return Decimal{}, false
	}
	for d.Scale < e.Scale {
		if d.Coef, ok = mul(d.Coef, 10); !ok {
			return Decimal{}, false
		}
		d.Scale++
	}
	for e.Scale < d.Scale {
		if e.Coef, ok = mul(e.Coef, 10); !ok {
			return Decimal{}, false
		}
		e.Scale++
	}
	c, ok := add(d.Coef, e.Coef)
	if !ok {
		return Decimal{}, false
	}
	return Decimal{Coef: c, Scale: d.Scale}.norm()
}

// isZero reports whether d is zero.
func (d Decimal) isZero() bool { return d.Coef == 0 }

// isInt reports whether d is a whole number.
func (d Decimal) isInt() bool {
	n, _ := d.norm()
	return n.Scale == 0
}
