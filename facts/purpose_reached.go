package facts

import "strings"

// This file reads the measure that moves to or reaches a level: 주가는 …
// 3만 9천 원까지 올랐다, 외환준비고가 … 10억 달러 수준까지 떨어졌다, 원조의
// 규모는 총 780억 달러에 이르렀다.

// reachedTopic returns what amount a measures when it is the level that
// the subject or topic of its clause moves to or reaches, or the size of
// that move, and nothing else says: a verb of moving or reaching
// (levelVerbs) follows the amount in its clause, with or without a noun of
// the level between (수준까지, 선에서, 반발을 보였다), and the nearest
// subject or topic before it is a noun that names no actor, time or
// pointer, nor a generic measure alone (규모가: a clause on it says what
// it sizes, 원조의 규모 does) — what moves (docs/meaning.md "purpose": the subject or topic
// that the amount measures counts even when words stand between). An
// actor there (삼성전자는 10만 원을 벌었다) does a deed: "".
func (r *reading) reachedTopic(a amount) string {
	if a.tail == "을" || a.tail == "를" || a.tail == "의" {
		return "" // 10만 원을 올렸다: a deed's object; 10만 원의 X: sizes X
	}
	moves := false
	for k := a.after; k < len(r.words) && k <= a.after+2; k++ {
		w := r.words[k]
		if hasAnyPrefix(w.raw, levelVerbs) || hasAnyPrefix(w.stem, levelNouns) && k+1 < len(r.words) && r.words[k+1].verb {
			moves = true
			break
		}
		if w.verb || w.money || w.comma {
			break
		}
	}
	if !moves {
		return ""
	}
	for k := a.first - 1; k >= 0 && k >= a.first-reach; k-- {
		w := r.words[k]
		if w.money || w.comma || w.verb && w.ends || w.part == "인" && clauseNouns[w.stem] || strings.HasSuffix(w.raw, "기") && w.verb {
			return "" // 대북제재가 본격화되기 전인 2016년에는: a clause of time has its own subject
		}
		if shareTopic(r.words, k) {
			return "주" // 삼성종합건설 주는 … 1만 8천 원까지 반발을 보였다: the company's shares (K2)
		}
		if !w.subj || !w.noun || w.verb || w.amt {
			continue
		}
		if w.actor || w.time || pointer(w) || pronouns[w.stem] || genericMoney[w.stem] || k+1 < len(r.words) && r.words[k+1].adn {
			return ""
		}
		if p := r.phrase(r.phraseStart(k, 0), k); !genericMeasure[p] {
			return p
		}
		return ""
	}
	return ""
}

// levelVerbs begin the verbs of a measure moving to or reaching a level:
// rising, falling, climbing back, reaching.
var levelVerbs = []string{"올랐", "오른", "오르", "올라", "떨어지", "떨어졌", "떨어진", "떨어져", "내려가", "내려갔", "내려간",
	"내렸", "내린", "치솟", "뛰어올", "튀어올", "폭락", "폭등", "급락", "급등", "하락", "상승", "반등", "반발",
	"이르렀", "이르러", "이르는", "이른", "달했", "달하", "달한", "달해", "늘어", "늘었", "늘어난", "줄어", "줄었", "증가", "감소"}

// levelNouns begin nouns of a move told with a verb after them (반발을
// 보였다, 하락세를 이어갔다, 상승세로 돌아섰다).
var levelNouns = []string{"반발", "반등", "하락", "상승", "급등", "급락", "폭락"}

// shareTopic reports whether word k is the bound noun 주 (a share, 株)
// with a topic's particle or 도 (주는, 주도) after a company's
// bare name or a determiner (삼성종합건설 주는, 이 주는, 동 주는): the
// stock whose price moves, which the cutting of words reads as the verb
// 주다 (give); 주가 stays the noun of a stock price. The name is the stock's owner and leaves the purpose
// (docs/meaning.md, "Decisions, twelfth round", K2).
func shareTopic(ws []word, k int) bool {
	if k == 0 || ws[k].raw != "주는" && ws[k].raw != "주도" {
		return false
	}
	b := ws[k-1]
	return b.part == "" && !b.verb && !b.comma && (b.noun && !b.time && !b.amt || b.raw == "이" || b.raw == "그" || b.raw == "동")
}
