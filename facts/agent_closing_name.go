package facts

import (
	"strings"
	"unicode/utf8"
)

// closingName reports whether w, the topic of a clause that closes a
// trading day at an amount (`누리로봇은 이날 3만1천원에 거래를 마감했다`),
// names the company whose share it is though no dictionary knows it
// (agent24, d21 A7): only a listed share closes a day's trading, so a
// topic in 은/는 that is a name-like noun of three letters or more (no
// thing, place, measure or time: nameLike) names its issuer. A commodity
// or an index is a thing and stays out: it is priced per unit (배럴당,
// 온스당) or in a foreign currency, while a share on the home exchange
// closes in won, per nothing.
func (r *reading) closingName(w word, a amount) bool {
	if !strings.HasSuffix(r.text[a.start:a.end], "원") || a.first > 0 && strings.HasSuffix(r.words[a.first-1].raw, "당") {
		return false
	}
	return (w.part == "은" || w.part == "는") && nameLike(w) && utf8.RuneCountInString(w.stem) >= 3
}
