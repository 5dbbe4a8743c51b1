package facts

import (
	"strings"
)

// purpose finds what amount a, the j-th of the sentence, is for or
// measures (docs/meaning.md "purpose"), in this order: the noun the
// amount modifies (… 원 규모의 X, … 원 X); the noun before it that it
// measures (예산 10조 원), or the one a bracket after a noun glosses
// (처분가능소득(84만7천39원)); the X of X에 … 원을 투입 and of X로 쓰인다;
// the X of X 비용으로 … 원; the object and verb the amount pays for (…
// 원을 들여 X을 임차); the X that its verb modifies (… 원을 지원하는 X);
// the X of … 원을 X에 쓴다; the noun it is said of (월 2,500원인 TV
// 수신료); the purpose of its list or of the value before it of the same
// quantity; the topic that is spent on, sold or priced (이산가족 면회소는
// … 550억 원이 투입돼); for a sentence that points back, what the
// sentence before says is done. A noun that says only that it is money
// (돈, 금액, 액수) is no purpose alone.
func (r *reading) purpose(a amount, j int) string {
	r.forPurpose = true
	r.memo.ok = false // the noun measured is read again with the purpose's phrase (withoutAreaPer)
	defer func() { r.forPurpose, r.memo.ok = false, false }()
	r.purposePath = ""
	p := r.purposeOf(a, j)
	if p == "" {
		p = r.via("exceeded:object", r.exceededObject(a)) // A값을 200만 원 초과하지 않으면 (purpose_exceeded.go)
	}
	if p == "" {
		p = r.via("list:sharedOf", r.sharedOfHead(a, j)) // A 시 최대 300만 원, B 시 최대 50만 원의 보상 혜택 (purpose_sharedof.go)
	}
	if p == "" {
		p = r.via("measured:boundSubject", r.boundSubject(a)) // 잔고가 10만원 미만인 고객 (purpose_boundsubject.go)
	}
	if (strings.HasPrefix(r.purposePath, "list:") || r.purposePath == "measured:span" && r.measuredInItem(a, j)) && r.listTotal(a) {
		p = r.via("list:total", "") // … 퇴직금 2억원 등 총 10억원: the sum of the list, no item's (list_total.go)
	}
	if q := r.otherConjunct(p, j); q != "" {
		p = r.via("list:conjunct", q) // 3000만원의 월급과 대여금 5억원: the conjunct no earlier amount sizes (list_total.go)
	}
	if m, _, ok := r.bracketMeasure(a); ok {
		p = r.via("list:bracketMeasure", m) // 영세 가맹점(연 매출 3억원 이하): the measure the bracket writes (list_gloss.go)
	}
	if l := r.itemLabel(a); l != "" {
		p = r.via("list:label", l) // 준비비 명목으로 200만원, 홍보용으로 500만원: each item's own label (list_label.go)
	}
	if it, _, ok := r.bracketItem(a); ok {
		p = r.via("list:bracketItem", it) // 예금(2억원), 토지(5억원) 등: the name the bracket glosses (list_bracket.go)
	}
	if t := r.dealtThing(a); t != "" {
		p = r.via("traded:subject", t) // … 전용 84㎡는 지난달 9억원에 거래됐다: the thing traded (purpose_dealt.go)
	}
	if r.closingSubject(a) >= 0 {
		p = r.via("closing:company", "") // '에스티큐브'가 … 6,140원에 거래를 마감: no purpose written (6a; closing_price.go)
	}
	if x := r.forMoneyHead(a, p); x != "" {
		p = r.via("for:moneyHead", x) // 동맹을 지원하기 위한 48억 달러의 예산: what the budget is for (P5)
	}
	if rest, ok := strings.CutSuffix(p, " 등"); ok && rest != "" && !quotedEnd(r.text, p) {
		p = rest // 반품배송비, 관세 등: the list goes on and names nothing more (P4)
	}
	return extentTrimmed(r.withSame(r.withoutPointedOwner(withoutAreaPer(withoutAddress(cleanPurpose(dropCount(withoutInnerUnit(withoutDeedOn(r.withoutSplit(p, a))))))))))
}

// deedsOn are nouns of deeds that act on a thing an amount sizes without
// being sized by the money: passing, approving, signing, launching,
// keeping, imposing, disposing of it, speaking of it (docs/meaning.md E2).
// A deed that gives, spends, sells, buys or invests the money (지원,
// 판매, 투자) is what the amount sizes, and is not one of them.
var deedsOn = []string{"통과", "승인", "가결", "의결", "서명", "출범", "이행", "부과", "처분", "발언", "편성"}

// withoutDeedOn drops a trailing noun of deedsOn from the purpose p when
// words before it name what the deed acts on: 2013년 예산안 통과 →
// 2013년 예산안, 기후 재정 약속 이행 → 기후 재정 약속, 장물의 처분 → 장물.
func withoutDeedOn(p string) string {
	for _, d := range deedsOn {
		if q, ok := strings.CutSuffix(p, " "+d); ok && q != "" {
			return strings.TrimSuffix(q, "의")
		}
	}
	return p
}

// quotedEnd reports whether phrase p stands in text right before a closing
// quotation mark: ‘알루미늄 연선∙케이블 등’ is a name that holds its 등.
func quotedEnd(text, p string) bool {
	for i := strings.Index(text, p); i >= 0; {
		if rest := text[i+len(p):]; rest != "" && strings.ContainsAny(rest[:min(len(rest), 3)], "’'”\"") {
			return true
		}
		j := strings.Index(text[i+1:], p)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// dropCount drops a quantity that opens or closes the purpose p (123만 개의
// 마스크 수출 → 마스크 수출, 필로폰 1그램 → 필로폰): the amount is the worth
// of the goods, and their number is no part of what they are; a quantity
// inside the phrase stays (GPU 2,600장분 임차).
func dropCount(p string) string {
	if q := countLeadRE.ReplaceAllString(p, ""); q != "" {
		p = q
	}
	if q := countTailRE.ReplaceAllString(p, ""); q != "" {
		p = q
	}
	if q := occasionsLeadRE.ReplaceAllString(p, ""); q != "" {
		p = q // 세 차례 성관계 대가: how often, no part of what for
	}
	return p
}

// via records that the rule named path built purpose p, when p is not
// empty, and returns p: the rule paths are measured by the tests
// (purpose_paths_test.go), never written out.
func (r *reading) via(path, p string) string {
	if p != "" {
		r.purposePath = path
	}
	return p
}

// purposeOf is purpose, before a quantity is dropped.
func (r *reading) purposeOf(a amount, j int) string {
	if p := r.followerValue(a, j); p != "" {
		return r.via("rank:follower", p) // 박 군수가 25억원으로 뒤를 이었다: the one ranked is no purpose
	}
	if p := r.suitClaim(a); p != "" {
		return r.via("deed:suit", p) // 손해배상 소송에서 "800만원을 지급하라": the suit's claim (P7)
	}
	if b := a.before; b >= 0 && b == a.first-1 && genericMoney[r.words[b].raw] && (a.tail == "과" || a.tail == "와" || b > 0 && (r.words[b-1].part == "과" || r.words[b-1].part == "와")) {
		// 현금 1억5천여만원과 … 선물을 받고, 식료품과 현금 10만원
		// 가량을 훔쳐: the amount is the cash, an item of a list of what
		// was taken or given, and cash says only that it is money; the
		// goods beside it are not what it is for. (현금 1만6500원을
		// 치킨값으로 받았다 still says what it was paid as.)
		return ""
	}
	p := withoutAmount(cleanPurpose(r.ownPurpose(a, j)))
	if p == "" && a.kin < 0 && r.tradedBare(a) {
		// 2천만 달러어치를 수출했다: no goods named, no purpose (P2); an
		// item of a list of the goods' amounts (… 비료를 수입했고, 2018년 약
		// 2천 847만 달러어치를) still takes them.
		return ""
	}
	if genericCosts[lastWord(p)] {
		// 신축 사업에 총 878억 원의 사업비를 편성했다; 전차 정비비로 …
		// 원의 예산이: the thing it is spent on says more. But what it is
		// for (에볼라 대응을 위해 8천800만 달러의 추가 예산, 동맹을 지원하기
		// 위한 48억 달러의 예산) does not outrank the noun the amount sizes
		// (docs/meaning.md "purpose", rule 1).
		if t := r.spentOn(a, lastWord(p)); t != "" {
			p = r.via("target:spentOn", t)
		}
	}
	if genericMeasure[p] || genericMeasure[lastWord(p)] && !r.modifiedMeasure(p) {
		if r.thisIs() && r.prevPurpose != "" {
			return r.via("ref:this", noAmount(r.prevPurpose)) // 이는 2011년 같은 조사 결과(39만 5천원)보다
		}
		if t := r.thingTopic(); t >= 0 && t < a.first && !r.words[t].money {
			p = r.via("measured:thingTopic", r.phrase(r.phraseStart(t, 0), t)) // 직원 1인당 상여금은 대기업 평균이 100만원
		}
	}
	if p == "" && a.kin >= 0 {
		p = r.via("list:kin", r.kinPurpose(j))
	}
	if p == "" {
		p = r.via("measured:topicThing", r.topicThing(a))
	}
	if cs := r.clauseStart(a.first); p == "" && !r.hasSubject(cs, a.first) {
		// 2019년 북중 교역액은 27억 달러였으며, 2016년에는 56억 달러에
		// 달했습니다: a clause with no subject goes on with the one before;
		// an amount that could be goes on with one that could be too (…를
		// 사용하면 인쇄 비용으로 1억 달러를 아낄 수 있으며, 만일 … 동참하면
		// 2억 달러를 절감할 수 있다). An amount marked 이 or 가 is
		// itself its clause's subject (…을 투입했으며, 내년에는 3억 달러가
		// 더 필요할): the clause has one, and goes on with nothing.
		if j > 0 && a.tail != "이" && a.tail != "가" && r.amts[j-1].gloss < 0 && r.amts[j-1].last < cs && r.got[j-1].purpose != "" && (r.got[j-1].role != RoleOther || r.couldBe(r.amts[j-1]) && r.couldBe(a)) {
			p = r.via("list:prev", r.got[j-1].purpose)
		} else if t := r.thingTopic(); t >= 0 && t < a.first {
			p = r.via("measured:thingTopic", r.phrase(r.phraseStart(t, 0), t)) // 북중 교역액은 … 급감했고
		}
	}
	if p == "" {
		// 빌려간 차관은 … 원금과 연체이자를 모두 합쳐 1조 원 규모입니다;
		// 대중 수입액이 … 기록해 전달의 1억 달러보다는: the noun the
		// amount is said of, the subject of its clause or of the clause
		// its comparison belongs to.
		if k := r.predicatedOf(a, r.isChange(a, j)); k >= 0 {
			p = r.via("measured:predicated", r.phrase(r.phraseStart(k, 0), k))
		}
	}
	if genericMoney[strings.TrimPrefix(p, "총 ")] {
		p = "" // 금액은 …, 총 금액은 …: money alone says nothing of what for
	}
	if p == "" {
		p = r.via("for:through", r.through(a)) // ‘북한자유장학금’ 프로그램을 통해 … 달러를 지급했다
	}
	if p == "" {
		p = r.via("rank:value", r.rankValue(a)) // 30억원을 신고해 재산이 … 많았고
	}
	if p == "" {
		p = r.via("measured:figure", r.figureTopic(a)) // 북한의 적자액은 … 각각 4억 달러와 2억 달러를 기록하며
	}
	if p == "" {
		p = r.via("measured:item", r.itemMeasure(a)) // 1인당 GPD는 인도가 250 달러 수준이지만 영국은 4만 7천 달러로
	}
	if p == "" {
		p = r.via("measured:givenAs", r.givenAs(a)) // 목표주가로는 18만원을 내놓았다 (purpose_compared.go)
	}
	if p == "" {
		p = r.via("measured:reached", r.reachedTopic(a)) // 주가는 잠시 3만 9천 원까지 올랐다; 외환준비고가 … 10억 달러 수준까지 떨어진
	}
	if p == "" {
		p = r.via("measured:overtaken", r.overtaken(a, j)) // 영국의 GDP는 3조 달러로 인도의 2조 9천억 달러를 앞섰다
	}
	if p == "" {
		p = r.via("head:clause", cleanPurpose(r.clauseHead(a))) // 매달 40만원씩 지급되는 수급비
	}
	if p == "" {
		p = r.via("head:degree", cleanPurpose(r.degreeHead(a))) // 8900만원 높은 가격이다 (purpose_degree.go)
	}
	if p == "" {
		p = r.via("measured:whole", r.partOfWhole(a)) // 추가 지원금 가운데 6억 달러는: the whole, when nothing else says
	}
	if p == "" && r.back && r.carriesAgent() {
		if r.movedOnly(a) {
			return "" // 이들 기업은 … 5천만 달러를 북한으로 송금했다: P5, no purpose
		}
		if (r.thisIs() || r.partOf()) && r.prevPurpose != "" {
			return r.via("ref:part", noAmount(r.prevPurpose)) // 이 중에 … 2천억 달러: a part of what the sentence before sized
		}
		return r.via("ref:deed", noAmount(deedOf(r.before())))
	}
	return p
}

// ownPurpose is what the words around amount a say it is for, or "".
func (r *reading) ownPurpose(a amount, j int) string {
	n := len(r.words)
	generic := ""
	keep := func(p string) string {
		if genericMoney[p] {
			generic = p
			return ""
		}
		return p
	}
	// 자산이 1조원이 넘는 억만장자: the attribute the class is sorted by.
	if r.classByAttribute(a) {
		if m, ms := r.measuredSpan(a); m >= 0 {
			return r.via("measured:attribute", r.phrase(ms, m))
		}
	}
	// 일당 5만 원: a noun of pay per period is a purpose (P7), though it
	// gives per too.
	if p := r.payPerPeriod(a); p != "" {
		return r.via("measured:payPerPeriod", p)
	}
	// 영화표와 팝콘을 사고 … 구하는 데 드는 50달러: the deed's objects (P7).
	if p := r.deedCost(a); p != "" {
		return r.via("object:deedCost", p)
	}
	// 7000만원(원금 300만 원): the noun the bracket opens with.
	if b := a.before; b >= 0 && b == a.first-1 {
		if raw := r.words[b].raw; strings.Count(raw, "(") == 1 && !strings.Contains(raw, ")") {
			if in := raw[strings.IndexByte(raw, '(')+1:]; in != "" && isHangulWord(in) && !isAmountWord(in) && !isPreQualifier(in) && !glossWords[in] && !determiners[in] && !priceCondition(in) {
				if st, _ := cutParticle(in); !genericMoney[st] && !isActor(st) {
					return r.via("measured:bracketOpen", st)
				}
			}
		}
	}
	if p := r.bracketLead(a); p != "" {
		return r.via("measured:bracketLead", p) // 가맹점(연 매출 5억~30억원) (purpose_bracketlead.go)
	}
	// 중국산 제품 2천억 달러어치에 대한 관세: the goods the amount is the
	// worth of, before what it sizes.
	if r.worth(a) {
		if p := r.goodsOf(a); p != "" {
			return r.via("goods:worth", p)
		}
	}
	// 59만 달러에 대한 몰수 명령; 70억 달러가 넘는 가상화폐 세탁: the noun
	// the amount concerns or sizes.
	if k := r.sizedHead(a); k >= 0 {
		if p := keep(r.phraseRight(k)); p != "" {
			return r.via("head:sized", p)
		}
	}
	// 벌금 70만원의 선고, 벌금 50만원 약식명령: the penalty, not the order.
	if p := r.penaltyOrdered(a); p != "" {
		return r.via("measured:penalty", p)
	}
	// … 원 규모의 X, … 원의 X, … 원짜리 X, … 원 상당의 X.
	// But 저가담배(인상 전 5천원)의 소매점 마진율: the 의 after a bracket is
	// the noun's before it, not the amount's.
	before := r.text[:a.start]
	closes := strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')') && strings.HasPrefix(r.text[a.end:], ")")
	if (a.tail == "의" || a.tail == "짜리" || a.tail == "짜리의" || a.tail == "어치의" || a.tail == "짜리인") && !r.ratioAt(a.after) && !closes && !r.boundsClass(a, a.after) && !(a.tail == "의" && r.appositionItem(a, j)) {
		if p := keep(r.phraseRight(a.after)); p != "" {
			return r.via("head:of", p)
		}
	}
	if p := r.bracketed(a); p != "" {
		if h := r.sharedHead(a); h != "" && !strings.HasSuffix(p, " "+h) {
			p += " " + h // 톡비즈(1338억원)와 포털비즈(1310억원) 매출 (purpose_sharedhead.go)
		}
		return r.via("said:bracketed", keep(p))
	}
	// 유류 제품 26만 리터, 약 29만 달러 어치를; 1억 달러어치, 1천959t의
	// 인모를: the goods an amount is the worth of.
	if p := r.goodsOf(a); p != "" {
		return r.via("goods:of", p)
	}
	if p := r.tradedGoods(a); p != "" {
		return r.via("object:tradedGoods", p) // 7천800만원에 산 포르셰 카이엔 차량: the price of the goods
	}
	if p := r.tradedObject(a); p != "" {
		return r.via("object:traded", p) // X를 도굴해 단돈 500만원에 처분했다; 13만원을 받고 X를 한
	}
	// 95조 원으로 방위비를 늘리게: the new level of what its verb changes;
	// 300만원에서 330만원으로 … 늘어난다: of the subject it
	// changes, for the old level too.
	if to := r.resultAt(a, j); to >= 0 && to+1 < n {
		h := to
		for h+2 < n && h < to+2 && r.words[h].noun && r.words[h].part == "" && !r.words[h].comma && !r.words[h].money && r.words[h+1].noun {
			h++ // 1천억 달러까지 교역 규모를 늘린다: the head past its modifiers
		}
		w := r.words[h]
		changes := isChangeWord(r.words[h+1].raw) || isCutWord(r.words[h+1].raw)
		if (w.part == "을" || w.part == "를" || (w.part == "이" || w.part == "가") && !w.actor) && w.noun && !w.time && changes {
			return r.via("object:changed", r.phrase(r.phraseStart(h, to), h))
		}
	}
	// 5000만 원 한도의 책임 보험, 5천만원 수준의 연봉: the noun past a
	// measure that links the amount to it.
	if a.tail == "" && a.after+1 < n && (r.words[a.after].raw == "한도의" || r.words[a.after].raw == "수준의" || r.words[a.after].raw == "정도의") {
		if p := keep(r.phraseRight(a.after + 1)); p != "" {
			return r.via("head:measureOf", p)
		}
	}
	// 5천500만∼7천만원 구간에서도: a step of the scale an earlier amount measures.
	if p := r.scaleMeasure(a, j); p != "" {
		return r.via("measured:scale", p)
	}
	// 600억 달러 지원, 220억 달러 신규 투자: a noun right after it.
	glossed := strings.HasSuffix(strings.TrimSpace(r.written(a.after-1)), ")") && !strings.HasSuffix(r.text[:a.start], "(") // 180억 호주 달러(미화 120억 달러) 투자
	// 3억 달러나 적자가 났다: 나 (as much as) leaves the noun after it
	// the amount's, when that noun is the subject or object of its verb.
	emph := (a.tail == "나" || a.tail == "이나") && a.after < n && (r.words[a.after].part == "이" || r.words[a.after].part == "가" || r.words[a.after].part == "을" || r.words[a.after].part == "를")
	if (a.tail == "" || emph) && a.after < n && a.after > a.last && (!r.words[a.after-1].comma || glossed) {
		w := r.words[a.after]
		if adjectives[w.raw] && a.after+1 < n {
			w = r.words[a.after+1] // 800억대 새로운 건축물
		}
		// 우크라이나 추가 군수 지원 패키지: a country or a place that
		// modifies the noun after it is part of the phrase.
		modifier := (w.actor && countries[w.stem] || places[w.stem]) && w.part == "" && !w.comma && a.after+1 < n && r.words[a.after+1].noun && !r.words[a.after+1].actor
		// 30원 상승, 350원 상승: a change noun the amount measures, ending
		// its clause, is what happens to it (role change), no purpose;
		// one that modifies a noun (5억 달러 인상 발언) still is.
		movePredicate := isChangeWord(w.stem) && w.part == "" && (w.comma || a.after+1 >= n || !r.words[a.after+1].noun)
		// 3만달러 진입이 늦어진다, 900원선 붕괴는, 2만원 증가에 그치는: a
		// change or a level crossed, with its case, is what happens to the
		// measure the amount sizes, not what the amount is for.
		levelEvent := levelEvents[w.stem] && w.part != "" && w.part != "의"
		if w.noun && !w.time && !movePredicate && !levelEvent && !receiverParts[w.part] && (!w.actor || modifier) && !r.boundsClass(a, a.after) && !stopNouns[w.stem] && !boundNouns[w.stem] && !determiners[w.raw] && (!places[w.stem] || modifier) && !w.comma && (!w.open || w.quoteOpen) && !genericHeads[w.stem] &&
			!strings.HasPrefix(w.raw, "클럽") && !r.namedBefore(a) && !strings.Contains(w.raw, ")") {
			if p := keep(r.phraseRight(a.after)); p != "" {
				return r.via("head:after", r.regarding(a)+p)
			}
		}
	}
	// 공중보건 인프라 강화 등을 위한 280억 달러; 기후변화 회복 관련해 180억
	// 달러: what it is for, said before it (after the noun it modifies:
	// 미사일 생산을 위해 180억 달러 투자 계획 → 투자 계획).
	if p := r.forWhat(a); p != "" {
		return r.via("for:what", p)
	}
	// 주점 브랜드 사용료 명목 등으로 클럽의 자금 5억 원: what it was paid as.
	if p := r.costAs(a, r.clauseStart(a.first), keep); p != "" && r.namedAs(a) {
		return r.via("as:cost", p)
	}
	// 정신적 고통에 대해 각각 2500만원: what it is claimed or paid for.
	for b := a.before; b >= 1 && b >= a.before-2; b-- {
		w := r.words[b]
		if w.raw == "각각" || determiners[w.raw] {
			continue
		}
		if (w.raw == "대해" || w.raw == "대해서" || w.raw == "대해선" || w.raw == "대한") && r.words[b-1].part == "에" && r.words[b-1].noun && !r.words[b-1].actor && !r.words[b-1].time {
			return r.via("target:regarding", r.phrase(r.phraseStart(b-1, r.clauseStart(a.first)), b-1))
		}
		break
	}
	// 마약 재활에 쓴 7만여 달러: a clause on the amount says what it was
	// spent on. Only an active verb: with a passive one (계좌에 예치된,
	// 동결된) X에 is where the money lies, not what it went to (prune25:
	// the rule was right 1 of 4 before).
	if b := a.before; b > 0 && isAdnominal(r.words[b]) && isSpendWord(r.words[b].raw) && !strings.HasSuffix(r.words[b].raw, "된") {
		if w := r.words[b-1]; (w.part == "에" || w.part == "에만") && w.noun && !w.actor && !w.time && !places[w.stem] && !countries[w.stem] {
			return r.via("target:spentClause", trimTail(r.phrase(r.phraseStart(b-1, r.clauseStart(b-1)), b-1)))
		}
	}
	// 5천만원을 보상할, 2천만 달러를 보상받을, 5억 달러를 배상하라는: the
	// kind of money owed that the amount's own verb names (L1), before a
	// noun the amount is read as measuring.
	if p := r.owedKind(a); p != "" {
		return r.via("deed:owed", p)
	}
	// 24억원으로 계약을 맺었다, 1억 2천500만 달러에 계약한: the contract the
	// amount is the sum of.
	if p := r.contractFor(a); p != "" {
		return r.via("deed:contract", p)
	}
	// 이를 연봉으로 환산하면 1만5천80달러, 시급을 계산하면 1480원: the
	// measure it is converted into.
	if p := keep(r.convertedAs(a)); p != "" {
		return r.via("as:converted", p)
	}
	// 전체 자금 중 9천만 달러가 코로나 대응에 사용된다: a part of a whole
	// is for what its verb spends it on, if the sentence says; else it
	// measures the whole.
	whole := ""
	if i, s := r.measuredSpan(a); i >= 0 {
		s = r.widenStart(s, i, r.clauseStart(a.first))
		if p := r.shareOut(s, i, a, j); p != "" {
			return r.via("measured:shareOut", p) // 쌀과 옥수수는 kg당 각각 5천원, 2천원
		}
		if p := keep(r.phrase(s, i)); p != "" {
			if t := r.caseTopic(a); t != "" && priceNoun(r.words[i].stem) && s == i {
				return r.via("measured:case", t) // 옥수수의 경우 … kg당 가격이 2천원: 옥수수
			}
			if w := r.words[i]; (w.part == "을" || w.part == "를") && a.tail == "에" {
				if v := r.verbNoun(a.after, false); v != "" {
					return r.via("object:bought", p+" "+v) // US스틸을 149억달러에 매수할: the object and the deed
				}
			}
			if i+1 < a.first && (r.words[i+1].raw == "중" || strings.HasPrefix(r.words[i+1].raw, "가운데")) {
				whole = trimTail(p)
			} else {
				return r.via("measured:span", trimTail(p))
			}
		}
	}
	cs := r.clauseStart(a.first)
	ce := r.clauseEnd(a.last)
	// 경쟁력 강화를 위해 … 반도체 생산 등에 2천억 달러를 투자: what it is
	// spent on says more than what for.
	forBefore := r.forWhatBefore(a)
	// X에 … 원을 투입한다, X에는 … 원이 쓰인다; but 조지아주에 55억 달러를
	// 들여 전기차 공장을 짓고: what the means pays for comes after.
	means := a.after < n && meansRE.MatchString(r.words[a.after].raw) && r.objectAfter(a.after+1)
	// 반도체 시설 건립에 390억 달러, 연구 개발에 110억 달러를 지원한다:
	// an item of a list, its own X에 right before it, its verb after the
	// last item.
	// The last item too, when the one before it is an item so written
	// (…, 대중교통 수단에 390억 달러 등이 포함됐다).
	lastItem := false
	if j > 0 {
		pa := r.amts[j-1]
		lastItem = pa.before >= 0 && pa.before == pa.first-1 && r.words[pa.before].part == "에" && r.words[pa.last].comma && pa.last < a.first
	}
	if b := a.before; b >= cs && b == a.first-1 && (r.words[a.last].comma && a.after < n && r.words[a.after].noun || lastItem) {
		if w := r.words[b]; w.stem == "등" && w.part == "에" && b > cs && r.words[b-1].noun && r.words[b-1].part == "" && !r.words[b-1].comma && !r.words[b-1].actor && !r.words[b-1].time && !places[r.words[b-1].stem] && !countries[r.words[b-1].stem] {
			// 도로와 항만 등에 3억 달러, …: 등 closes a list, and the item
			// is the nouns before it, as target:spend reads X 등에.
			return r.via("target:listItem", trimTail(r.phrase(r.phraseStart(b-1, cs), b-1)))
		}
		if w := r.words[b]; w.part == "에" && w.noun && !w.time && !w.dur && !w.actor && !receiverNoun(w.stem) && !pointer(w) && !places[w.stem] && !countries[w.stem] && !placeName(w.stem) {
			return r.via("target:listItem", trimTail(r.phrase(r.phraseStart(b, cs), b)))
		}
	}
	if v := r.spendAfter(a, ce); v >= 0 && !means && !givenTo(r.words[v].raw) {
		for i := a.before; i >= cs && i >= 0; i-- {
			w := r.words[i]
			if w.verb {
				break // 양산에 들어가기 전까지: X에 of another verb
			}
			from := w.part == "에서는" || w.part == "에서"
			if w.stem == "등" && (w.part == "에" || w.part == "에는") && i > cs && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].actor {
				return r.via("target:spend", trimTail(r.phrase(r.phraseStart(i-1, cs), i-1))) // 반도체 생산과 연구 지원 등에
			}
			if (w.part == "에" || w.part == "에만" || w.part == "에도" || w.part == "에는" || from && isCostVerb(r.words[v].raw)) && w.noun && !w.time && !w.dur && !w.actor && !boundNouns[w.stem] && !receiverNoun(w.stem) && !pointer(w) && !places[w.stem] && !countries[w.stem] && !placeName(w.stem) && !r.districtAt(i) {
				if i > 0 && (r.words[i-1].raw == "이" || r.words[i-1].raw == "그" || r.words[i-1].raw == "해당") {
					break // 이 사업에는: what the sentence before names
				}
				return r.via("target:spend", trimTail(r.phrase(r.phraseStart(i, cs), i)))
			}
		}
	}
	// X 비용으로 … 원; 주점 브랜드 사용료 명목 등으로 … 원.
	if p := r.costAs(a, cs, keep); p != "" {
		return r.via("as:cost", p)
	}
	// 몸값으로 2억 달러를 지불하지, 석탄 수출로 … 40억 유로를 벌어들이고:
	// what it is paid or earned as, or through.
	if p := r.paidAs(a, cs, keep); p != "" {
		return r.via("as:paid", p)
	}
	// … 원을 들여 X을 임차, … 원을 투입해 X를 짓는다, … 원 더 주고 X를 산다.
	mv := a.after
	if mv+1 < n && (r.words[mv].raw == "더" || r.words[mv].raw == "추가로") {
		mv++
	}
	if mv < n && meansRE.MatchString(r.words[mv].raw) {
		for k := mv + 1; k < n && k <= a.after+reach; k++ {
			w := r.words[k]
			if w.subj && w.noun && !w.verb && k > mv+1 && r.words[k-1].adn {
				break // 투자해 건립한 물류센터는 … 문을 연다: a noun the clause modifies, topic of another verb
			}
			if (w.part == "을" || w.part == "를") && w.noun {
				if k+1 < n && isAdnominal(r.words[k+1]) && !r.words[k+1].ends && r.objectAfter(k+2) {
					continue // 항공기를 타격할 수 있는 … 미사일을 도입: the object of a clause on a noun
				}
				p := r.phrase(r.phraseStart(k, a.after+1), k)
				if v := r.verbNoun(k+1, false); v != "" {
					p += " " + v
				}
				return r.via("object:means", p)
			}
			if (w.part == "으로" || w.part == "로") && w.noun && k+1 < n && isSpendWord(r.words[k+1].raw) {
				return r.via("target:meansAs", r.phrase(r.phraseStart(k, a.after+1), k)) // 투입해 … 인건비로 사용한다
			}
		}
	}
	// 283억 달러를 조기 투입하는 내용의 경기부양책: what holds the clause.
	if v, h := r.gapHead(a); h > v+1 && contentNouns[r.words[v+1].stem] && r.words[v+1].part == "의" {
		if p := keep(r.phraseRight(v + 2)); p != "" {
			return r.via("head:content", p)
		}
	}
	// 6조 원 규모로 조성하는 펀드: the amount is the size its verb makes X.
	if (a.tail == "으로" || a.tail == "로") && a.after+1 < n && isAdnominal(r.words[a.after]) && hasAnyPrefix(r.words[a.after].raw, sizeMakers) {
		if k := a.after + 1; r.words[k].noun && !r.words[k].actor && !r.words[k].time {
			if p := keep(r.phraseRight(k)); p != "" {
				return r.via("head:sizeMade", p)
			}
		}
	}
	// … 원을 지원하는 X: the amount pays for the X its verb modifies.
	if v, h := r.gapHead(a); h >= 0 && v == a.after && !r.words[h].actor && !genericHeads[r.words[h].stem] && isSpendWord(r.words[v].raw) {
		if p := keep(r.phraseRight(v + 1)); p != "" {
			return r.via("head:gap", p)
		}
	}
	// … 원을 벌금으로 냈다, … 원이 최종 벌금액으로 결정됐다: what it is
	// counted as.
	if a.after+1 < n && (a.tail == "을" || a.tail == "를" || a.tail == "이" || a.tail == "가") {
		for k := a.after; k <= ce && k < n && k <= a.after+2; k++ {
			w := r.words[k]
			if (w.part == "으로" || w.part == "로") && w.noun && (isThing(w.stem) || hasAnySuffix(w.stem, costEnds)) && k+1 < n && r.words[k+1].verb {
				return r.via("as:counted", r.phrase(r.phraseStart(k, a.after), k))
			}
			if w.verb {
				break
			}
		}
	}
	// … 원을 X에 쓴다, … 원은 X에 쓰인다, X로 쓰인다.
	for k := a.after; k <= ce && k+1 < n; k++ {
		w := r.words[k]
		if w.money {
			if w.part == "을" || w.part == "를" {
				break // another amount the object of its own verb
			}
			continue // 총 800만 홍콩 달러(약 102만 800달러) 현상금을 …
		}
		next := r.words[k+1].raw
		if w.stem == "등" && (w.part == "에" || w.part == "에만") && k > a.after && isSpendWord(next) {
			if x := r.words[k-1]; x.noun && x.part == "" && !x.actor && !x.time {
				return r.via("target:after", r.phrase(r.phraseStart(k-1, a.after), k-1)) // … 원은 장사정 미사일 개발 등에 배정됐고: the list 등 closes
			}
		}
		if (w.part == "에" || w.part == "에만") && givenTo(next) && (a.tail == "을" || a.tail == "를") {
			break // … 원을 사회에 기부할: who receives the amount the verb gives, no purpose (P3)
		}
		if (w.part == "에" || w.part == "에만" || w.part == "으로" || w.part == "로") && w.noun && !w.time && !w.actor && isSpendWord(next) {
			return r.via("target:after", r.phrase(r.phraseStart(k, a.after), k))
		}
		// … 달러는 … 사업을 위해 쓰인다: what it is spent for, after it.
		if (w.part == "을" || w.part == "를") && w.noun && !w.actor && purposeWords[next] && k+2 < n && isSpendWord(r.words[k+2].raw) {
			h := k
			if w.stem == "등" && k > a.after {
				h = k - 1
			}
			return r.via("for:after", r.phrase(r.phraseStart(h, a.after), h))
		}
		// … 원씩 구직 수당을 준다, … 달러씩 월수입을 거두고: the object of the
		// verb that gives or earns it; not an object the amount is joined
		// to by 와 (… 달러와 이자를 납부): an item beside it.
		if (w.part == "을" || w.part == "를") && w.noun && (isSpendWord(next) || isAgentVerb(next) && !isSpeechWord(next)) && a.tail != "을" && a.tail != "를" && a.tail != "와" && a.tail != "과" && !genericMoney[w.stem] && !receiverNoun(w.stem) {
			if p := keep(r.phrase(r.phraseStart(k, a.after), k)); p != "" {
				return r.via("object:given", p)
			}
		}
	}
	if forBefore != "" {
		return r.via("for:before", forBefore) // 재개표를 위해 … 모금해 6000만원을 모았다
	}
	// 월 2,500원인 TV 수신료, 4천원 대 후반이었던 쌀 1kg 가격: what the
	// amount is said to be of.
	if k := r.copulaHead(a); k >= 0 {
		if p := keep(r.phraseRight(k)); p != "" {
			return r.via("head:copula", p)
		}
	}
	if t := r.caseTopic(a); t != "" {
		return r.via("measured:case", t)
	}
	// 8천 400만 달러를 배상하라고: the deed the amount is the object of.
	if a.tail == "을" || a.tail == "를" || a.tail == "" && a.after < n && r.words[a.after].verb {
		if v := r.governing(a); v >= 0 && v <= a.after+2 {
			if m := verbNounRE.FindStringSubmatch(r.words[v].raw); m != nil && deedNouns[m[1]] && !takenNouns[m[1]] {
				return r.via("deed:governing", m[1])
			}
		}
	}
	_ = generic
	return r.via("measured:whole", whole)
}
