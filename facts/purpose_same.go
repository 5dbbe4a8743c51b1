package facts

import (
	"regexp"
	"strings"
)

// This file keeps the adnominals that open a purpose's noun phrase as
// part of what it names (docs/meaning.md P1: only particles, an owner
// that is the agent, counts and the determiners 이, 이번, 해당, 한 leave
// it; "Twenty-second round: purpose").

// totalOfNoun reports whether 총 before word n opens n's noun phrase (총
// 계약액, 총 대회 상금: the total of what the noun names, kept by P1) rather
// than qualifying the amount after it (총 3억 원): n is a noun, no amount,
// bare unless it is the head.
func totalOfNoun(n word, head bool) bool {
	return n.noun && !n.money && !n.amt && !n.time && (head || n.part == "" && !n.comma)
}

// sameDeterminer reports whether word k is 같은 meaning "the same", the
// adnominal of identity that opens a noun phrase (6월 같은 평형이, 앞서
// 같은 주택형의 분양권은): it starts the sentence or follows a time, an
// adverb or a word that ends another phrase. After a subject or a noun
// joined by 와 or 과 it is a verb's adnominal whose clause modifies the
// noun (면적이 같은 아파트, 직원들과 같은 수준), and after a bare noun it
// means "like" (삼성 같은 대기업): neither is part of the phrase.
func (r *reading) sameDeterminer(k int) bool {
	if k+1 >= len(r.words) || r.words[k].raw != "같은" || r.words[k].comma {
		return false
	}
	if n := r.words[k+1]; !n.noun || n.money || n.amt || n.time || n.actor {
		return false
	}
	if k == 0 {
		return true
	}
	p := r.words[k-1]
	switch {
	case p.comma || p.ends || p.time || p.dur || p.money:
		return true
	case p.part == "이" || p.part == "가" || p.part == "와" || p.part == "과" || strings.HasSuffix(p.raw, "처럼"):
		return false
	case p.part == "":
		return determiners[p.raw] // 앞서 같은 …; 삼성 같은 …: a noun it likens
	}
	return !p.verb // 5월에는 같은 조건의 아파트가: another phrase ends before it
}

// withSame puts back 같은 before purpose p when the word before p's phrase
// is the adnominal of identity (sameDeterminer): the walkers that build a
// phrase stop at it as at any verb, and cleanPurpose cuts a verb opening
// one.
func (r *reading) withSame(p string) string {
	if p == "" || strings.HasPrefix(p, "같은 ") {
		return p
	}
	for k := 0; k+1 < len(r.words); k++ {
		if r.words[k].raw == "같은" && strings.HasPrefix(r.text[r.words[k+1].start:], p) && r.sameDeterminer(k) {
			return "같은 " + p
		}
	}
	return p
}

// pointingWords are the determiners that point back to what the text
// before named (P1 drops them): 이 그룹사의, 해당 업체의.
var pointingWords = setOf("이", "그", "해당", "이들", "저")

// withoutPointedOwner drops from purpose p an owner with 의 that opens it
// when a pointing determiner stands right before it in the sentence and
// the owner names an actor (이 그룹사의 시가총액 → 시가총액): the owner is
// someone the text named before, the agent's place, and no part of what
// the amount is (P1: an owner that is the agent, determiners). A thing's
// owner stays (이 아파트의 시세).
func (r *reading) withoutPointedOwner(p string) string {
	ws := splitWords(p)
	if len(ws) < 2 || ws[0].part != "의" || ws[0].comma || !isActor(ws[0].stem) && !firmKind(ws[0].stem) || isThing(ws[0].stem) {
		return p
	}
	for k := 1; k < len(r.words); k++ {
		if pointingWords[r.words[k-1].raw] && strings.HasPrefix(r.text[r.words[k].start:], p) {
			return strings.TrimSpace(p[ws[1].start:])
		}
	}
	return p
}

// firmKinds are the endings in 사 (社, a company) of nouns that name a
// firm by its kind or its tie to another (그룹사, 계열사, 증권사, 협력사):
// an organisation suffix, where 사 alone ends many words that name none
// (역사, 기사, 의사).
var firmKinds = []string{"그룹사", "계열사", "자회사", "모회사", "지주사", "증권사", "보험사", "카드사", "운용사",
	"통신사", "건설사", "제약사", "항공사", "협력사", "경쟁사", "상장사", "금융사", "배급사", "제작사", "유통사"}

// firmKind reports whether n ends in one of firmKinds (한 그룹사, 카카오
// 계열사들).
func firmKind(n string) bool {
	return hasAnySuffix(strings.TrimSuffix(n, "들"), firmKinds)
}

// listBullets are the marks that open the items of a list in news copy
// (▲60㎡이하 8억원 ▲85㎡초과 17억원): punctuation, no part of a purpose.
const listBullets = "▲△▶▷►■□●○◆◇※•"

// areaClassRE matches a class of floor areas written as one word, a size
// bounded or a range of sizes (85㎡초과, 60㎡초과~85㎡이하): the type of home
// a price is given for, as a size alone is (cleanPurpose).
var areaClassRE = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)?(?:㎡|m²|평)(?:초과|이하|미만|이상)?(?:~[0-9]+(?:\.[0-9]+)?(?:㎡|m²|평)(?:초과|이하|미만|이상)?)?$`)
