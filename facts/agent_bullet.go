package facts

import (
	"strings"
	"unicode/utf8"
)

// This file holds two word forms that name no agent (d21 class A4, agent24).
//
// A bullet (△, ▲, ■, ●, ◆, ○, □, ◇) opens an item of a list the copy sets
// out in a line: each item is a noun phrase (`△입양비 지원 △길고양이 중성화
// 사업`). A phrase that holds a bullet after its first letter runs over the
// end of one item into the next, so it is no name; and a noun that ends in
// 이 inside an item (`길고양이`) is read as a subject only because the letter
// looks like the particle. A bullet at the start alone is left to the
// other rules: an item may be a clause with a subject of its own.
//
// 당 after a noun is per (가구당, 업체당); spaced off (`가구 당 농업소득`) it is
// still the suffix, and the noun before it is the unit of a rate, no owner
// of the measure after it (docs/meaning.md role list: 건당, 가구당).

// bullets are the marks that open an item of a list set out in a line.
const bullets = "△▲■●◆○□◇"

// spansBullets reports whether agent phrase p holds a bullet past its
// first letter.
func spansBullets(p string) bool {
	_, w := utf8.DecodeRuneInString(p)
	return w < len(p) && strings.ContainsAny(p[w:], bullets)
}

// spacedPerUnit reports whether word s is followed by 당 standing alone:
// the per suffix spaced off its unit.
func spacedPerUnit(ws []word, s int) bool {
	return s >= 0 && s+1 < len(ws) && ws[s+1].raw == "당" && ws[s].noun && !ws[s].comma
}

// asForParts are the particles of a topic that frames a list as what it
// is an instance of (`도의 주요 사업으로는 A(N원), B(N원) 등이 있다`: as for
// the province's projects, there are A and B): 로 with the topic's 는 says
// the items are of the kind it names, as 은/는 does (list_bracket.go).
var asForParts = setOf("으로는", "로는")
