package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is what follows a number and makes it a fact: a currency, a percent
// sign or a counter word.
type unit struct {
	kind     Kind
	end      int    // byte offset where the unit (and 분) ends
	currency string // ISO 4217, money only
	word     string // the currency word, counter or "%"/"%p"
	cents    bool   // 센트, 펜스, 페니: the value is in hundredths of the currency
	approx   bool   // 여 before the unit (10억여 원, 5천여 명), a qualifier
}

// unitAfter returns the unit that follows the number n in the text, if
// any, trying a currency, then a percent sign, then a counter word.
func (x *extractor) unitAfter(n num) (unit, bool) {
	rest := x.text[n.end:]
	if u, ok := x.currencyAfter(rest, n); ok {
		u.end += n.end
		return u, true
	}
	if n.lone {
		return unit{}, false // 이 명, 오 %: Hangul digits alone count nothing
	}
	if m := matchIf(percentRE, rest, percentStarts); m != nil {
		sign, end := rest[m[4]:m[5]], m[1]
		if pct, ok := strings.CutSuffix(sign, "포인트"); ok && !fitsAfterUnit("포인트", rest[end:], KindPercent) {
			// 10% 포인트제도: the percent alone, 포인트 starts a word
			pct = strings.TrimSuffix(pct, " ")
			sign, end = pct, m[4]+len(pct)
		}
		if !strings.Contains(sign, "%") && !strings.Contains(sign, "％") && !fitsAfterUnit(sign, rest[end:], KindPercent) {
			return unit{}, false // 퍼센트 inside a longer word
		}
		if n.hangul && m[4] == 0 && !n.gluable() {
			return unit{}, false // 백퍼센트: "totally", a word
		}
		word := "%"
		if strings.HasSuffix(sign, "p") || strings.HasSuffix(sign, "P") || strings.HasSuffix(sign, "포인트") {
			word = "%p"
		}
		return unit{kind: KindPercent, end: n.end + end, word: word, approx: m[3] > m[2]}, true
	}
	if u, ok := x.counterAfter(n, rest); ok {
		u.end += n.end
		return u, true
	}
	return unit{}, false
}

// currencyAfter returns the currency written at the start of rest, after
// the number n, with end relative to rest.
func (x *extractor) currencyAfter(rest string, n num) (unit, bool) {
	if doubled, ok := strings.CutPrefix(rest, " 만원"); ok && n.endsBig && strings.HasSuffix(x.text[:n.end], "만") && fitsAfterUnit("원", doubled, KindMoney) {
		// 2000여만 만원: 만 written twice, one amount of won.
		return unit{kind: KindMoney, end: len(" 만원"), currency: "KRW", word: "원"}, true
	}
	m := matchIf(currencyRE, rest, currencyStarts)
	if m == nil {
		return unit{}, false
	}
	country, word := "", rest[m[6]:m[7]]
	if m[4] >= 0 {
		country = rest[m[4]:m[5]]
	}
	after := rest[m[1]:]
	ascii := word[0] < utf8.RuneSelf
	switch {
	case ascii && after != "" && isWordByte(after[0]):
		return unit{}, false // "100 wonders", "5 USDT"
	case !ascii && !fitsAfterUnit(word, after, KindMoney) && !(word == "원" && jeonLen(after) > 0):
		return unit{}, false // 원칙, 프랑스, 불법
	case word[0] >= 'a' && word[0] <= 'z' && !n.english && !n.commas:
		return unit{}, false // English words need "600 billion won" or "5,000 won"
	case n.lone && (m[0] != m[6] || !loneStarts.starts(word)):
		return unit{}, false // 구파운드 but not 이원, 일엔, 이 달러
	case n.hangul && n.syllables == 1 && m[6] == 0 && word != "원" && !loneStarts.starts(word):
		return unit{}, false // 만달러 but not 만유로 (萬有로), 천엔: as for one Hangul digit
	case word == "불" && n.plain && n.value.Cmp(Decimal{Coef: 10}) < 0:
		return unit{}, false // 3불 정책 is a policy, not $3
	case word == "불" && !bulEnds(after):
		return unit{}, false // 5조 불어나, 3천억 불과, 2조 불이익
	case word == "원" && country == "" && causeAfter(after):
		return unit{}, false // 제 1 원인입니다: the noun 원인 (cause), not ₩1
	case rest[:m[1]] == "원" && n.hangul && n.syllables == 1 && !x.priceWon(n, after):
		return unit{}, false // 만원 버스, 객석이 만원이다, 천원 (a noun): not ₩10,000
	case word == "파운드" && (x.near(weightRE, n.start, n.end+m[1], 12, 12) || goodsAfterRE.MatchString(head(after))):
		return unit{}, false // 체중 250파운드(약 113kg), 2천만 파운드의 원조: weights
	case denominationRE.MatchString(head(after)):
		return unit{}, false // 1달러 지폐, 만원짜리 지폐: a note or a coin, no amount
	case rest[:m[1]] == "원" && n.plain && n.value.Scale == 0 && n.value.Cmp(Decimal{Coef: 10}) < 0 &&
		(dimensionRE.MatchString(head(after)) || tallyRE.MatchString(head(after))):
		return unit{}, false // 3원 체계 (元), 31성 1원 1은행 (院)
	case n.vague && ascii:
		return unit{}, false
	}
	code, home := currencyCode(country, word)
	if home {
		code = x.home(strings.TrimSuffix(word, "화"), n.start)
	}
	if code == "KRW" && country == "" && x.has(clueNorthWon, n.start) {
		code = "KPW" // 북한의 원-달러 환율이 1만4천200원
	}
	if code == "" {
		return unit{}, false
	}
	return unit{
		kind: KindMoney, end: m[1], currency: code, word: word,
		cents: word == "센트" || word == "펜스" || word == "페니", approx: m[2] >= 0,
	}, true
}

// gluable reports whether the Hangul number n may be glued to a counter or
// 퍼센트 and still be a number: it has two syllables or more and ends with
// 십, 백 or 천 (삼천명, 오십퍼센트), where one syllable glued to a counter
// is a word (천장, 천명, 만개, 백퍼센트) and so is a number ending with a
// digit (백일장) or a big unit (일조량, 구조주의).
func (n num) gluable() bool { return n.syllables >= 2 && n.smallLast }

// priceWon reports whether a glued "만원", "천원", "백원" or "십원" (one
// Hangul numeral syllable, no digit) followed by after is money, and not a
// word: 만원 is also a full house (滿員) and 천원 a noun. It is money
// before 씩, 짜리, 어치 or 대 (만원씩, 천원짜리, 만원대); else, when a
// particle, punctuation, the end or a qualifier follows it (만원 이상, but
// not 만원 버스), only in a sentence about prices: one naming an amount
// of won in digits or a word of paying, buying or price (wonRE, priceRE):
// "3만 원 미만은 만원, 그 이상은 2만 원", "만원을 내고 샀다". The idiom's
// neighbours (fullHouse) always win.
func (x *extractor) priceWon(n num, after string) bool {
	if n.bareMan && fullHouse(wordBefore(x.text, n.start), after) {
		return false
	}
	for _, p := range []string{"씩", "짜리", "어치", "대"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(after)
	ok := after == "" || unicode.IsPunct(r) || isHangul(r) && fitsAfter(after)
	if m := matchIf(postQualRE, after, postQualStarts); m != nil && fitsAfter(after[m[1]:]) {
		ok = true // 만원 이상, 만원 미만
	}
	return ok && (x.has(clueWon, n.start) || x.has(cluePrice, n.start))
}

// bulTails are the particles that end 불 (dollars) and start no longer
// word with it; true marks those that do start one (불이익, 불로소득,
// 불도저, 불인정, 불의, 불은) and so must end the word themselves. 과, 가,
// 만, 어 … are left out: 불과, 불가, 불만, 불어나 are words.
var bulTails = []struct {
	word   string
	ending bool
}{
	{"어치", false}, {"짜리", false}, {"까지", false}, {"부터", false}, {"보다", false},
	{"밖에", false}, {"을", false}, {"에", false}, {"씩", false}, {"쯤", false},
	{"이", true}, {"로", true}, {"도", true}, {"인", true}, {"의", true}, {"은", true},
}

// bulEnds reports whether the text after 불 leaves it a currency word and
// not the first syllable of a longer one: the end, anything but Hangul,
// a qualifier (불 규모, 불대), cents (이불이십삼센트) or one of bulTails.
func bulEnds(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if after == "" || !isHangul(r) {
		return true
	}
	if m := matchIf(postQualRE, after, postQualStarts); m != nil && m[3] == m[2] && fitsAfter(after[m[1]:]) {
		return true
	}
	if strings.HasPrefix(strings.TrimLeft(after, "0123456789"+hangulDigits+unitRunes), "센트") {
		return true
	}
	for _, t := range bulTails {
		if rest, ok := strings.CutPrefix(after, t.word); ok {
			next, _ := utf8.DecodeRuneInString(rest)
			return !t.ending || rest == "" || !isHangul(next)
		}
	}
	return false
}

// fullHouse reports whether a glued "만원" with no digit, after the word
// before and followed by after, is the idiom 만원(滿員), full house, by
// its neighbours: 연일 만원을 기록, 만원을 이뤘다, 만원사례. 매일 is not
// among them: 매일 만원을 모았다 is money.
func fullHouse(before, after string) bool {
	switch before {
	case "연일", "연속", "연이어", "매회", "연이틀", "연사흘":
		return true
	}
	a := strings.TrimPrefix(strings.TrimPrefix(after, "을"), " ")
	for _, p := range []string{"이루", "이뤄", "이뤘", "이룬", "이룰", "이룹", "사례"} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// isWordByte reports whether c continues an ASCII word.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// causeAfter reports whether after, what follows a 원, makes it the noun
// 원인 (cause) rather than won and the copula 인: 인 followed by a syllable
// that ends no copula (원인입니다, 원인을, 원인이다), where 원인데, 원인지
// and 원인가 are won's copula.
func causeAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, "인")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isHangul(r) && !strings.ContainsRune("데지가걸", r)
}
