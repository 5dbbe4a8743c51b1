package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells adverbs from nouns in a purpose: a purpose is a noun
// phrase (docs/meaning.md "purpose"), and an adverb that stands before an
// amount (주가는 잠시 3만 원까지, 군데군데 … 몇 백만원을) or opens the
// phrase (다행히 금 가격은) says how or when, never what for.

// adverbs are adverbs that stand bare before an amount or a noun phrase,
// each tagged ADV in every one of its occurrences in UD Korean GSD
// (ko_gsd-ud-dev and -test, UniversalDependencies/UD_Korean-GSD 925eec2)
// and UD Korean Kaist (ko_kaist-ud-dev and -test, UniversalDependencies/
// UD_Korean-Kaist ef24424), both CC BY-SA 4.0 (the words only, no file
// copied); and 한때, 한동안, nouns of a time past that the treebanks tag
// NOUN and ADV and that stand as adverbs of when. 이렇게 and 그렇게, which
// Kaist also tags VERB and SCONJ, are adverbs by their form (-게).
var adverbs = setOf("꼭", "잠시", "과연", "다행히", "군데군데", "마침내", "아마", "비로소", "심지어",
	"만약", "겨우", "단지", "오직", "결국", "드디어", "갑자기", "어느새", "도저히", "정작", "기껏",
	"대충", "줄곧", "때마침", "오히려", "한때", "한동안",
	// Who did it alone or by oneself (개인 혼자 3천억원어치 팔았다): how, no thing.
	"혼자", "홀로", "나홀로", "스스로", "각자")

// isAdverbWord reports whether word w, without its particle, is an adverb:
// one of adverbs, or one made by its form, which no noun has: a verb or
// an adjective with -게 (놀랍게, 엄청나게, 이상하게), with -듯 (떨어지듯), in
// -히 of three syllables or more (서서히, 꾸준히),
// or a word of two syllables said twice (군데군데, 가끔가끔).
func isAdverbWord(w string) bool {
	if adverbs[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n >= 3 && hasAnySuffix(w, adverbGe) {
		return true
	}
	if n >= 3 && (strings.HasSuffix(w, "듯") || strings.HasSuffix(w, "히")) {
		return true // 떨어지듯; 서서히, 꾸준히: -히, as the rule for a bare purpose has it
	}
	if n == 4 {
		rs := []rune(w)
		return rs[0] == rs[2] && rs[1] == rs[3] && isHangul(rs[0]) && isHangul(rs[1])
	}
	return false
}

// adverbGe are the ends of adverbs made with -게 from the stems of
// adjectives and verbs (이렇게, 놀랍게, 자연스럽게, 새롭게, 엄청나게,
// 이상하게, 어렵게, 없게): nouns in 게 (가게, 무게, 지게) have none of them.
var adverbGe = []string{"렇게", "랍게", "럽게", "롭게", "답게", "하게", "나게", "없게", "렵게", "쉽게", "깝게"}

// dropAdverb returns purpose p without an adverb that opens it (다행히 금
// 가격 → 금 가격), or "" when p is an adverb alone (잠시, 놀랍게, 낙엽
// 떨어지듯: a phrase that ends in an adverb is no noun phrase either).
func dropAdverb(p string) string {
	first, rest, more := strings.Cut(p, " ")
	if !more && conditionAdverbs[p] {
		return "" // 만일 alone: an adverb of condition, as purposeOpeners cut it before a phrase
	}
	if isAdverbWord(first) {
		if !more {
			return ""
		}
		return rest
	}
	if more {
		if i := strings.LastIndexByte(p, ' '); isAdverbWord(p[i+1:]) && strings.HasSuffix(p, "듯") {
			return "" // 낙엽 떨어지듯: a simile, how it fell
		}
	}
	return p
}

// compoundVerbEnds end the stems of verbs joined with -아/-어 to a verb of
// direction (들어가, 되돌아오, 살아나, 올라가, 내려오): a purpose that is
// one of them is a verb cut from its ending (들어가는, 되돌아오는), no noun.
var compoundVerbEnds = []string{"아가", "어가", "아오", "어오", "아나", "어나", "여가", "여오"}

// compoundVerb reports whether the one-word purpose p is the stem of a
// compound verb of direction: three syllables or more, ending in one of
// compoundVerbEnds.
func compoundVerb(p string) bool {
	return !strings.Contains(p, " ") && utf8.RuneCountInString(p) >= 3 && hasAnySuffix(p, compoundVerbEnds)
}

// dayNouns are nouns of a day (다음날, 전날, 그 날은): a time, never what
// an amount is for, which the time readers may not know as one.
var dayNouns = setOf("날", "다음날", "이튿날", "전날", "첫날", "그날", "당일", "마지막날")

// connectiveGyeo reports whether w is a verb in -기 joined by -어 (남겨,
// 즐겨, 옮겨, 맡겨: 남기어, 즐기어), which no noun of two syllables or more
// ends as.
func connectiveGyeo(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(w, "겨")
}

// allHangul reports whether w is written in Hangul syllables only: no
// quotation mark, bracket or digit, which no verb form holds (‘탱고 is a
// name opening a quote, no verb in -고).
func allHangul(w string) bool {
	for _, r := range w {
		if !isHangul(r) {
			return false
		}
	}
	return w != ""
}

// ownCountry are the words by which a Korean text names its own country
// (우리나라, 우리): in 우리나라 돈으로 … 원 they say whose currency an
// amount is glossed in, and alone they name no thing an amount is for.
var ownCountry = setOf("우리나라", "우리")

// connectiveHa reports whether w is a verb in 하다 with a connective
// ending (확보하고도, 투자하며, 합의하여): a noun of three syllables or
// more does not end so.
func connectiveHa(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && hasAnySuffix(w, []string{"하고", "하고도", "하고는", "하며", "하여", "하면서"})
}

// conditionAdverbs are the adverbs of condition that purposeOpeners cut
// before a phrase (만약, 만일, 혹시: if): alone they are no purpose either.
var conditionAdverbs = setOf("만약", "만일", "혹시")
