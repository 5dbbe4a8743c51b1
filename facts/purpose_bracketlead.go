package facts

import "strings"

// bracketLead returns the bare nouns that open a bracket and lead up to
// amount a inside it (가맹점(연 매출 5억~30억원)): an aside in brackets is a
// phrase of its own, and the noun phrase written in it before its amount
// is what the amount measures, not the noun the bracket follows. Only a
// bracket opened within three words before the amount and closed right
// after it, with bare nouns between (no particle, comma, actor or time),
// and no amount of its own before: "" otherwise. The bracket that opens
// in the word right before the amount is read by measured:bracketOpen.
func (r *reading) bracketLead(a amount) string {
	b := a.before
	if b < 1 || b != a.first-1 || !strings.HasPrefix(afterBounds(r.text[a.end:]), ")") {
		return ""
	}
	if last := r.words[b].stem; stopNouns[last] || beforeAfter[last] {
		return "" // 수입맥주(인하 전 3천원): when the amount held, the bracket glosses the noun before it
	}
	for k := b; k >= 0 && k >= b-3; k-- {
		w := r.words[k]
		if o := strings.IndexByte(w.raw, '('); o >= 0 {
			if k == b || strings.Contains(w.raw[o:], ")") {
				return ""
			}
			in, rest := w.raw[o+1:], r.text[r.words[k+1].start:r.words[b].end]
			if isPreQualifier(in) {
				return rest // (연 매출 5억~30억원): a qualifier of the amount (per year), no part of the noun
			}
			if in == "" || !isHangulWord(in) || isAmountWord(in) || glossWords[in] {
				return ""
			}
			return in + " " + rest
		}
		if w.part != "" || w.comma || w.actor || w.time || w.amt || w.money || !w.noun {
			return ""
		}
	}
	return ""
}

// afterBounds returns rest without a bound or an approximation written
// right after an amount (3억원 이하), before what follows it.
func afterBounds(rest string) string {
	t := strings.TrimLeft(rest, " ")
	for _, q := range []string{"이하", "이상", "미만", "초과", "가량", "안팎", "내외", "정도"} {
		if u, ok := strings.CutPrefix(t, q); ok {
			return u
		}
	}
	return rest
}

// beforeAfter are nouns of before and after that make the words in a
// bracket a time, not a noun phrase: (인하 전 3천원), (인상 후 5천원).
var beforeAfter = setOf("전", "후", "이전", "이후", "당시", "때", "직전", "직후")
