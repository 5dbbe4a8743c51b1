package facts

// This file tells 전 "former" from 전 "before" (docs/meaning.md,
// "Twenty-third round: time (domtime23)").
//
// 전 closes a clause after a verb or a count (하기 전, 사흘 전: before),
// and is in clauseNouns for it. Before a title (송 전 대표, 이 전 장관,
// 김 전 경기지사) it is the prefix "former" of that title, and closes
// nothing: read as a clause end it cut a relative clause in two (… 지불해야
// 하는 송 전 대표의 … 비용 9240만원: the time of the clause was lost).

// formerTitles unmarks the clause end of each 전 written before a title.
func formerTitles(ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		if w := &ws[i]; w.raw == "전" && !w.comma && w.ends && titleWord(ws[i+1]) {
			w.ends = false
		}
	}
}

// titleWord reports whether w is a title, written whole (대표, 장관) or as
// a compound whose last noun is one (경기지사).
func titleWord(w word) bool {
	return personTitles[w.stem] || compoundTitle(w.raw)
}
