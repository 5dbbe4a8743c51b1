package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file reads the agent of an item of a list of owners and amounts
// (한국철도공사 15조3천억원, … 12조4천억원 …), and drops
// agents that name nobody.

// itemOwner returns the owner that amount a, an item of a list, is
// written right after, or -1: a name or a body bare or with its subject
// particle, maybe with a count in brackets (삼성그룹 3천536억원, LG그룹
// 3천342억원 …, CJ그룹이 532억원; 연예인(330명) 18억9천800만원). Each
// item has its own owner, where the subject of the sentence, written once,
// would give them all the last.
func (r *reading) itemOwner(a amount, j int) int {
	// 유경준 의원 약 290만원, …: a qualifier of the amount (약, 총) may
	// stand between the item's owner and its amount (list23).
	b := a.before
	if a.start > r.words[a.first].start {
		return -1 // 박하늘 누리그룹 회장(559억원): the bracket glosses the name glued to it
	}
	if b < 0 || b < a.first-2 || b != a.first-1 && len(a.quals) == 0 {
		return -1
	}
	w := r.words[b]
	if w.time || w.amt || w.money || w.verb || !(w.part == "" || w.subj && w.part != "에서" && w.part != "에서는") {
		return -1
	}
	if !isActor(bareName(w.stem)) || isThing(bareName(w.stem)) || pronouns[w.stem] || determiners[w.raw] {
		return -1
	}
	if !r.listItem(a, j) {
		return -1
	}
	if b > 0 {
		// 정부 예산 10조 원 is no item; 미국 1조 달러, 중국 5천억 달러 are,
		// and so is a person named before a title (누리당 김모 의원 290만원).
		if p := r.words[b-1]; !p.comma && p.part == "" && p.noun && !p.time && !conjunctions[p.raw] && !p.actor && !p.name && r.nameStart(b) == b {
			return -1
		}
	}
	return b
}

// listItem reports whether amount a, the j-th, is one of several items
// written one after another with commas: an amount of a list, or one
// followed by a comma and another amount.
func (r *reading) listItem(a amount, j int) bool {
	if a.list {
		return true
	}
	if j+1 < len(r.amts) && r.words[a.last].comma && r.amts[j+1].gloss < 0 {
		return r.amts[j+1].first-a.last <= 5 // 김모 의원 290만원, 누리당 박모 의원 약 139만원
	}
	return false
}

// junkAgent reports whether agent p names nobody: a word that joins
// clauses (그러자), a bound noun (사실), a reflexive that only points at
// the subject (자신), or a verb cut as if it were a noun (확보하고자,
// 지났는데도). The words are read without the sentence around them, so
// only endings no noun has count.
func junkAgent(p string) bool {
	if p == "" {
		return false
	}
	ws := splitWords(p)
	if len(ws) == 0 {
		return true
	}
	last, first := ws[len(ws)-1], ws[0]
	if spansBullets(p) {
		return true // △입양비 지원 △길고양(이): two items of a bulleted list, no one (agent_bullet.go)
	}
	if conjunctions[last.raw] || conjunctions[first.raw] || len(ws) == 1 && (boundNouns[last.stem] || reflexives[last.stem]) {
		return true
	}
	for _, w := range ws {
		if w.money || w.amt && startsDigit(w.raw) {
			return true // 5000원인 '보헴 시가 마스터'가 …: an amount is nobody
		}
	}
	if startsDigit(first.raw) && amountFirst(p) {
		return true // 8.9%적은 6804억원: a percent or an amount opens no name
	}
	if len(ws) == 1 && pronouns[last.stem] {
		return true // 이들은 … 뇌물을 주고: a pronoun no sentence before resolves names no one
	}
	if thingHead(last.raw) && !looksNamed(last) {
		return true // 일회용컵 보증금제는 …, 사업을 추진하는 이유는 …: a system, a law or a reason, nobody (thing_head.go); the word as written, as 통합법인 is no 통합법 with 인
	}
	if bodyNoun(last.stem) && !last.actor {
		return true // 병사 봉급은 … 월급 150만원: a measure of pay or earnings is what is held, no one who holds it
	}
	if articleNumber(last.stem) {
		return true // 장애인복지법 제40조는 …: a law states amounts but spends none (fourth round)
	}
	if strings.HasSuffix(last.stem, "인원") || strings.HasSuffix(last.raw, "하자") {
		return true // 수혜 인원: a headcount; 지원하자(는): a verb of proposing
	}
	if st := last.stem; utf8.RuneCountInString(st) >= 3 && (strings.HasSuffix(st, "율") || strings.HasSuffix(st, "률")) || strings.HasSuffix(st, "행위") {
		return true // 저출산율 역시 …, 음란물을 배포하는 행위는 …: a ratio or a deed, nobody
	}
	if rateWord(last.raw) || len(ws) == 1 && strings.HasSuffix(last.raw, "당") && utf8.RuneCountInString(last.raw) <= 4 && !orgNames[last.raw] && !notRateDang[last.raw] && !strings.HasSuffix(last.raw, "정당") {
		return true // 교실당 50만원: the unit of a rate, nobody
	}
	if perUnitAfterCount(ws) {
		return true // 1천회 클릭당 광고비용 5천원: the unit of a rate after its count (agent_wordform.go)
	}
	for _, w := range ws {
		if hasAnySuffix(w.raw, verbOnlyEnds) {
			return true
		}
	}
	return false
}

// reflexives point at the subject of their clause, whoever it is: no
// agent by themselves.
var reflexives = setOf("자신", "자기", "본인", "스스로")

// verbOnlyEnds are endings of verbs that no noun with a particle has.
// -는데/-ㄴ데 (아닌데, 많은데) join clauses as -지만 does (domagent22).
var verbOnlyEnds = []string{"고자", "는데도", "는데", "닌데", "은데", "지만", "면서", "려고", "으려", "하며", "했으며", "많지", "려다", "려다가"}

// afterAside returns agent p without an aside it is cut out of: a
// bracket p closes but does not open (에버라드 대사) 양국 → 양국).
func afterAside(p string) string {
	if k := strings.LastIndexByte(p, ')'); k >= 0 && strings.Count(p, ")") > strings.Count(p, "(") {
		return strings.TrimSpace(p[k+1:])
	}
	return p
}

// countBracketRE matches a bracket of a count or an age inside an agent's
// phrase (운동선수(396명), 박씨(32)): no part of who.
var countBracketRE = regexp.MustCompile(`\([0-9][0-9,.]*[가-힣]{0,2}\)`)

// glossedActor returns the word of the actor a bracket holding amount a
// glosses when the bracket opens after it or after its count (개인투자자
// 4천여명(투자금액 6천억원)이 서명한), or -1.
func (r *reading) glossedActor(a amount) int {
	for k := a.first; k >= 0 && k >= a.first-3; k-- {
		seg := r.text[r.words[k].start:r.words[k].end]
		if k == a.first {
			seg = r.text[r.words[k].start:a.start]
		}
		if k < a.first && strings.Contains(seg, ")") {
			return -1
		}
		o := strings.IndexByte(seg, '(')
		if o < 0 {
			continue
		}
		if o == 0 || k == a.first && o == len(seg)-1 {
			return -1 // the bracket opens the word: no host glued to it; right before the amount: read elsewhere
		}
		host := makeWord(seg[:o], 0, o)
		if host.actor {
			return k
		}
		if (host.num || startsDigit(host.raw)) && k > 0 && r.words[k-1].actor && r.words[k-1].part == "" {
			return k - 1 // 개인투자자 4천여명(…)
		}
		return -1
	}
	return -1
}

// asideRE matches a bracket after a name that says who heads it or who it
// is (서울중앙지법 … 부장판사), 현영(본명 유현영·37)): an
// aside, no part of the agent; a bracket that glosses the name itself
// (유엔아동기금(UNICEF. 유니세프)) stays.
// personBracketRE matches a bracket of who a person is, age and sex or
// job joined by a middle dot (남(21·여)모씨, 안모(28·무직)씨): no part of the
// agent, as an age alone is not (docs/meaning.md, sixth round (6a)).
var personBracketRE = regexp.MustCompile(`\([0-9]{1,3}·[^()]{1,8}\)`)

var asideRE = regexp.MustCompile(`\((?:본명 [^()]*|[^()]*(?:부장판사|판사|부장검사|검사|위원장|회장|대표|원장|청장|장관|의원|사장|감독)[^()]*)\)`)

// amountFirst reports whether phrase p opens with an amount of money or a
// percent, as the fact extractor reads them (5000원인 …, 8.9%적): a
// phrase that does names a quantity, no one. Counts (131명, 20대 남성,
// 주요 7개국) and ordinals (1·2심, 5분위 가구) are names of people and
// bodies, and stay.
func amountFirst(p string) bool {
	for _, f := range Facts(p) {
		if f.Start == 0 && (f.Kind == KindMoney || f.Kind == KindPercent) {
			return true
		}
	}
	return false
}
