package facts

import (
	"strings"
	"unicode/utf8"
)

// The rules of other: thresholds, conditions, suppositions, deeds never
// done and classes an amount sorts things into.

// thresholdNouns are nouns before an amount that make it a threshold:
// 기준 금액 10억 원.
var thresholdNouns = setOf("기준", "기준금액", "문턱", "커트라인", "하한선", "상한선", "기준선", "과세기준", "과세표준")

// boundQuals are the qualifiers that bound an amount; with a particle of
// a condition after them they make it a threshold (5만 원 이상은).
var boundQuals = setOf("이상", "이하", "미만", "초과")

// thresholdTails are the particles after a bound that make a condition.
var thresholdTails = setOf("은", "는", "이면", "면", "일", "이라면", "이어야", "부터", "만", "이면서", "일때", "일 경우", "에서는")

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
			if h := r.headAfter(a); h >= 0 && !genericHeads[r.words[h].stem] && !changeOfNouns[r.words[h].stem] && (a.tail == "인" || classNouns[r.words[h].stem] || strings.HasSuffix(r.words[h].stem, "층") || a.tail == "" && classParts[r.words[h].part] || r.sortedHead(h) || h > a.after && r.words[a.after].noun && r.sortedHead(a.after)) {
				// 1조 원 이상 기업, 3천만 원 미만인 가구, 연봉 6천600만원 이상인
				// 미혼 직장인, 3000만원 이하 소액대출은; not 5천만 달러 이상인
				// 것으로 추정된다, an amount said.
				return true
			}
		}
		if r.priceTier(a) {
			return true // 9억원 이하 중저가 밀집 지역: the line of a price tier
		}
		if r.livesOn(a, q) {
			return true // 인구의 39%가 하루 1달러 35센트 미만으로 살아가고: the line a class lives below
		}
		if r.classByDeed(a) {
			return true // 대출금을 2천만원 … 조기 상환한 집주인, 2천만원 이상을 … 피부양자
		}
		if r.scaleStep(a) {
			return true // 자본금 10조원 초과, 1조원 초과 40조원 이하 등의 다섯 단계: the steps of a scale
		}
		if r.mustReach(a) {
			return true // 바우처를 전년도 1천500만원 … 써야 사용할 수 있도록: a condition that must be met
		}
	}
	if r.askedCan(a) || r.deniedAmount(a) || r.concessiveChange(a) || r.supposedSentence() || r.paidIf(a) || r.chainSupposed(a) {
		return true // 10억원을 벌 수 있을까 ?, 몇 천만 원이 아니다, 5천 원만 내려가도
	}
	if r.boundClass(a) || r.excessPart(a) || r.boundVerbClass(a) || r.limitedTo(a) {
		return true // 3억 원 이하 소상공인에게, 10억 원 미만의 영세 사업자: a class the bound sorts; 10억 원 초과분에
	}
	if r.minimumFrom(a) {
		return true // 최소 10만원부터 가입할 수 있다: the least a rule starts from
	}
	if r.bracketRange(a) || r.rangeClass(a) {
		return true // 중소 가맹점(연 매출 5억~30억원): the class the bracket bounds
	}
	if r.limitPassed(a) {
		return true // 기부 한도액인 500만원을 초과해: a limit passed (R3)
	}
	if r.classByAttribute(a) || r.bareAttributeClass(a) || r.boundTarget(a) || r.boundInClassClause(a) {
		return true // 자산이 1조원이 넘는 억만장자, 월 사용료가 최저 7달러인 유료 계정; 자산 2조원이 넘는 비금융회사
	}
	if r.surveyAnswer(a) {
		return true // 1천332명이 … 300만~600만원이라고 답했다: a bracket respondents fall in
	}
	if r.bandClass(a) {
		return true // 1200원대 주유소: the band a class of sellers is sorted by
	}
	if r.namedByAmount(a) {
		return true // 5만4,000원 요금제, '… 5억원 일당 금지법' (R13): a name
	}
	if r.bracketOther(a) {
		return true // 5천800만원 이하 구간의 근로자들, 3천만원대 초반 이하의 … 근로소득자는
	}
	if a.before >= 0 {
		b := r.words[a.before]
		if isThresholdNoun(b.stem) && !r.asOf(a.before) && !strings.HasPrefix(b.part, "보다") {
			return true
		}
		if b.raw == "금액" && a.before >= 1 && thresholdNouns[r.words[a.before-1].raw] {
			return true
		}
	}
	// 세 부담 기준선을 기존 3천750만원에서 5천500만원선으로: what a threshold
	// is, though words stand between.
	if m, _ := r.measuredSpan(a); m >= 0 && m != a.before && isThresholdNoun(r.words[m].stem) && r.words[m].stem != "기준" {
		return true
	}
	// 환율이 1달러당 4000원이라고 가정하고: the amount supposed.
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
	// 수익은 20억 … 안팎으로 알파고를 이기면 …, 총사업비는 1천161억 규모로 …
	// 지정될 경우), nor one a comma closes before a condition with its own
	// object (누적 적자액은 113억 달러, 범위를 지난 30년으로 넓히면 …).
	if ce := r.clauseEnd(a.last); ce < len(r.words) && r.conditionalAt(ce) && ce > a.last && !((r.topicIs(a) || r.words[a.last].comma) && r.ownArguments(a.after, ce)) && !r.verbBetween(a.after, ce) && !r.statutoryMax(a) && !r.recalled(a, ce) && !r.habitualIf(ce) {
		return true
	}
	if r.neverDone(a) || r.couldHaveBeen(a) || r.couldBe(a) || r.outcomeOfCase(a) || r.possibleDeed(a) || r.notChosen(a) || r.startsFrom(a) {
		return true // 1천만 달러 넘게 소비한 적은 없습니다; … 않을 경우 … 추징금이 선고될 수 있었습니다
	}
	// After a counterfactual: 878억원이라면 … 1,000만 원 가까이; 만약 … 경우.
	// Not an amount an order or a claim provides for the case (R1).
	if r.orderedAmount(a) {
		return false
	}
	own := r.clauseStart(a.first)
	for i := a.first - 1; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if suppositionClosed(w) {
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

// sortedHead reports whether the noun at word h, after a bound amount, is
// a class of deals, goods or crimes the bound sorts (1회 10만달러 이상의
// 고액거래, 200달러 이하 물건에, 5억원 이상의 뇌물수수죄에 …): a
// compound ending in a noun of a class, goods, or a crime (…죄); not the
// object of a deed, which is an amount done.
func (r *reading) sortedHead(h int) bool {
	n := r.words[h].stem
	if p := r.words[h].part; p == "을" || p == "를" {
		return false // 3천220억 달러어치 이상 규모의 제품을 수출했다: goods done, no class
	}
	return endsInClassNoun(n) || goodsClassNouns[n] || strings.HasSuffix(n, "죄") && len([]rune(n)) >= 3
}

// goodsClassNouns are nouns of goods that a bound before them sorts by
// price (200달러 이하 물건): a class, as 상품 is.
var goodsClassNouns = setOf("물건", "제품", "품목", "물품")

// pastIf reports whether w is a condition in the past tense: 였다면,
// 했다면.
func pastIf(w string) bool {
	return hasAnySuffix(w, []string{"였다면", "었다면", "았다면", "했다면", "됐다면"})
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
		if (w.raw == "경우" || w.raw == "경우에는") && !r.topicCase(i) || w.verb && w.ends && strings.HasSuffix(w.raw, "면") && !clauseNouns[w.raw] {
			return true // not 반면, a noun of contrast
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

// classByDeed reports whether amount a, with a bound, is what a clause
// says of a person or a class it modifies (대출금을 5천만원 이상 조기 상환한
// 집주인, 연간 종합소득 2천만원 … 버는 피부양자): a class of them.
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
			return people && (r.counted(i+1) || targeted) || r.countedByPredicate(i+1) || genericPersons[n.stem] // not 6억 달러 이상을 탈취한 해커들은: who did it; 중소기업을 대상으로: a class targeted
		}
		if i == a.after && a.tail == "" && r.boundObject(i) {
			continue // 1000원 이상 회비를 낸 회원: the bound measures the object
		}
		if w.comma || w.part != "" {
			return false
		}
	}
	return false
}

// livesOn reports whether amount a, bounded by q, is the line a class of
// people lives below or above: a bound of 미만 or 이하 (이상, 초과) with 으로
// or 로 before a verb of living (인구의 39%가 하루 1달러 미만으로 살아가고,
// 2달러 이하로 생활하는). A sum that lives on as a whole (100만원으로
// 살아가는) has no bound and stays a level.
func (r *reading) livesOn(a amount, q string) bool {
	if a.tail != "으로" && a.tail != "로" || a.after >= len(r.words) {
		return false
	}
	return q != "" && hasAnyPrefix(r.words[a.after].raw, livingVerbs)
}

// livingVerbs are the stems of the verbs of living on an amount: 살아가다,
// 살다, 생활하다, 연명하다, 버티다.
var livingVerbs = []string{"살아가", "살아", "살고", "사는", "살며", "산다", "생활하", "생활해", "연명하", "연명해", "버티"}
