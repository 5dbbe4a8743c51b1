package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file drops purposes that name nothing an amount is for: a word
// that is a verb, a bound noun, or the one who spends it.

// quotedParticleRE matches a particle glued after a closing quotation
// mark at the end of a phrase ('히프노스 슬립 후드'를): the quote hides the
// particle from the cutting of words, and it is no part of the phrase.
var quotedParticleRE = regexp.MustCompile(`(['’"”」』])(을|를|이|가|은|는|의|에|에서|으로|로|과|와|도|만)$`)

// quoteCloses are the closing quotation marks of quotedParticleRE: a
// phrase without one of them has nothing it matches.
const quoteCloses = `'’"”」』`

// boundNouns are nouns that say no thing alone: where, when, how much of
// something else (…는 데, 경우에는, 전부를, 두 배, 동시에).
var boundNouns = setOf("데", "경우", "전부", "동시", "조기", "배", "두 배", "세 배", "혐의", "사실", "상황", "때문", "결과", "것", "수", "측",
	// 벌금 1000만 원 형: the sentence a fine is; 단돈 2000달러: a mere;
	// 현행 300만원에서: as things stand.
	"형", "단돈", "현행", "기존", "종전", "당초",
	// 72시간 안에, 한 달 새, 100원 씩: within a time, each.
	"안", "새", "씩", "장중", "사이")

// cleanPurpose returns purpose p without a particle after its closing
// quote, or "" when p names nothing an amount is for: a verb (50% 비싼,
// 받는), a bound noun (데, 경우, 전부, 두 배), a count (쌍(2개)) or an
// actor, who spends or owns the amount and is its agent (docs/meaning.md:
// the owner is the agent, receivers are no purpose). The empty purpose is
// then filled, as the guide says, from the measure an amount before it
// names or from its list.
func cleanPurpose(p string) string {
	// The words of p, split again only once p has changed: most rules
	// below leave p as it is.
	var split []word
	splitOf, haveSplit := "", false
	wordsOfP := func() []word {
		if !haveSplit || splitOf != p {
			split, splitOf, haveSplit = splitWords(p), p, true
		}
		return split
	}
	if strings.ContainsAny(p, quoteCloses) {
		p = quotedParticleRE.ReplaceAllString(p, "$1") // a literal check first: most purposes hold no quote
	}
	p = trimQuotes(p)
	p = strings.TrimLeft(p, listBullets+" ") // ▲85㎡초과: the mark of a list's item, no part of it
	if rest, ok := cutPrefix(p, sizeLinks); ok && rest != "" {
		p = rest // 상당의 금품: the link of an amount before it, cut with the phrase
	}
	if rest, ok := cutPrefix(p, reflexiveOwners); ok && rest != "" {
		p = rest // 자신의 연봉: the owner is the agent, no part of the purpose
	}
	if rest, ok := cutPrefix(p, quantityOpeners); ok && rest != "" {
		p = rest // 많은 선거자금: how much, no kind (Q1)
	}
	if rest, ok := cutPrefix(p, purposeOpeners); ok && rest != "" {
		p = rest // 만약 목록통관품목이 500달러를 넘으면; 안전행정부 … 담배소비세
	}
	if p = dropAdverb(p); p == "" || compoundVerb(p) || dayNouns[lastWord(p)] {
		return "" // 잠시, 놀랍게: an adverb, how or when; 들어가, 살아나: a verb; 다음날: a time; no noun phrase
	}
	for _, l := range []string{" 소관의 ", " 산하의 "} {
		if i := strings.Index(p, l); i > 0 && !strings.Contains(p[:i], " ") {
			p = p[i+len(l):] // 안전행정부 … 담배소비세: the body whose the item is, and its link
		}
	}
	if ws := wordsOfP(); len(ws) > 1 && (ws[0].adn && ws[0].verb || strings.HasSuffix(ws[0].raw, "든")) && !adjectives[ws[0].raw] && ws[1].noun {
		p = strings.TrimSpace(p[ws[1].start:]) // 디자이너가 … 만든 럭셔리 … 하우스 가격: a clause cut off
	}
	for ws := wordsOfP(); len(ws) > 1 && (ws[0].part == "" || connectiveHa(ws[0].raw)) && allHangul(strings.TrimSpace(p[:ws[1].start])) && (ws[0].verb && !ws[0].adn || connectiveGyeo(ws[0].raw) || connectiveHa(ws[0].raw) || dayNouns[ws[0].stem]) && !adjectives[ws[0].raw] && ws[1].noun; ws = wordsOfP() {
		p = strings.TrimSpace(p[ws[1].start:]) // 이익을 남겨 총자금, 다음날 동 주식: a verb's connective or a day opening the phrase
		if ws := wordsOfP(); len(ws) > 1 && (ws[0].verb && ws[0].adn || consonantNeun(ws[0].raw)) && !adjectives[ws[0].raw] && ws[1].noun {
			p = strings.TrimSpace(p[ws[1].start:]) // 부유층이 즐겨 찾는 귀금속제품: a clause cut off, its adverb with it
		}
	}
	p = openingEnding(p) // 이상이거나 누적 구매금액, 밝힌 사업규모: a clause's last word (purpose_opening.go)
	if ws := wordsOfP(); len(ws) >= 2 && personNouns[ws[0].raw] && hasAnySuffix(ws[len(ws)-1].stem, chargeEnds) {
		p = strings.TrimSpace(p[ws[1].start:]) // 환자 본인부담금: who pays the charge is its agent (P3)
	}
	if o := strings.LastIndexByte(p, '('); o > 0 && strings.HasSuffix(p, ")") && !strings.ContainsAny(p[o:], "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") && !glossedItems(p[:o]) {
		p = strings.TrimSpace(p[:o]) // 휴대용 온열기(전기찜질기), 조세지출액(추정): a bracket after the head is no part of it (P1)
	}
	if ws := wordsOfP(); len(ws) > 1 && ws[0].raw == "과거" && ws[1].noun {
		p = strings.TrimSpace(p[ws[1].start:]) // 과거 양육비: a time, no part of it (words of per stay, as the sets keep 연간, 월별)
	}
	for _, g := range []string{" 미화", " 한화", " 원화"} {
		if rest, ok := strings.CutSuffix(p, g); ok && rest != "" {
			p = rest // 입장료 미화 30달러: the currency a gloss is in, no part of it
		}
	}
	if ws := wordsOfP(); len(ws) > 2 && (ws[0].part == "과" || ws[0].part == "와") && ws[1].raw == "달리" {
		p = strings.TrimSpace(p[ws[2].start:]) // 예상과 달리 주가: unlike what, an adverbial, no part of it
	}
	if ws := wordsOfP(); len(ws) == 2 && ws[1].raw == "주가" && ws[0].part == "" && !ws[0].comma && (ws[0].actor || isActor(ws[0].stem)) {
		p = "주가" // 카카오 주가: the company bare before its share price is its owner and agent, as with 의 (fifth round)
	}
	if strings.HasSuffix(p, "의 주가") {
		p = "주가" // 테슬라의 주가, 조일알미늄 주의 주가: whose stock, the owner and agent (fifth round), or when (얼마 전의)
	}
	if rest, ok := strings.CutPrefix(p, "이들 "); ok && rest != "" {
		p = rest // 이들 주택: a determiner, as 이 and 그 are (P1)
	}
	if ws := wordsOfP(); len(ws) >= 2 && ws[0].part == "의" && !ws[0].comma && (pronouns[ws[0].stem] || places[ws[0].stem] && !countries[ws[0].stem]) {
		p = strings.TrimSpace(p[ws[1].start:]) // 이들의 범죄수익, 평양의 쌀 가격: whose or where, no part of it
	}
	if ws := wordsOfP(); len(ws) >= 2 && penaltyNouns[ws[len(ws)-1].stem] {
		for k := len(ws) - 2; k >= 0; k-- {
			if pt := ws[k].part; pt == "와" || pt == "과" || penaltyJoins[ws[k].raw] {
				p = strings.TrimSpace(p[ws[k+1].start:]) // 징역형과 벌금 50만 달러, 시정 명령과 과태료, 시정명령 및 과태료: the penalty the amount is
				break
			}
		}
	}
	if i := strings.LastIndex(p, "에 대한 "); i > 0 {
		if rest := p[i+len("에 대한 "):]; rest != "" && hasAnySuffix(lastWord(rest), receivedEnds) {
			p = rest // 이 기관에 대한 예산, 삼성에 대한 보조금: a receiver, no part of it (P1)
		}
	}
	if rest, ok := strings.CutSuffix(p, " 혐의"); ok && rest != "" {
		p = rest // 492억원의 횡령·배임 혐의: what is done, as a trailing 계획 is dropped
	}
	if p == "" || boundNouns[p] || aloneBound[p] {
		return ""
	}
	ws := wordsOfP()
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	if len(ws) == 1 && (strings.HasSuffix(last.raw, "어야") || strings.HasSuffix(last.raw, "아야") || last.raw == "써야" || last.raw == "해야") {
		return "" // 1천500만원 이상 써야: a verb, what must be done
	}
	if last.raw == "대비" && len(ws) > 1 {
		return "" // 전 거래일 대비: the base of a comparison, ended by its postposition, measures nothing the amount is
	}
	if first := ws[0]; first.raw == "대비" || first.raw == "데" || first.raw == "대비해" {
		return "" // 10억 달러 대비 2.2배: a ratio to a base; …하는 데 드는: a bound noun opening a clause cut off
	}
	if last.verb && len(ws) == 1 && last.adn || boundNouns[last.stem] && len(ws) <= 2 && (len(ws) == 1 || !ws[0].noun) {
		return "" // 받는; 두 배
	}
	if len(ws) == 1 && ownCountry[last.stem] {
		return "" // 우리나라 돈으로 약 150만원: whose money the gloss is in, no thing
	}
	if len(ws) == 1 && utf8.RuneCountInString(last.raw) >= 3 && hasAnySuffix(last.raw, []string{"어서", "아서", "여서"}) && last.part == "" {
		return "" // 올해 들어서: a verb's connective, no noun
	}
	if len(ws) == 2 && last.stem == "시작" && strings.HasSuffix(ws[0].raw, "기") && ws[0].part == "" {
		return "" // 값이 오르기 시작: began to rise, a verb's clause
	}
	if v, ok := strings.CutSuffix(last.raw, "기"); ok && len(ws) == 1 && utf8.RuneCountInString(v) >= 2 && (verbStems[v] || nativeStems[v]) {
		return "" // 오르기, 내리기: a verb made a noun, no thing (내기, a bet, is a noun)
	}
	if strings.Contains(p, " 수 있") || strings.Contains(p, " 수 없") {
		return "" // 돈이나마 벌 수 있었음: what could be done, a verb's clause
	}
	if len(ws) == 2 && last.stem == "것" && ws[0].part == "" {
		return "" // 5조 달러 늘어날 것으로: a verb's clause made a noun, no thing
	}
	if len(ws) == 1 && (last.raw == "반" || last.raw == "반절") {
		return "" // 지난 1년 반 동안: a half, of a span or a count, no thing
	}
	if len(ws) == 1 && last.part == "" && strings.HasSuffix(last.raw, "히") && utf8.RuneCountInString(last.raw) >= 3 {
		return "" // 분명히, 열심히: an adverb in -히, how, not what for
	}
	if hasAnySuffix(last.raw, conditionEnds) {
		return "" // 부프로피온 사용시 5만1천800원: when, not what
	}
	if len(ws) == 2 && strings.HasSuffix(ws[0].raw, "%") && startsDigit(ws[0].raw) && adjectiveN(last.raw) {
		return "" // 50% 비싼 142만원: how much dearer, no thing
	}
	if len(ws) == 1 && ((last.part == "는" || last.part == "은" || last.part == "을") && (verbStems[last.stem] || nativeStems[last.stem]) || consonantNeun(last.raw)) {
		return "" // 넘는, 쓰는: a verb cut as a noun and its particle
	}
	if len(ws) == 1 {
		stem := bareName(last.stem)
		if pronouns[stem] || namedActor(stem) && !isThing(stem) || startsDigit(stem) && !areaSizeRE.MatchString(stem) && !areaClassRE.MatchString(stem) {
			return "" // 정씨, 연예인(330명), 이들, 쌍(2개) is caught as a count; a floor area (84㎡는 5억원) names a home's type and stays
		}
	}
	return p
}

// bareName is noun n without a bracket of a count or an age after it:
// 연예인(330명) → 연예인, 박씨(32) → 박씨.
func bareName(n string) string {
	if o := strings.IndexByte(n, '('); o > 0 && strings.HasSuffix(n, ")") && startsDigit(n[o+1:]) {
		return n[:o]
	}
	return n
}

// adjectiveN reports whether w ends in the ㄴ of an adjective that
// modifies the noun after it (비싼, 높은, 낮은, 많은): after a percentage
// it says by how much, not what.
func adjectiveN(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return isHangul(r) && (r-0xAC00)%28 == 4
}

// sizeLinks are the words that tie an amount to the noun after it (2천만원
// 상당의 금품, 1조 원 규모의 예산, 2억원 짜리 시계, 20만 달러 이상씩의
// 강연료): a purpose that opens with one was cut from after another
// amount, or after an amount whose bound noun (짜리) or qualifiers
// (이상, 씩) stand apart from it.
var sizeLinks = []string{"상당의 ", "규모의 ", "어치의 ", "한도의 ", "상당 ", "규모 ",
	"짜리 ", "짜리의 ", "짜리인 ", "씩의 ", "이상의 ", "이상씩의 ", "이하의 ", "미만의 ", "가량의 "}

// namedActor reports whether n names an actor by a dictionary of names,
// people and bodies, not by its ending alone (횡령사실 ends as 비서실 does).
func namedActor(n string) bool {
	m := strings.TrimSuffix(n, "들")
	return orgNames[n] || orgNames[m] || actorNouns[n] || actorNouns[m] || personTitles[n] || countries[n] ||
		isCountryPair(n) || isPerson(n) || personNames[n]
}

// conditionEnds are nouns of a deed with 시 (when): a condition an amount
// holds under, no thing it is for.
var conditionEnds = []string{"사용시", "구매시", "이용시", "가입시", "위반시", "적발시", "이행시", "체결시", "해지시", "발생시", "초과시", "신청시", "결제시", "계약시"}

// reflexiveOwners open a purpose with an owner that is the subject itself.
var reflexiveOwners = []string{"자신의 ", "자기 ", "본인의 ", "스스로의 "}

// purposeOpeners are words that open a phrase cut from a longer one and
// belong to none: an adverb of condition, a noun of whose charge it is.
var purposeOpeners = []string{"만약 ", "만일 ", "혹시 ", "소관의 ", "산하의 ", "산하 "}

// perOpeners open a purpose with the period its amount is per (연간
// 수출액 500억달러, 월평균 가구소득이): the period goes to per, the noun is
// the purpose, as the sets write it (연간 예산 → 예산).
var perOpeners = []string{"연간 평균 ", "월 평균 ", "연간 ", "월간 ", "연 ", "월 ", "월평균 ", "연평균 ", "매월 ", "매년 ", "일평균 ", "하루 평균 "}

// withoutAmount returns purpose p, or "" when an amount stands in it (위자료
// 800만원 for the 1천100만원 it is added to): the noun of another amount.
func withoutAmount(p string) string {
	if moneyInPhraseRE.MatchString(p) {
		return ""
	}
	return p
}

// moneyInPhraseRE matches an amount of money written in a phrase (800만원,
// 5달러), not a number that names a thing (2.0 CVVL, 2023 회계연도).
var moneyInPhraseRE = regexp.MustCompile(`[0-9][0-9,.]*(?:조|억|만|천)?\s*(?:원|달러|엔|유로|위안|파운드|루피)(?:$|[^가-힣])`)

// consonantNeun reports whether w ends in 는 after a syllable with a final
// consonant (넘는, 받는): a noun there takes 은, so only a verb's ending is so.
func consonantNeun(w string) bool {
	last, n := utf8.DecodeLastRuneInString(w)
	if last != '는' || n >= len(w) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return hasFinal(prev)
}

// receivedEnds are the ends of nouns of money a body receives, is granted
// or is charged: before one, X에 대한 names the receiver, which stays out
// of the purpose (이 기관에 대한 예산 → 예산, 경찰관 41명에 대한 위자료 →
// 위자료), where before a noun of a deed done to X it stays (EU에 대한 석탄
// 수출; docs/meaning.md P1).
var receivedEnds = []string{"예산", "보조금", "지원금", "위자료", "배상금", "보상금", "벌금", "최고액", "과징금", "과태료",
	"기준가격", "장려금", "포상금"}
