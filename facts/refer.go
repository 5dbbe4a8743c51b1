package facts

// This file resolves the sentences that point back to the one before
// (여기에는 … 1조 4,600억 원이 쓰입니다): their amount's agent and purpose
// are those of what the sentence before says is done.

// pointWords are the first words of a sentence that point back, alone or
// with the word after them (이 중, 이 가운데, 이를 위해, 이 돈).
var pointWords = setOf("여기에는", "여기에", "여기엔", "여기서", "여기에도", "이는", "이에", "이중",
	"이로써", "이를", "이에는", "이번에")

// pointPairs are two-word openings that point back.
var pointPairs = setOf("이 중", "이 중에서", "이 가운데", "이를 위해", "이를 위해서", "이 돈", "이 돈은",
	"이 예산", "이 예산은", "이 비용", "이 비용은", "이 금액", "이 금액은", "이 자금", "이 자금은",
	"이 중에는", "이 가운데는", "이 사업에는", "이 사업에", "이 과정에서")

// pointsBack reports whether a sentence whose words are ws points back to
// the sentence before it. The pointer may follow a conjunction (또 여기에는).
func pointsBack(ws []word) bool {
	for i := 0; i < len(ws) && i < 2; i++ {
		if pointWords[ws[i].raw] && ws[i].raw != "이번에" {
			return true
		}
		if i+1 < len(ws) && pointPairs[ws[i].raw+" "+ws[i+1].raw] {
			return true
		}
		if !determiners[ws[i].raw] {
			break
		}
	}
	return false
}

// deedOf returns what a sentence whose words are ws says is done: the
// last object of its main verb with that verb's noun and the words
// between (첨단 GPU 1만 장을 연내 확보하기로 했다 → 첨단 GPU 1만 장 연내
// 확보), or the object alone when the verb has no noun; "" when it has
// no object.
func deedOf(ws []word) string {
	for j := len(ws) - 1; j >= 0; j-- {
		w := ws[j]
		if (w.part != "을" && w.part != "를") || !isNouny(w) {
			continue
		}
		p := phraseLeftOf(ws, j, 0)
		if v := verbNounOf(ws, j+1, true); v != "" {
			p += " " + v
		}
		return p
	}
	return ""
}
