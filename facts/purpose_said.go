package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads the noun an amount is said of: what it is about
// (X에 대한), glossed in brackets, the case of (X의 경우), a copula's noun
// (… 원인 X) and the sentence's topic.

// regarding returns "X에 대한 " when the words before amount a say what
// the noun after it concerns (우크라이나에 대한 600억 달러 지원), else "".
func (r *reading) regarding(a amount) string {
	if a.before < 1 {
		return ""
	}
	w := r.words[a.before]
	if (w.raw == "대한" || w.raw == "관한") && r.words[a.before-1].part == "에" {
		return r.phrase(a.before-1, a.before) + " "
	}
	return ""
}

// bracketed returns the noun a bracketed amount glosses when it is no
// actor (처분가능소득(84만7천39원)), or "".
func (r *reading) bracketed(a amount) string {
	w := r.words[a.first]
	pre := ""
	if a.start > w.start {
		pre = r.text[w.start:a.start]
	}
	if !strings.HasSuffix(pre, "(") || len(pre) < 2 {
		// ‘…기술 개발’(’10~’19, 460억원): the bracket opens a word or two
		// before the amount.
		if h := r.bracketHostText(a); h != "" {
			return h
		}
		return ""
	}
	stem := strings.TrimSuffix(pre, "(")
	if n := makeWord(stem, 0, len(stem)); n.num || n.amt {
		// 위조지폐 5552장(2억 7760만원 규모): what the count is of.
		cs := r.clauseStart(a.first)
		if s := r.phraseStart(a.first, cs); s < a.first {
			return trimQuotes(r.text[r.words[s].start:w.start])
		}
		return ""
	}
	nw := makeWord(stem, 0, len(stem))
	if nw.time || strings.HasSuffix(stem, "전") || stem == "기간" {
		// 교역액은 전년(10억 달러): what the time's amount measures.
		cs := r.clauseStart(a.first)
		for i := a.first - 1; i >= cs && i >= 0; i-- {
			w := r.words[i]
			if r.skipBefore(i) {
				continue
			}
			if measureParts[w.part] && w.noun && !w.actor && !w.comma {
				return r.phrase(r.phraseStart(i, cs), i)
			}
			break
		}
		return ""
	}
	if _, ok := r.glossedName(a); nw.actor || !nw.noun || ok {
		return "" // 루이뷔통(284억 달러)이: its owner, no purpose
	}
	s := r.phraseStart(a.first, r.clauseStart(a.first))
	if s == a.first {
		return stem
	}
	return r.text[r.words[s].start:w.start] + stem
}

// bracketHostText returns what stands before the bracket that holds
// amount a when it opens a few words before it (‘…기술 개발’(’10~’19,
// 460억원); 무궁화위성 2호(1500억 투자)), or "".
func (r *reading) bracketHostText(a amount) string {
	for k := a.first; k >= 0 && k >= a.first-3; k-- {
		w := r.words[k]
		end := w.end
		if k == a.first {
			end = a.start
		}
		seg := r.text[w.start:end]
		if strings.Contains(seg, ")") && k < a.first {
			return ""
		}
		if i := strings.LastIndexByte(seg, '('); i >= 0 {
			host := strings.TrimRight(seg[:i], "’”'\" ")
			if host == "" && k > 0 {
				// ‘…기술 개발’ (…): the host is the word before.
				k--
				host = strings.Trim(r.words[k].raw, "’”'\"")
				i = -1
			}
			hw := makeWord(host, 0, len(host))
			if !hw.noun && !hw.name || hw.actor || hw.time || hw.amt || hw.num {
				// 총액 10억6000만원(계약금 6억원, 연봉 3억8000만원): a bracket
				// that holds the items of an amount glosses no noun; each
				// item is read by its own.
				return ""
			}
			if k > 0 && (r.words[k-1].num || r.words[k-1].amt) {
				return "" // 1천만 크로나(약 90만 달러): an amount in a currency not known
			}
			s := r.phraseStart(k, r.clauseStart(k))
			if s < k {
				return trimQuotes(r.text[r.words[s].start:r.words[k].start] + host)
			}
			return trimQuotes(host)
		}
	}
	return ""
}

// priceNoun reports whether n says only that an amount is a price: 가격,
// 값. The thing priced says more.
func priceNoun(n string) bool {
	return n == "가격" || n == "값" || n == "시세" || n == "가격대"
}

// caseTopic returns X of "X의 경우" (as for X) before amount a in its
// sentence, or "".
func (r *reading) caseTopic(a amount) string {
	for i := a.first - 1; i > 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if strings.HasPrefix(w.raw, "경우") && r.words[i-1].part == "의" && r.words[i-1].noun && !r.words[i-1].actor {
			k := i - 1
			return r.phrase(r.phraseStart(k, 0), k)
		}
	}
	return ""
}

// copulaHead returns the first word of the noun that amount a is said to
// be of, when a is followed by a copula that modifies a noun (2,500원인
// TV 수신료; 4천원 대 후반이었던 쌀 1kg 가격이), or -1.
func (r *reading) copulaHead(a amount) int {
	k := a.after
	if a.tail == "인" || a.tail == "이던" || a.tail == "이었던" || a.tail == "였던" {
		return r.copulaNoun(k)
	}
	for i := a.after; i < len(r.words) && i <= a.after+2; i++ {
		w := r.words[i]
		if strings.HasSuffix(w.raw, "이었던") || strings.HasSuffix(w.raw, "였던") || strings.HasSuffix(w.raw, "이던") || w.raw == "하는" || w.raw == "하던" {
			return r.copulaNoun(i + 1)
		}
		if w.verb || w.part != "" {
			return -1
		}
	}
	return -1
}

// topicThing returns the sentence's topic when it names a thing that
// amount a is spent on, sold for or priced at (이산가족 면회소는 … 550억
// 원이 투입돼; 아이오닉 5와 … 마하 E는 … 4만 달러대에 판매됐습니다), or "".
func (r *reading) topicThing(a amount) string {
	v := -1
	for k := a.after; k < len(r.words) && k <= a.after+3; k++ {
		if r.words[k].verb {
			v = k
			break
		}
	}
	if v < 0 || !thingVerbRE.MatchString(r.words[v].raw) {
		return ""
	}
	for i := 0; i < a.first && i < reach; i++ {
		w := r.words[i]
		if topicParts[w.part] && w.part != "도" && (w.noun || w.name) && !w.time && !w.actor && !isThing(w.stem) && !pronouns[w.stem] && !oneHangul(w.stem) {
			s, _ := r.agentSpan(i)
			return r.phrase(s, i)
		}
		if w.ends {
			break
		}
	}
	return ""
}

// oneHangul reports whether n is a single Hangul syllable: 물은 결과 is
// a verb's form, no topic.
func oneHangul(n string) bool {
	r, w := utf8.DecodeRuneInString(n)
	return w == len(n) && isHangul(r)
}

// priceConditions are the days, people and trips a price holds for, written
// in a bracket before it (조조 요금(주중·주말 6천원), 운임(편도 5달러)): they
// say when or for whom, not what the amount is the price of, which is the
// noun before the bracket.
var priceConditions = setOf("주중", "주말", "평일", "휴일", "공휴일", "성인", "어른", "어린이", "청소년", "소인", "대인",
	"편도", "왕복", "1인", "일반", "정가", "할인가", "인상 전", "인상 후")

// priceCondition reports whether w, or each of its parts joined by ·, is
// one of priceConditions.
func priceCondition(w string) bool {
	for _, p := range strings.Split(w, "·") {
		if !priceConditions[p] {
			return false
		}
	}
	return w != ""
}
