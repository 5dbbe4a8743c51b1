package facts

import (
	"strings"
	"unicode/utf8"
)

// The rules of a change: a difference from a base (증가액, 전년보다 2조 원 늘어난,
// 500원 싸다).

// changeNouns are nouns before an amount that make it a change: 증가액은
// 2조 원.
var changeNouns = setOf("증가액", "증가분", "감소액", "감소분", "인상분", "인상폭", "인상액", "증가폭",
	"감소폭", "상승폭", "하락폭", "차액", "증감액", "격차", "증액분", "감액분", "삭감액", "증액", "감액", "차이",
	"급락폭", "급등폭", "낙폭", "인하폭", "상승분", "하락분") // 최대 급락폭인 10.56달러: the size of the fall

// changeOfNouns are nouns of a change or its trend an amount with 의
// sizes: 40조원 이상의 증가, 15달러 이상의 하락세.
var changeOfNouns = setOf("증가", "감소", "상승", "하락", "인상", "인하", "증액", "감액", "급증", "급감", "삭감", "급등", "급락",
	// The trend a change of that size makes: 15달러 … 하락세를 보였다.
	"하락세", "상승세", "증가세", "감소세", "오름세", "내림세")

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
		// 500만달러가 더 많은 돈: 더 says a comparison, its base unwritten.
		more := r.words[a.after].raw == "더"
		if isChangeWord(next) && (more || !comparesNothing(r, a, next)) && !earns && !passed {
			return true // but 매출 393억 달러를 올렸다: earned, a level
		}
	}
	// 작년보다 2천만 원 더 벌었다, 52조 원 덜 걷혔다: 더 or 덜 after the
	// amount, with the base of the comparison in 보다 or 대비 before it,
	// makes the amount how much more or less, whatever the verb (the
	// guide's 더 with an unwritten base, written here).
	if changeTail(a.tail) && a.after+1 < n && (r.words[a.after].raw == "더" || r.words[a.after].raw == "덜") && r.words[a.after+1].verb && r.comparedBefore(a) {
		return true
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
	if r.leadBy(a) {
		return true // 한국보다 처음으로 2,000만 달러를 앞질렀다: by how much
	}
	if r.partOfRise(a) {
		return true // 전달 대비 늘어난 부분은 … 5억5천9백만원: the rise's parts
	}
	if a.before >= 0 && changeNouns[r.words[a.before].stem] && r.words[a.before].part != "으로" && r.words[a.before].part != "로" {
		return true
	}
	if n, ok := r.bracketNoun(a); ok && changeNouns[n] {
		return true // 최근 전망치 평균과의 차이(61원)가: the difference, in brackets after its noun
	}
	if w, ok := r.bracketNoun(a); ok && degreeWords[w] && a.after < n && a.tail == "" && isChangeWord(r.words[a.after].raw) {
		return true // …보단 소폭(187만 달러) 증가했습니다: the size of the change, in brackets after its degree
	}
	// 올해 들어 7.5%(1천288만원), 2년 전보다 48.9%(2천925만원) 상승했다:
	// amounts glossing the percents of one list share the verb written
	// after the last.
	if r.afterPercent(a) && j+1 < len(r.amts) {
		if b := r.amts[j+1]; b.gloss < 0 && b.first-a.last <= 6 && r.afterPercent(b) && r.isChange(b, j+1) {
			return true
		}
	}
	if r.listShares(a, j) {
		return true // 수출은 3억 달러, 수입은 5억 달러 각각 늘었다: the items share the verb
	}
	// 40조원 이상의 증가를 보일: the size of the change it is said of.
	if a.tail == "의" && a.after < n && changeOfNouns[r.words[a.after].stem] {
		return true
	}
	// 5천 500억 달러 규모의 연방 예산 증액을: a compound of bare nouns
	// after 의 (or 규모의) that ends in a noun of change is what it sizes.
	if k := r.sizedCompoundEnd(a); k >= 0 && changeOfNouns[r.words[k].stem] {
		return true
	}
	// 연간 15억 달러의 소득이 증가하는: the amount of what rises or falls,
	// the subject of an intransitive verb of change, is the change.
	if a.tail == "의" && a.after+1 < n {
		if w := r.words[a.after]; w.noun && !w.comma && (w.part == "이" || w.part == "가") && hasAnyPrefix(r.words[a.after+1].raw, growWords) {
			return true
		}
	}
	if r.paidMore(a) {
		return true // 소비자들은 3만원가량 … 주고 해당 제품을 구입해야: paid more than others by it
	}
	if r.paymentRaised(a) {
		return true // 방위비 분담금으로 5억 달러를 더 내기로: the raise of a payment
	}
	// 1조 달러의 재정 적자를 줄이겠다: the amount of what is cut.
	if a.tail == "의" {
		for i := a.after; i < n && i < a.after+4; i++ {
			w := r.words[i]
			if w.part == "을" || w.part == "를" {
				return i+1 < n && (isCutWord(r.words[i+1].raw) || r.words[i+1].raw == "덜" && i+2 < n && r.words[i+2].verb) // 이자를 덜 지불하게: less of it
			}
			if !w.noun || w.part != "" {
				break
			}
		}
	}
	// 26,000원보다 6,100원 할인된 가격: a discount from a base compared;
	// 1만 원을 할인할 계획이다 is a discount given, a level.
	if a.after < n && strings.HasPrefix(r.words[a.after].raw, "할인") && (a.tail == "" || a.tail == "이" || a.tail == "가") && r.compared(a) {
		return true
	}
	// 1천 950억 달러와 1천억 달러 이상 큰 격차를 보였다: the size of a gap.
	for i := a.after; i < n && i <= a.after+1; i++ {
		if w := r.words[i]; (w.stem == "격차" || w.stem == "차이") && (w.part == "를" || w.part == "을" || w.part == "가" || w.part == "이" || w.part == "로") && a.tail == "" {
			return true
		}
		if w := r.words[i]; w.raw != "큰" && w.raw != "가량의" && w.raw != "정도의" {
			break
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
	for _, p := range []string{"높이", "높여", "높였", "높인", "높일", "낮추", "낮춰", "낮췄", "낮춘", "낮출", "높아지", "높아져", "높아졌", "높아진", "낮아지", "낮아져", "낮아졌", "낮아진", "많아지", "많아져", "많아졌", "많아진", "적어지", "적어져", "적어졌", "적어진",
		"커지", "커져", "커졌", "커진", "커질", "작아지", "작아져", "작아졌", "작아진",
		// 9000만원 비싸졌다: -지다 (became) on an adjective of price says a
		// change happened, as 높아졌다 does.
		"비싸지", "비싸져", "비싸졌", "비싸진", "싸지", "싸져", "싸졌", "싸진", "저렴해지", "저렴해져", "저렴해졌", "저렴해진"} {
		if strings.HasPrefix(next, p) {
			return false // 국방 예산을 500억 달러 높여 잡았다, 적자도 2억 달러 낮아졌다: raised or lowered by it
		}
	}
	for _, p := range []string{"많", "적", "높", "낮", "모자라", "부족", "싸", "비싸", "저렴", "크", "큰", "컸", "작"} {
		if strings.HasPrefix(next, p) {
			for i := r.clauseStart(a.first); i < a.first; i++ {
				w := r.words[i]
				if strings.HasPrefix(w.part, "보다") || w.raw == "대비" || strings.HasSuffix(w.raw, "대비") || strings.HasSuffix(w.raw, "보다는") {
					return false // 보다는, 보다도: a base with a particle of contrast after it
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

// bracketNoun returns the noun amount a stands in brackets right after,
// glued to it (차이(31원)가 → 차이), or past 약 or 총 opening the brackets
// (증가액(약 1조 원)은 → 증가액): what the brackets gloss is the noun, however
// the amount in them is qualified. A currency before them (40억 유로(약 44억
// 달러)) makes a gloss of one amount by another, no noun.
func (r *reading) bracketNoun(a amount) (string, bool) {
	w := r.words[a.first]
	if a.start <= w.start && a.first > 0 {
		p := r.words[a.first-1].raw
		for _, q := range []string{"(약", "(총"} {
			if n, ok := strings.CutSuffix(p, q); ok && n != "" && !moneyWords[n] && !r.words[a.first-1].money && !r.words[a.first-1].amt {
				if c, _ := utf8.DecodeRuneInString(n); isHangul(c) && !strings.ContainsAny(n, "()%") {
					return n, true
				}
			}
		}
		return "", false
	}
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

// sizedCompoundEnd returns the last word of the compound of bare nouns
// that amount a sizes with 의, or with a word of scale and 의 (5천 500억
// 달러 규모의 연방 예산 증액을), or -1: the first word with a particle,
// after one bare noun at least.
func (r *reading) sizedCompoundEnd(a amount) int {
	i, n := a.after, len(r.words)
	if a.tail != "의" {
		if a.tail != "" || i >= n || r.words[i].part != "의" || !scaleWords[r.words[i].stem] {
			return -1
		}
		i++
	}
	for k := i; k < n && k < i+4; k++ {
		w := r.words[k]
		if !w.noun || w.comma || w.time || w.money {
			return -1
		}
		if w.part != "" {
			if k == i {
				return -1 // 40조원 이상의 증가를: the rule of one noun reads it
			}
			return k
		}
	}
	return -1
}

// scaleWords are the nouns of scale an amount stands before with 의:
// 규모의, 수준의.
var scaleWords = setOf("규모", "수준")

// growWords are the beginnings of the intransitive verbs of rising or
// falling whose subject an amount with 의 sizes: 증가하는, 늘어난, 줄었다.
var growWords = []string{"증가", "감소", "늘어", "늘었", "늘고", "늘면", "줄어", "줄었", "줄고", "줄면", "상승", "하락", "급증", "급감"}

// paymentRaised reports whether amount a is what a payment that exists is
// raised by (docs/meaning.md, tenth round: a payment raised is a change):
// the payment named with 으로 or 로 before the amount, and after it 을 or
// 를, 더 or 추가로, and a verb of paying (방위비 분담금으로 5억 달러를 더
// 내기로, 방위비로 5억 달러를 추가로 내기로). An extra charge that is an
// item of its own, named bare before the amount (자원순환보증금 300원을 더
// 내고), stays a level.
func (r *reading) paymentRaised(a amount) bool {
	if a.tail != "을" && a.tail != "를" || a.after+1 >= len(r.words) || a.before < 0 {
		return false
	}
	if m := r.words[a.after]; m.raw != "더" && m.raw != "추가로" || !hasAnyPrefix(r.words[a.after+1].raw, payWords) {
		return false
	}
	b := r.words[a.before]
	return (b.part == "으로" || b.part == "로") && b.noun && !b.comma && hasAnySuffix(b.stem, paymentNouns)
}

// payWords are the beginnings of the verbs of paying a payment: 내기로,
// 낸다, 납부, 지불.
var payWords = []string{"내기", "내고", "내게", "내도록", "낸다", "냈", "내야", "낼", "납부", "지불"}

// paymentNouns are the ends of the nouns of a payment owed again and
// again, which 더 raises: 분담금, 방위비, 회비, 보험료, 세금.
var paymentNouns = []string{"분담금", "방위비", "회비", "보험료", "세금", "부담금", "기여금", "납부금", "출연금"}
