package facts

import "strings"

// This file finds the owner of the noun phrase an amount sizes when that
// phrase stands after the amount, not before it: Korean puts a clause that
// modifies a noun phrase, and a part's ratio to its whole, before the
// phrase they are about, so the owner (X의) of that phrase comes after the
// amount (docs/meaning.md "Nineteenth round: agent (owner18)").

// sizingAdnominals are the adnominal forms, any tense, of the verbs that
// give a noun phrase its size (달하다, 이르다, 넘다, 육박하다): the clause
// they end says how large the noun phrase after it is.
var sizingAdnominals = setOf(
	"달하는", "달한", "달했던", "달하던", "이르는", "이른", "이르렀던", "이르던",
	"넘는", "넘은", "넘었던", "넘던", "육박하는", "육박한", "육박했던", "육박하던")

// sizedOwner returns the owner X of the phrase X의 N that the adnominal
// clause ending in amount a sizes (28억 달러에 달했던 북한의 수출은 →
// 북한; 1조 원을 넘는 정부의 지원이), or -1. The clause [amount에 달했던]
// modifies the whole phrase X의 N, so the amount is N's and N's owner is
// its agent, as in 북한의 수출 28억 달러. Only an actor the dictionaries
// know, with 의, followed by a noun: a place or a time with 의 (서울의,
// 지난해의) names where or when, not whose.
func (r *reading) sizedOwner(a amount) int {
	k := a.after
	if k+2 >= len(r.words) || !sizingAdnominals[r.words[k].raw] {
		return -1
	}
	switch a.tail {
	case "에", "이", "가", "을", "를":
	default:
		return -1
	}
	o := r.words[k+1]
	if o.part != "의" || !o.actor || o.time || o.comma || o.money || places[o.stem] && !countries[o.stem] {
		return -1
	}
	if n := r.words[k+2]; !n.noun || n.actor || n.money {
		return -1
	}
	return k + 1
}

// partVerbs open the predicate that says an amount is a share of a whole
// (X의 N%에 해당한다, 달한다, 이른다, 차지한다).
// approxWords may stand before the percentage: 약 64%, 무려 80%.
var approxWords = setOf("약", "대략", "거의", "무려", "전체의", "총")

var partVerbs = []string{"해당", "달하", "달했", "달한", "이르", "이른", "차지"}

// wholeOwner returns the owner of the whole of which amount a is a share,
// when the sentence says so by a second amount with 의 and a percentage
// (2천만 달러로, 북한의 전체 수출액 3천만 달러의 66%에 해당합니다 → 북한),
// or -1. A part of what X holds or trades is X's (docs/meaning.md agent
// rule 1, the owner of the amount's noun): the whole's noun names it, with
// its owner, once for both amounts.
func (r *reading) wholeOwner(a amount) int {
	for _, b := range r.amts {
		if b.start <= a.end || b.tail != "의" || b.after+1 >= len(r.words) {
			continue
		}
		k := b.after
		if approxWords[r.words[k].raw] {
			k++ // 의 약 64%에 달합니다
		}
		if k+1 >= len(r.words) || !startsDigit(r.words[k].raw) || !strings.Contains(r.words[k].raw, "%") {
			continue
		}
		if !hasAnyPrefix(r.words[k+1].raw, partVerbs) {
			continue
		}
		if m, ms := r.measuredSpan(b); m >= 0 {
			if o := r.ownerOf(ms); o >= 0 && r.words[o].actor {
				return o
			}
		}
	}
	return -1
}

// containerOwner returns the owner of the noun phrase that holds amount a,
// the subject of 포함되다 (북한의 수출품에는 … 214만 달러가 포함된 것으로
// → 북한), or -1: what N includes is part of N, and a part of what X holds
// or trades is X's, as for wholeOwner. The container is the noun with 에는
// (or 에) before the amount in its clause.
func (r *reading) containerOwner(a amount) int {
	if a.tail != "이" && a.tail != "가" {
		return -1
	}
	v := r.governing(a)
	if v < 0 || !strings.HasPrefix(r.words[v].raw, "포함") {
		return -1
	}
	for k := a.first - 1; k >= 0 && k >= r.clauseStart(a.first); k-- {
		w := r.words[k]
		if w.part != "에는" && w.part != "에" {
			continue
		}
		if !w.noun || w.actor || w.time {
			return -1
		}
		if o := r.ownerOf(r.phraseStart(k, 0)); o >= 0 && r.words[o].actor {
			return o
		}
		return -1
	}
	return -1
}
