package facts

import "strings"

// This file reads a share's closing price as docs/meaning.md 6a has it: a
// company as the subject of a price it closed at (`'에스티큐브'가 … 6,140원에
// 거래를 마감`) is the price's agent, and no purpose is written. Market
// reports say it the same few ways: the price in 에 or 으로 before 거래를
// or 장을 and a verb of ending (마감하다, 마치다, 끝내다), or before 마감하다
// alone.

// closingVerbs begin the verbs that end a trading day.
var closingVerbs = []string{"마감", "마쳤", "마치", "마친", "마쳐", "마무리", "끝냈", "끝내", "끝마쳤"}

// closingObjects are the words a closing verb takes as its object.
var closingObjects = setOf("거래를", "장을", "거래", "장", "하루를")

// sharePriceNouns are subjects that are the price or the stock, not the
// company: their own rules read them (주가 is the purpose, its owner the
// agent: `카카오 주가는 … 12만3천원으로 장을 마감했다`).
var sharePriceNouns = setOf("주가", "주식", "종가", "시가", "가격", "주", "지수", "코스피", "코스닥", "환율", "원화", "유가")

// closesTrade reports whether the words from k on say that a trading day
// closed at the amount before them: an object of closingObjects and a
// closing verb, or a closing verb alone.
func (r *reading) closesTrade(k int) bool {
	if k < len(r.words) && closingObjects[r.words[k].raw] {
		k++
	}
	return k < len(r.words) && r.words[k].verb && hasAnyPrefix(r.words[k].raw, closingVerbs)
}

// closingSubject returns the word of the company whose share closed at
// amount a, or -1: the amount takes 에 or (으)로 and closesTrade follows
// it, and the nearest subject or topic before it in its sentence's clause names a
// company (an actor, or a name in quotation marks), not the price or a
// commodity (주가, 지수, 원유 선물 …).
func (r *reading) closingSubject(a amount) int {
	if a.tail != "에" && a.tail != "으로" && a.tail != "로" || !r.closesTrade(a.after) {
		return -1
	}
	// The subject stands before the clause that modifies the price (전
	// 거래일보다 3.2% 오른 6,140원에): read back to the end of a clause
	// before, not to the start of the amount's own.
	for k := a.first - 1; k >= 0; k-- {
		w := r.words[k]
		if w.ends && w.verb {
			return -1
		}
		if w.money || w.amt || w.num {
			continue // 전 거래일보다 50원(0.4%) 오른: the change before the price
		}
		if w.subj && subjectParts4[w.part] && !w.time && !w.verb && (w.noun || w.name || w.quoteClose) {
			if sharePriceNouns[w.stem] || strings.HasSuffix(w.stem, "주가") || pronouns[w.stem] || !w.actor && !w.quoteClose && !r.closingName(w, a) {
				return -1 // a commodity (원유 선물은 … 70달러로 마감) is a thing: its own rules read it
			}
			return k
		}
	}
	return -1
}
