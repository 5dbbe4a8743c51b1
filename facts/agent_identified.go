package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads the agent of an amount said of whoever a topic of rank
// or kind identifies: 2위는 한국과학기술원으로 7천833만원; 재산을 가장 많이
// 불린 이는 유명희 전 … 3억4천200여만원이 늘었고; … 가장 낮은 곳은
// 랄라블라로 1만802원이었다. The topic names a place in a ranking or a kind
// (N위, 곳, 이); the noun with 으로/로 after it says who holds that place,
// and the amount that follows is theirs.

// identityNouns are the nouns of a topic that only says which one is
// meant (…한 곳은, …한 이는, …한 나라는): the noun after it with 으로/로
// names it.
var identityNouns = setOf("곳", "이", "쪽", "나라", "국가", "기업", "회사", "업체", "사람", "인물", "주인공", "부자")

// identifiedQualifiers may stand between the noun with 으로/로 and the
// amount: 랄라블라로 평균 1만802원.
var identifiedQualifiers = setOf("평균", "약", "총", "모두", "각각", "연간")

// identified returns the first and last words of who a topic of rank or
// kind identifies as the holder of amount a, or -1, -1.
func (r *reading) identified(a amount) (int, int) {
	b := a.before
	for b >= 0 && identifiedQualifiers[r.words[b].raw] {
		b--
	}
	if b < 1 {
		return -1, -1
	}
	w := r.words[b]
	if w.part != "으로" && w.part != "로" || !(w.noun || w.name) || w.time || w.amt || w.money || isThing(w.stem) || moneyWords[w.stem] {
		return -1, -1
	}
	for t := b - 1; t >= 0 && t >= b-6; t-- {
		p := r.words[t]
		if p.part == "은" || p.part == "는" {
			if !rankOrKind(p.stem) || identityNouns[p.stem] && (t == 0 || pointedBy[r.words[t-1].raw] || determiners[r.words[t-1].raw]) {
				return -1, -1 // 이들 회사는 … 위반으로: a body, not a kind a clause picks out
			}
			return t + 1, b
		}
		if p.raw == "전" {
			continue // 유명희 전 기획관으로: a former title
		}
		if p.part != "" && p.part != "의" && p.part != "인" && p.part != "와" && p.part != "과" || p.verb || p.comma || p.ends || p.amt {
			return -1, -1
		}
	}
	return -1, -1
}

// rankOrKind reports whether noun n names a place in a ranking (2위,
// 세계 억만장자 3위) or a kind (identityNouns).
func rankOrKind(n string) bool {
	if identityNouns[n] {
		return true
	}
	rest, ok := strings.CutSuffix(n, "위")
	if !ok || rest == "" {
		return false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return utf8.RuneCountInString(rest) <= 3
}

// identifiedLast returns the first and last words of whom a topic of rank
// or kind before amount a identifies by the copula that ends the sentence
// (우리나라 부자 2위는 63억 달러의 재산을 가지고 … 현대차그룹 정몽구
// 회장입니다), when that noun names an actor: -1, -1 otherwise. The last
// word's copula is no part of the phrase.
func (r *reading) identifiedLast(a amount) (int, int) {
	n := len(r.words) - 1
	if n < 1 || n <= a.last {
		return -1, -1
	}
	last := r.words[n]
	stem := withoutCopula(last.raw)
	if stem == last.raw || !isActor(stem) {
		return -1, -1
	}
	for t := a.first - 1; t >= 0; t-- {
		if p := r.words[t]; p.part == "은" || p.part == "는" {
			if !rankOrKind(p.stem) || identityNouns[p.stem] && (t == 0 || pointedBy[r.words[t-1].raw] || determiners[r.words[t-1].raw]) {
				return -1, -1
			}
			s := n
			for s > a.last+1 && r.words[s-1].part == "" && r.words[s-1].noun && !r.words[s-1].comma && !r.words[s-1].verb && !r.words[s-1].time {
				s--
			}
			return s, n
		}
	}
	return -1, -1
}
