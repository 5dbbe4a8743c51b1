package facts

import (
	"strings"
	"unicode/utf8"
)

// role decides what amount a, the j-th of its sentence, is
// (docs/meaning.md "role"): a rate when a unit stands before it (1인당,
// kg당, 한 그릇에, 1kg에), when it measures a price per unit (환율, 시급,
// 쌀 1kg 가격) or when its list or quantity is one; other when it is the
// unit of a rate (1달러당), a condition (5만 원 이상은, 1억 원을 넘으면, …
// 원을 주면), a class (1조 원 이상 기업), a hypothetical (878억원이라면; 만약
// … 경우) or a name (1조 클럽); a change when a verb or noun of change
// takes it as its measure (2조 원 늘어난, 2천원 올리는, 323억원 초과하여,
// 1조 달러의 재정 적자를 줄이겠다); else a level.
func (r *reading) role(a amount, j int) Role {
	if r.isOther(a) {
		return RoleOther
	}
	if r.isChange(a, j) {
		if r.changeInCase(a) {
			return RoleOther // 금리가 오르면 이자 부담이 3조 원 늘어난다: an outcome of a case supposed (R1)
		}
		return RoleChange // 환율은 12원 오른: a change, of a rate
	}
	if r.convertedPer(a) != "" {
		return RoleLevel // 이를 연봉으로 환산하면 1만5천80달러: per a period, no unit
	}
	if r.isRate(a) || r.areaRate(a) {
		return RoleRate
	}
	if a.kin >= 0 && r.got[a.kin].role == RoleRate && !hasQual(a, "총") {
		return RoleRate // 건당 120만원에 …, 70만원에: the list shares its unit
	}
	if r.contrastRate(a, j) {
		return RoleRate // 1인당 명목 GDP는 2만3113달러인데 … 북한은 783달러로: the same measure, contrasted
	}
	if r.seriesRate(a, j) {
		return RoleRate // 1kg에 1천413원, 2021년 2천280원이었는데 올해는 2천700원을: the series goes on
	}
	if r.joinedRate(a, j) {
		return RoleRate // 1인당 4억원 안팎의 배상금과 8천만원의 지원금: items joined, one unit
	}
	if r.bracketListRate(a, j) {
		return RoleRate // 국민건강증진기금(1갑 기준 654원)과 … 담배소비세(641원): the unit of the first
	}
	return RoleLevel
}

// hasQual reports whether amount a has the qualifier q.
func hasQual(a amount, q string) bool {
	for _, x := range a.quals {
		if x == q {
			return true
		}
	}
	return false
}

// ownTime reports whether words [from, to) hold a time of their own:
// 지금은, 올해는.
func (r *reading) ownTime(from, to int) bool {
	for i := from; i < to; i++ {
		if r.words[i].time {
			return true
		}
	}
	return false
}

// asOf reports whether 기준 at word i says when or in what currency an
// amount is counted (지난 4일 기준, 한화 기준, 당시 기준), not a threshold.
func (r *reading) asOf(i int) bool {
	if i == 0 {
		return false
	}
	if w := r.words[i]; w.part == "으로" || w.part == "로" || w.part == "으론" || w.part == "으로는" {
		return true // 교통카드를 기준으로, 요금제 기준으로: on what basis it is counted
	}
	p := r.words[i-1]
	if p.part == "을" || p.part == "를" {
		return true // 교통카드(성인)를 기준 삼아: the basis, an object
	}
	raw := p.raw
	if k := strings.LastIndexByte(raw, '('); k >= 0 {
		raw = raw[k+1:] // 국민건강증진기금(1갑 기준
	}
	if c, _ := utf8.DecodeRuneInString(raw); isDigit(c) || raw == "한" || i > 1 && r.words[i-2].raw == "한" {
		return true // 12주 기준, 1갑 기준, 한 병 기준: what it is counted per, no threshold
	}
	if i > 1 && r.countedBasis(i) {
		return true // 4인 가구 기준: the case it is counted for, no threshold
	}
	return p.time || moneyWords[p.stem] || glossWords[p.raw] || p.raw == "한화" || p.raw == "미화" ||
		strings.HasSuffix(p.raw, "일") || strings.HasSuffix(p.raw, "말") || strings.HasSuffix(p.raw, "월")
}

// quoted reports whether amount a stands inside quotation marks: a
// label such as a survey's answer (‘15만원 미만’).
func (r *reading) quoted(a amount) bool {
	w := r.words[a.first]
	// A label closes its quotation right after the amount: ‘15만원
	// 미만’이라고; not “FBI는 북한이 4천만 달러 이상의 비트코인을 ….
	closes := false
	for i := a.last; i < len(r.words) && i <= a.last+2; i++ {
		if r.words[i].quoteClose || strings.ContainsAny(r.written(i), "’”'\"") {
			closes = true
			break
		}
	}
	if !closes {
		return false
	}
	if w.quoteOpen || strings.ContainsAny(r.text[w.start:a.start], "‘“'\"") {
		return true
	}
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		if r.words[i].quoteClose || r.words[i].comma {
			return false
		}
		if r.words[i].quoteOpen {
			return true
		}
	}
	return false
}

// headAfter returns the noun an amount with a bound modifies (1조 원 이상
// 기업, 3천만 원 미만인 가구, 5천만 달러 이하의 해킹 공격): the last noun of
// the phrase after it, or -1.
func (r *reading) headAfter(a amount) int {
	h := -1
	for i := a.after; i < len(r.words) && i < a.after+4; i++ {
		w := r.words[i]
		if !w.noun || w.time || w.raw == "드는" {
			break // 500억 원 이상 드는 사업: 들다 (to cost), which the cutter reads as 드 and 는, takes the amount as its cost
		}
		h = i
		if w.part != "" || w.comma {
			break
		}
	}
	return h
}

// notUnitNouns are nouns that 한 … 에 makes no unit of: times and turns.
var notUnitNouns = setOf("해", "달", "주", "날", "번", "차례", "때", "자리", "곳", "순간", "꺼번", "시간", "주일", "시기",
	"쪽", "편", "켠", "가운데", "번째", "해외")

// supposeWords are the forms of 가정하다 that open a hypothesis.
var supposeWords = []string{"가정하면", "가정하고", "가정할", "가정해", "가정했을"}

// eachOf reports whether w says an amount is given to each of something
// other than a time (기업별로 4년간 연 5억원): a rate per it. 월별로,
// 연도별로 say per a time, which per says; 별 before a noun (부문별 상금
// 11억원) names the noun of each, not a unit.
func eachOf(w word) bool {
	stem, ok := strings.CutSuffix(w.raw, "별로")
	return ok && utf8.RuneCountInString(stem) >= 1 && utf8.RuneCountInString(stem) <= 4 && !timeUnits[stem] && !notEachOf[stem]
}

// timeUnits are the units of time that 별 makes a period of: 월별, 연도별.
var timeUnits = setOf("월", "연", "연도", "년", "년도", "분기", "반기", "일", "주", "시간", "회계연도", "해")

// notEachOf are words before 별 that make no unit: 특별, 개별, 차별, 구별.
var notEachOf = setOf("특", "개", "차", "구", "성", "식", "선", "작", "송", "이", "고", "분", "판", "감")

// topicIs reports whether amount a is what the topic before it in its
// clause is said to be, with 으로 or 로 going on to another clause: 총사업비는
// 1천161억 규모로 …, 수익은 20억 원 안팎으로 ….
func (r *reading) topicIs(a amount) bool {
	if a.tail != "으로" && a.tail != "로" {
		return false
	}
	for i := a.before; i >= 0 && i >= a.first-4; i-- {
		w := r.words[i]
		if w.part == "은" || w.part == "는" {
			return w.noun && !w.actor
		}
		if w.verb || w.comma || w.amt {
			return false
		}
	}
	return false
}

// classParts are the particles of a noun that a bound amount before it
// (3000만원 이하 소액대출은) makes a class of: the topic it names; a
// subject (1억 달러 이상 투자가 이뤄졌다) or an object (1조원 이상 투자를)
// may be an amount done.
var classParts = setOf("은", "는")

// personLike reports whether noun n, of three syllables or more, ends in
// 자 as nouns of people do (피부양자, 소득자, 연구자).
func personLike(n string) bool {
	return strings.HasSuffix(n, "자") && utf8.RuneCountInString(n) >= 3
}

// inBrackets reports whether amount a stands in brackets right after a
// word: 결과(35만4천원), 원(약 1,700원).
func (r *reading) inBrackets(a amount) bool {
	_, ok := r.bracketHost(a)
	return ok
}

// verbBetween reports whether a verb that ends no clause but takes what
// stands before it (추징금 33억원을 구형해 만약 …) stands among words [from,
// to): the amount is that verb's, not the condition's after it.
func (r *reading) verbBetween(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		if w := r.words[i]; w.verb && !isAdnominal(w) && !r.negatedAt(i) && !(i > 0 && r.negatedAt(i-1)) && !r.periphrastic(i) {
			return true // not 지불하지 않을 경우: one verb, negated; not 초과하게 되면: one verb, an auxiliary
		}
	}
	return false
}

// counted reports whether the noun at word k is counted or shared out
// as a class is (피부양자 19만여명이, 집주인 비중은, 기업 가운데): not the
// doer of one deed (해커들은).
func (r *reading) counted(k int) bool {
	if w := r.words[k]; w.part != "" && !isPerson(w.raw) || k+1 >= len(r.words) {
		return false // 집주인 is one noun, though 인 may read as a particle
	}
	n := r.words[k+1]
	return n.num || n.amt || startsDigit(n.raw) || shareNouns[n.stem]
}

// shareNouns are nouns of a share or a count of a class: 비중, 비율, 수.
var shareNouns = setOf("비중", "비율", "수", "가운데", "중", "숫자", "규모")

// ownArguments reports whether words [from, to) hold an object, a subject
// or a time of the verb at to (… 안팎으로 알파고를 이기면, … 규모로 하반기 …
// 지정될 경우): that verb has its own, and an amount before them is not
// its result (수출액은 1억 달러로 늘어나면 is).
func (r *reading) ownArguments(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		w := r.words[i]
		if w.time || w.part == "을" || w.part == "를" || w.part == "이" || w.part == "가" {
			return true
		}
	}
	return false
}
