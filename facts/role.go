package facts

import (
	"strings"
	"unicode/utf8"
)

// changeNouns are nouns before an amount that make it a change: 증가액은
// 2조 원.
var changeNouns = setOf("증가액", "증가분", "감소액", "감소분", "인상분", "인상폭", "인상액", "증가폭",
	"감소폭", "상승폭", "하락폭", "차액", "증감액", "격차", "증액분", "감액분", "삭감액", "증액", "감액", "차이")

// thresholdNouns are nouns before an amount that make it a threshold:
// 기준 금액 10억 원.
var thresholdNouns = setOf("기준", "기준금액", "문턱", "커트라인", "하한선", "상한선", "기준선", "과세기준", "과세표준")

// boundQuals are the qualifiers that bound an amount; with a particle of
// a condition after them they make it a threshold (5만 원 이상은).
var boundQuals = setOf("이상", "이하", "미만", "초과")

// thresholdTails are the particles after a bound that make a condition.
var thresholdTails = setOf("은", "는", "이면", "면", "일", "이라면", "이어야", "부터", "만", "이면서", "일때", "일 경우")

// rateWord reports whether w makes the amount after it a rate per unit:
// 1인당, 가구당, 1비트코인당 (a number before any unit).
func rateWord(w string) bool {
	if !strings.HasSuffix(w, "당") || perWords[w] != "" {
		return false // 일당: a day's pay, per a time
	}
	return rateRE.MatchString(w) || unitRateRE.MatchString(w)
}

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
		return RoleChange // 환율은 12원 오른: a change, of a rate
	}
	if r.isRate(a) {
		return RoleRate
	}
	if a.kin >= 0 && r.got[a.kin].role == RoleRate && !hasQual(a, "총") {
		return RoleRate // 건당 120만원에 …, 70만원에: the list shares its unit
	}
	if r.joinedRate(a, j) {
		return RoleRate // 1인당 4억원 안팎의 배상금과 5천만원의 지원금: items joined, one unit
	}
	if r.bracketListRate(a, j) {
		return RoleRate // 국민건강증진기금(1갑 기준 354원)과 … 담배소비세(641원): the unit of the first
	}
	return RoleLevel
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

// hasQual reports whether amount a has the qualifier q.
func hasQual(a amount, q string) bool {
	for _, x := range a.quals {
		if x == q {
			return true
		}
	}
	return false
}

// isRate reports whether amount a is given per unit of something other
// than time.
func (r *reading) isRate(a amount) bool {
	if r.worth(a) {
		return false // 냉장 장치 3개 약 7만 달러어치: the worth of goods counted, no price
	}
	for _, q := range a.quals {
		if rateWord(q) {
			return true
		}
	}
	// A rate word earlier in the clause, with no other amount between:
	// 직원 1인당 상여금은 대기업 평균이 100만원.
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= a.first-8; i-- {
		w := r.words[i]
		if rateWord(w.raw) || w.raw == "당" && i > 0 && (isUnitQty(unglossed(r.words[i-1].raw)+"당") || rateWord(unglossed(r.words[i-1].raw)+"당")) {
			return true
		}
		if unitAt(r.words, i) {
			return true // 한 그릇에 10위안, 1kg에 1만 3천원
		}
		if i == a.before && (r.nounRate(i) || r.oneUnitAt(i)) {
			return true // 경기당 700만~1천500만원, 한 계좌에 1천750만원
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
	if r.perOccasion(a) {
		return true // 핵실험을 한 번 하는데 드는 비용은, 1회 구매시 평균 결제 금액
	}
	// 환율, 시급 and a noun phrase of a price per unit (쌀 1kg 가격).
	if i, s := r.measuredSpan(a); i >= 0 && (isRateNoun(r.words[i].stem) || r.hasUnit(s, i)) {
		return true
	}
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		if isRateNoun(r.words[i].stem) {
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
	if isUnitQty(w.stem) {
		return true
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
	"병", "잔", "마리", "장", "켤레", "갑", "톤", "배럴", "온스", "평", "근", "봉지", "상자", "박스", "통", "벌", "권", "접시")

// isOther reports whether amount a is no amount that exists: the unit of
// a rate, a condition, a class, a hypothetical or a name.
func (r *reading) isOther(a amount) bool {
	if strings.HasPrefix(a.tail, "당") || strings.HasPrefix(a.tail, "클럽") || a.tail == "이라면" || a.tail == "라면" {
		return true
	}
	if a.after < len(r.words) {
		next := r.words[a.after].raw
		if isThresholdWord(next) || strings.HasPrefix(next, "클럽") {
			return true
		}
		// ‘20억 달러 시대’를 열었다: an era named by the amount, no amount.
		if w := r.words[a.after]; strings.HasPrefix(w.stem, "시대") && (w.quoteClose || w.part == "" || w.part == "를" || w.part == "가") && strings.HasPrefix(w.raw, "시대") {
			return true
		}
		if classVerbRE.MatchString(next) && a.after+1 < len(r.words) && classNouns[r.words[a.after+1].stem] {
			return true // 1억 원을 넘는 주택
		}
	}
	for _, q := range a.quals {
		if !boundQuals[q] {
			continue
		}
		if r.quoted(a) || thresholdTails[a.tail] {
			return true // ‘15만원 미만’이라고 응답, 5만 원 이상은
		}
		if a.tail == "의" || a.tail == "인" || a.tail == "" {
			if h := r.headAfter(a); h >= 0 && !genericHeads[r.words[h].stem] && (a.tail == "인" || classNouns[r.words[h].stem] || strings.HasSuffix(r.words[h].stem, "층") || a.tail == "" && classParts[r.words[h].part]) {
				// 1조 원 이상 기업, 3천만 원 미만인 가구, 연봉 6천600만원 이상인
				// 미혼 직장인, 3000만원 이하 소액대출은; not 5천만 달러 이상인
				// 것으로 추정된다, an amount said.
				return true
			}
		}
		if r.classByDeed(a) {
			return true // 대출금을 2천만원 이상 조기 상환한 집주인, 2천만원 이상을 버는 피부양자
		}
		if r.scaleStep(a) {
			return true // 자본금 10조원 초과, 1조원 초과 10조원 이하 등의 다섯 단계: the steps of a scale
		}
		if r.mustReach(a) {
			return true // 바우처를 전년도 1천500만원 이상 써야 사용할 수 있도록: a condition that must be met
		}
	}
	if r.classByAttribute(a) {
		return true // 자산이 1조원이 넘는 억만장자, 월 사용료가 최저 7달러인 유료 계정
	}
	if r.bandClass(a) {
		return true // 1200원대 주유소: the band a class of sellers is sorted by
	}
	if a.before >= 0 {
		b := r.words[a.before]
		if isThresholdNoun(b.stem) && !r.asOf(a.before) {
			return true
		}
		if b.raw == "금액" && a.before >= 1 && thresholdNouns[r.words[a.before-1].raw] {
			return true
		}
	}
	// 세 부담 기준선을 기존 3천450만원에서 5천500만원선으로: what a threshold
	// is, though words stand between.
	if m, _ := r.measuredSpan(a); m >= 0 && m != a.before && isThresholdNoun(r.words[m].stem) && r.words[m].stem != "기준" {
		return true
	}
	// 환율이 1달러당 1000원이라고 가정하고: the amount supposed.
	for i := a.last + 1; i < len(r.words) && i <= a.last+2; i++ {
		if supposes(r.words[i]) {
			return true
		}
		if r.words[i].comma || r.words[i].verb {
			break
		}
	}
	// A condition that holds the amount: 6000만원 민경욱에게 주면; not
	// the amount a topic is said to be before another clause (광고 모델
	// 수익은 20억 원 안팎으로 알파고를 이기면 …, 총사업비는 1천161억 규모로 …
	// 지정될 경우), nor one a comma closes before a condition with its own
	// object (누적 적자액은 113억 달러, 범위를 지난 30년으로 넓히면 …).
	if ce := r.clauseEnd(a.last); ce < len(r.words) && conditional(r.words[ce]) && ce > a.last && !((r.topicIs(a) || r.words[a.last].comma) && r.ownArguments(a.after, ce)) && !r.verbBetween(a.after, ce) {
		return true
	}
	if r.neverDone(a) || r.couldHaveBeen(a) || r.couldBe(a) {
		return true // 1천만 달러 넘게 소비한 적은 없습니다; … 않을 경우 … 추징금이 선고될 수 있었습니다
	}
	// After a counterfactual: 878억원이라면 … 1,000만 원 가까이; 만약 … 경우.
	own := r.clauseStart(a.first)
	for i := a.first - 1; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if w.comma && w.verb && !isAdnominal(w) && strings.HasSuffix(w.raw, "며") {
			break // 장소가 있다면 … 하였으며, … 50만원의 내기를: another clause's supposition
		}
		if w.raw == "때" && r.supposedWhen(i) {
			return true // 앞으로 네 차례 했을 때 추가 비용은: a deed supposed
		}
		if w.raw == "만약" || w.raw == "만일" || supposes(w) || w.verb && (strings.HasSuffix(w.raw, "라면") || strings.HasSuffix(w.raw, "다면")) {
			if pastIf(w.raw) && r.ownTime(own, a.first) {
				break // 예전에는 3천 달러였다면, 지금은 2만 달러: then and now, no hypothesis
			}
			return true
		}
	}
	return false
}

// pastIf reports whether w is a condition in the past tense: 였다면,
// 했다면.
func pastIf(w string) bool {
	return hasAnySuffix(w, []string{"였다면", "었다면", "았다면", "했다면", "됐다면"})
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
		if !w.noun || w.time {
			break
		}
		h = i
		if w.part != "" || w.comma {
			break
		}
	}
	return h
}

// degreeWords are adverbs of how much a change is, which may stand
// between its size and its verb or hold its size in brackets: 소폭(187만
// 달러) 증가했습니다, 1~2억 달러 정도 소폭 상승에 그칠.
var degreeWords = setOf("소폭", "대폭", "큰폭", "크게", "다소", "약간", "급격히", "꾸준히")

// isChange reports whether amount a, the j-th, is the size of a change.
func (r *reading) isChange(a amount, j int) bool {
	n := len(r.words)
	// 2조 원 늘어난, 3천억 원 증가했다, 전년 대비 5억 원 감소. With 으로 or
	// 로 the amount is the result (5조 원으로 늘었다): a level.
	if r.fromAmount(a) {
		return false // 1천50원에서 1천250원 인상된다: from one level to another
	}
	_, glossed := r.bracketNoun(a)
	if changeTail(a.tail) && a.after < n && !glossed { // 지방교육세(321원)가 인상된다: the tax's level, in brackets
		k := a.after
		for _, skip := range []string{"더", "이상", "넘게", "가량", "정도", "가까이", "남짓", "안팎", "씩", "이나", "각각", "모두", "약", "가량이", "정도가"} {
			if r.words[k].raw == skip && k+1 < n {
				k++
				break
			}
		}
		if degreeWords[r.words[k].raw] && k+1 < n {
			k++ // 1~2억 달러 정도 소폭 상승에 그칠: past an adverb of degree
		}
		next := r.words[k].raw
		earns := (a.tail == "을" || a.tail == "를") && strings.HasPrefix(next, "올")
		// 가격이 2천원을 밑돌았다, 20억 달러를 넘어섰다: a threshold passed
		// is a level (docs/meaning.md "Decisions from real text").
		passed := (a.tail == "을" || a.tail == "를") && (strings.HasPrefix(next, "밑돌") || strings.HasPrefix(next, "웃돌") || strings.HasPrefix(next, "상회") || strings.HasPrefix(next, "하회"))
		if isChangeWord(next) && !comparesNothing(r, a, next) && !earns && !passed {
			return true // but 매출 393억 달러를 올렸다: earned, a level
		}
	}
	// 부채가 자산을 323억원 초과하여: exceeding by the amount.
	if hasQual(a, "초과") && (strings.HasPrefix(a.tail, "하") || strings.HasPrefix(a.tail, "해") || strings.HasPrefix(a.tail, "했")) {
		for i := a.before; i >= 0 && i >= a.first-4; i-- {
			if r.words[i].part == "을" || r.words[i].part == "를" {
				return true
			}
		}
	}
	if a.tail == "" && a.after < n && isExceedWord(r.words[a.after].raw) {
		for i := a.before; i >= 0 && i >= a.first-4; i-- {
			if r.words[i].part == "을" || r.words[i].part == "를" {
				return true // 부채가 자산을 323억원 초과하여: by how much
			}
		}
	}
	if a.before >= 0 && changeNouns[r.words[a.before].stem] && r.words[a.before].part != "으로" && r.words[a.before].part != "로" {
		return true
	}
	if n, ok := r.bracketNoun(a); ok && changeNouns[n] {
		return true // 최근 전망치 평균과의 차이(31원)가: the difference, in brackets after its noun
	}
	if w, ok := r.bracketNoun(a); ok && degreeWords[w] && a.after < n && a.tail == "" && isChangeWord(r.words[a.after].raw) {
		return true // …보단 소폭(187만 달러) 증가했습니다: the size of the change, in brackets after its degree
	}
	// 올해 들어 7.5%(1천288만원), 2년 전보다 18.9%(2천925만원) 상승했다:
	// amounts glossing the percents of one list share the verb written
	// after the last.
	if r.afterPercent(a) && j+1 < len(r.amts) {
		if b := r.amts[j+1]; b.gloss < 0 && b.first-a.last <= 6 && r.afterPercent(b) && r.isChange(b, j+1) {
			return true
		}
	}
	// 1조 달러의 재정 적자를 줄이겠다: the amount of what is cut.
	if a.tail == "의" {
		for i := a.after; i < n && i < a.after+4; i++ {
			w := r.words[i]
			if w.part == "을" || w.part == "를" {
				return i+1 < n && isCutWord(r.words[i+1].raw)
			}
			if !w.noun || w.part != "" {
				break
			}
		}
	}
	// 39만 5천원보다 7만 8천원(+19.7%), … 11만 9천원(+33.6%) 증가한: the
	// first of two compared changes, with the verb written once.
	if (a.tail == "" || a.tail == ",") && j+1 < len(r.amts) && r.compared(a) {
		k := j + 1
		for k+1 < len(r.amts) && r.inBrackets(r.amts[k]) {
			k++ // 2010년 조사 결과(35만4천원)와 비교해서는 11만 9천원: past the base in brackets
		}
		b := r.amts[k]
		if b.gloss < 0 && b.first-a.last <= 8 && r.compared(b) && changeTail(b.tail) && b.after < n && isChangeWord(r.words[b.after].raw) {
			return true
		}
	}
	return false
}

// compared reports whether a comparison (…보다, 대비, 비교해) stands just
// before amount a: 2011년 같은 조사 결과(39만 5천원)보다 7만 8천원.
func (r *reading) compared(a amount) bool {
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		w := r.words[i]
		if w.part == "보다" || strings.HasSuffix(w.raw, "보다") || strings.HasPrefix(w.raw, "대비") || strings.HasPrefix(w.raw, "비교해") {
			return true
		}
	}
	return false
}

// changeTail reports whether the particle after an amount lets a verb of
// change after it take the amount as its measure.
func changeTail(t string) bool {
	switch t {
	case "", "이", "가", "을", "를", "씩", "이나", "나", "도", "만", "가량", "정도", "넘게", "이상", "가까이", "남짓", "안팎", ",":
		return true
	}
	return false
}

// comparesNothing reports whether a word of more or less after the
// amount (많은, 적은, 높은, 낮은) says no change: these make a change
// only with a comparison (전년보다, 대비) before the amount.
func comparesNothing(r *reading, a amount, next string) bool {
	for _, p := range []string{"높이", "높여", "높였", "낮추", "낮춰", "낮췄", "높아지", "높아져", "높아졌", "높아진", "낮아지", "낮아져", "낮아졌", "낮아진", "많아지", "많아져", "많아졌", "많아진", "적어지", "적어져", "적어졌", "적어진"} {
		if strings.HasPrefix(next, p) {
			return false // 국방 예산을 500억 달러 높여 잡았다, 적자도 2억 달러 낮아졌다: raised or lowered by it
		}
	}
	for _, p := range []string{"많", "적", "높", "낮", "모자라", "부족", "싸", "비싸", "저렴"} {
		if strings.HasPrefix(next, p) {
			for i := r.clauseStart(a.first); i < a.first; i++ {
				w := r.words[i]
				if w.part == "보다" || w.raw == "대비" || strings.HasSuffix(w.raw, "대비") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// unglossed returns the word w without a gloss in brackets at its end:
// 1킬로와트(KWh) → 1킬로와트, so that 1킬로와트(KWh) 당 is a unit's rate.
func unglossed(w string) string {
	if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") {
		return w[:j]
	}
	return w
}

// nounRate reports whether word i is a noun glued to 당 that makes the
// amount right after it a rate per that noun (경기당, 검색어당, 회당), as
// rateWord does for the units it knows: not a word that only ends in 당
// (해당, 상당, 식당) nor a party (민주당, 새누리당), though the names of
// organisations count a word ending in 당 as a party.
func (r *reading) nounRate(i int) bool {
	w := r.words[i]
	if w.part != "" || !strings.HasSuffix(w.raw, "당") || w.raw == "당" || orgNames[w.raw] || notRateDang[w.raw] {
		return false
	}
	return utf8.RuneCountInString(w.raw) <= 4
}

// notRateDang are words that end in 당 and make no rate; 일당 (a day's
// pay) is per a time, which per says.
var notRateDang = setOf("해당", "상당", "식당", "정당", "여당", "야당", "당당", "부당", "타당", "적당", "담당", "본당",
	"성당", "사당", "강당", "서당", "경당", "전당", "신당", "창당", "탈당", "입당", "복당", "합당", "분당", "외당",
	"과당", "포도당", "혈당", "일당", "새누리당", "한나라당", "자유한국당", "미래통합당", "열린우리당", "바른정당",
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

// notUnitNouns are nouns that 한 … 에 makes no unit of: times and turns.
var notUnitNouns = setOf("해", "달", "주", "날", "번", "차례", "때", "자리", "곳", "순간", "꺼번", "시간", "주일", "시기",
	"쪽", "편", "켠", "가운데", "번째", "해외")

// bracketNoun returns the noun amount a stands in brackets right after,
// glued to it (차이(31원)가 → 차이).
func (r *reading) bracketNoun(a amount) (string, bool) {
	w := r.words[a.first]
	if a.start <= w.start || !strings.HasSuffix(r.text[w.start:a.start], "(") {
		return "", false
	}
	n := r.text[w.start : a.start-1]
	if c, _ := utf8.DecodeRuneInString(n); !isHangul(c) || strings.ContainsAny(n, "()%") {
		return "", false // 7.5%(1천288만원): a percent glossed, no noun
	}
	return n, true
}

// afterPercent reports whether amount a stands in brackets right after a
// percentage (7.5%(1천288만원)): the same change, in won.
func (r *reading) afterPercent(a amount) bool {
	pre := r.text[:a.start]
	return strings.HasSuffix(pre, "%(") || strings.HasSuffix(pre, "% (")
}

// supposes reports whether w is a verb of supposing that opens a
// hypothesis (가정하면, 가정하고, 가정할 경우, 가정해): what follows it, and
// what it supposes, is a hypothetical. 가정한 and 가정하는 modify a noun
// (1,300원을 가정한 예산안: the budget is real), and 가정 the noun (a
// household: 가정에, 가정의) takes a particle.
func supposes(w word) bool {
	for _, p := range supposeWords {
		if strings.HasPrefix(w.raw, p) {
			return true
		}
	}
	return false
}

// neverDone reports whether amount a stands in a deed the sentence says
// was never done (1천만 달러 넘게 소비한 적은 없습니다): the amount is a
// bound not reached, no amount that exists.
func (r *reading) neverDone(a amount) bool {
	for i := a.after; i+1 < len(r.words) && i <= a.after+4; i++ {
		w := r.words[i]
		if (w.raw == "적은" || w.raw == "적이" || w.raw == "적도") && i > a.after && isAdnominal(r.words[i-1]) && strings.HasPrefix(r.words[i+1].raw, "없") {
			return true
		}
		if w.ends {
			return false
		}
	}
	return false
}

// couldHaveBeen reports whether amount a stands after a condition (…
// 않을 경우, …하면) in a sentence that ends in what could have happened
// (-ㄹ 수 있었다): 형량 조정이 이뤄지지 않을 경우 … 수백만 달러에 이르는
// 추징금이 선고될 수 있었습니다, a counterfactual.
func (r *reading) couldHaveBeen(a amount) bool {
	n := len(r.words)
	if n < 2 || !strings.HasPrefix(r.words[n-1].raw, "있었") || r.words[n-2].raw != "수" {
		return false
	}
	for i := a.first - 1; i >= 0; i-- {
		w := r.words[i]
		if w.raw == "경우" || w.raw == "경우에는" || w.verb && w.ends && strings.HasSuffix(w.raw, "면") {
			return true
		}
		if w.ends && w.comma && !strings.HasSuffix(w.raw, "면") {
			return false
		}
	}
	return false
}

// supposedWhen reports whether the 때 at word i closes a deed supposed in
// the future (앞으로 네 차례 했을 때): the amounts after it are
// hypothetical.
func (r *reading) supposedWhen(i int) bool {
	if i < 1 || !strings.HasSuffix(r.words[i-1].raw, "을") || !r.words[i-1].verb && !strings.HasSuffix(r.words[i-1].raw, "했을") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if r.words[k].raw == "앞으로" {
			return true
		}
		if r.words[k].ends {
			break
		}
	}
	return false
}

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

// classByDeed reports whether amount a, with a bound, is what a clause
// says of a person or a class it modifies (대출금을 2천만원 이상 조기 상환한
// 집주인, 연간 종합소득 2천만원 이상을 버는 피부양자): a class of them.
func (r *reading) classByDeed(a amount) bool {
	if a.tail != "" && a.tail != "을" && a.tail != "를" {
		return false
	}
	for i := a.after; i < len(r.words) && i <= a.after+2; i++ {
		w := r.words[i]
		// 버는, 사는: a verb of one syllable with -는 the word cutter
		// reads as a noun and a particle.
		short := (w.part == "는" || w.part == "은") && utf8.RuneCountInString(w.stem) == 1
		if (isAdnominal(w) || short) && i+1 < len(r.words) {
			n := r.words[i+1]
			people := isPerson(n.stem) || isPerson(n.raw) || classNouns[n.stem] || personLike(n.stem) || endsInClassNoun(n.stem)
			targeted := (n.part == "을" || n.part == "를") && i+2 < len(r.words) && strings.HasPrefix(r.words[i+2].raw, "대상")
			return people && (r.counted(i+1) || targeted) // not 6억 달러 이상을 탈취한 해커들은: who did it; 중소기업을 대상으로: a class targeted
		}
		if w.comma || w.part != "" {
			return false
		}
	}
	return false
}

// personLike reports whether noun n, of three syllables or more, ends in
// 자 as nouns of people do (피부양자, 소득자, 연구자).
func personLike(n string) bool {
	return strings.HasSuffix(n, "자") && utf8.RuneCountInString(n) >= 3
}

// bracketListRate reports whether amount a, the j-th, stands in brackets
// after a noun of a list whose item before it, in brackets after its own
// noun, is a rate (국민건강증진기금(1갑 기준 354원)과 … 담배소비세(641원),
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
		if w := r.words[i]; w.verb && !isAdnominal(w) && !r.negatedAt(i) {
			return true // not 지불하지 않을 경우: one verb, negated
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
