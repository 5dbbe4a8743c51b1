package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells a noun that names a thing made by word formation from
// one that may name an actor: Sino-Korean nouns take a bound suffix that
// says what kind of thing they are (보증금제 a system, 특별법 a law,
// 개정안 a bill, 대책 a measure, 중계권 a right, 생산량 a quantity, 건축물
// a built thing), and a closed class of nouns names a reason or an aim
// (이유, 목적). Goods (…품) are left out: firms are named for their goods
// (다온식품, a table test's company). No actor is named so, whatever the dictionaries
// know of the stem: such a noun as a subject or topic names what is
// spoken of, not who spends.

// thingSuffixes are the bound suffixes of things, each with the fewest
// syllables a word needs to carry it as a suffix (법 alone, 안 alone and
// 제 alone are other words; 대책 and 정책 have two).
var thingSuffixes = []struct {
	end string
	min int
}{{"제", 3}, {"법", 3}, {"안", 3}, {"책", 2}, {"권", 3}, {"량", 2}, {"물", 3}}

// reasonNouns name a reason or an aim: 부속시설을 짓는 이유는 …
var reasonNouns = setOf("이유", "목적", "배경", "취지", "계기", "까닭", "원인")

// thingHead reports whether noun n is a thing by its suffix or a reason
// noun: no actor, unless a dictionary of actors knows the whole word
// (정권 is a government, 정부군 an army).
func thingHead(n string) bool {
	n = strings.TrimSuffix(baseName(n), "들")
	if reasonNouns[n] {
		return true
	}
	if isActor(n) || isPerson(n) {
		return false
	}
	syl := utf8.RuneCountInString(n)
	for _, s := range thingSuffixes {
		if strings.HasSuffix(n, s.end) && syl >= s.min {
			return true
		}
	}
	return false
}
