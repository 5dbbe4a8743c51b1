package facts

import "strings"

// An aside in brackets between a name and its particle: 카카오뱅크(대표
// 윤호영)가, 우리은행(지분 13.79%)이, 누리전자(대표 홍길동)는. The particle
// after the closing bracket marks the name before the opening one; the
// bracket says who heads it or what it holds, no part of the subject
// (docs/meaning.md A11: an aside after a name is no part of the agent).
// The words split at the bracket's space, so the particle is glued to the
// aside's last word (윤호영)가) and the name to its first ((대표).

// asideHost returns the word whose name, glued before an opening bracket,
// the particle of word i marks, when word i closes that bracket with a
// subject's or a topic's particle (…)가, …)는) and the bracket opened at
// most three words before, the name being an organisation or a person;
// else -1.
func (r *reading) asideHost(i int) int {
	w := r.words[i]
	if w.part != "이" && w.part != "가" && !topicParts[w.part] || !strings.HasSuffix(w.stem, ")") || strings.Contains(w.stem, "(") {
		return -1
	}
	for o := i - 1; o >= 0 && o >= i-3; o-- {
		raw := r.words[o].raw
		if strings.Contains(raw, ")") {
			return -1
		}
		k := strings.IndexByte(raw, '(')
		if k < 0 {
			continue
		}
		if c := raw[k+1:]; c != "" && (c[0] < 0x80) {
			return -1 // 몬도 TV(Mondo TV), 카카오(035720): a gloss of the name or its code, which stays with it
		}
		if host := raw[:k]; ownerName(host) || isPerson(host) {
			return o
		}
		return -1
	}
	return -1
}

// asideName returns the name glued before the opening bracket of word o,
// when the bracket is an aside closed by a later word's particle
// (asideHost): the name alone, written as the sentence writes it; else "".
func (r *reading) asideName(o int) string {
	raw := r.words[o].raw
	k := strings.IndexByte(raw, '(')
	if k <= 0 || strings.Contains(raw, ")") {
		return ""
	}
	for i := o + 1; i < len(r.words) && i <= o+3; i++ {
		if r.asideHost(i) == o {
			return strings.TrimSpace(r.text[r.words[r.nameStart(o)].start : r.words[o].start+k])
		}
	}
	return ""
}

// beforeOpenBracket returns agent p without a bracket that opens in it and
// does not close: 카카오뱅크(대표 → 카카오뱅크.
func beforeOpenBracket(p string) string {
	k := strings.LastIndexByte(p, '(')
	if k <= 0 || strings.Contains(p[k:], ")") {
		return p
	}
	return strings.TrimSpace(p[:k])
}
