package facts

import (
	"strings"
	"unicode/utf8"
)

// The rules of a rate: an amount per unit (1인당, kg당, 시간당), per occasion
// or per item of one quantity.

// rateWord reports whether w makes the amount after it a rate per unit:
// 1인당, 가구당, 1비트코인당 (a number before any unit).
func rateWord(w string) bool {
	if !strings.HasSuffix(w, "당") || perWords[w] != "" || timeDang[w] != "" {
		return false // 일당: a day's pay; 하루당: per a time (per_class.go)
	}
	return rateRE.MatchString(w) || unitRateRE.MatchString(w)
}

// sameQuantityRate reports whether amount a, the j-th, read as a level with
// purpose, measures what an earlier rate of its sentence measures: the
// unit is written once for one quantity, however the clauses go on
// (2019년엔 kg당 쌀이 5천원, … 그리고 작년엔 쌀이 5천원대). A gloss or an
// amount of another thing (쌀 수입액) and a total (1인당 100만 달러, 총
// 800만 달러) keep their own role.
func (r *reading) sameQuantityRate(a amount, j int, purpose string) bool {
	if r.amts[j].gloss >= 0 || hasQual(a, "총") {
		return false
	}
	if purpose == "" {
		// 1인당 GPD는 인도가 250 달러 수준이지만 영국은 4만 7천 달러: items
		// of one quantity, each told by its topic right before its value.
		k := j - 1
		for k >= 0 && r.amts[k].gloss >= 0 {
			k--
		}
		if k < 0 || r.got[k].role != RoleRate || !r.itemTopic(a) || !r.itemTopic(r.amts[k]) {
			return false
		}
		if t := r.amts[k].tail; t != "" && t != "," && !copulaLinkRE.MatchString(t) {
			return false // kg당 쌀이 5천원인데, 정부가 1억원을: another clause
		}
		for i := r.amts[k].after; i < a.first && i < len(r.words); i++ {
			if w := r.words[i]; w.verb && !copulaLinkRE.MatchString(w.raw) && !conjunctions[w.raw] {
				return false // another deed between
			}
		}
		return true
	}
	for k := 0; k < j && k < len(r.got); k++ {
		if r.got[k].role == RoleRate && r.got[k].purpose == purpose && r.amts[k].gloss < 0 {
			return true
		}
	}
	return false
}

// perOccasion reports whether the clause of amount a opens with one
// occasion of a deed (한 번 …하는데, 1회 구매시, 1회 …할 때): what it costs
// is given per that occasion, a rate.
func (r *reading) perOccasion(a amount) bool {
	from := r.clauseStart(a.first)
	if from > 0 && strings.HasSuffix(r.words[from-1].raw, "데") {
		from = r.clauseStart(from - 1) // 한 번 하는데 드는 비용은: the clause of the occasion
	}
	for i := from; i < a.first && i < len(r.words); i++ {
		w := r.words[i]
		once := w.raw == "1회" || w.raw == "한번" || w.raw == "번" && i > 0 && r.words[i-1].raw == "한"
		if !once {
			continue
		}
		for k := i + 1; k <= i+2 && k < a.first; k++ {
			v := r.words[k].raw
			if k == i+2 && v != "시" && !strings.HasSuffix(v, "데") {
				break // 1회 대회 개최시: the first of a series, no occasion
			}
			if strings.HasSuffix(v, "데") || strings.HasSuffix(v, "시") || strings.HasSuffix(v, "할") && k+1 < len(r.words) && r.words[k+1].raw == "때" {
				return true
			}
		}
	}
	return false
}

// itemTopic reports whether the word right before amount a is a noun
// marked as a topic or subject: the item it is the value of (영국은 4만 7천
// 달러, 인도가 250 달러).
func (r *reading) itemTopic(a amount) bool {
	if a.before < 0 || a.before != a.first-1 {
		return false
	}
	w := r.words[a.before]
	return w.noun && !w.time && !w.amt && (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가")
}

// isRate reports whether amount a is given per unit of something other
// than time.
func (r *reading) isRate(a amount) bool {
	if r.worth(a) {
		return false // 냉장 장치 3개 약 7만 달러어치: the worth of goods counted, no price
	}
	for _, q := range a.quals {
		if rateWord(q) || nounRateWord(q) {
			return true // 1인당; 한 자루당 5만원, whose 자루당 is a context word
		}
	}
	// A rate word earlier in the clause, with no other amount between:
	// 직원 1인당 상여금은 대기업 평균이 100만원.
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= a.first-8; i-- {
		w := r.words[i]
		if w.money && i < a.first-1 && r.anyVerb(i+1, a.first) {
			break // 달러당 50원을 … 입금하는 방식으로 10억 5000만원: the rate is the other amount's, its verb between
		}
		if rateWord(w.raw) && r.perOwnCurrency(w.raw, a) {
			continue // 1달러당 775.25원씩 42만 8천 2백 50달러를 매입했다: dollars bought, priced per dollar
		}
		if rateWord(w.raw) || w.raw == "당" && i > 0 && (isUnitQty(unglossed(r.words[i-1].raw)+"당") || rateWord(unglossed(r.words[i-1].raw)+"당")) {
			return true
		}
		if w.part == "" && strings.HasSuffix(w.raw, "당") && isUnitQty(w.raw) {
			return true // 한장당 가격이 무려 74만 5천달러: one unit, glued
		}
		if w.raw == "당" && i > 0 && i == a.before && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].named && !partyOwners[r.words[i-1].raw] && nounRateWord(r.words[i-1].raw+"당") {
			return true // 단체 당 최대 7천500만원: a spaced 당 after the noun of the unit
		}
		if unitAt(r.words, i) && (!r.anyVerb(i+1, a.first) || r.equalsBetween(i+1, a.first)) {
			return true // 한 그릇에 10위안, 1kg에 1만 3천원; not 계좌 3개에 예치된 237만 달러, where they are
		}
		if i == a.before && r.shortTimeAt(i) {
			return true // 1초에 1억원 (R12): per a unit of time shorter than a day
		}
		if i == a.before && i > 0 && w.raw == "하나에" && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].actor && !r.words[i-1].time {
			return true // 작품 하나에 2000만원: the price of one of it
		}
		if i == a.before && (r.nounRate(i) || r.oneUnitAt(i) || r.everyUnitAt(i)) {
			return true // 경기당 700만~1천500만원, 한 계좌에 1천750만원, 모든 경기에 3만달러가
		}
		if i == a.before-1 && r.words[i+1].raw == "기준" && r.hasUnit(i, i) {
			return true // 1갑 기준 354원
		}
		if eachOf(w) {
			return true // 기업별로 4년간 연 5억원
		}
		if everyUnit(w) {
			return true // 144m마다, 35초마다 각각 100원씩
		}
		if w.amt && i < a.first-1 || w.verb && !w.ends && i < a.first-2 {
			break
		}
	}
	if r.onePieceBefore(a) {
		return true // 1세트 230만 원씩, 한 부 팔리면 5천 원
	}
	if r.oneEach(a) {
		return true // 참가자 한 명에게 3만 원씩: each of one unit
	}
	if r.countedUnitBefore(a) {
		return true // 한 개 업체에 지원하는 한도는 약 43만6천 달러
	}
	if r.changeReached(a) {
		return true // 배럴당 6달러 34센트가 올라 121달러 90센트를 기록: the price reached is per barrel too
	}
	if r.perOccasion(a) {
		return true // 핵실험을 한 번 하는데 드는 비용은, 1회 구매시 평균 결제 금액
	}
	// 환율, 시급 and a noun phrase of a price per unit (쌀 1kg 가격).
	if i, s := r.measuredSpan(a); i >= 0 && (isRateNoun(r.words[i].stem) || isRateNoun(bracketGloss(r.words[i].stem)) || r.hasUnit(s, i) || r.perHeadIn(s, i)) {
		return true
	}
	if r.currencyWorth(a) {
		return true // 위안화 가치도 640원에서 810원으로: the price of one unit of it
	}
	if r.perCurrencyUnit(a) {
		return true // 1위안에 1천200원: the price of one unit of another currency
	}
	if r.rateNamedAfter(a) {
		return true // 8천원 선이었던 원-달러 환율이: what the rate was
	}
	if r.resultOfRate(a) {
		return true // 채용공고 시급을 분석한 … 피팅모델이 평균 1만3천310원을: the rate studied
	}
	if a.tail == "의" && a.after < len(r.words) && isRateNoun(r.words[a.after].stem) {
		return true // 1만 원의 시급을 받는다: the rate the amount is, as 50만 원의 월급 is pay per month
	}
	if i, _ := r.measuredSpan(a); i >= 0 && r.rateAbbrev(r.words[i].stem) {
		return true // 주당순자산가치(BPS)를 … BPS는 2006년 4천253원에서: the rate its letters stand for
	}
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		if isRateNoun(r.words[i].stem) && !r.rateQualifies(i, a) {
			return true // 시급을 계산하면 1480원이다
		}
	}
	if k := r.copulaHead(a); k >= 0 && r.hasUnit(k, min(k+4, len(r.words)-1)) {
		return true
	}
	// 쌀값 21만원(한 가마니 80kg): a bracket after it gives the unit.
	if strings.Contains(r.words[a.last].raw, "(") && a.after > a.last+1 && r.hasUnit(a.last, a.after-1) {
		return true
	}
	return false
}

// hasUnit reports whether words s to e hold a quantity with a unit of
// measure (1kg, 한포기, 한 가마니, 1인분): a price of it is per unit.
func (r *reading) hasUnit(s, e int) bool {
	for i := s; i <= e && i < len(r.words); i++ {
		raw := strings.Trim(r.words[i].raw, "()[]")
		if k := strings.IndexByte(raw, '('); k >= 0 {
			raw = raw[k+1:] // 원(한
		}
		if r, _ := utf8.DecodeRuneInString(raw); !isDigit(r) && r != '한' {
			continue
		}
		if p := r.words[i].part; p == "와" || p == "과" {
			continue // 금괴 40개와 현금 2억원: an item of a list counted, no unit
		}
		if i+1 < len(r.words) && r.words[i+1].raw == "등" {
			continue // 반지 8개와 시계 11개 등 시가 7억 원: the last item of a list counted
		}
		if r.countsNoun(i, e) {
			continue // 나머지 2개 기업 자금, 상위 6개 제품의 수출액: how many of them, no unit
		}
		if stem, _ := cutParticle(raw); isUnitQty(stem) || isUnitQty(raw) {
			return true
		}
		if (raw == "한" || raw == "1") && i+1 <= e && unitNouns[r.words[i+1].stem] {
			return true
		}
	}
	return false
}

// unitAt reports whether words[i] is a unit with 에 that prices what
// follows: 1kg에, 한 그릇에, 한포기에.
func unitAt(ws []word, i int) bool {
	w := ws[i]
	if w.part != "에" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w.stem); !isDigit(r) && r != '한' && !unitNouns[w.stem] {
		return false
	}
	if isUnitQty(w.stem) || isUnitQty(unglossed(w.stem)) {
		return true // 1kg에; 500ml(미리리터)에, the unit glossed
	}
	return i > 0 && (ws[i-1].raw == "한" || ws[i-1].raw == "1") && unitNouns[w.stem]
}

// isUnitQty reports whether s is one unit of measure or a number of
// them, as a price may be given per: 1kg, 한포기, 1인분, 80kg, 1kg당,
// 한 그릇에.
func isUnitQty(s string) bool {
	i := 0
	for i < len(s) && (isDigit(rune(s[i])) || s[i] == '.' || s[i] == ',') {
		i++
	}
	if i == 0 {
		if !strings.HasPrefix(s, "한") {
			return false
		}
		i = len("한")
	}
	u := strings.TrimPrefix(s[i:], " ")
	u = strings.TrimSuffix(strings.TrimSuffix(u, "당"), "에")
	return unitNouns[u] || u == "ℓ"
}

// unitNouns are counters and units of measure a price may be given per.
var unitNouns = setOf("kg", "g", "㎏", "그램", "킬로그램", "킬로", "리터", "인분", "포기", "그릇", "가마니", "개",
	"병", "잔", "마리", "장", "켤레", "갑", "톤", "배럴", "온스", "평", "근", "봉지", "상자", "박스", "통", "벌", "권", "접시",
	"ml", "mL", "㎖", "cc", "L")

// nounRate reports whether word i is a noun glued to 당 that makes the
// amount right after it a rate per that noun (경기당, 검색어당, 회당), as
// rateWord does for the units it knows: not a word that only ends in 당
// (해당, 상당, 식당) nor a party (민주당, 새누리당), though the names of
// organisations count a word ending in 당 as a party.
func (r *reading) nounRate(i int) bool {
	return r.words[i].part == "" && nounRateWord(r.words[i].raw)
}

// nounRateWord reports whether w is a noun glued to 당 that makes a rate
// per that noun, as nounRate tells of a word of the sentence.
func nounRateWord(w string) bool {
	if !strings.HasSuffix(w, "당") || w == "당" || orgNames[w] || notRateDang[w] || timeDang[w] != "" {
		return false
	}
	return utf8.RuneCountInString(w) <= 4
}

// partyOwners are the words before a spaced 당 that make it a party (우리
// 당, 그 당), no unit.
var partyOwners = setOf("우리", "그", "이", "저", "자기", "같은", "각", "제1야", "집권", "여", "야")

// notRateDang are words that end in 당 and make no rate; 일당 (a day's
// pay) is per a time, which per says.
var notRateDang = setOf("해당", "상당", "식당", "정당", "여당", "야당", "당당", "부당", "타당", "적당", "담당", "본당",
	"성당", "사당", "강당", "서당", "경당", "전당", "신당", "창당", "탈당", "입당", "복당", "합당", "분당", "외당",
	"과당", "포도당", "혈당", "일당", "수당", "충당", "할당", "저당", "배당", "새누리당", "한나라당", "자유한국당", "미래통합당", "열린우리당", "바른정당",
	"국민의당", "민주평화당", "새천년민주당", "통합진보당", "민주노동당", "공화당", "노동당", "보수당", "자민당",
	"공명당", "입헌민주당", "공산당", "조선노동당", "집권당")

// oneUnitAt reports whether words i-1 and i are 한 and a noun with 에 (한
// 계좌에, 한 병에): the price of one of it, whatever it is, unless the noun
// is a time or a turn (한 해에, 한 번에) or a body or a place that takes
// the amount (한 회사에 1조 원을 투자했다: a certain company).
func (r *reading) oneUnitAt(i int) bool {
	w := r.words[i]
	return i > 0 && r.words[i-1].raw == "한" && w.part == "에" && w.noun && !w.time && !notUnitNouns[w.stem] &&
		!w.actor && !w.named && !places[w.stem] && !oneBodyNouns[w.stem]
}

// oneBodyNouns are nouns of a body that 한 … 에 names one of (한 회사에 1조
// 원을 투자했다), no unit a price is per.
var oneBodyNouns = setOf("회사", "기업", "업체", "기관", "단체", "은행", "정부", "국가", "나라", "학교", "병원", "재단", "법인", "가게", "매장", "점포")

// bracketListRate reports whether amount a, the j-th, stands in brackets
// after a noun of a list whose item before it, in brackets after its own
// noun, is a rate (국민건강증진기금(1갑 기준 654원)과 … 담배소비세(641원),
// 지방교육세(321원)): the items share the unit of the first.
func (r *reading) bracketListRate(a amount, j int) bool {
	if j == 0 || j > len(r.got) {
		return false
	}
	if _, ok := r.bracketNoun(a); !ok {
		return false
	}
	b := r.amts[j-1]
	if b.end >= a.start || r.got[j-1].role != RoleRate || !strings.Contains(r.text[:b.end+len(")")], "(") {
		return false
	}
	between := r.text[b.end:a.start]
	if !strings.HasPrefix(between, ")") || strings.Count(between, "(") != 1 {
		return false
	}
	for i := b.last + 1; i < a.first; i++ {
		if r.words[i].verb && !isAdnominal(r.words[i]) {
			return false // a clause between: no list
		}
	}
	return true
}

// shortTimeAt reports whether word i is one unit of time shorter than a
// day with 에 (1초에, 1분에, 1시간에, 한 시간에): the amount after it is
// per that unit, a rate (docs/meaning.md, ninth round, R12); a year, a
// month or a day makes per instead.
func (r *reading) shortTimeAt(i int) bool {
	w := r.words[i]
	if w.part != "에" {
		return false
	}
	switch w.stem {
	case "1초", "1분", "1시간", "한시간":
		return true
	case "초", "분", "시간":
		return i > 0 && (r.words[i-1].raw == "한" || r.words[i-1].raw == "1")
	}
	return false
}

// bracketGloss returns the words in brackets at the end of noun n, which
// gloss it (중간가격(기준환율) → 기준환율), or "".
func bracketGloss(n string) string {
	o := strings.IndexByte(n, '(')
	if o < 0 || !strings.HasSuffix(n, ")") {
		return ""
	}
	return n[o+1 : len(n)-1]
}

// changeReached reports whether amount a is the level a change of a price
// per unit reached: right after the change as subject (가, 이) and one
// verb of rising or falling joined to the next clause (배럴당 6달러 34센트가
// 올라 121달러 90센트를 기록했다): it is per the change's unit.
func (r *reading) changeReached(a amount) bool {
	for _, b := range r.amts {
		v := b.last + 1
		if v < len(r.words) && b.tail == "" && changeBoundWords[r.words[v].raw] {
			v++ // 배럴당 5달러 이상 하락하여 71달러에: a bound of the change, said of it
		}
		if v+1 != a.first || b.tail != "가" && b.tail != "이" && b.tail != "" || !hasAnyPrefix(r.words[v].raw, reachedVerbs) {
			continue
		}
		return b.start < a.start && r.isRate(b)
	}
	return false
}

// changeBoundWords are the words of bound or approximation that may stand
// between a change and its verb: 2달러 이상 하락하여, 3달러 가량 올라.
var changeBoundWords = setOf("이상", "가량", "가까이", "넘게", "정도", "안팎", "이하", "미만")

// reachedVerbs are verbs of rising or falling joined to a next clause
// (올라, 내려, 떨어져, 상승해, 하락해, 뛰어), or in the adnominal form that
// modifies the level reached (시간당 500원 인상된 1만 원, 배럴당 5달러 오른
// 80달러): the level is per the change's unit too.
var reachedVerbs = []string{"올라", "내려", "떨어져", "상승해", "하락해", "뛰어", "급등해", "급락해", "상승하여", "하락하여", "급등하여", "급락하여",
	"오른", "내린", "인상된", "인하된", "인상한", "인하한", "상승한", "하락한", "늘어난", "줄어든", "떨어진", "뛴", "급등한", "급락한", "증가한", "감소한"}

// perHeadIn reports whether words s to i, the noun phrase an amount
// measures, open with a word of per head or per unit (1인당 GNP, 1 인당
// GNP as tokenised text spaces it, 가구당 소득): a measure per that unit,
// whatever the clause does to it (1970 년의 252 달러에서 … 5,569 달러로).
func (r *reading) perHeadIn(s, i int) bool {
	if s < 0 || i >= len(r.words) {
		return false
	}
	for k := s; k < i; k++ {
		w := r.words[k].raw
		if rateWord(w) {
			return true
		}
		if k+1 < i && r.words[k].num && rateWord(w+r.words[k+1].raw) {
			return true // 1 인당 GNP: the number spaced from its unit
		}
	}
	return false
}

// countsNoun reports whether word i, a number of 개 with no particle (2개,
// 6개), stands before a noun other than e, the head of the phrase it is
// read in, and so tells how many of that noun there are (나머지 2개 기업
// 자금, 상위 6개 제품의 수출액이 각각): a count of the things that own or
// make the amount, not the unit a price is given per, which one of them is
// (사과 1개 가격) or a count heading the measure itself (사과 3개 가격). A
// measure (5kg 쌀 가격) is the quantity of the goods priced: a unit still.
func (r *reading) countsNoun(i, e int) bool {
	w := r.words[i]
	if w.part != "" || i+1 >= len(r.words) || i+1 >= e {
		return false
	}
	raw := strings.Trim(w.raw, "()[]")
	k := 0
	for k < len(raw) && (isDigit(rune(raw[k])) || raw[k] == ',') {
		k++
	}
	if k == 0 || raw[:k] == "1" || raw[k:] != "개" {
		return false // 1kg, 한 포기: one unit; 5kg 쌀 가격: a measure of the goods priced
	}
	n := r.words[i+1]
	return n.noun && !n.time && !n.amt && !n.num && !isRateNoun(n.stem) && !unitNouns[n.stem]
}

// equalsBetween reports whether words [from, to) are a verb of being worth
// alone (1인분에 해당하는 2만 원, 1kg에 상당하는): the unit still prices the
// amount, as no verb between would.
func (r *reading) equalsBetween(from, to int) bool {
	return to == from+1 && (strings.HasPrefix(r.words[from].raw, "해당하") || strings.HasPrefix(r.words[from].raw, "상당하"))
}
