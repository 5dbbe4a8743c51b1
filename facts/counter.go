package facts

import (
	"strings"
	"unicode/utf8"
)

// This file decides when a number and the counter word after it are a
// count. Counters are short words that also start other words (장관, 개월,
// 기가바이트, 회장) and write other things than counts: ages (30대), ranks
// (5대 은행), scores (50 대 36), ordinals (1호 가입자, 1기 신도시), rates
// (출산율 0.72명), durations (2주). docs/facts.md, "Counts", states the
// rules; each is commented where it is applied.

// counterUnits normalises the counters written in more than one way:
// 5개국가, 5개 국가 and 5개국 are counted in 개국, 120개사 and 120개 회사
// in 개사, 12만t in 톤. Any other counter is its own unit, 개 included.
var counterUnits = map[string]string{
	"개국가": "개국", "개 국가": "개국", "개회사": "개사", "개 회사": "개사", "t": "톤",
}

// strictCounters are the counters that are also the first syllable of
// common words, or letters: a whole particle, punctuation, a qualifier or
// the end must follow them (6기가 운행, 표를 얻어; not 10기가바이트, 5t급).
var strictCounters = map[string]bool{
	"기": true, "회": true, "종": true, "점": true, "편": true, "사": true, "표": true,
	"경기": true, "그릇": true, "t": true,
}

// classCounters write an ordinal or a class when a space and a noun follow
// them: 1기 신도시, 2기 내각, 1종 면허; with a particle they count (3기의
// 드론, 8종과).
var classCounters = map[string]bool{"기": true, "종": true}

// gluedCounters count only glued to their number: 9경기 연속, but 1조
// 경기 부양책 is money and a word.
var gluedCounters = map[string]bool{"경기": true}

// wholeParticles are the particles and endings a strict counter may take,
// longest first where one is a prefix of another.
var wholeParticles = []string{
	"에서는", "에서도", "에서만", "에서", "에게", "에는", "에도", "에만", "으로만", "까지만", "으로는", "으로", "이라고", "이라는", "이라서",
	"이었습니다", "이었지만", "이었다", "이었고", "이었으나", "이지만", "입니다", "이라", "이며", "이고", "이다", "이나", "이면",
	"인데", "까지", "부터", "보다", "밖에", "처럼", "만에", "마다", "씩",
	"였지만", "였다", "였고", "였으나", "라는", "라고", "라며", "라서", "란", "다", "며", "나",
	"을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "도", "만", "로", "인", "뿐", "중", "째",
}

// counterAfter returns the counter written at the start of rest, after the
// number n, with end relative to rest, if the two are a count.
func (x *extractor) counterAfter(n num, rest string) (unit, bool) {
	m := matchIf(counterRE, rest, counterStarts)
	if m == nil {
		if m = spacedYeo(rest); m == nil {
			return unit{}, false
		}
	}
	word := rest[m[4]:m[5]]
	after := rest[m[1]:]
	if spacedJe(x.text, n.start) {
		return unit{}, false // 제 28회, 제 3차: ordinals, as 제28회
	}
	glued := m[4] == 0            // nothing between the number and its counter
	spaced := m[4] > max(m[3], 0) // a space right before the counter
	yeo := m[2] >= 0 || n.yeo     // 5천여 명, 150여 대
	if _, long := counterUnits[word]; long && len(word) > 1 && !fitsAfterUnit(word, after, KindCount) {
		// 5개 국가대표: 개 alone, if that fits.
		word, after = "개", rest[m[4]+len("개"):]
		m[1] = m[4] + len("개")
	}
	switch {
	case gluedCounters[word] && !glued:
		return unit{}, false
	case strictCounters[word] && (!wholeAfter(word, after) || m[6] >= 0):
		return unit{}, false // 10기가바이트, 5t급, 3회말, 3억 회분
	case strictCounters[word] && glued && spacedBigWord(x.text, n):
		return unit{}, false // 부동산114 조사에: 조사 is a word
	case word == "회" && (wordOf(strings.TrimPrefix(after, " "), "초") || wordOf(strings.TrimPrefix(after, " "), "말")) && strings.HasPrefix(after, " "):
		return unit{}, false // 6회 초, 9회 말: an inning, an ordinal
	case word == "개" && glued && !countFits(word, after):
		// 3개주: a count of 개 before a noun glued to it, but 5개월 and
		// 3개년 are durations.
		if r, _ := utf8.DecodeRuneInString(after); !isHangul(r) || r == '월' || r == '년' {
			return unit{}, false
		}
	case !countFits(word, after):
		return unit{}, false // 장관, 채권, 호선, 백만장자
	}
	if n.vague && n.top >= 12 {
		return unit{}, false // 수조기 (a noun): nothing is counted in vague trillions
	}
	if n.hangul && (word == "대" || glued && !n.gluable()) {
		// 천장 (ceiling), 천명 (declared), 만개 (in full bloom), 만장일치,
		// 백일장, 일조량, 구조주의, 이십대 (in their twenties): words.
		return unit{}, false
	}
	if classCounters[word] && nounAfter(after) && !ofWhole(after) && wordBefore(x.text, n.start) != "등" {
		return unit{}, false // 1기 신도시, 1종 면허; but 7종 중 1종, 8종 모두
	}
	if word == "명" && !n.value.isInt() {
		return unit{}, false // 0.80명, 평균 2.3명: a rate or an average
	}
	switch word {
	case "대":
		if !x.countsVehicles(n, after, spaced, yeo) {
			return unit{}, false
		}
	case "호":
		// Ordinals and names are written in plain digits (결의 2397호, 국보
		// 191호, 은하3호, 1호 가입자); dwellings are counted in Korean units
		// (3만 5천호) or among the words of dwellings (주택 500호).
		if n.plain && !x.has(clueHousing, n.start) {
			return unit{}, false
		}
	case "t":
		if vehicleAfterRE.MatchString(head(after)) {
			return unit{}, false // 5t 대형 트럭, 1t 트럭: a size class
		}
	case "회":
		if x.occasion(n, after) {
			return unit{}, false // 1회 25만원, 16회를 맞은, 8회 교체됐다: ordinals
		}
		if perOccasion(after) {
			return unit{}, false // 1천회 클릭당: the denominator of a price
		}
		if doseAfter(after) {
			return unit{}, false // 1억 1천만회 분: doses, 회분 spaced
		}
		if occasionObject(after) && !x.frequency(n.start) {
			return unit{}, false // 4억회 노출을 보장: 회 before a noun
		}
	case "사":
		if x.outs(n) {
			return unit{}, false // 1사 1루: the outs of an inning
		}
	case "기":
		if cohort(x.text, n.start) {
			return unit{}, false // (52·18기), 사법연수원 18기: a cohort
		}
		if aircraftModel(n) {
			return unit{}, false // 보잉 747기, 777기로 착륙: a model
		}
	case "편":
		if flightNumber(x.text, n, after) {
			return unit{}, false // 아시아나항공 214편 조종사들: a flight number
		}
		if titleBefore(x.text, n.start) {
			return unit{}, false // 《대부》 2편: a part of a series, as '상속자들' 18회
		}
	case "점":
		if !x.has(clueItems, n.start) {
			return unit{}, false // 74점을 획득해, 10점 기준 9.2점: scores
		}
	case "주":
		big := !n.vague && n.value.Cmp(Decimal{Coef: 10000}) >= 0
		if !big && !x.has(clueShare, n.start) {
			return unit{}, false // 2주 동안: weeks
		}
	}
	if x.rate(n, m[1]+n.end) {
		return unit{}, false
	}
	if u, ok := counterUnits[word]; ok {
		word = u
	}
	return unit{kind: KindCount, end: m[1], word: word, approx: m[2] >= 0}, true
}

// spacedYeoCounters are the counters a 여 spaced from its number may be
// glued to: 2만 여명, 50 여곳. Not those that start words after 여 (여기,
// 여사, 여건, 여대, 여주, 여장, 여호).
var spacedYeoCounters = map[string]bool{
	"명": true, "개": true, "곳": true, "차례": true, "가구": true, "마리": true, "척": true, "개국": true,
}

// spacedYeo matches counterRE on rest that starts with a space and a 여
// glued to one of spacedYeoCounters (2만 여명이), with the indexes of rest.
func spacedYeo(rest string) []int {
	after, ok := strings.CutPrefix(rest, " 여")
	if !ok || strings.HasPrefix(after, " ") {
		return nil
	}
	m := matchIf(counterRE, rest[1:], counterStarts)
	if m == nil || m[2] < 0 || !spacedYeoCounters[rest[1+m[4]:1+m[5]]] {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k]++
		}
	}
	return m
}

// countsVehicles reports whether a number with 대 after it counts
// something (차량 2대, 30만 대 컴퓨터, 150여 대) rather than writing a score
// (50 대 36, 55대 19로), a rank or ordinal (5대 은행, 18대 대통령), an
// age (30대가, 10대였던) or the 대 of a bare amount of won before a word
// of money (50억 대 세금 포탈). spaced is a space before 대, yeo a 여 in the
// amount; after is what follows 대.
func (x *extractor) countsVehicles(n num, after string, spaced, yeo bool) bool {
	if spaced && bareShape(n) && moneyWordNext(after) {
		return false // 50억 대 세금 포탈: 대 qualifies an amount of won
	}
	if rest, ok := strings.CutPrefix(after, " "); ok && rest != "" && isDigit(rune(rest[0])) {
		return false // a score: 50 대 36, 55대 19로
	}
	if rest, ok := strings.CutPrefix(after, "한"); ok {
		if r, _ := utf8.DecodeRuneInString(rest); isHangul(r) {
			return false // 제1조 1 대한민국은, 3 대한항공: a word
		}
	}
	if !spaced && !yeo && nounAfter(after) {
		// A rank or an ordinal (5대 은행, 18대 대통령), unless the word
		// after says what was counted: 197대 분의, 4대 등, 5대 중.
		w := strings.TrimPrefix(after, " ")
		if !wordOf(w, "분") && !wordOf(w, "등") && !wordOf(w, "중") {
			return false // but 3대 중요 문서: a rank
		}
	}
	age := n.plain && n.value.Scale == 0 && n.value.Coef%10 == 0 && n.value.Coef >= 10 && n.value.Coef <= 90
	if age && !spaced && !yeo && !x.near(machineRE, n.start, n.end, 20, 8) {
		return false // 30대가, 10대였던: ages, unless machines are counted near
	}
	return true
}

// wordOf reports whether w opens with the word v, alone or with a
// particle: 중, 중에, 분의, 등을; not 중요, 분석.
func wordOf(w, v string) bool {
	rest, ok := strings.CutPrefix(w, v)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !isHangul(r) {
		return true
	}
	for _, p := range wholeParticles {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// nounAfter reports whether after, what follows a counter, is a space and
// a word that is no qualifier: 5대 은행, 1기 신도시, but not 10호 이상.
func nounAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !isHangul(r) {
		return false
	}
	m := matchIf(postQualRE, after, postQualStarts)
	return m == nil || !fitsAfter(after[m[1]:])
}

// countFits reports whether the text after the counter word leaves it a
// whole word: as fitsAfterUnit, and also before 중 (5대중 1대, 300명중).
func countFits(word, after string) bool {
	if rest, ok := strings.CutPrefix(after, "중"); ok && fitsAfter(rest) && !strings.HasPrefix(rest, "요") {
		return true
	}
	return fitsAfterUnit(word, after, KindCount)
}

// wholeAfter reports whether after, what follows the strict counter word,
// is the end, something other than a letter, digit or Hangul, a
// qualifier, one of wholeParticles followed by the same, or a copula
// ending (copulaAfter: 3표지만, 2편임에도).
func wholeAfter(word, after string) bool {
	end := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return s == "" || !isHangul(r) && !isWordByte(s[0])
	}
	if end(after) {
		return true
	}
	for _, p := range wholeParticles {
		if rest, ok := strings.CutPrefix(after, p); ok && end(rest) {
			return true
		}
	}
	if !counterVerbs[word] && copulaAfter(word, after) {
		return true
	}
	m := matchIf(postQualRE, after, postQualStarts)
	return m != nil && m[3] == m[2] && fitsAfter(after[m[1]:])
}

// rate reports whether the count of n, whose counter ends at text[end], is
// a rate rather than a count: a per-unit denominator (the 1천명 of 1천명
// 당 17명 or 1천명당, the 1개 of 1개교 평균, the 1장 of 1장에 5달러), a number per unit (the 17명 after it, 1인당 3명), or
// the value of a rate (a 율 or 률 word as the subject of its clause:
// 합계출산율 0.72명, 출산율은 0.7명대, 사망률은 전주 대비 7% 감소한 하루 약
// 1천100명).
func (x *extractor) rate(n num, end int) bool {
	after := x.text[end:]
	if strings.HasPrefix(after, "당") || strings.HasPrefix(after, " 당") && fitsAfter(after[len(" 당"):]) {
		return true // 1천명 당, 1천명당: a denominator
	}
	if strings.HasPrefix(strings.TrimLeftFunc(after, isHangul), " 평균") && n.value.Cmp(Decimal{Coef: 1}) == 0 && !n.vague {
		return true // 1개교 평균 24.7명: one unit, the denominator of an average
	}
	if rest, ok := strings.CutPrefix(after, "에 "); ok && rest != "" && n.value.Cmp(Decimal{Coef: 1}) == 0 && !n.vague &&
		isDigit(rune(rest[0])) {
		return true // 1장에 5달러, 1개에 3천 원: one unit, the denominator of a price
	}
	if n.value.Cmp(Decimal{Coef: 1}) == 0 && !n.vague && priceOfOne(after) {
		return true // 백신 1개의 가격은 10달러: one unit, the denominator of a price
	}
	if w, ok := perBefore(x.text, n.start); ok && perMany(w) {
		return true // 1천명 당 17명: per thousand; but 1인당 5개 counts
	}
	return rateSubject(x.text, n.start)
}

// perMany reports whether the per-unit word w is per more than one unit:
// 1천명 당, 1천명당, 100명당 (a rate), not 1인당 or 가구당.
func perMany(w string) bool {
	k := 0
	for k < len(w) {
		r, size := utf8.DecodeRuneInString(w[k:])
		if !isDigit(r) && r != ',' && r != '.' && r != '천' && r != '백' && r != '만' && r != '억' {
			break
		}
		k += size
	}
	v, err := scanAmount(w[:k])
	return err == nil && v.Cmp(Decimal{Coef: 1}) > 0
}

// notRates are words ending in 율 or 률 that are no rates.
var notRates = map[string]bool{
	"법률": true, "규율": true, "자율": true, "선율": true, "운율": true, "계율": true,
	"전율": true, "기율": true, "군율": true, "음률": true, "타율": true,
}

// isRate reports whether the word w names a rate: it ends with 율 or 률
// and is none of notRates (법률 is a law).
func isRate(w string) bool {
	return (strings.HasSuffix(w, "율") || strings.HasSuffix(w, "률")) && !notRates[w] &&
		!notRates[w[max(0, len(w)-len("법률")):]]
}

// rateWords are the particles a rate word may take as the subject or
// topic of its clause.
var rateParticles = []string{"은", "는", "이", "가", "도", ""}

// rateSubject reports whether the nearest word before text[start] that is
// the subject or topic of a clause (a word with 은, 는, 이 or 가), or the
// word right before, is a rate: it ends with 율 or 률. It looks back at
// most eight words, and not past a comma.
func rateSubject(text string, start int) bool {
	if isRate(wordBefore(text, start)) {
		return true // 합계출산율 0.72명
	}
	p := start
	for range 8 {
		q := strings.LastIndexByte(text[:p], ' ')
		if q < 0 {
			q = -1
		}
		word := text[q+1 : p]
		if strings.ContainsAny(word, ",.") {
			return false
		}
		for _, s := range rateParticles[:4] {
			if stem, ok := strings.CutSuffix(word, s); ok && stem != "" {
				return isRate(stem)
			}
		}
		if q < 0 {
			return false
		}
		p = q
	}
	return false
}
