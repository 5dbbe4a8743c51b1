package facts

import "strings"

// bareAttributeClass reports whether amount a bounds a measure written
// bare right before it, in a noun phrase that modifies the noun after
// and so sorts it into a class (자산 2조원이 넘는 비금융회사, 기업가치 1조원
// 이상 유니콘, 매출 500억원 이상의 기업): `other`, nobody's (docs/meaning.md
// "Twenty-second round: agent (domagent22)"); role and agent ask it, the
// purpose of such a bound is left as it was. It is classByAttribute's
// rule for the measure noun in apposition, with no particle of its own
// (자산 2조원이) instead of a subject (자산이 2조원이). The measure must be a
// noun of money or measure (isThing) and the noun after must not be one:
// 규모 1조원이 넘는 투자를 했다 sizes the investment, a level; and the
// phrase must have no actor before the amount (북한이 30억 달러 이상의
// 암호화폐를 훔쳤다: what was stolen, a level).
func (r *reading) bareAttributeClass(a amount) bool {
	n := len(r.words)
	if a.after >= n || a.first < 1 {
		return false
	}
	head := -1
	switch {
	case (a.tail == "" || a.tail == "의" || a.tail == "인") && hasAnyQual(a, boundQuals):
		head = a.after // 1조원 이상 유니콘, 1조원 이상의 기업
	case a.tail == "" || a.tail == "이" || a.tail == "가":
		if boundAdnominals[r.words[a.after].raw] {
			head = a.after + 1 // 2조원이 넘는 비금융회사
		}
	}
	if head < 0 || head >= n {
		return false
	}
	h := r.words[head]
	if !h.noun || h.verb || h.time || h.amt || h.num || properName(h.stem) || genericHeads[h.stem] || boundNouns[h.stem] || sizeNouns[h.stem] {
		return false
	}
	for k := head; k < n && k < head+4; k++ {
		if w := r.words[k]; isThing(w.stem) {
			return false // 100만 달러 이상의 홍보 효과: what the amount sizes, a level
		} else if w.part != "" || !w.noun || w.comma {
			break
		}
	}
	i := a.first - 1
	for i > 0 && (r.words[i].raw == "약" || r.words[i].raw == "총" || lowerBoundQuals[r.words[i].raw]) {
		i--
	}
	w := r.words[i]
	return w.noun && w.part == "" && !w.comma && !w.actor && !w.name && !w.time && !w.money && isThing(w.stem)
}

// boundTarget reports whether amount a, a bound (이상, 이하, 미만, 초과), is
// the object of 대상으로 (자산 총액 5조원 이상을 대상으로 한 공시대상기업집단,
// 연 소득 7000만원 이하를 대상으로): the bound states whom a rule or a
// programme takes in, a class, `other` and nobody's (6b).
func (r *reading) boundTarget(a amount) bool {
	if (a.tail != "을" && a.tail != "를") || a.after >= len(r.words) || !hasAnyQual(a, boundQuals) {
		return false
	}
	return strings.HasPrefix(r.words[a.after].raw, "대상으로")
}

// boundInClassClause reports whether amount a, a bound with 의 (1천만원
// 이상의), sizes the object of a clause that modifies a noun of a class
// (1천만원 이상의 현찰을 입금하거나 인출하는 거래, 5억원 초과의 대출을 받은
// 가구): the bound sorts that class, as when it modifies the class noun
// itself (boundOfClass), and is nobody's (6b).
func (r *reading) boundInClassClause(a amount) bool {
	if a.tail != "의" || !hasAnyQual(a, boundQuals) {
		return false
	}
	n := len(r.words)
	k := a.after
	for ; k < n && k < a.after+3; k++ {
		w := r.words[k]
		if !w.noun || w.time || w.comma {
			return false
		}
		if w.part == "을" || w.part == "를" {
			break
		}
		if w.part != "" {
			return false
		}
	}
	if k >= n || k >= a.after+3 {
		return false
	}
	for v := k + 1; v+1 < n && v <= k+3; v++ {
		w := r.words[v]
		if !w.verb || w.comma {
			return false
		}
		if w.adn {
			st := strings.TrimSuffix(r.words[v+1].stem, "들")
			return r.words[v+1].noun && (classNouns[st] || endsInClassNoun(st))
		}
	}
	return false
}
