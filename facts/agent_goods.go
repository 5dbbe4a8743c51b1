package facts

import "strings"

// This file reads goods priced (2억900만원 짜리 벤츠 차량, 300만원 상당의
// 금목걸이, 시가 40억원 … 석조약사여래좌상): a subject is their amount's
// agent only when it does with them what the guide's definition names —
// buys, sells, owns, receives, takes, pays (docs/meaning.md "Decisions,
// ninth round", A10). One who breaks, holds up, finds, digs up or shows
// them names no one the amount belongs to.

// pricedWords follow a market value that prices goods: 시가 40억원 상당의.
var pricedWords = setOf("상당", "상당의")

// goodsPricedIdle reports whether amount a prices goods named after it
// and no verb of the definition (isAgentVerb) governs them in the next few
// words of the amount's clause.
func (r *reading) goodsPricedIdle(a amount) bool {
	k := a.after
	if k >= len(r.words) {
		return false
	}
	marketValue := a.before >= 0 && r.words[a.before].raw == "시가" // 시가 40억원 상당의
	glued := strings.HasSuffix(r.words[a.last].raw, "짜리") || strings.HasPrefix(a.tail, "짜리") || marketValue && hasAnyQual(a, pricedWords)
	if !glued && r.words[k].raw != "짜리" {
		return false
	}
	if !glued {
		k++ // 2억900만원 짜리 벤츠: past the word of pricing
	}
	// The goods are the first object after the amount; the verbs that
	// govern them are those after it with no other object between.
	g := -1
	for i := k; i < len(r.words) && i <= k+7 && g < 0; i++ {
		w := r.words[i]
		switch {
		case servedNouns[w.stem]:
			return false // 1만원짜리 합법 영업을 한다, 300원짜리 문자 서비스로: a service sold, no goods
		case w.part == "을" || w.part == "를":
			g = i
		case w.adn:
			// 수표 100장이 든 편지봉투를, 우스마노프와 관련된 자산이: a clause
			// inside the goods' phrase.
		case w.part == "이" || w.part == "가":
			// … 9천만 파운드짜리 저택 등 … 자산이 계속 제재된다: the goods
			// undergo the deed; no one is said to trade them.
			for v := i + 1; v < len(r.words) && v <= i+3; v++ {
				if r.words[v].adn || r.words[v].part == "을" || r.words[v].part == "를" {
					break // 수표 100장이 든 편지봉투를: a clause inside the goods' phrase
				}
				if r.words[v].verb {
					return passiveVerb(r.words[v].raw)
				}
			}
		case w.verb || w.comma:
			return false
		}
	}
	if g < 0 {
		return false
	}
	verbs, other := 0, false
	for i := g + 1; i < len(r.words) && i <= g+10; i++ {
		w := r.words[i]
		if w.part == "을" || w.part == "를" {
			other = true // 골프채를 이용해: another object's verb follows
			continue
		}
		if !w.verb && !w.adn {
			continue
		}
		if other {
			other = false
			continue
		}
		verbs++
		if isAgentVerb(w.raw) && !isSpeechWord(w.raw) || hasAnyPrefix(w.raw, buyForms) {
			return false // 300만원 상당의 금목걸이를 … 잘라 훔친: taken
		}
		if strings.HasSuffix(w.raw, "다") {
			break // the sentence's verb
		}
	}
	return verbs > 0
}

// servedNouns name a deed or a service an amount may price (영업, 서비스,
// 비리): whoever does it sells or commits it, as the guide's definition
// has it.
var servedNouns = setOf("영업", "서비스", "비리", "공사", "사업", "거래", "계약", "공연", "수술", "시술", "강연")

// buyForms begin the forms of 사다 (buy) that agentVerbs leaves out for
// the nouns they would catch: 사려, 사서, 사기로.
var buyForms = []string{"사려", "사서", "사기로"}
