package facts

import "strings"

// inQuotedName reports whether amount a is written inside a short quoted
// noun phrase — a name of an affair, a programme or a slogan ('간도 15만원
// 사건', ‘100만원 지원금’) — opened at most three words before it and
// closed on a noun at most three words after it, with no verb, comma or
// other amount in the quotes. The amount is part of a name, no sum anyone
// holds (N1 of d20, the guide's `1조 클럽`): no agent, and the subject or
// topic around the name (4명의 독립유공자가) is not its owner. A quoted
// clause (“… 200억 달러 규모로 성장할 것”) holds a verb and is left alone,
// and so is a band quoted as an answer (‘15만원 미만’이라고 응답해): it
// closes on a bound, no noun of a name.
func (r *reading) inQuotedName(a amount) bool {
	open := -1
	for k := a.first; k >= 0 && k >= a.first-3; k-- {
		w := r.words[k]
		if k < a.first && (w.verb || w.comma || w.quoteClose || w.money && k < a.first) {
			return false
		}
		if w.quoteOpen {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := a.last; k < len(r.words) && k <= a.last+3; k++ {
		w := r.words[k]
		if k > a.last && (w.verb || w.adn || w.money || w.quoteOpen) {
			return false
		}
		if w.quoteClose || k > a.last && closedInside(w.raw) {
			stem := w.stem
			if i := strings.IndexAny(stem, closeQuotes); i > 0 {
				stem = stem[:i]
			}
			return k > a.last && w.noun && !w.verb && !boundWords[stem] && r.modifiesNoun(k)
		}
		if w.comma {
			return false
		}
	}
	return false
}

// boundWords close a band of amounts (15만원 미만, 30만원 이상).
var boundWords = setOf("이상", "이하", "미만", "초과", "이내", "안팎", "내외", "가량", "정도", "수준")

// closedInside reports whether word w holds a closing quotation mark
// before its end ('사건'의: a straight quote before 의, which the word
// reader leaves on the stem).
func closedInside(w string) bool {
	i := strings.IndexAny(w, closeQuotes)
	return i > 0 && i < len(w)-1
}

// modifiesNoun reports whether the quoted name closed at word k modifies
// the noun after it, with 의 or bare ('간도 15만원 사건'의 주역, '… 사건'
// 연루자): a name used to say what someone or something is, not a deed
// or a programme that is itself the object or subject of the clause
// (‘월 10만원 지원’을 시작했다, whose sum its giver spends).
func (r *reading) modifiesNoun(k int) bool {
	w := r.words[k]
	if k+1 >= len(r.words) || w.comma || !r.words[k+1].noun {
		return false
	}
	return w.part == "의" || w.part == "" && !closedInside(w.raw) || strings.HasSuffix(w.raw, "의")
}
