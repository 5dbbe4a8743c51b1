package facts

import (
	"regexp"
	"strings"
)

// The worth of a currency: 위안화 가치가 810원으로, 달러 가치가 4천원 대로.
// Told in another currency, it is the price of one unit of the currency,
// a rate (docs/meaning.md "Seventeenth round (role): rates as levels").

var (
	// worthCurrencyRE matches a currency word that owns a worth (위안화,
	// 달러, 루블화), the 화 of a currency's name set apart.
	worthCurrencyRE = regexp.MustCompile(`^(` + currencyAlt + `)$`)
	// amountCurrencyRE finds the currency word an amount ends with
	// (810원, 1억 달러).
	amountCurrencyRE = regexp.MustCompile(`(` + currencyAlt + `)$`)
)

// currencyWorth reports whether amount a measures the worth (가치) of a
// currency other than its own (중국 위안화 가치도 640원에서 810원으로): the
// price of one unit of that currency. A worth in the same currency (현재
// 달러 가치로 1억 달러) is a sum, and a worth only mentioned (원화 가치
// 하락으로 500억 원의 손해) is not what the amount measures.
func (r *reading) currencyWorth(a amount) bool {
	i, _ := r.measuredSpan(a)
	return r.worthAt(i, a)
}

// worthAt reports whether word i is the worth (가치) of a currency other
// than amount a's own: 위안화 가치 for 810원.
func (r *reading) worthAt(i int, a amount) bool {
	if i < 1 || i >= len(r.words) || r.words[i].stem != "가치" || r.words[i-1].part != "" {
		return false
	}
	owner := currencyBase(r.words[i-1].stem)
	if !worthCurrencyRE.MatchString(owner) {
		return false
	}
	m := amountCurrencyRE.FindString(strings.TrimSpace(r.text[a.start:a.end]))
	return m != "" && currencyBase(m) != owner
}

// currencyBase is a currency word without the 화 of its name: 위안화 →
// 위안, 원화 → 원, 달러 → 달러.
func currencyBase(s string) string {
	if b := strings.TrimSuffix(s, "화"); b != "" && b != s && worthCurrencyRE.MatchString(b) {
		return b
	}
	return s
}

// oneCurrencyUnitRE matches one unit of a currency with 에, the unit an
// exchange rate is told per: 1달러에, 1위안에 (the 1 may stand apart).
var oneCurrencyUnitRE = regexp.MustCompile(`^1? ?(` + currencyAlt + `)에$`)

// perCurrencyUnit reports whether amount a comes right after one unit of
// another currency with 에 (1위안에 1천200원, 1달러에 93루불): the price of
// that unit, a rate. One unit of its own currency (1달러에 1달러) is no
// exchange.
func (r *reading) perCurrencyUnit(a amount) bool {
	i := a.first - 1
	if i < 0 || a.before != i {
		return false
	}
	w := r.words[i]
	m := oneCurrencyUnitRE.FindStringSubmatch(w.raw)
	if m == nil || !strings.HasPrefix(w.raw, "1") && (i == 0 || r.words[i-1].raw != "1") {
		return false
	}
	own := amountCurrencyRE.FindString(strings.TrimSpace(r.text[a.start:a.end]))
	return own != "" && currencyBase(own) != currencyBase(m[1])
}
