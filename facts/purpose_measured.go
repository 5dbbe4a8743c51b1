package facts

import (
	"strings"
	"unicode/utf8"
)

// This file finds the noun before an amount that the amount measures
// (예산 10조 원, 매출은 5조 원) and the subject or topic it is said of.

// measuredSpan returns the noun before amount a that it measures, and
// the first word of that noun's phrase; -1, -1 when there is none. The
// noun is the nearest word before the amount in its clause, past times,
// comparisons (전년보다), qualifiers, rates, durations, other amounts of a
// list, places that label an item of one (평양에선, 신의주) and the time an
// amount stands as of (지난 4일 기준), when that word is a noun marked as
// subject or topic, or bare (정부 예산 10조 원), or an object when the
// amount is not itself the object (한도를 5조 원 늘렸다). A noun that
// names an actor is its agent, not its purpose.
func (r *reading) measuredSpan(a amount) (int, int) {
	if r.memo.ok && r.memo.start == a.start && r.memo.last == a.last {
		return r.memo.m, r.memo.s
	}
	m, s := r.measured(a)
	r.memo = measuredMemo{ok: true, start: a.start, last: a.last, m: m, s: s}
	return m, s
}

// measuredMemo keeps the last answer of measuredSpan: role, purpose and
// agent each ask it of the same amount.
type measuredMemo struct {
	ok          bool
	start, last int
	m, s        int
}

// measured is measuredSpan, worked out.
func (r *reading) measured(a amount) (int, int) {
	cs := r.clauseStart(a.first)
	// 처분가능소득(84만7천39원): the noun the bracket glosses.
	if w := r.words[a.first]; a.start > w.start {
		if pre := r.text[w.start:a.start]; strings.HasSuffix(pre, "(") && len(pre) > 1 {
			return -1, -1 // read by bracketed
		}
	}
	for i := a.before; i >= cs && i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if likeWords[w.raw] && i > cs && (r.words[i-1].part == "와" || r.words[i-1].part == "과") {
			i-- // 연봉을 직원들과 … 수준인 7만 달러로: what it is like is no part of it
			continue
		}
		if (w.part == "와" || w.part == "과") && !w.money && !w.amt {
			return -1, -1 // 징역 35년과 335억원: what it is joined to, not what it measures
		}
		if ordinalRE.MatchString(w.raw) && i == a.before {
			return -1, -1 // 1차 1000만원, 2차 2000만원의 과태료: an item, labelled, of a list
		}
		if strings.Contains(w.raw, ")") && !strings.Contains(w.raw, "(") && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") {
			// 무궁화위성 2호(1500억 투자)는 2010년 1월에 40억 원에: the
			// noun before the aside.
			for k := i - 1; k >= cs && k >= i-6; k-- {
				if o := strings.IndexByte(r.words[k].raw, '('); o >= 0 {
					if o > 0 && !r.words[k].actor && !r.words[k].time {
						return k, r.phraseStart(k, cs)
					}
					break
				}
			}
			return -1, -1
		}
		if strings.Contains(w.raw, "(") && !strings.Contains(w.raw, ")") {
			if i > cs && (r.words[i-1].num || r.words[i-1].amt) {
				i-- // 1천만 크로나(약 90만 달러): the amount it glosses
				continue
			}
			return -1, -1 // read by bracketed
		}
		if sumWords[w.raw] && i > cs && (r.words[i-1].part == "을" || r.words[i-1].part == "를") && r.words[i-1].noun {
			return i - 1, r.phraseStart(i-1, cs) // 대통령 선거와 연방 선거를 합쳐 총 140억 달러
		}
		if r.forPurpose && w.stem == "등" && (w.part == "이" || w.part == "가") && i == a.before && i > cs && r.words[i-1].noun && isChangeWord(r.words[a.after].raw) {
			return i, r.phraseStart(i, cs) // A단지, B단지 등이 500만원 상승했다: the list whose prices moved (P4)
		}
		if r.skipBefore(i) || r.baseOfComparison(i, a) {
			continue
		}
		// 대북한 수출 규모는, 적자 규모는: a measure noun with what it
		// measures before it is a noun like any other.
		sized := (w.stem == "규모" || w.stem == "수준" || standardNoun(w)) && w.part != "" && i > cs && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].time && !r.words[i-1].money
		if w.comma && !r.listLabel(i) || pointer(w) || stopNouns[w.stem] && !sized || !w.noun && !w.name && !(r.forPurpose && areaSizeRE.MatchString(w.stem)) || w.actor || personPronouns[w.stem] {
			return -1, -1 // 귀하가 2만 원에: a person, who and not what
		}
		if !w.actor && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && !isThing(w.stem) && !(r.forPurpose && areaSizeRE.MatchString(w.stem)) && r.isSubject(i) && r.accepts(i, a) && !r.words[i].time {
			return -1, -1 // 알파문고는 2천만 원 … 부과받았다: who pays, not what
		}
		object := (w.part == "을" || w.part == "를") && a.tail != "을" && a.tail != "를" &&
			!(a.after < len(r.words) && isExceedWord(r.words[a.after].raw)) // 자산을 10억 원 초과: the base
		if (w.part == "을" || w.part == "를") && !object {
			continue
		}
		if measureParts[w.part] || object || w.part == "인" && i == a.before && isThing(w.stem) && !w.actor {
			if places[w.stem] || countries[w.stem] {
				continue // 혜산은 1만 2천500원: the label of a list's item
			}
			return i, r.phraseStart(i, cs)
		}
		if w.part == "에서" && isThing(w.stem) && a.after < len(r.words) && (isChangeWord(r.words[a.after].raw) || isCutWord(r.words[a.after].raw)) {
			return i, r.phraseStart(i, cs) // 전체 무역액에서 약 520만 달러가 줄어들며
		}
		if w.part == "에서" || w.part == "에서는" || strings.HasSuffix(w.raw, "에선") {
			i = r.phraseStart(i, cs) // 와지르엑스(WazirX)와 라디언트 캐피탈(Radiant Capital)에서
			continue                 // 평양에선: where, not what
		}
		return -1, -1
	}
	return -1, -1
}

// skipBefore reports whether word i, before an amount, is one the search
// for the noun it measures steps over: a time, a comparison, a
// qualifier, a rate, a duration, an amount or a word of one, a currency
// word of a gloss, an adverb, the label of a list's item.
func (r *reading) skipBefore(i int) bool {
	w := r.words[i]
	switch {
	case w.money, w.time, w.part == "보다", w.raw == "보다", w.raw == "대비", strings.HasSuffix(w.raw, "대비"),
		isPreQualifier(w.raw), w.raw == "평균", w.dur, w.raw == "들어" || w.raw == "들어서",
		w.amt, moneyWords[w.stem], w.verb && isChangeWord(w.raw) && !changeConnective(w),
		determiners[w.raw], conjunctions[w.raw], glossWords[w.raw], w.raw == "각각", rateWord(w.raw), koreanNumerals[w.raw]:
		return true
	case w.stem == "기준" && !standardNoun(w) || w.raw == "기준으론" || w.raw == "기준으로는" || w.raw == "기준으로":
		return true // 지난 4일 기준: as of a time
	case (w.part == "으로" || w.part == "로" || w.part == "론" || w.part == "으론") && (w.stem == "시세" || w.stem == "환율" || strings.HasSuffix(w.stem, "기준")):
		return true // 당시 시세로 미화 4천 150만 달러: at what rate it is counted
	case startsDigit(w.raw) && (strings.HasSuffix(w.stem, "배") || strings.Contains(w.raw, "배가량") || strings.HasSuffix(w.stem, "%")):
		return true // 140배, 2.48배 인상된: a ratio
	case w.part == "인" && (genericMeasure[w.stem] || hasAnyPrefix(w.stem, []string{"최대", "최고", "최저"})):
		return true // 사상 최대 규모인 65조 원: said of the amount, not what it measures
	case (w.part == "을" || w.part == "를") && i+1 < len(r.words) && (r.words[i+1].raw == "포함" || r.words[i+1].raw == "포함해" || r.words[i+1].raw == "기준으로" || r.words[i+1].raw == "기준으론"):
		return true // 진찰료를 포함 1만3천원, 교통카드를 기준으로 1천50원: what is included, the basis
	case w.raw == "것만" || w.raw == "것도" || w.adn && i+1 < len(r.words) && (r.words[i+1].raw == "것만" || r.words[i+1].raw == "것도"):
		return true // 현금 수수는 드러난 것만 550만원이다: what of it is known, said of the amount
	case w.raw == "현행대로" || w.raw == "종전대로" || everyUnit(w):
		return true // 현행대로 144m마다, 35초마다 각각 400원: as before, per a unit
	case w.raw == "한때" || w.raw == "때" && i > 0 && r.words[i-1].raw == "한":
		return true // 한 때 1 배럴 당 71달러까지: at one time, when, not what
	case r.spanWord(i) || clockRE.MatchString(w.raw) || w.raw == "장중":
		return true // 한 달 새, 72시간 안에, 8시 20분쯤, 장중: when, not what
	case w.raw == "현행" || w.raw == "기존" || w.raw == "종전" || w.raw == "당초":
		return true // 과표구간은 현행 3억원에서: as things stand, said of the amount
	case w.raw == "걸쳐" || w.raw == "걸쳐서" || w.raw == "당" || w.raw == "포함" || strings.HasSuffix(w.raw, "적으로"):
		return true // 60회에 걸쳐; 1비트코인 당; 지방비 포함; 세계적으로
	case i+1 < len(r.words) && (r.words[i+1].raw == "포함" || rateWord(r.words[i+1].raw) || r.words[i+1].raw == "당" && (startsDigit(w.raw) || i > 0 && startsDigit(r.words[i-1].raw) || w.noun && !partyOwners[w.raw] && nounRateWord(w.raw+"당"))) && w.part == "":
		return true // 지방비 포함 2500억; 직원 1인당 평균; 1킬로와트(KWh) 당, 배럴 당: the unit or what is included
	case ordinalRE.MatchString(w.raw) && i < len(r.words)-1 && !r.words[i+1].amt:
		return true // 2차 회의에서 5억 원
	case r.listLabel(i), unitAt(r.words, i), (w.raw == "한" || w.raw == "1") && i+1 < len(r.words) && unitAt(r.words, i+1):
		return true // 1g에 10만 원, 한 포기에 3천 원
	case (w.stem == "차례" || w.stem == "번" || w.stem == "회") && i > 0 && (r.words[i-1].num || koreanNumerals[r.words[i-1].raw]):
		return true // 두 차례 5억 원: how often, not what
	}
	return false
}

// changeConnective reports whether w is a verb of change that joins its
// own clause to the amount's (늘어, 늘어나, 줄었고): the search for the
// measure stops at it, where it steps over one that modifies the amount
// (증가한 1천만 달러, 늘어난 5조 원): the subject before 늘어 is that
// clause's (정착금은 탈북자들의 입국이 … 늘어 지난 1998년 10억 원이었던 것이).
func changeConnective(w word) bool {
	return !w.adn && w.part == "" && hasAnySuffix(w.raw, []string{"어", "아", "어나", "고", "며", "면서"})
}

// listLabel reports whether word i is a bare place naming an item of a
// list of amounts: 평양 9천600원, 신의주 9천450원.
func (r *reading) listLabel(i int) bool {
	w := r.words[i]
	if w.part != "" && w.part != "은" && w.part != "는" {
		return false
	}
	if i+1 >= len(r.words) || !r.words[i+1].amt && !strings.HasPrefix(r.words[i+1].raw, "1") {
		return false
	}
	return places[w.stem] || countries[w.stem] || w.comma && w.amt
}

// predicatedOf returns the subject or topic the amount a is said of,
// when it names no actor: the nearest noun before it marked 은, 는, 이 or
// 가, the subject of its clause or, for a base of comparison or a change
// (…보다, 대비, 떨어졌다), of the clause before; -1 when there is none.
func (r *reading) predicatedOf(a amount, change bool) int {
	cs := r.clauseStart(a.first)
	if strings.HasPrefix(a.tail, "보다") || strings.HasPrefix(r.text[a.end:], ")보다") || change {
		cs = 0 // 수입액이 …를 기록해 전달의 1억 달러보다는: the sentence's quantity
	}
	crossed := false // past a verb of change that ends its own clause: a subject there is that clause's
	for i := a.first - 1; i >= cs && i >= a.first-reach; i-- {
		w := r.words[i]
		if w.money || w.amt {
			continue
		}
		if w.verb && isChangeWord(w.raw) && changeConnective(w) {
			crossed = true
			continue
		}
		if crossed && (w.part == "이" || w.part == "가") {
			continue // 정착금은 탈북자들의 입국이 … 늘어 … 10억 원이었던 것이: the subject of 늘어; the topic is the sentence's
		}
		if (w.part == "으로는" || w.part == "로는") && i >= r.clauseStart(a.first) {
			return -1 // 총 금액으로는 …: what it is counted as is said
		}
		if clauseNouns[w.raw] || w.part == "인" && clauseNouns[w.stem] || strings.HasSuffix(w.raw, "기") && w.verb {
			break // …가 본격화되기 전인 2016년에는: a clause of time has its own subject
		}
		if p := w.part; p != "은" && p != "는" && p != "이" && p != "가" {
			continue
		}
		if w.actor && w.noun && r.isSubject(i) {
			return -1 // 북한은 … 28억 달러어치를 수입했고: an actor's deed, not a measure
		}
		if !w.noun || w.actor || w.time || w.dur || pronouns[w.stem] || determiners[w.raw] || itemWords[w.stem] ||
			places[w.stem] || countries[w.stem] || oneHangul(w.stem) || !r.isSubject(i) || genericHeads[w.stem] {
			continue
		}
		if genericMeasure[w.stem] || genericMoney[w.stem] || w.stem == "품목" || i > 0 && determiners[r.words[i-1].raw] {
			return -1 // 이같은 액수는, 가장 많이 수입한 품목은: the noun says nothing of its own
		}
		if isThing(w.stem) || documents[w.stem] {
			return i // a measure, a thing of money, a plan: what the amount is
		}
		return -1 // 주민들의 요구가 있어: no measure
	}
	return -1
}

// modifiedMeasure reports whether the phrase p ends with a generic noun
// of measure that a noun before it narrows (판매 금액, 피해 금액): what is
// counted is said, as the guide keeps 금액 with a modifier.
func (r *reading) modifiedMeasure(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-2]
	if (w == "판매" || w == "피해" || w == "거래" || w == "투자" || w == "지원" || w == "수출" || w == "수입" || w == "구매" || w == "탈취" || w == "배상") && f[len(f)-1] != "규모" {
		return true
	}
	// 반출 금액, 반입 금액, 교역 규모, 유출초 규모: any bare noun of what is
	// counted narrows the measure as 수출 does.
	return nounModifier(w)
}

// likeWords compare what comes before them with 와 or 과 (직원들과 같은
// 수준인): the comparison is said of the amount, and what it measures
// stands before it.
var likeWords = setOf("같은", "비슷한", "맞먹는", "동일한", "버금가는")

// spanWord reports whether word i is part of a span of time written as a
// count of a unit and 새 or 안에 (한 달 새, 넉 달 새, 72시간 안에): the
// time within which an amount came, no noun it measures.
func (r *reading) spanWord(i int) bool {
	n := len(r.words)
	at := func(k int) string {
		if k < 0 || k >= n {
			return ""
		}
		return r.words[k].raw
	}
	closes := func(k int) bool {
		w := at(k)
		return w == "새" || w == "새에" || (w == "안에" || w == "안") && k > 0 && (r.words[k-1].dur || timeUnitCount(at(k-1)))
	}
	w := r.words[i]
	switch {
	case closes(i) && i > 0 && (r.words[i-1].dur || timeUnitCount(at(i-1)) || timeUnitNoun(at(i-1))):
		return true
	case closes(i+1) && (timeUnitNoun(w.raw) || timeUnitCount(w.raw) || w.dur):
		return true // 달 (새)
	case closes(i+2) && koreanNumerals[w.raw] && timeUnitNoun(at(i+1)):
		return true // 한 (달 새)
	}
	return false
}

// timeUnitNoun reports whether w is a unit of time alone: 달, 해, 주.
func timeUnitNoun(w string) bool {
	return w == "달" || w == "해" || w == "주" || w == "년" || w == "개월"
}

// timeUnitCount reports whether w is a count of a unit of time: 72시간,
// 3개월, 2주.
func timeUnitCount(w string) bool {
	return startsDigit(w) && hasAnySuffix(w, []string{"시간", "개월", "달", "주", "년", "일", "분"})
}

// payNouns are the nouns of pay per period that are qualifiers of the
// amount after them, as per words, and its purpose too (docs/meaning.md
// P7): 일당 5만 원 → purpose 일당, per day. 연봉, 월급 and 시급 are no
// qualifiers: the noun before an amount is read for them.
var payNouns = setOf("일당")

// payPerPeriod returns the noun of pay per period (payNouns) right before
// amount a among its qualifiers, with the words of its phrase (노역 일당
// 5억원 → 노역 일당), or "". One in brackets, (일당) 30만원, is an aside
// on the unit: what the amount is paid as is read elsewhere.
func (r *reading) payPerPeriod(a amount) string {
	for k := a.first - 1; k >= 0 && k > a.before; k-- {
		if w := r.words[k]; payNouns[strings.Trim(w.stem, "'‘’\"“”")] && !(w.open && !w.quoteOpen) {
			return r.phrase(r.phraseStart(k, 0), k)
		}
	}
	return ""
}

// nounModifier reports whether w, the word before a generic measure
// (금액, 규모, 수준), is a bare noun of two syllables or more that says
// what is counted: no determiner, time, actor, total (총, 전체, 해당) or
// measure of its own.
func nounModifier(w string) bool {
	if determiners[w] || genericMeasure[w] || w == "총" || w == "전체" || w == "해당" || w == "평균" || !allHangul(w) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	ws := splitWords(w)
	return len(ws) == 1 && ws[0].noun && !ws[0].verb && !ws[0].time && !ws[0].actor && ws[0].part == ""
}
