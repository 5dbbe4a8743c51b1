package facts

import "strings"

// bracketMeasure returns the measure an amount in brackets is written
// with, inside the bracket before it, and the word the bracket is glued
// to: 영세 가맹점(연 매출 3억~10억원) → 연 매출, 가맹점; 누리엔터테인먼트(시총
// 3,210억원) → 시총. An apposition in brackets says what the amount
// measures of the noun it glosses, so that measure is the purpose (6a,
// D19-9), not the noun outside (docs/meaning.md "Twenty-third round:
// lists (list23)"). ok is false when a is no such amount.
func (r *reading) bracketMeasure(a amount) (measure string, host int, ok bool) {
	k := a.first - 1
	if k < 0 || a.start != r.words[a.first].start {
		return "", -1, false
	}
	from := -1 // where the bracket opens, glued to the noun it glosses: 가맹점(연
	for ; k >= 0 && a.first-k <= 3; k-- {
		w := r.words[k]
		if i := strings.IndexByte(r.text[w.start:w.end], '('); i > 0 {
			from = w.start + i + 1
			break
		}
		if w.part != "" || w.comma || w.verb || w.money || w.amt || w.num || strings.ContainsAny(w.raw, "()") {
			return "", -1, false
		}
	}
	if from < 0 || strings.ContainsAny(r.text[from:r.words[a.first-1].end], "()0123456789,") {
		return "", -1, false
	}
	rest := r.text[a.end:]
	c := strings.IndexByte(rest, ')')
	if c < 0 || c > 12 || strings.ContainsAny(rest[:c], "0123456789(,") {
		return "", -1, false // 3억원 이하), 3억~10억원): the amount closes the bracket, with its bound
	}
	if b := strings.TrimSpace(rest[:c]); !strings.Contains(r.text[a.start:a.end], "~") && b != "이하" && b != "미만" && b != "이상" && b != "초과" {
		return "", -1, false // only a class the bracket bounds: (연 매출 3억원 이하), (연 매출 5억~30억원)
	}
	m := strings.TrimSpace(r.text[from:r.words[a.first-1].end])
	if oneHangul(lastWord(m)) {
		return "", -1, false // (약 90만 달러), (총 2300만원 상당): a qualifier of the amount, no measure
	}
	return m, k, true
}

// glossesName reports whether the word k a bracket is glued to names an
// owner before its bracket (누리전자(매출 5조~6조원), ownerName): the bracket
// glosses that one's own measure, no class, and the name owns the amount
// (bracketMeasureOwner); a class noun (가맹점, 중견기업: classNouns)
// names none.
func (r *reading) glossesName(k int) bool {
	if k < 0 || k >= len(r.words) {
		return false
	}
	w := r.words[k]
	name, _, ok := strings.Cut(r.text[w.start:w.end], "(")
	return ok && glossedOwner(name)
}

// glossedOwner reports whether n, glued before a bracket, names one owner
// (ownerName) and no class (classNouns: 중견기업, 가맹점).
func glossedOwner(n string) bool {
	return ownerName(n) && !classNouns[n] && !endsInClassNoun(n)
}
