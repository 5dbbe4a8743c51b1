package facts

import "strings"

// This file reads the measure that amounts are the values of when the
// sentence gives it apart from them: a ranking (재산이 가장 많았고 …, 군사비
// 지출이 가장 많았던 나라는 7천 300억 달러의 미국, 태국과 영국이 각각 171만
// 달러와 153만 달러로 그 뒤를 이었다), a figure reached (적자액은 … 2억
// 달러를 기록하며), items that name actors (1인당 GPD는 인도가 250 달러)
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
// into it (65억원을 신고해 재산이 … 많았고), or the amount of the first
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
			return measure // 65억원을 신고해 재산이 … 많았고
		}
	}
	if m < a.first && a.tail == "의" && a.after < n && r.words[a.after].actor {
		return measure // 지출이 가장 많았던 나라는 7천 300억 달러의 미국으로
	}
	return ""
}

// figureVerbs are the beginnings of the verbs by which a measure reaches a
// figure: 기록하며, 돌파했다, 넘어, 달했다, 육박, 그쳤다.
var figureVerbs = []string{"기록", "돌파", "넘", "달하", "달했", "달해", "이르", "이른", "육박", "웃돌", "밑돌", "그쳤", "그치"}

// figureTopic returns the measure that reaches amount a as a figure when
// nothing else says (북한의 적자액은 … 북한이 수입을 줄인 2020년과 2021년
// 각각 4억 4천만 달러와 2억 달러를 기록하며 → 적자액; 머스크의 재산이 …
// 3천억 달러를 돌파했습니다 → 재산), or "": the amount is the object or the
// result of a verb of figureVerbs, and the nearest noun before it with a
// subject's or topic's particle that is no actor, time, money or pointer
// is what reaches it; the actors between are subjects of clauses on other
// nouns.
func (r *reading) figureTopic(a amount) string {
	if a.tail != "을" && a.tail != "를" && a.tail != "으로" && a.tail != "로" && a.tail != "와" && a.tail != "과" {
		return ""
	}
	v := r.verbAfter(a.last)
	if v < 0 || v > a.after+4 || !hasAnyPrefix(r.words[v].raw, figureVerbs) {
		return ""
	}
	for k := a.first - 1; k >= 0 && k >= a.first-reach; k-- {
		w := r.words[k]
		if w.money || w.comma && w.verb {
			return ""
		}
		if w.verb && !w.adn && w.part == "" && hasAnySuffix(w.raw, []string{"는지", "었는지", "았는지"}) {
			return "" // 예측이 들어맞았는지 1만 5천 원을 돌파했다: the subject of a clause of whether, no measure
		}
		if !w.subj || !w.noun || w.verb {
			continue
		}
		if w.actor || w.time || pointer(w) || genericMoney[w.stem] || k+1 < len(r.words) && r.words[k+1].adn {
			continue // 북한이 수입을 줄인, 금융위기가 진정된 2010년: the subject of a clause on another noun
		}
		return r.phrase(r.phraseStart(k, 0), k)
	}
	return ""
}

// itemMeasure returns the measure a list of items is given by (1인당 GPD는
// 인도가 250 달러 수준이지만 영국은 4만 7천 달러로 → 1인당 GPD; 직업별
// 부채보유액을 보면 자영업자가 325만 원으로 가장 많고 → 직업별
// 부채보유액: a measure one looks at is a topic), when
// nothing else says: right before amount a stands an item that names an
// actor with a subject's or topic's particle (인도가, 영국은), and before
// it the nearest topic (은, 는) that names no actor, time or pointer is
// the measure; "" otherwise, and when the amount is a deed's object or
// subject (북한이 13억 달러를 훔쳤다).
func (r *reading) itemMeasure(a amount) string {
	b := a.before
	if b < 1 || b != a.first-1 || a.tail == "을" || a.tail == "를" || a.tail == "이" || a.tail == "가" || a.tail == "에" {
		return "" // 북한이 13억 달러를 훔쳤다: the subject of a deed, no item
	}
	if w := r.words[b]; !w.actor || !w.subj || w.verb {
		return ""
	}
	for k := b - 1; k >= 0 && k >= b-reach; k-- {
		w := r.words[k]
		if hasAnyPrefix(w.raw, seeVerbs) && k > 0 {
			if o := r.words[k-1]; (o.part == "을" || o.part == "를") && o.noun && !o.verb && !o.actor && !o.time && !genericMoney[o.stem] {
				return r.phrase(r.phraseStart(k-1, 0), k-1) // 직업별 부채보유액을 보면: as for it
			}
		}
		if w.money || w.comma || w.ends && w.verb {
			return ""
		}
		if w.part != "은" && w.part != "는" || !w.noun || w.verb || w.actor || w.time || pointer(w) || genericMoney[w.stem] {
			continue
		}
		return r.phrase(r.phraseStart(k, 0), k)
	}
	return ""
}

// seeVerbs begin the verbs that make their object the topic of what
// follows (X을 보면, X을 살펴보면: as for X).
var seeVerbs = []string{"보면", "살펴보면", "들여다보면"}

// overtaken returns what amount a, the j-th, measures when a verb of
// overtaking (앞서다, 앞지르다, 제치다) follows it in its clause: the same
// quantity as the amount before it, which overtakes it (영국의 GDP는 3조
// 달러로 인도의 2조 9천억 달러를 앞섰다; 인도의 명목 GDP가 8천억 달러를
// 기록해 7천억 달러를 기록한 영국을 앞질렀다); "" otherwise.
func (r *reading) overtaken(a amount, j int) string {
	if j == 0 || r.amts[j-1].gloss >= 0 || r.got[j-1].purpose == "" || r.amts[j-1].last >= a.first {
		return ""
	}
	ce := r.clauseEnd(a.last)
	for k := a.after; k < len(r.words) && k <= a.after+3; k++ {
		if hasAnyPrefix(r.words[k].raw, overtakeVerbs) {
			return r.got[j-1].purpose
		}
		if k > ce && !r.words[k].adn {
			break
		}
	}
	return ""
}

// overtakeVerbs begin the verbs of overtaking in a ranking.
var overtakeVerbs = []string{"앞서", "앞섰", "앞선", "앞지르", "앞질렀", "앞지른", "제치", "제쳤", "제친"}
