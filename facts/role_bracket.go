package facts

import "strings"

// The rules of other for brackets of a scale: an amount that names where
// a bracket (구간) starts or ends, or a band bounded (3천만원대 초반 이하의
// 근로자는), sorts what it is said of and is no amount that exists
// (docs/meaning.md, ninth round).

// bracketOther reports whether amount a, with its qualifiers, names a
// bracket of a scale: the noun 구간 right after it (연봉 5천500만원 이하
// 구간의 근로자들, 5천500만∼7천만원 구간에서도), or a band with its part
// bounded before a class (연봉 3천만원대 … 이하의 미혼 근로소득자는).
func (r *reading) bracketOther(a amount) bool {
	if a.after >= len(r.words) {
		return false
	}
	if w := r.words[a.after]; w.stem == "구간" && a.tail == "" && !r.words[a.last].comma {
		return true
	}
	return r.bandBound(a) || r.boundTested(a)
}

// boundTested reports whether amount a is a bound whose passing is
// tested (면세한도(400달러) … 여부를 점검받지만, 100만원 이상 여부): a
// threshold, no amount that exists.
func (r *reading) boundTested(a amount) bool {
	bound := hasAnyQual(a, boundQuals)
	for k := a.last + 1; k < a.after && k < len(r.words); k++ {
		bound = bound || boundQuals[r.words[k].stem] // 면세한도(400달러) 초과: past the bracket
	}
	i := a.after
	if i < len(r.words) && boundQuals[r.words[i].stem] && r.words[i].part == "" {
		i, bound = i+1, true
	}
	return bound && i < len(r.words) && strings.HasPrefix(r.words[i].raw, "여부")
}

// bandBound reports whether amount a is a band (N원대), optionally its
// part (초반, 중반, 후반), bounded by a word of a bound (이하의, 이상인)
// before the noun of a class it sorts (근로자, 가구, 소득자 …): the class
// rule of a bound amount (3천만 원 미만인 가구), past the band's words.
func (r *reading) bandBound(a amount) bool {
	if !hasQual(a, "대") || a.tail != "" && a.tail != "의" && a.tail != "인" || a.after+1 > len(r.words) || a.after >= len(r.words) {
		return false
	}
	// The band's part and its bound are read as words of the amount
	// (3천만원대 초반 이하의): the bound stands between it and the noun.
	bound := false
	for i := a.last + 1; i < a.after; i++ {
		if w := r.words[i]; boundQuals[w.stem] {
			bound = true
		} else if !bandParts[w.raw] || w.comma {
			return false
		}
	}
	if !bound {
		return false
	}
	h := r.words[a.after]
	if !h.noun || h.time || genericHeads[h.stem] {
		return false
	}
	if n := a.after + 1; h.part == "" && !h.comma && n < len(r.words) && r.words[n].noun && !r.words[n].time {
		h = r.words[n] // 미혼 근로소득자: the class past a bare modifier
	}
	return classNouns[h.stem] || personLike(h.stem) || endsInClassNoun(h.stem) || isPerson(h.stem)
}

// bandParts are the parts of a band: 3천만원대 초반.
var bandParts = setOf("초반", "중반", "후반")
