package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file cuts what only describes a name off the front of an agent's
// phrase (docs/meaning.md, "Decisions, sixteenth round (agent extent)",
// N2): the name is what an analyst groups amounts by.

// nameAfterDescription returns the first word of the agent that ends with
// word i, from s, once the words before a name that only say what it is
// are left out: a kind of body (반도체 제조사 TSMC, 가상화폐 거래소
// 바이낸스, 북한 해킹조직 라자루스), a person's occupation, people or
// origin (가수 조용필 씨, 영국인 랜슬롯 드와이츠, 뉴욕 출신 …), and what a
// body is under (미 국방부 산하 …). A head that is itself a common noun of
// people or bodies (대기업 생산직 근로자, 한국 소재 가상화폐 거래소) is no
// name and keeps its words (N3, N5); before a person's title only a
// generic body is left out (벤처기업 김 사장), never the body the title is
// held in (현대차그룹 정몽구 회장, 민주당 이재명 대표).
func (r *reading) nameAfterDescription(s, i int) int {
	head := r.words[i]
	titled := personTitles[head.stem] || strings.HasSuffix(head.stem, "씨") && utf8.RuneCountInString(head.stem) >= 2 // 윤모씨, A씨
	if !titled && (commonActor(head.stem) || !head.noun && !head.name) {
		return s
	}
	for k := i - 1; k >= s; k-- {
		w := r.words[k]
		if k+1 < i && commonActor(r.words[k+1].stem) {
			continue // 조선인 기술자 계장급: what follows is no name but a common noun of people
		}
		if w.part == "인" && countries[w.stem] && !w.comma && k+1 < i {
			return k + 1 // 영국인 랜슬롯 드와이츠: the reader takes 인 for the copula
		}
		if w.part != "" || w.comma || w.quoteClose {
			break
		}
		if titled && k == i-1 && personTitles[head.stem] {
			continue // 구본무 LG그룹 회장: the body of the title after the name
		}
		// A person's name of one word with no title (계장급, 청소년) may be
		// a common noun the dictionaries lack: only a body's name is read so.
		if describesPerson(w.stem) && (titled || k+1 < i) || !titled && describesBody(w.stem) || titled && genericBodies[w.stem] {
			return k + 1
		}
	}
	return s
}

// describesPerson reports whether noun n says what a person named after
// it is or where they are from: an occupation or a people (가수, 배우,
// 의사, 피고인, 축구선수), a people of a country (영국인, 러시아인), 출신,
// or a relation (동기).
func describesPerson(n string) bool {
	if personNouns[n] || personRoles[n] || strings.HasSuffix(n, "선수") {
		return true
	}
	if c, ok := strings.CutSuffix(n, "인"); ok && countries[c] {
		return true
	}
	return false
}

// personRoles are nouns that say who a person named after them is and
// are no noun of personNouns: where they come from, how they are
// related, what they founded.
var personRoles = setOf("출신", "동기", "창업자", "창립자", "설립자")

// describesBody reports whether noun n says what kind of body the name
// after it is (제조사, 거래소, 해킹조직, 분석업체, 물류기업, 전문매체) or
// what it is under (산하), of more than one syllable: not 그룹 glued to a
// name (현대차그룹), which names a body itself.
func describesBody(n string) bool {
	if utf8.RuneCountInString(n) < 2 || strings.HasSuffix(n, "그룹") && n != "그룹" {
		return false
	}
	return bodyKinds[n] || hasAnySuffix(n, bodyKindEnds)
}

// bodyKinds are words that say what a body is, whole: 산하 (under),
// 사단법인 and 재단법인 (its legal form), 그룹 and 조직 alone.
var bodyKinds = setOf("산하", "사단법인", "재단법인", "그룹", "조직", "거래소")

// bodyKindEnds end nouns of a kind of body that stand before its name
// with no particle (제조사, 제작사, 업체, 기업, 회사, 해킹조직, 거래소,
// 매체).
var bodyKindEnds = []string{"제조사", "제작사", "업체", "기업", "회사", "조직", "거래소", "매체", "운용사", "통신사", "항공사"}

// genericBodies are nouns of a body of no name that may stand before a
// person's name and title (벤처기업 김 사장), unlike the named body the
// title is held in.
var genericBodies = setOf("기업", "업체", "회사", "벤처기업", "대기업", "중소기업", "스타트업", "사단법인", "재단법인")

// ownsPeople reports whether word k, an owner with 의 right before a
// common noun of people or bodies, names whose they are and so belongs to
// the agent (sixteenth round, N3: 무시리의 주민들, AT&T의 … 고객들): a noun
// or a name, not a time, an amount, a count, a thing or a pronoun
// (자신의 보좌진).
func (r *reading) ownsPeople(k int) bool {
	w := r.words[k]
	return (w.noun || w.name) && !w.time && !w.comma && !w.amt && !w.verb && !startsDigit(w.stem) &&
		!reflexives[w.stem] && !pronouns[w.stem] && !isThing(w.stem) && !isDocument(w.stem) && !oneHangul(w.stem)
}

// countRE matches a count of people or bodies written as one word: 2명,
// 12곳, 4개, 42개국, 3개사.
var countRE = regexp.MustCompile(`^[0-9][0-9,]*(명|곳|개|개국|개사)$`)

// countAfter returns the last word of the agent whose head is word i: the
// count that follows a bare head, past a 등 (노동자 1명이, 김 모 씨 등
// 2명이, 교사와 학부모 3명이), as every such agent of the sets keeps it
// (sixteenth round, N7); i itself otherwise.
func (r *reading) countAfter(i int) int {
	if r.words[i].part != "" || r.words[i].comma {
		return i
	}
	k := i + 1
	if k < len(r.words) && r.words[k].raw == "등" {
		k++
	}
	if k < len(r.words) && countRE.MatchString(r.words[k].stem) && !r.words[k].amt && !r.words[k].money {
		return k
	}
	return i
}

// bodyBefore reports whether a word from k up to title i, not i, names a
// body the title is held in (… 서울고등검찰청 부장검사, 콜린 칼 미
// 국방부 정책차관): the name before it is the person's, whatever the
// reader took its last word for.
func (r *reading) bodyBefore(k, i int) bool {
	for ; k < i; k++ {
		if w := r.words[k]; w.actor && w.noun && w.part == "" && !personTitles[w.stem] {
			return true
		}
	}
	return false
}

// takesObject reports whether the word before word k is an object (…을,
// …를), so that word k is the verb it is the object of (인수위원장을 지낸
// 이경숙 …), not a name.
func (r *reading) takesObject(k int) bool {
	if k == 0 {
		return false
	}
	p := r.words[k-1].part
	return p == "을" || p == "를" || p == "으로" || p == "로" || p == "에" || p == "에서"
}

// titleLike reports whether noun n is a person's title or ends with one
// (부장검사, 정책차관, 집행위원장, 부국장).
func titleLike(n string) bool {
	if personTitles[n] {
		return true
	}
	for t := range personTitles {
		if utf8.RuneCountInString(t) >= 2 && strings.HasSuffix(n, t) {
			return true
		}
	}
	return false
}
