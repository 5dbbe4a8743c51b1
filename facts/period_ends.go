package facts

import "strings"

// firstEndTime reports whether time t is the first end's alone of a
// change from amount b to amount a: written right before b, with only
// 에서 between b and a, and a the end the change goes to (4월 3천420만
// 달러에서 2천393만 달러로 떨어진). The second end is another time, which
// the clause does not write (docs/meaning.md, fourteenth round, M6); a
// time heading the sentence away from b frames both (현재 … 25조원에서
// 35조원으로), and a range (50만원에서 1백만원에 살 수 있었던) is one price.
func (r *reading) firstEndTime(t timeSpan, b, a amount) bool {
	if b.tail != "에서" || t.end > b.start || b.end > a.start {
		return false
	}
	if strings.TrimSpace(r.text[t.end:b.start]) != "" && !rateUnitBetween(r.text[t.end:b.start]) {
		return false
	}
	if strings.TrimSpace(r.text[b.end:a.start]) == "에서" && (a.tail == "로" || a.tail == "으로") {
		return true
	}
	return r.changeBetweenEnds(b, a) // 올해 시간당 9620원에서 240원 오른 9860원으로 (period_ends_change.go)
}

// periodClauseStart moves clause start cs back past a clause noun that
// closes no clause for a time: 위해 after a noun with 을 or 를 (여러 북한
// 은행을 위해: for them, no verb), 가운데 after a bare noun (주둔비용
// 가운데: among it). A time before them is the amount's clause's
// (docs/meaning.md, fourteenth round, G1); after a verb (확보하기 위해,
// 증가하는 가운데) the clause ends as before.
func (r *reading) periodClauseStart(cs int) int {
	for cs >= 2 {
		k, n := r.words[cs-1], r.words[cs-2]
		if k.comma || n.comma || n.adn || n.verb || n.time || n.amt || n.money {
			return cs
		}
		switch {
		case (k.raw == "위해" || k.raw == "위해서") && (n.part == "을" || n.part == "를") && n.noun:
		case k.raw == "가운데" && n.part == "" && n.noun:
		default:
			return cs
		}
		cs = r.clauseStart(cs - 1)
	}
	return cs
}
