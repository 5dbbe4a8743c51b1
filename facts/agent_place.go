package facts

import "strings"

// This file reads a local place that stands where a price is: 하남시는 …
// 아파트 전셋값이 … 원이었지만, 용인시는 … 원에서 … 원으로 뛰었다, 노원구의
// 아파트 평균 매매가격은 … 원. A city, county or district, or a 동, 읍 or
// 면, is the topic or the owner of a measure of the market there; it does
// nothing with the money, so it is no agent (docs/meaning.md 6a, "Twentieth
// round: purpose (dompurpose20)", rule L). A local government that spends,
// raises or pays (하남시는 … 원을 투입한다) governs its amount with a verb of
// its own and keeps its agent: the rule asks that the amount measure a price
// or, with no purpose, that its clause say only that it moved.

// priceHeads are the nouns of a price of a thing on the market.
var priceHeads = []string{"가격", "값", "시세", "분양가", "매매가", "호가", "실거래가", "전세가", "전셋값", "평균가", "공시가"}

// localPlace reports whether agent p is a local place named with its
// suffix: a city, county or district of cityStems (하남시, 노원구, 양평군), or
// one Hangul word in 동, 읍 or 면 (압구정동, 진접읍).
func localPlace(p string) bool {
	if strings.ContainsRune(p, ' ') {
		return false
	}
	for _, s := range []string{"시", "군", "구"} {
		if base, ok := strings.CutSuffix(p, s); ok && cityStems[base] {
			return true
		}
	}
	return len([]rune(p)) >= 3 && allHangul(p) && hasAnySuffix(p, []string{"동", "읍", "면"})
}

// placeOfPrice reports whether the agent of amount a is a local place
// that only stands where the price the amount measures is: the amount is
// a level, a rate or a change, and its purpose ends in a priceHeads noun
// or, with none, its clause's verb says only that a value moved
// (levelMoves: 뛰었다, 올랐다, 상승했다).
func (r *reading) placeOfPrice(a amount, agent, purpose string, role Role) bool {
	if role == RoleOther || !localPlace(agent) {
		return false
	}
	if purpose != "" {
		return hasAnySuffix(lastWord(purpose), priceHeads)
	}
	for k := a.after; k < len(r.words) && k <= a.after+reach; k++ {
		if w := r.words[k]; w.verb && !w.adn {
			return hasAnyPrefix(w.raw, levelMoves) || strings.HasPrefix(w.raw, "뛰") || strings.HasPrefix(w.raw, "뛰었")
		}
	}
	return false
}
