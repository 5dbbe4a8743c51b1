package facts

import "strings"

// This file trims the ends of a purpose phrase that no noun phrase of
// Korean can have (purpose24, docs/meaning.md "Twenty-fourth round:
// purpose"): a phrase opens with a noun, never with a particle or a
// bound suffix written apart from the noun it belongs to, and a bracket
// opened and not closed inside it ends it.

// spacedParticles are particles and bound suffixes that a copy which
// spaces its words apart (`한라봉 은`, `가구 당`, `2 병 을`) leaves as a
// word of their own: they belong to the word before, and a phrase that
// opens with one has been cut after its noun. `이` is left out: it is
// also the determiner `this` (이 법안).
var spacedParticles = setOf("은", "는", "가", "을", "를", "의", "에", "로", "으로", "와", "과", "도", "만", "당")

// extentTrimmed returns purpose p without what cannot open or close a
// noun phrase:
//   - a particle or `당` standing alone at its start (`은 한라봉` →
//     `한라봉`, `당 농업소득` → `농업소득`: the spaced particle is the
//     word's before the phrase);
//   - an opening bracket `[` with no `]` after it, and what follows
//     (`배당 [충청투데이 김영 기자` → `배당`): a byline or a headline's
//     label begins there, past the end of the phrase.
//   - a trailing `명목` or `명분` (`인건비 명목` → `인건비`): the noun of
//     the name an amount is given under, whose X is what it is for, as
//     the X of `X 명목으로 N원` is (namedAs) and as cleanPurpose drops a
//     trailing `혐의`.
func extentTrimmed(p string) string {
	for _, n := range []string{" 명목", " 명분"} {
		if rest, ok := strings.CutSuffix(p, n); ok && strings.TrimSpace(rest) != "" {
			p = strings.TrimSpace(rest)
		}
	}
	if i := strings.Index(p, " ["); i > 0 && !strings.Contains(p[i:], "]") {
		p = strings.TrimSpace(p[:i])
	}
	for {
		w, rest, ok := strings.Cut(p, " ")
		if !ok || rest == "" {
			return p
		}
		if !spacedParticles[w] {
			return p
		}
		p = strings.TrimSpace(rest)
	}
}

// namedBefore reports whether the word right before amount a is a bare
// noun of money (농지은행사업비 194억 원 확보, 예산 3억원 투입): an
// apposition that names what the amount is, so that a noun of a deed
// right after it (확보, 투입), as a headline writes `N원을 확보하다`,
// is what is done with the money, not what it is for. A qualifier after
// the amount (시가 3억원 상당 장물) links it to the noun after, which stays.
func (r *reading) namedBefore(a amount) bool {
	b := a.first - 1
	if b < 0 || b != a.before || a.after != a.last+1 {
		return false
	}
	w := r.words[b]
	return w.noun && w.part == "" && !w.comma && !w.actor && !w.time && !strings.ContainsAny(w.raw, ")]’'\"") && (hasAnySuffix(w.stem, costEnds) || hasAnySuffix(w.stem, sumEnds))
}

// sumEnds are the last morphemes of Sino-Korean nouns of a sum of money
// that costEnds (what is paid) leaves out: 액 (額: 거래액, 수출액), 익 (益:
// 영업이익, 순익), 출 of 매출 and 대출, 자산, 소득, 수익, 잔고.
var sumEnds = []string{"액", "익", "매출", "대출", "자산", "소득", "수익", "잔고"}

// appositionItem reports whether amount a, the j-th, closes a list of
// items each named by a bare noun right before its amount, the one before
// ending in a comma (매출 1,271억원, 영업이익 461억원의 실적): each amount
// is its own item's (6a), and the noun after the last one's 의 is what
// the items make up together, no item's purpose.
func (r *reading) appositionItem(a amount, j int) bool {
	bare := func(k int) bool {
		if k < 0 {
			return false
		}
		w := r.words[k]
		return w.noun && w.part == "" && !w.comma && !w.actor && !w.time && !w.num
	}
	if j == 0 || !bare(a.first-1) || a.before != a.first-1 {
		return false
	}
	p := r.amts[j-1]
	return p.gloss < 0 && p.last < len(r.words) && r.words[p.last].comma && p.last+1 == a.first-1 && bare(p.first-1)
}

// glossedItems reports whether phrase p, before a closing bracket, is a
// list whose earlier item already carries a bracket gloss
// (CD(양도성예금증서)·CP before (기업어음)): the last bracket glosses its
// own item as the first does, and stays with it.
func glossedItems(p string) bool {
	i := strings.LastIndexByte(p, ')')
	return i > 0 && strings.ContainsAny(p[i:], "·,")
}
