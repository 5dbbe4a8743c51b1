package facts

import "strings"

// This file reads the measure of a ranking that amounts are the values
// of: 재산이 가장 많았고 …, 군사비 지출이 가장 많았던 나라는 7천 300억 달러의
// 미국, 태국과 영국이 각각 171만 달러와 153만 달러로 그 뒤를 이었다
// (docs/meaning.md "Ninth round: purpose on b4").

// superlatives are the adverbs that make the noun before them the measure
// a sentence ranks by: 재산이 가장 많았고, 지출이 제일 컸다.
var superlatives = setOf("가장", "제일", "최고로")

// rankAdjectives are the beginnings of the adjectives a superlative
// ranks by: much, large, high, little, small, low.
var rankAdjectives = []string{"많", "컸", "큰", "크", "높", "적", "작", "낮"}

// rankedMeasure returns the noun the sentence ranks by (X이 가장 많은,
// X가 제일 큰), or -1: a noun with a subject's particle right before a
// superlative and one of rankAdjectives.
func (r *reading) rankedMeasure() int {
	for k := 0; k+2 < len(r.words); k++ {
		w := r.words[k]
		if (w.part == "이" || w.part == "가") && w.noun && !w.actor && !w.time && !w.money && superlatives[r.words[k+1].raw] && hasAnyPrefix(r.words[k+2].raw, rankAdjectives) {
			return k
		}
	}
	return -1
}

// followerValue returns what amount a, the j-th, is the value of when
// it follows the value before in a ranking with `(그) 뒤를 이었다` (박
// 군수가 25억원으로 뒤를 이었다), or "": what the sentence ranks by (X이
// 가장 많았고), else what the amount before measures (무역액 667만 달러를
// 기록한 잠비아가 …, 태국이 171만 달러로 그 뒤를 이었다). The subject of
// 뒤를 잇다 is the one ranked, never what the amount is for.
func (r *reading) followerValue(a amount, j int) string {
	n := len(r.words)
	if a.tail != "으로" && a.tail != "로" && a.tail != "와" && a.tail != "과" {
		return "" // 고무 시트(226만 달러)이 뒤를 이었다: the goods glossed are ranked, the amount is theirs
	}
	for k := a.after; k+1 < n && k <= a.after+2; k++ {
		if r.words[k].raw != "뒤를" || !strings.HasPrefix(r.words[k+1].raw, "이") && !strings.HasPrefix(r.words[k+1].raw, "잇") {
			continue
		}
		if m := r.rankedMeasure(); m >= 0 && m < a.first {
			return r.phrase(r.phraseStart(m, 0), m)
		}
		for i := j - 1; i >= 0; i-- {
			if r.amts[i].gloss < 0 && r.got[i].purpose != "" {
				return r.got[i].purpose
			}
		}
		return ""
	}
	return ""
}

// rankValue returns what amount a is the value of in a ranking, or "":
// an amount right before the ranking's clause, past a verb that chains
// into it (65억원을 신고해 재산이 가장 많았고), or the amount of the first
// (N의 미국, after a topic a ranking clause modifies) measures what it
// ranks by.
func (r *reading) rankValue(a amount) string {
	n := len(r.words)
	m := r.rankedMeasure()
	if m < 0 {
		return ""
	}
	measure := r.phrase(r.phraseStart(m, 0), m)
	if m > a.last && m <= a.after+1 && a.after < n {
		if m == a.after || chainsInto(r.words[a.after]) {
			return measure // 65억원을 신고해 재산이 가장 많았고
		}
	}
	if m < a.first && a.tail == "의" && a.after < n && r.words[a.after].actor {
		return measure // 지출이 가장 많았던 나라는 7천 300억 달러의 미국으로
	}
	return ""
}
