package facts

import "strings"

// Price bands (docs/meaning.md, "Twentieth round: role on domestic copy").
// A bound amount before a noun of a price tier (9억원 이하 중저가 밀집 지역,
// 6억원 이하의 중저가 아파트, 15억원 초과 고가 주택) draws the line of the
// tier: it sorts things into a class and is no amount that exists, as a
// bound before a class noun is (role "other": 3천만 원 미만인 가구).

// tierNouns are the nouns of a price tier, a closed class of Sino-Korean
// compounds in 가 (price): low, middle-low, middle, high, very high.
var tierNouns = setOf("저가", "중저가", "중가", "중고가", "고가", "초고가")

// priceTier reports whether amount a, with a bound, stands right before
// a noun of a price tier, with 의 or 인 or nothing between.
func (r *reading) priceTier(a amount) bool {
	if a.tail != "" && a.tail != "의" && a.tail != "인" || a.after >= len(r.words) {
		return false
	}
	w := r.words[a.after]
	return tierNouns[w.stem] || tierNouns[w.raw] || hasTierPrefix(w.raw)
}

// hasTierPrefix reports whether w is a compound that opens with a tier
// noun (고가주택, 중저가아파트).
func hasTierPrefix(w string) bool {
	for _, t := range []string{"중저가", "초고가", "중고가"} {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}
