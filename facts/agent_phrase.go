package facts

import (
	"strings"
	"unicode/utf8"
)

// This file cuts an agent's phrase out of the sentence, as written.

// agentPhrase returns the agent that word i names, as written.
func (r *reading) agentPhrase(i int) string {
	if s := r.surnameBefore(i); s >= 0 {
		return r.phrase(s, i) // 이 회장은, 이 전 의원은: Lee, not this
	}
	if i > 0 && pointedBy[r.words[i-1].raw] && !r.words[i-1].comma && r.words[i].noun {
		return r.pointedActor(r.words[i].stem) // 이 회사의 매출, 이들 기업은: whom the sentence before names
	}
	s, _ := r.agentSpan(i)
	return r.phrase(s, r.countAfter(i))
}

// pointedBy are the demonstratives that make the noun after them point
// back: 이 회사, 그 기업, 이들 기업, 해당 업체.
var pointedBy = setOf("이", "그", "이들", "그들", "해당")

// agentSpan returns the first word of the agent that word i names, and
// the agents it joins when it names several (미국과 한국): its noun with
// the words before it that belong to the name — a quoted name from its
// opening quote (‘탱고 카드’), the name, rank or organisation before a
// title or a person (조 바이든 대통령, 내부 직원 송아무개씨), the place
// before an organisation (대한민국 국회), the words that narrow a common
// noun (북한 사이버 범죄자들, 홍콩의 중개회사) — and the names joined to
// it by 와/과 or a comma (예스24와 알라딘, 교보문고).
func (r *reading) agentSpan(i int) (int, []string) {
	s := r.nameStart(i)
	if s+1 < i && pointedBy[r.words[s].raw] && !r.words[s].comma {
		s++ // 이들 지역 노동자들: a determiner is no part of the name (A11)
	}
	items := []string{r.phrase(s, i)}
	for s > 0 && len(items) < 5 {
		p := r.words[s-1]
		if !(p.part == "와" || p.part == "과" || p.comma && p.part == "" && !p.verb) || p.time || !(p.noun || p.name) || p.verb {
			break
		}
		if p.comma && stopNouns[p.stem] {
			break // 제공했을 때, ABS는: a bound noun of time or case ends a clause, no item of a list
		}
		if !(p.actor || p.name || !isThing(p.stem) && !places[p.stem] && !p.verb) || moneyWords[p.stem] || p.amt || p.money && p.comma {
			break // 개인투자자가 177억 원어치, 외국인투자자가: a word of another item's amount ends the name (list23)
		}
		k := r.nameStart(s - 1)
		items = append([]string{r.phrase(k, s-1)}, items...)
		s = k
	}
	if len(items) == 1 {
		items = nil
	}
	return s, items
}

// nameStart returns the first word of the name that ends with word i.
func (r *reading) nameStart(i int) int {
	w := r.words[i]
	if w.stem == "사" && w.actor && i > 0 {
		return r.nameStart(i - 1) // ‘마이크론 테크놀로지’ 사: the company mark takes the name before it (companyMarks)
	}
	if w.quoteOpen {
		return i // ‘라자루스’가: the quotes close the name
	}
	if countries[baseName(w.stem)] {
		return i // 잠비아, not 아프리카 나라 잠비아
	}
	if w.quoteClose {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if r.words[k].quoteOpen {
				return k
			}
			if r.words[k].part != "" || r.words[k].comma {
				break
			}
		}
	}
	stem := strings.TrimSuffix(w.stem, "들")
	limit := 5
	if orgNames[baseName(stem)] && !countries[stem] {
		limit = 2
	}
	s := i
	for k := i - 1; k >= 0 && i-k <= limit; k-- {
		p := r.words[k]
		if r.formerTitle(k) {
			s = k - 1 // 박 전 특검 (딸): a surname and a former office, whatever the office
			break
		}
		if p.raw == "전" && k == i-1 && k > 0 && personTitles[stem] && r.words[k-1].part == "" && r.words[k-1].noun && !r.words[k-1].comma {
			s = k // 강 전 감독, 전 전 청장: a former title stays with its name
			continue
		}
		if b := k - 1; p.raw == "전" && k < i-1 && b >= 0 && (personTitles[stem] || personTitles[baseName(r.words[i-1].stem)]) &&
			r.words[b].part == "" && r.words[b].noun && !r.words[b].comma && !r.words[b].time {
			s = k // 유병언 … 세모그룹 회장 일가: a former title past the body it was held in
			continue
		}
		// 트뤼도 총리, 레인 매니지먼트: a name may end as a particle does.
		// 개발자인 그리피스 씨, 독일 기업인 엘모스사: a noun of a role or
		// a body with 인 is in apposition, no part of the name; 조선인,
		// 미국인 are people of a country.
		if p.part == "인" && p.noun && k < i-1 && personTitles[stem] && !p.comma {
			break // 논란의 중심인 김 의원: what the person is, in apposition with 인 (6a), no part of the name
		}
		if apposedBody(p) && !isPerson(stem) && !personTitles[stem] {
			break // 독일 기업인 엘모스사, 수탁생산 기업인 TSMC: what the body is, no part of its name
		}
		if misreadName(p) && (personTitles[stem] && k >= i-2 || titleLike(stem) && k == s-1 && r.bodyBefore(k+1, i) && !r.takesObject(k)) {
			// 루시 고 판사, 빈 살만 왕세자, 브라운 교수: a name read as a verb
			// or with a particle; before the body of the title too (김광준
			// 서울고등검찰청 부장검사).
			s = k
			continue
		}
		inName := !p.actor && !strings.HasSuffix(p.stem, "자") && !appositive(p.stem) || countries[p.stem] || places[p.stem]
		named := (p.part == "도" && !p.actor && !personTitles[p.stem] || p.part == "인" && inName) && !p.comma && p.noun
		if p.part != "" && !named || p.comma || p.quoteClose || !p.noun && !p.name || p.time || p.dur || determiners[p.raw] || boundaryNouns[p.stem] || strings.HasSuffix(p.raw, "결과") ||
			conjunctions[p.raw] || isPreQualifier(p.raw) || p.amt || p.verb || p.ends ||
			clauseNouns[p.raw] || stopNouns[p.stem] || moneyWords[p.stem] || strings.HasSuffix(p.raw, "는") || strings.HasSuffix(p.raw, "던") ||
			strings.HasSuffix(p.raw, "법상") {
			break
		}
		s = k
	}
	// 축구선수 크리스티아누 … 어머니: a relative is named by whose
	// relative they are, with the name's occupation (ninth round, A11).
	if s == i && kinNouns[stem] && i > 0 {
		if p := r.words[i-1]; p.part == "의" && (p.noun || p.name) && !p.comma && !p.time && !isThing(p.stem) && !places[p.stem] && !countries[p.stem] {
			return r.nameStart(i - 1)
		}
	}
	// 북한의 사이버 범죄자들, 홍콩의 중개회사: a common noun of people or
	// firms takes the country it belongs to.
	inner := false // 북한의 해킹 조직 라자루스: a common noun inside the name
	for k := s; k < i; k++ {
		inner = inner || commonActor(r.words[k].stem) && !personTitles[r.words[k].stem]
	}
	if s > 0 && (commonActor(stem) || inner) && !personTitles[stem] {
		p := r.words[s-1]
		if p.part == "의" && (countries[p.stem] || places[p.stem]) {
			s--
		} else if p.part == "의" && w.part != "" && commonActor(stem) && r.ownsPeople(s-1) {
			s = r.nameStart(s - 1) // 무시리의 주민들, 후보자의 모친: whose people (N3)
		}
	}
	return r.nameAfterDescription(s, i)
}

// phrase returns words s to i of the sentence as written, without the
// particle of word i and the quotation marks around it. A start past i
// (a floor set beyond the word) gives word i alone.
func (r *reading) phrase(s, i int) string {
	s = min(s, i)
	start := r.words[s].start
	if w := r.words[s]; w.quoteOpen && i > s && w.start > 0 {
		// ‘누리 솔라’ 사: a quoted name that a word after it ends keeps
		// its opening mark, so that the pair stays whole (trimQuotes).
		if q, n := utf8.DecodeLastRuneInString(r.text[:w.start]); strings.ContainsRune(`‘“「『《`, q) {
			start -= n
		}
	}
	p := r.text[start:max(r.words[i].stemEnd, start)]
	if o := strings.LastIndexByte(p, '('); o > 0 && !strings.Contains(p[o:], ")") {
		p = strings.TrimSpace(p[:o]) // 무궁화위성 2호(1500억 …: the bracket is an aside
	}
	if k := strings.LastIndex(p, "등"); k > 0 && k == len(p)-len("등") && !strings.HasSuffix(p, " 등") {
		p = p[:k] // BBC등은
	}
	return trimQuotes(p)
}

// trimQuotes removes the quotation marks at the ends of a phrase that
// does not open and close them itself: ‘성과 생식 보건’ 분야 keeps them,
// ‘예산 loses its mark; one inside the phrase stays, as written.
func trimQuotes(p string) string {
	p = strings.TrimSpace(p)
	opens, closes := 0, 0
	for _, r := range p {
		switch {
		case strings.ContainsRune(`‘“「『《`, r):
			opens++
		case strings.ContainsRune(`’”」』》`, r):
			closes++
		}
	}
	if opens != closes {
		p = strings.Trim(p, `‘’“”「」『』《》`)
	}
	return strings.Trim(p, ` '"`)
}

// surnameBefore returns the word 이 before the title at word i when it is
// the surname Lee, not the demonstrative: right before an office or a
// rank, or before 전 and one (이 회장, 이 전 의원), as 6a reads 이 씨;
// -1 otherwise. A title that a demonstrative points at as often (이
// 관계자는, 이 전문가는) is no office.
func (r *reading) surnameBefore(i int) int {
	w := r.words[i]
	if !personTitles[w.stem] || demonstratedTitles[w.stem] {
		return -1
	}
	k := i - 1
	if k >= 1 && r.words[k].raw == "전" {
		k--
	}
	if k < 0 || r.words[k].raw != "이" || r.words[k].comma {
		return -1
	}
	return k
}

// demonstratedTitles are nouns of people in personTitles that news points
// at with 이 (this) as often as it names a Lee by them: 이 관계자는, 이
// 전문가는, 이 기자는.
var demonstratedTitles = setOf("관계자", "측근", "전문가", "연구원", "선임연구원", "연구위원", "애널리스트", "기자",
	"특파원", "변호사", "지명자", "당선인", "당선자", "후보")

// appositiveEnds end nouns of a role, a rank or a kind of body that stand
// in apposition with 인 before a name (매각주관사인 케이옥션, 연예인 주식부호
// 6위인 박진영, 수탁생산 기업인 TSMC): no part of the name (6a).
var appositiveEnds = []string{"사", "기업", "업체", "회사", "단체", "기관", "부호", "매체", "은행", "그룹", "위", "부서", "기구"}

// appositive reports whether noun n names a role, a rank or a kind of
// body (appositiveEnds), of more than one syllable.
func appositive(n string) bool {
	return utf8.RuneCountInString(n) >= 2 && hasAnySuffix(n, appositiveEnds)
}

// kinNouns name a person by kinship (호날두의 어머니, 김씨의 아들), or a
// body or a person by whom they belong to.
var kinNouns = setOf("어머니", "아버지", "모친", "부친", "아들", "딸", "부인", "남편", "아내", "부모", "동생", "형", "누나", "언니", "오빠", "손자", "손녀", "조카", "며느리", "사위",
	// Bodies and people named by whom they belong to: VBCL의 자회사, 선수들의 캐디.
	"자회사", "계열사", "캐디", "캐디들", "대리인", "변호인", "측근")

// apposedBody reports whether word w says with 인 what kind of body the
// name after it is (기업인, 부서인, 제조사인): 기업인 reads so too, though it
// also means a businessman, when what follows is no person.
func apposedBody(w word) bool {
	if w.raw == "기업인" || w.raw == "업체인" || w.raw == "회사인" {
		return true
	}
	return w.part == "인" && appositive(w.stem)
}

// boundaryNouns end the words before a name that belong to another phrase:
// 경찰 조사결과 박씨, … 사이 유니세프, … 관련 백악관.
var boundaryNouns = setOf("결과", "사이", "관련", "가운데", "중")

// misreadName reports whether word p, right before a person's title, is
// a part of the person's name that the word reader took for a verb or a
// noun with a particle (고, 살만, 브라운, 조지, 이해인): Hangul of one to
// four syllables with no comma or quote, not ending as a verb that
// modifies a noun or as a particle of case does (받은, 한, 된, 을, 의),
// and no time, determiner, conjunction or actor of its own.
func misreadName(p word) bool {
	if !(p.verb || p.part != "" || !p.noun) || p.comma || p.quoteOpen || p.quoteClose || p.actor || p.amt || p.ends && utf8.RuneCountInString(p.raw) > 1 {
		return false
	}
	n := 0
	for _, c := range p.raw {
		if !isHangul(c) {
			return false
		}
		n++
	}
	if n < 1 || n > 4 || p.time && p.part == "" || determiners[p.raw] || conjunctions[p.raw] || isPreQualifier(p.raw) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p.raw)
	if n == 1 {
		return p.verb // 루시 고 판사; not 또 김 씨 (an adverb)
	}
	return !strings.ContainsRune("은는던한된할될을를의에와과로도서게며고면해여아어니", last)
}
