package facts

import "strings"

// This file reads the agent of an amount in what someone is accused of
// (…을 제공한 혐의를 … 현대중공업 임직원; … 손해를 끼친 혐의로 … 회장을
// 고발했다): the suspect did it, not the prosecutor, the police or the
// plaintiff who is the subject of the sentence.

// suspectReach is how many words after an amount its 혐의 may stand.
const suspectReach = 12

// suspect returns the word naming who is accused of the deed amount a is
// in, or -1: the amount stands in a clause that modifies 혐의 (accusation),
// and an actor right after it is the one accused — the head of 혐의를 받는
// X or 혐의로 기소된 X, or the object of 혐의로 X를 고발했다, X에 대해 …,
// X에게 …. When the sentence names the accused as its subject (X는 …
// 혐의를 받고 있다), the subject rules find it and -1 is returned.
func (r *reading) suspect(a amount) int {
	k := -1
	for i := a.after; i < len(r.words) && i <= a.last+suspectReach; i++ {
		if strings.HasPrefix(r.words[i].raw, "혐의") {
			if i > 0 && r.words[i-1].adn || r.sizesCharge(a, i) {
				k = i
			}
			break
		}
		if w := r.words[i]; r.isSubject(i) && w.actor && w.part != "도" {
			return -1 // a subject of its own between: the clause is its
		}
	}
	if k < 0 {
		return -1
	}
	if raw := r.words[k].raw; strings.Count(raw, "(") > strings.Count(raw, ")") {
		// 혐의(상표법 위반)로 김모씨를: past what the charge is, in brackets.
		for k+1 < len(r.words) && k < a.last+suspectReach && !strings.Contains(r.words[k].raw, ")") {
			k++
		}
		if strings.Contains(r.words[k].raw, "(") && !strings.Contains(r.words[k].raw, ")") {
			return -1
		}
	}
	for i := k + 1; i < len(r.words) && i <= k+4; i++ {
		w := r.words[i]
		if w.raw == "등으로" || w.raw == "등" || w.raw == "받고" || w.adn {
			continue // 혐의 등으로, 혐의를 받고 있는, 혐의로 기소된
		}
		if w.part == "" && !w.actor && i+1 < len(r.words) && r.words[i+1].actor {
			continue // 김 대표에게: a name before its title
		}
		if w.part == "" && !w.actor && i+2 < len(r.words) && r.words[i+1].raw == "전" && r.words[i+2].actor {
			continue // 박 전 이사장을: a name before a former title
		}
		if w.raw == "전" && w.part == "" && i+1 < len(r.words) && r.words[i+1].actor {
			continue
		}
		if w.part == "" && oneHangul(w.stem) && i+2 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "모") && r.words[i+2].stem == "씨" {
			return i + 2 // 김 모(25) 씨 등 2명이: a surname, 모 and 씨 written apart
		}
		if !(w.actor || isPerson(bareName(w.stem)) || isPerson(countBracketRE.ReplaceAllString(w.stem, ""))) || w.time {
			return -1
		}
		if w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "등" {
			return i // 김모(40)씨 등 6명을: X 등 is headed by X
		}
		switch {
		case w.part == "을" || w.part == "를" || w.part == "에게" || w.part == "" && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "대해"):
			return i
		case w.part == "에" && i+1 < len(r.words) && (strings.HasPrefix(r.words[i+1].raw, "대해") || r.words[i+1].raw == "대한"):
			return i
		case r.isSubject(i) && i > k+1:
			return i // 혐의를 받는 현대중공업 임직원 가운데 일부는
		case w.part == "" && i+1 < len(r.words) && (r.words[i+1].stem == "가운데" || r.words[i+1].stem == "중"):
			return i
		}
		return -1
	}
	return -1
}

// sizesCharge reports whether amount a sizes the charge 혐의 at word k
// itself, only nouns of the deed standing between (230억원대 횡령 및 배임
// 혐의로 김씨에 대한, 1200억원대 CP 사기 혐의로 기소된 윤 회장에게): the
// accused did the deed of that size.
func (r *reading) sizesCharge(a amount, k int) bool {
	if a.tail != "" || k <= a.after {
		return false
	}
	for i := a.after; i < k; i++ {
		if w := r.words[i]; w.verb || w.comma || w.part != "" && w.raw != "및" {
			return false
		}
	}
	return true
}
