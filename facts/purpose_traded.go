package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads what an amount's own verb says it is for: the goods or
// the deed it is the price of when the verb trades them and their noun is
// the verb's object, written apart from the amount (X를 도굴해 단돈 N원에
// 처분했다, N원을 받고 X를 팔았다, N원을 받고 X를 한), and nothing when the
// verb only moves money (P5: 기부했다, 송금했다), but for a program it goes
// through (docs/meaning.md "Ninth round: purpose on b4").

// soldVerbs are the beginnings of the active verbs that buy or sell goods
// at a price written with 에 (X를 N원에 팔았다, 처분했다, 매입했다).
// Passives (팔렸다, 판매된다) take the goods as their subject, which the
// topic rules read.
var soldVerbs = []string{"팔", "판매", "처분", "매각", "매입", "매수", "구입", "구매", "사들", "샀", "사서"}

// soldPassive are the beginnings of the passive forms of soldVerbs.
var soldPassive = []string{"팔려", "팔린", "팔렸", "팔리", "판매되", "판매돼", "판매됐", "처분되", "처분돼", "처분됐",
	"매각되", "매각돼", "매각됐", "매입되", "매입돼", "매입됐", "구입되", "구입돼", "구입됐", "구매되", "구매돼", "구매됐"}

// isSoldVerb reports whether w is an active verb of buying or selling
// (soldVerbs), not its passive.
func isSoldVerb(w word) bool {
	return w.verb && hasAnyPrefix(w.raw, soldVerbs) && !hasAnyPrefix(w.raw, soldPassive)
}

// deedVerbs are the forms of 하다 and 시키다 after a noun of a deed that
// is done (성매매를 한, 수술을 했다, 성매매를 시킨): the noun is the deed.
var deedVerbs = setOf("한", "했다", "하고", "해", "하는", "하다", "했고", "했으며", "시킨", "시켰다", "시키고", "시켜")

// tradedObject returns the goods or the deed amount a is the price of, or
// "": with 에 before an active verb of buying or selling (soldVerbs), that
// verb's object before the amount, past verbs that chain into it with no
// subject of their own (석조약사여래좌상을 … 단돈 200만원에
// 처분했다; 도넛 10개와 꽈배기 5개를 모두 합쳐 1만원에 판매); with 을 or
// 를 before 받고 (a price received), the first object after it whose
// verb sells (그림 한 점을 내다 팔았다) or does it as a deed (성매매를
// 한). What is given for it (사진을 제공한) is no deed of 하다: left.
func (r *reading) tradedObject(a amount) string {
	n := len(r.words)
	if a.after >= n {
		return ""
	}
	switch {
	case a.tail == "에" && isSoldVerb(r.words[a.after]):
		for k := a.first - 1; k >= 0 && k >= a.first-reach; k-- {
			w := r.words[k]
			if w.money || w.ends && !w.verb || w.subj && w.noun && !w.verb {
				return "" // another amount, a clause closed, a subject of its own
			}
			if (w.part == "을" || w.part == "를") && w.noun && !w.verb {
				if !goodsNoun(w) || k == a.before {
					return "" // US스틸을 149억달러에 매수할: the measured object and the deed, read later
				}
				return r.phrase(r.phraseStart(k, 0), k)
			}
			if w.verb && !chainsInto(w) {
				return "" // 훔친 바이올린이 … 고가인: a verb of another clause
			}
		}
	case (a.tail == "을" || a.tail == "를") && (r.words[a.after].raw == "받고"):
		for k := a.after + 1; k+1 < n && k <= a.after+reach; k++ {
			w := r.words[k]
			if w.money || w.ends && !w.verb && k > a.after+1 {
				return ""
			}
			if (w.part != "을" && w.part != "를") || !w.noun || w.verb {
				continue
			}
			v := r.words[k+1]
			if !v.verb && k+2 < n && r.words[k+2].verb {
				v = r.words[k+2] // 그림 한 점을 내다 팔았다: a verb that chains into the sale
			}
			if !goodsNoun(w) {
				continue
			}
			if deedVerbs[v.raw] || isSoldVerb(v) || k+2 < n && chainsInto(v) && isSoldVerb(r.words[k+2]) {
				h := k
				if utf8.RuneCountInString(w.stem) <= 2 && k-2 > a.after && (koreanNumerals[r.words[k-1].raw] || r.words[k-1].num) && r.words[k-2].noun && r.words[k-2].part == "" {
					h = k - 2 // 그림 한 점을: the goods, not their count
				}
				return r.phrase(r.phraseStart(h, a.after+1), h)
			}
		}
	}
	return ""
}

// goodsNoun reports whether w, an object, can be goods or a deed: not
// an actor, a time or money (돈, 현금).
func goodsNoun(w word) bool {
	return !w.actor && !w.time && !w.money && !genericMoney[w.stem]
}

// chainsInto reports whether the verb w goes on into the verb after it
// with the same subject and object: a connective form (도굴해, 합쳐,
// 빼돌려, 내다 팔았다). An adnominal form, one that closes a clause
// (받고, 팔며) or a sentence (-다), and a noun form (-기) do not.
func chainsInto(w word) bool {
	if !w.verb || w.adn || w.ends {
		return false
	}
	return w.raw == "내다" || !strings.HasSuffix(w.raw, "다") && !strings.HasSuffix(w.raw, "기")
}

// movedOnly reports whether amount a is the object of a verb that only
// moves or takes money (moveOnlyNouns: 송금했다, 기부한, 압류했다), which
// names nothing it is for (docs/meaning.md P5).
func (r *reading) movedOnly(a amount) bool {
	if a.tail != "을" && a.tail != "를" && !(a.tail == "" && a.after < len(r.words) && r.words[a.after].verb) {
		return false
	}
	v := r.governing(a)
	if v < 0 || v > a.after+3 {
		return false
	}
	m := verbNounRE.FindStringSubmatch(r.words[v].raw)
	return m != nil && moveOnlyNouns[m[1]]
}

// through returns the program an amount a move-only verb pays is paid
// through (‘북한자유장학금’ 프로그램을 통해 … 16만 9천 500달러를 지급했다 →
// ‘북한자유장학금’ 프로그램), or "": a noun that is no actor with 을 or 를
// before 통해 in the amount's clause names what the money is for, where
// the verb names nothing (P5); a body it goes through (유니세프를 통해) and
// a medium that says so (성명을 통해) are none.
func (r *reading) through(a amount) string {
	if !r.movedOnly(a) {
		return ""
	}
	cs := r.clauseStart(a.first)
	for k := a.first - 1; k > cs && k >= a.first-12; k-- {
		if r.words[k].raw != "통해" && r.words[k].raw != "통해서" {
			continue
		}
		if w := r.words[k-1]; (w.part == "을" || w.part == "를") && w.noun && !w.actor && !w.time && !mediaNouns[w.stem] {
			st := r.phraseStart(k-1, cs)
			p := r.phrase(st, k-1)
			if q := r.words[st]; q.quoteOpen && strings.Count(p, "’") > strings.Count(p, "‘") && strings.HasSuffix(r.text[:q.start], "‘") {
				p = "‘" + p // ‘북한자유장학금’ 프로그램: the name's quotes both kept
			}
			return p
		}
		return ""
	}
	return ""
}

// mediaNouns are the media a body speaks through (별도의 성명을 통해 … 밝혔다):
// what they say is paid is not paid for them.
var mediaNouns = setOf("성명", "성명서", "발표", "보도자료", "회견", "기자회견", "인터뷰", "홈페이지", "웹사이트",
	"보고서", "자료", "서한", "서면", "방송", "트위터", "소셜미디어", "브리핑")

// tradedBare reports whether amount a is the object of 수출하다 or
// 수입하다 right after it (2천만 달러어치를 수출했다): with no goods of its
// own named, such an amount has no purpose (docs/meaning.md P2), and no
// topic or amount before it lends one.
func (r *reading) tradedBare(a amount) bool {
	if a.tail != "을" && a.tail != "를" && a.tail != "어치를" || a.after >= len(r.words) {
		return false
	}
	w := r.words[a.after]
	return w.verb && (strings.HasPrefix(w.raw, "수출하") || strings.HasPrefix(w.raw, "수출했") || strings.HasPrefix(w.raw, "수출해") ||
		strings.HasPrefix(w.raw, "수입하") || strings.HasPrefix(w.raw, "수입했") || strings.HasPrefix(w.raw, "수입해"))
}
