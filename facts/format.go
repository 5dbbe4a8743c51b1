package facts

import (
	"strconv"
	"strings"
)

// koreanUnits are the big units FormatKorean writes, largest first.
var koreanUnits = []struct {
	unit string
	exp  int
}{{"경", 16}, {"조", 12}, {"억", 8}, {"만", 4}}

// FormatKorean writes d in Korean units of four digits, the way the
// news writes large amounts: 1800000000000 is "1조 8000억", 123456789 is
// "1억 2345만 6789", 2.75 is "2.75" and 10000.5 is "1만 0.5". Zero groups
// are left out and the result has no currency. For every d that
// ParseAmount returns, ParseAmount(FormatKorean(d)) gives d back. A
// negative d is written with a leading "-", which ParseAmount rejects.
func FormatKorean(d Decimal) string {
	d, ok := d.norm()
	if !ok {
		// A negative scale too large to fold in; only hand-made values.
		return d.String()
	}
	neg := d.Coef < 0
	// Work on the magnitude as an unsigned integer part and a fraction.
	var ip uint64
	frac := ""
	if d.Scale == 0 {
		ip = abs64(d.Coef)
	} else {
		s := d.String()
		s = strings.TrimPrefix(s, "-")
		i, f, _ := strings.Cut(s, ".")
		ip, _ = strconv.ParseUint(i, 10, 64)
		frac = "." + f
	}
	var parts []string
	for _, u := range koreanUnits {
		p := uint64(1)
		for range u.exp {
			p *= 10
		}
		if g := ip / p; g > 0 {
			parts = append(parts, strconv.FormatUint(g, 10)+u.unit)
			ip %= p
		}
	}
	if ip > 0 || frac != "" || len(parts) == 0 {
		parts = append(parts, strconv.FormatUint(ip, 10)+frac)
	}
	s := strings.Join(parts, " ")
	if neg {
		s = "-" + s
	}
	return s
}

// abs64 returns |n| as a uint64, which holds even math.MinInt64.
func abs64(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}
