package facts

import "strings"

// This file reads the penalty an amount is when a court's or a
// prosecutor's order on it is written around it: 벌금 30만 원의 선고유예
// 판결, 벌금 50만원 약식명령, 1년 이하 징역 또는 4천만원 이하 벌금
// (docs/meaning.md "Ninth round: purpose on b4").

// orderNouns are the nouns of an order that imposes, suspends or asks
// for a penalty: the amount is the penalty, not the order.
var orderNouns = setOf("선고", "판결", "선고유예", "집행유예", "약식명령", "명령", "처분", "구형", "약식기소", "결정", "판정")

// penaltyOrdered returns the penalty amount a is, or "": a noun of
// penaltyNouns right before it, with no particle, when what follows it is
// a noun of an order (벌금 70만원의 선고, 벌금 50만원 약식명령); or the
// noun of penaltyNouns right after it and its qualifiers, a comma after
// it closing an item of a list of penalties (징역 또는 1천만원 이하
// 벌금, …).
func (r *reading) penaltyOrdered(a amount) string {
	n := len(r.words)
	if a.after >= n {
		return ""
	}
	if b := a.before; b >= 0 && b == a.first-1 && a.tail != "" && a.tail != "의" {
		return ""
	} else if b >= 0 && b == a.first-1 {
		w := r.words[b]
		if penaltyNouns[w.stem] && w.part == "" && !w.comma {
			h := a.after
			for h+1 < n && r.words[h].part == "" && r.words[h].noun && !r.words[h].comma {
				h++ // 선고유예 판결: the head of the phrase after
			}
			if x := r.words[h]; orderNouns[x.stem] || orderNouns[r.words[a.after].stem] {
				return w.stem
			}
		}
	}
	if w := r.words[a.after]; a.tail == "" && penaltyNouns[w.stem] && w.part == "" && w.comma {
		return w.stem
	}
	return ""
}

// suitClaim returns the claim of the suit a court's order on amount a is
// quoted in (손해배상 소송에서 "800만원을 지급하라"며 … 판결했다 →
// 손해배상), or "": the amount is the object of an order (…하라) and the
// sentence names the suit as X 소송 (docs/meaning.md P7).
func (r *reading) suitClaim(a amount) string {
	if a.tail != "을" && a.tail != "를" {
		return ""
	}
	v := r.governing(a)
	if v < 0 || v > a.after+2 || !strings.Contains(r.words[v].raw, "하라") {
		return ""
	}
	for k := 1; k < len(r.words); k++ {
		if w := r.words[k]; strings.HasPrefix(w.raw, "소송") && w.stem != "" {
			if p := r.words[k-1]; p.noun && p.part == "" && !p.actor && !p.time && !p.comma {
				return r.phrase(r.phraseStart(k-1, 0), k-1)
			}
		}
	}
	return ""
}

// penaltyJoins are the conjunctions written as words that join a penalty
// to another sanction before the amount, as 와 and 과 do (시정명령 및 과태료
// 250만원, 경고 또는 벌금): the amount is the penalty alone (cleanPurpose).
var penaltyJoins = setOf("및", "또는", "혹은")
