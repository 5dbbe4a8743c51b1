package facts

import "strings"

// convertVerbs begin the verbs that convert or compute an amount into
// the measure before them (이를 연봉으로 환산하면 1만5천80달러, 시급을
// 계산하면 1480원).
var convertVerbs = []string{"환산하면", "환산해", "환산하니", "환산할", "계산하면", "계산해", "계산하니", "계산할"}

// convertedAs returns X of "X로 환산하면 … 원" and "X를 계산하면 … 원",
// the measure amount a is the value of, when the verb stands right before
// the amount, past its qualifiers; "" otherwise, or when X says only that
// it is money.
func (r *reading) convertedAs(a amount) string {
	v := a.first - 1
	for v >= 0 && v >= a.first-3 && isPreQualifier(r.words[v].raw) {
		v-- // 환산하면 약 580억원
	}
	if v < 1 || !hasAnyPrefix(r.words[v].raw, convertVerbs) {
		return ""
	}
	k := v - 1
	w := r.words[k]
	if !w.noun || w.actor || w.time || w.money || genericMoney[w.stem] || pointer(w) || moneyWords[w.stem] || glossWords[w.stem] {
		return "" // 미국 달러로 환산하면, 원화로 환산하면: a currency converted into, no measure
	}
	switch w.part {
	case "으로", "로", "을", "를":
	default:
		return ""
	}
	return strings.TrimSpace(trimTail(r.phrase(r.phraseStart(k, 0), k)))
}
