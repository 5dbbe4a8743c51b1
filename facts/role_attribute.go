package facts

import (
	"strings"
	"unicode/utf8"
)

// boundAdnominals are the adnominal forms of the verbs that bound a
// quantity (넘다, 초과하다, 웃돌다, 밑돌다) and of a bound with the copula:
// an amount before one of them, modifying a noun, sorts the noun into a
// class (자산이 1조원이 넘는 억만장자). The verbs are a closed class, the
// ones docs/facts.md lists as qualifiers of a bound (이상, 이하, 미만,
// 초과, 넘게) in their adnominal forms.
var boundAdnominals = setOf("넘는", "넘은", "넘어선", "넘어서는", "초과하는", "초과한", "웃도는", "밑도는",
	"이상인", "이하인", "미만인", "초과인")

// lowerBoundQuals are qualifiers before an amount that make it a bound:
// 최저 7달러인 계정.
var lowerBoundQuals = setOf("최저", "최소")

// classByAttribute reports whether amount a bounds an attribute of the
// noun a clause before that noun modifies: the subject of the clause is
// the attribute (자산이, 누적 기부액이, 월 사용료가), the amount bounds it
// with a verb of bounding in its adnominal form or with the copula after
// a bound (넘는, 이상인, 최저 … 인), and the noun after is the class it
// sorts (억만장자, 연예인들, 유료 계정): `other` (docs/meaning.md, eighth
// round). The attribute is not what the amount sizes of the noun it
// modifies (1조원이 넘는 투자를 했다: the investment is the amount, a
// level), and a name after it is one body, no class (매출이 1조원이 넘는
// 삼성전자).
func (r *reading) classByAttribute(a amount) bool {
	n := len(r.words)
	if a.after >= n {
		return false
	}
	head := -1
	switch {
	case a.tail == "인" && (hasAnyQual(a, lowerBoundQuals) || hasAnyQual(a, boundQuals)):
		head = a.after
	case a.tail == "" || a.tail == "이" || a.tail == "가" || a.tail == "을" || a.tail == "를":
		if boundAdnominals[r.words[a.after].raw] {
			head = a.after + 1
		}
	}
	if head < 0 || head >= n {
		return false
	}
	h := r.words[head]
	if !h.noun || h.time || h.amt || h.num || properName(h.stem) || genericHeads[h.stem] || boundNouns[h.stem] || sizeNouns[h.stem] {
		return false
	}
	return r.attributeSubject(a)
}

// attributeSubject reports whether a noun marked as a subject (이, 가)
// stands right before amount a, past its qualifiers only, and is what the
// amount measures: the attribute a bound of it is said of (자산이 1조원이,
// 월 사용료가 최저 7달러인). An actor or a name there is who does it
// (정부가 1조원을 넘는 …, ‘라자루스’가 6억 달러가 넘는 암호화폐를 훔쳤다), no
// attribute.
func (r *reading) attributeSubject(a amount) bool {
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		w := r.words[i]
		if lowerBoundQuals[w.raw] || w.raw == "약" || w.raw == "총" {
			continue
		}
		if !w.noun || w.actor || w.name || w.time || w.part != "이" && w.part != "가" {
			return false // ‘라자루스’가 6억 달러가 넘는 암호화폐를: a name, who did it
		}
		m, _ := r.measuredSpan(a)
		return m == i
	}
	return false
}

// properName reports whether noun n names one body: a known organisation,
// a government or a country (삼성전자, 정부, 미국), no class of them.
func properName(n string) bool {
	return orgNames[n] || governments[n] || countries[n]
}

// sizeNouns are nouns an amount before them is said to be, no class it
// sorts: 5천만 달러 이상인 수준, 정도, 규모.
var sizeNouns = setOf("수준", "정도", "규모", "금액", "액수", "돈", "상태", "선")

// hasAnyQual reports whether amount a has one of the qualifiers qs.
func hasAnyQual(a amount, qs map[string]bool) bool {
	for _, q := range a.quals {
		if qs[q] {
			return true
		}
	}
	return false
}

// negatedAt reports whether the verb at word i is the first half of a
// negation written in two words (지불하지 않을, 내지 못한, 쓰지 말): -지 with
// 않다, 못하다 or 말다 after it is one verb, as -고 있다 is.
func (r *reading) negatedAt(i int) bool {
	if i+1 >= len(r.words) || !strings.HasSuffix(r.words[i].raw, "지") {
		return false
	}
	next := r.words[i+1].raw
	return strings.HasPrefix(next, "않") || strings.HasPrefix(next, "못") || strings.HasPrefix(next, "말")
}

// upperBoundQuals are the qualifiers of a maximum: an amount a rule caps
// (최대 2천만 달러를 보상받을 수 있다, 100만원 이하의 과태료) is a level
// (docs/meaning.md "Decisions from real text": statutory maxima).
var upperBoundQuals = setOf("이하", "최대", "최고", "까지", "미만")

// couldBe reports whether amount a stands after a condition (…하면, …할
// 경우) in a clause of its own that says what can be (-ㄹ 수 있다): a
// calculation or an estimate of what would follow (개러몬드체를 사용하면
// 1억 달러를 아낄 수 있으며), no amount that exists. A plan stated for a case
// (지정될 경우 국비 100억원이 추가된다) says what will be and is a level
// (docs/meaning.md, sixth round (6b)); a way of counting (계산하면,
// 환산하면) is no condition.
func (r *reading) couldBe(a amount) bool {
	n := len(r.words)
	if hasAnyQual(a, upperBoundQuals) {
		return false // 100만원 이하의 과태료가 부과될 수 있다: a rule's maximum, a level
	}
	ce := r.clauseEnd(a.last)
	can := false
	for i := a.after; i < n-1 && i <= ce+1; i++ {
		if r.words[i].raw == "수" && strings.HasPrefix(r.words[i+1].raw, "있") && !strings.HasPrefix(r.words[i+1].raw, "있었") {
			can = true
			break
		}
	}
	if !can {
		return false
	}
	for i := a.first - 1; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if sourceVerbs[w.raw] {
			return false // X에 따르면: a source, no condition
		}
		if r.topicCase(i) || r.amongWhole(i) {
			continue // 152mm 포탄의 경우 …: as for; 수출액 30억달러 가운데 적어도 8억달러를: among, no clause end
		}
		if conditional(w) && !strings.HasSuffix(w.raw, "더라도") {
			return true
		}
		if w.ends && !conditional(w) && !r.negatedAt(i) {
			return false // 1억 달러를 아낄 수 있으며: the clause before is no condition
		}
	}
	return false
}

// thresholdHeads are the last parts of compound nouns of a rule's
// threshold (과표구간, 등록 자본금 요건, 부과 기준가격): a bracket, a
// requirement, a basis price. A cap (상한, 한도) is a rule's maximum, a
// level, and no threshold.
var thresholdHeads = []string{"구간", "요건", "기준가격", "기준금액", "기준액"}

// isThresholdNoun reports whether noun n names a threshold of a rule: one
// of thresholdNouns, or a compound ending in one of thresholdHeads.
func isThresholdNoun(n string) bool {
	return thresholdNouns[n] || hasAnySuffix(n, thresholdHeads)
}

// fromAmount reports whether the word right before amount a is another
// amount of money with 에서 (1천50원에서 1천250원 인상된다): a is where a
// change from that level ends, a level, though no 으로 follows it
// (docs/meaning.md, eighth round).
func (r *reading) fromAmount(a amount) bool {
	if a.before < 0 || a.before != a.first-1 {
		return false
	}
	w := r.words[a.before]
	if !w.money || w.part != "에서" {
		return false
	}
	// 9천512억 원에서 225억 원 오르고: a rise cannot end below where it
	// starts, so the smaller amount is its size (docs/meaning.md, ninth round).
	return !r.sizeAgainstFrom(a)
}

// sizeAgainstFrom reports whether amount a, right after another with
// 에서, cannot be where the change after it ends: smaller than the
// amount it starts from before a verb of rising (오르고, 증액됐다), or
// larger before one of falling (내렸다, 감액).
func (r *reading) sizeAgainstFrom(a amount) bool {
	var b *amount
	for k := range r.amts {
		if r.amts[k].end <= r.words[a.before].end && r.amts[k].end > r.words[a.before].start {
			b = &r.amts[k]
		}
	}
	if b == nil || a.after >= len(r.words) {
		return false
	}
	va, okA := r.valueOf(a)
	vb, okB := r.valueOf(*b)
	if !okA || !okB || r.unitOf(a) != r.unitOf(*b) {
		return false
	}
	next := r.words[a.after].raw
	switch c := va.Cmp(vb); {
	case c < 0:
		return hasAnyPrefix(next, risingWords)
	case c > 0:
		return hasAnyPrefix(next, fallingWords)
	}
	return false
}

// risingWords and fallingWords begin the verbs of a change up and down.
var (
	risingWords  = []string{"오르", "올라", "올랐", "오른", "올려", "올리", "인상", "증액", "늘", "증가", "상승", "확대", "뛰"}
	fallingWords = []string{"내리", "내려", "내렸", "내린", "인하", "감액", "줄", "감소", "하락", "축소", "삭감", "떨어"}
)

// valueOf returns the value amount a is written with, without its unit.
func (r *reading) valueOf(a amount) (Decimal, bool) {
	s := r.text[a.start:a.end]
	s = strings.TrimSpace(strings.TrimSuffix(s, r.unitOf(a)))
	d, err := ParseAmount(s)
	return d, err == nil
}

// everyUnit reports whether word w is a quantity of a unit with 마다
// (144m마다, 35초마다, 10km마다), or a noun with 마다 (가구마다, 학교마다):
// the amount after it is given per that unit, each of them, a rate, as
// with 당 (가구당). 마다 is the particle of distribution: it makes a rate
// of whatever it follows but a time. 해마다, 매달마다, 주말마다 and a
// number of years, months or days (3년마다) are per a time or a span,
// which per says, not a unit; 때마다, 번마다 count occasions.
func everyUnit(w word) bool {
	stem, ok := strings.CutSuffix(w.raw, "마다")
	if !ok || stem == "" {
		return false
	}
	if !startsDigit(stem) {
		return !timeUnits[stem] && !notUnitNouns[stem] && !timeNouns[stem] && !periodicNouns[stem] &&
			!timeWord(word{raw: stem, stem: stem}) && !strings.HasPrefix(stem, "매")
	}
	return !hasAnySuffix(stem, []string{"년", "개월", "달", "월", "일", "주", "해"})
}

// periodicNouns are nouns of a time that comes again, which 마다 makes a
// period of, no unit (주말마다, 학기마다, 아침마다).
var periodicNouns = setOf("주말", "평일", "휴일", "명절", "학기", "계절", "철", "아침", "저녁", "밤", "새벽", "오전", "오후",
	"회기", "분", "초", "회")

// joinedRate reports whether amount a, the j-th, is the second of two
// items joined by 와 or 과 (1인당 4억2천만원 … 배상금과 5천만원의
// 국비위로지원금, 개당 5만5천원 상당의 온열기 800개와 10만원 상당의 방한복)
// whose first is given per a unit: the unit is written once for both. A
// total (총) keeps its own role, and a verb between ends the list.
func (r *reading) joinedRate(a amount, j int) bool {
	if j == 0 || j > len(r.got) || hasQual(a, "총") || a.before < 0 || a.before != a.first-1 {
		return false
	}
	b := r.amts[j-1]
	if r.got[j-1].role != RoleRate || b.gloss >= 0 || !hasRateQual(b) {
		return false
	}
	if w := r.words[a.before]; !(w.part == "과" || w.part == "와") || !w.noun && !w.num {
		return false
	}
	for i := b.last + 1; i < a.first; i++ {
		if w := r.words[i]; w.verb && !isAdnominal(w) || w.comma || w.amt && i > b.last+1 {
			return false
		}
	}
	return true
}

// hasRateQual reports whether amount a has a qualifier of a unit (1인당,
// 개당): its rate is written, not inferred.
func hasRateQual(a amount) bool {
	for _, q := range a.quals {
		if rateWord(q) {
			return true
		}
	}
	return false
}

// mustReach reports whether amount a, with a bound, is what a verb of -아야
// or -어야 (써야, 내야) right after it requires before another deed can be
// (1천500만원 이상 써야 사용할 … 있도록): a condition that must be met. A
// verb of -야 before 한다 is an obligation (335억원을 내야 한다), no
// condition.
func (r *reading) mustReach(a amount) bool {
	v := a.after
	if v >= len(r.words) || v+1 >= len(r.words) {
		return false
	}
	w := r.words[v].raw
	if !strings.HasSuffix(w, "야") || !(strings.HasSuffix(w, "어야") || strings.HasSuffix(w, "아야") || strings.HasSuffix(w, "써야") || strings.HasSuffix(w, "해야") || strings.HasSuffix(w, "내야") || strings.HasSuffix(w, "여야")) {
		return false
	}
	next := r.words[v+1].raw
	return !hasAnyPrefix(next, []string{"하", "한", "했", "할", "함", "된", "되", "될"})
}

// scaleStep reports whether amount a, with a bound, is a step of a scale
// given as a list (자본금 10조원 초과, 1조원 초과 40조원 이하 등의 다섯
// 단계로): followed by a comma and another bounded amount, or by 등의 and a
// noun of steps, brackets or grades. Each step sorts a class: other.
func (r *reading) scaleStep(a amount) bool {
	if a.after >= len(r.words) {
		return false
	}
	if w := r.words[a.after]; w.raw == "등의" || w.raw == "등" {
		for k := a.after + 1; k < len(r.words) && k <= a.after+2; k++ {
			if hasAnySuffix(r.words[k].stem, []string{"단계", "구간", "등급"}) {
				return true
			}
		}
	}
	if a.tail != "," && !r.words[a.last].comma && !(a.after > 0 && r.words[a.after-1].comma) {
		return false // 10조원 초과,: the comma after its bound
	}
	for _, b := range r.amts {
		if b.start > a.end && b.first <= a.after+1 {
			return hasAnyQual(b, boundQuals)
		}
	}
	return false
}

// endsInClassNoun reports whether noun n, of three syllables or more, ends
// in a class noun of two or more (중소기업, 대기업, 다주택자 …): a kind of
// that class.
func endsInClassNoun(n string) bool {
	if utf8.RuneCountInString(n) < 3 {
		return false
	}
	for k := range classNouns {
		if utf8.RuneCountInString(k) >= 2 && strings.HasSuffix(n, k) {
			return true
		}
	}
	return false
}

// bandClass reports whether amount a, with the qualifier 대 (a band) and
// no particle, sorts the topic it modifies (1200원대 주유소는 두 곳만
// 남아있었다): a band is a bound, and a bound before a noun that is a
// topic is a class (6b: 3000만원 이하 소액대출은), other. Before a subject
// or an object (200억원대 손해를 끼친) it is an amount that exists.
func (r *reading) bandClass(a amount) bool {
	if !hasQual(a, "대") || a.tail != "" {
		return false
	}
	h := a.after
	if h >= len(r.words) || h != a.last+1 {
		return false
	}
	w := r.words[h]
	if !w.noun || w.time || w.comma || genericHeads[w.stem] || sizeNouns[w.stem] || stopNouns[w.stem] {
		return false
	}
	return classParts[w.part]
}
