package facts

import (
	"strings"
	"unicode/utf8"
)

// A name made of an amount (docs/meaning.md, ninth round, R13): the
// amount names a plan or a law (5만4,000원 요금제, '… 5억원 일당 금지법'),
// as 1조 클럽 does, and is no amount that exists: other.

// namedByAmount reports whether amount a, with no particle glued to it, opens
// or stands inside the name of a plan or a law: the head of the bare
// nouns right after it, within three words, is a noun of a plan
// (요금제) or of a law (…법, 금지법, 특별법).
func (r *reading) namedByAmount(a amount) bool {
	if a.tail != "" {
		return false
	}
	if b := a.before; b >= 0 && b == a.first-1 && r.words[b].part == "" && (penaltyNouns[r.words[b].stem] || perNouns[r.words[b].stem] != "") {
		return false // 범칙금 5만원 경범죄처벌법: the fine's amount, before the law that sets it
	}
	if r.quotedName(a) {
		return true // ‘10억 달러 연구소’를 운영할: a name in quotes that the amount opens
	}
	for i := a.after; i < len(r.words) && i < a.after+3; i++ {
		w := r.words[i]
		if !w.noun || w.time || w.amt || w.num {
			return false
		}
		n := w.stem
		if k := strings.IndexAny(n, "'’”\""); k > 0 {
			n = n[:k] // 금지법'을: the name's noun, before its quote
		}
		if nameHeads[n] || lawName(n) {
			return true
		}
		if w.part != "" || w.comma {
			return false
		}
	}
	return false
}

// nameHeads are the nouns of a plan an amount names: 5만4,000원 요금제.
var nameHeads = setOf("요금제")

// lawName reports whether noun n is the name of a law (금지법, 특별법,
// 허재호법): a word of three syllables or more ending in 법 that is no
// common noun ending so (방법, 불법, 편법, 헌법).
func lawName(n string) bool {
	return strings.HasSuffix(n, "법") && utf8.RuneCountInString(n) >= 3 && !notLawNames[n]
}

// notLawNames are nouns ending in 법 that name no law an amount names.
var notLawNames = setOf("해결법", "계산법", "사용법", "활용법", "투자법", "절세법", "운용법", "조리법", "치료법", "요리법",
	"관리법", "재테크법", "공략법", "작성법", "구별법", "측정법", "평가법", "산정법", "표기법")

// quotedName reports whether amount a opens a quotation that holds only
// it and the bare nouns after it, closed on the last of them (‘10억 달러
// 연구소’를, "10억 달러 연구소’는): the quotation names a thing by the
// amount, as ‘20억 달러 시대’ and '1조원 클럽' do (R13). A bound (‘15만원
// 미만’) or a clause quoted (“… 5억원을 주겠다”) is no name.
func (r *reading) quotedName(a amount) bool {
	open, _ := utf8.DecodeLastRuneInString(r.text[:a.start])
	if !strings.ContainsRune("‘'“\"", open) {
		return false
	}
	for i := a.after; i < len(r.words) && i < a.after+3; i++ {
		w := r.words[i]
		if !w.noun || w.time || w.amt || w.num || boundQuals[w.stem] {
			return false
		}
		if w.quoteClose {
			return true
		}
		if w.part != "" || w.comma {
			return false
		}
	}
	return false
}
