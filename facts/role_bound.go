package facts

import "strings"

// boundClass reports whether amount a, bounded (이상, 이하, 미만, 초과) and
// bare or with 의, sorts the things named right after it into a class
// (docs/meaning.md "Nineteenth round: role (role18)"): the head of that
// noun phrase is a noun of people (10억 원 미만의 영세 사업자, 5천만 원
// 이하 근로자: 사업자, 소득자, 직장인, 노인) whatever its particle, or it
// takes 에, 에게 or their topic forms (3억 원 이하 소상공인에게, 1천만 원
// 초과 예금에는):
// those the bound sorts are who or what a rule gives to or applies to.
// Goods a deed is done to (1억 달러 이상의 석탄을 수출) stay an amount done,
// as the sixth round read bounds before objects. A penalty (3천만 원 이하
// 벌금에 처한다) is the law's maximum, a level; a scale or money (규모에,
// 예산에) is the amount itself.
func (r *reading) boundClass(a amount) bool {
	if a.tail != "" && a.tail != "의" || !hasAnyQual(a, boundQuals) {
		return false
	}
	if a.after > 0 && a.after <= len(r.words) && r.words[a.after-1].comma {
		return false // 터키에 10억 달러 이상, 시리아에 …: the comma ends the amount's item; what follows is the next item
	}
	h, stem, part := r.boundHead(a)
	if h < 0 || penaltyNouns[stem] || scaleWords[stem] || moneyWords[stem] || genericHeads[stem] || relational[stem] || changeOfNouns[stem] {
		return false
	}
	if peopleNoun(stem) {
		return true // 2억 원 이상 소득자를 조사했다: people are sorted by what they earn or own, whatever the deed
	}
	return a.tail == "" && boundScopeParts[part]
}

// boundScopeParts are the particles of a noun that a bound before it
// makes the scope of a rule or the receiver of what is given.
var boundScopeParts = setOf("에", "에게", "에는", "에게는", "에서는", "께")

// boundHead returns the word, the stem and the particle of the head of
// the noun phrase after amount a: the first word, within three, that has
// a particle or is a noun with the copula glued (사업자다, 사업자이다), or
// -1.
func (r *reading) boundHead(a amount) (int, string, string) {
	for i := a.after; i < len(r.words) && i < a.after+3; i++ {
		w := r.words[i]
		if w.comma || w.time || w.amt {
			return -1, "", ""
		}
		if w.verb {
			for _, c := range []string{"이다", "이며", "이고", "다"} {
				if n, ok := strings.CutSuffix(w.raw, c); ok && peopleNoun(n) {
					return i, n, c // 영세 사업자다: the copula after its noun
				}
			}
			return -1, "", ""
		}
		if !w.noun {
			return -1, "", ""
		}
		if w.part != "" || i+1 >= len(r.words) || !r.words[i+1].noun && !r.words[i+1].verb {
			return i, w.stem, w.part
		}
	}
	return -1, "", ""
}

// peopleNoun reports whether noun n names a class of people or of
// households by what they are: a noun of people (직장인, 노인), one of
// three syllables or more ending in 자 (者: 소득자, 사업자, 납세자) but the
// other 자 that ends compounds of things (삼성전자, 해외투자, 무역적자), or
// of households (가구, 세대). A name is one body, no class.
func peopleNoun(n string) bool {
	n = strings.TrimSuffix(n, "들")
	if properName(n) || hasAnySuffix(n, thingJa) {
		return false
	}
	return isPerson(n) || personLike(n) || n == "가구" || n == "세대" || n == "가계"
}

// thingJa are the nouns of things ending in 자 that end compounds: 전자
// (electronics), 투자, 이자, 적자, 흑자, 숫자, 문자, 상자.
var thingJa = []string{"전자", "투자", "이자", "적자", "흑자", "숫자", "문자", "상자", "원자", "분자", "의자", "과자", "모자"}

// excessPart reports whether the word after amount a is a noun of the
// part above a bound, the bound glued to it (10억 원 초과분에 대해, 1억 원
// 초과액의 20%): the amount is where that part starts, a threshold.
func (r *reading) excessPart(a amount) bool {
	if a.tail != "" || a.after >= len(r.words) {
		return false
	}
	return excessNouns[r.words[a.after].stem]
}

// excessNouns are the nouns of the part of a sum above a bound.
var excessNouns = setOf("초과분", "초과액", "초과금액", "초과부분", "초과금")

// boundVerbClass reports whether amount a is bounded by a verb in its
// adnominal form that modifies a noun of people or households (연 소득 1억
// 원이 넘는 고소득자는, 월 소득이 100만 원에 못 미치는 가구가): those people,
// sorted by the bound, are a class, as 1억 원을 넘는 주택 is. A noun of
// anything else after 넘는 (22만 달러가 넘는 장학금, 예산 1천억 달러가 넘는
// 교통부 조직) is what the amount sizes, a level, as the sets read it.
func (r *reading) boundVerbClass(a amount) bool {
	i := a.after
	if i+1 >= len(r.words) {
		return false
	}
	switch {
	case classVerbRE.MatchString(r.words[i].raw) && (a.tail == "" || a.tail == "이" || a.tail == "가" || a.tail == "을" || a.tail == "를"):
		i++
	case a.tail == "에" && (r.words[i].raw == "못" && strings.HasPrefix(r.words[i+1].raw, "미치는") || r.words[i].raw == "미달하는"):
		i++ // 100만 원에 못 미치는, 100만 원에 미달하는: falling short of the bound
		if r.words[i].raw == "미치는" {
			i++
		}
	default:
		return false
	}
	if i >= len(r.words) {
		return false
	}
	w := r.words[i]
	return w.noun && !w.name && peopleNoun(w.stem)
}

// limitedTo reports whether bounded amount a, with 에, is what 한해 or 한정
// after it limits a rule to (소득 5천만 원 이하에 한해 세금을 면제한다): those
// within the bound, a condition of the rule, other. An amount without a
// bound (100만 원에 한해 지원한다) is the most given, a cap (R3), and
// stays a level.
func (r *reading) limitedTo(a amount) bool {
	if a.tail != "에" || a.after >= len(r.words) || !hasAnyQual(a, boundQuals) {
		return false
	}
	return hasAnyPrefix(r.words[a.after].raw, []string{"한해", "한하", "한한", "한정"})
}
