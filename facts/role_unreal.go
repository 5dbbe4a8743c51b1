package facts

import "strings"

// Amounts a sentence does not claim exist, told by the mood of their
// clause: a question of whether one can (10억원을 벌 수 있을까 ?), a
// negation (몇 천만 원이 아니다), a change supposed with a concessive -도
// (5천 원만 내려가도). A goal or a target (10억 원을 만들어 보자, 2천만 원이
// 될 때까지) is a level (docs/meaning.md, K3).

// askedCan reports whether amount a stands in the last clause of a
// sentence that asks whether one can (과연 10억원을 벌 수 있을까 ?): the
// amount is asked about, not claimed. A question of the past (왜 10억원을
// 썼을까) asks about a deed done and is left alone, as is a question in
// another clause (구할 수 있을까'하는 생각에 … 3천원을 내고).
func (r *reading) askedCan(a amount) bool {
	n := len(r.words)
	last := n - 1
	for last >= 0 && r.words[last].raw == "" {
		last-- // a spaced question mark is a word of no letters
	}
	if last < 1 || r.words[last-1].raw != "수" || !hasAnyPrefix(r.words[last].raw, []string{"있을까", "있겠는가", "있을지", "없을까"}) {
		return false
	}
	for i := a.after; i < last; i++ {
		if w := r.words[i]; w.ends || w.quoteClose {
			return false
		}
	}
	return true
}

// deniedAmount reports whether amount a is the subject complement of a
// negated copula (몇 천만 원이 아니다, 10억원이 아니라): the amount is said
// not to be.
func (r *reading) deniedAmount(a amount) bool {
	return (a.tail == "이" || a.tail == "가") && a.after < len(r.words) && strings.HasPrefix(r.words[a.after].raw, "아니")
}

// concessiveChange reports whether amount a is the size of a change
// supposed with a concessive -도 right after it (주가가 5천 원만
// 내려가도 원금은 날아간다, 판매가가 30만원이 되더라도): even if it were
// so, no change that happened.
func (r *reading) concessiveChange(a amount) bool {
	k := a.after
	if k+1 < len(r.words) && r.words[k].raw == "더" {
		k++ // 100달러(약 11만원)가 더 비싸도: past 더
	}
	if k >= len(r.words) {
		return false
	}
	w := r.words[k]
	if !strings.HasSuffix(w.raw, "도") || strings.HasSuffix(w.raw, "정도") || strings.HasSuffix(w.raw, "기도") {
		return false // 1만 5천 75원까지 떨어지기도 했다: fell, too
	}
	return isChangeWord(w.raw) || strings.HasSuffix(w.raw, "가도") && (strings.HasPrefix(w.raw, "내려") || strings.HasPrefix(w.raw, "올라")) ||
		strings.HasSuffix(w.raw, "더라도")
}

// recalled reports whether amount a stands in a clause of the past
// retrospective -던 that modifies a noun before the condition at word ce
// (한때 1g당 1만 8천 원이었던 때를 생각하면): the amount is a fact
// recalled, which the condition only looks back on, not its supposition.
func (r *reading) recalled(a amount, ce int) bool {
	if strings.HasSuffix(a.tail, "던") {
		return true
	}
	for i := a.after; i < ce && i < len(r.words); i++ {
		if w := r.words[i]; w.verb && strings.HasSuffix(w.raw, "던") {
			return true
		}
	}
	return false
}

// habitualIf reports whether the -면 at word ce tells what happened again
// and again in a past narrative, not a condition (docs/meaning.md, twelfth
// round): its result is an adnominal clause on a noun that is the object
// of the sentence's verb, and the sentence ends in the past (주는 그 후
// 500원 내려가면 200원 되돌아오는 오르락내리락을 1개월여 계속하더니 …
// 떨어지고 말았다). A -면 that supposes (만일 … 매각하면 2백 40만원의 손해가
// 난다) has a result of its own, no such noun.
func (r *reading) habitualIf(ce int) bool {
	if ce >= len(r.words) || !strings.HasSuffix(r.words[ce].raw, "면") || strings.HasSuffix(r.words[ce].raw, "다면") {
		return false
	}
	for i := ce - 1; i >= 0; i-- {
		if w := r.words[i].raw; w == "만일" || w == "만약" {
			return false
		}
	}
	obj := -1
	for i := ce + 1; i < len(r.words) && i <= ce+4; i++ {
		w := r.words[i]
		if (isAdnominal(w) || hasAnySuffix(w.raw, adnominalEnds)) && i+1 < len(r.words) && (r.words[i+1].part == "을" || r.words[i+1].part == "를") {
			obj = i + 1
			break
		}
		if w.ends || w.comma {
			return false
		}
	}
	if obj < 0 {
		return false
	}
	last := ""
	for i := len(r.words) - 1; i > obj; i-- {
		if r.words[i].raw != "" {
			last = r.words[i].raw
			break
		}
	}
	return hasAnySuffix(last, []string{"었다", "았다", "였다", "했다", "렸다", "졌다", "왔다", "갔다", "말았다"})
}

// adnominalEnds are endings of a verb modifying the noun after it that the
// word cutter may read as a noun with 는 (되돌아오는).
var adnominalEnds = []string{"오는", "가는", "하는", "되는", "지는", "나는", "치는", "리는"}

// supposedSentence reports whether the sentence ends by asking the reader
// to suppose what it says (… 100만원에 팔았다고 하자, … 묻어 둔다고 상정해
// 보자, … 가정하자): every amount in it is supposed, other (docs/meaning.md
// 6b, twelfth round). 예를 들어 alone gives an example that happened
// (예를 들어 1991년 … 월 평균임금은 80달러로): a level.
func (r *reading) supposedSentence() bool {
	var last []string
	for i := len(r.words) - 1; i >= 0 && len(last) < 2; i-- {
		if r.words[i].raw != "" {
			last = append(last, r.words[i].raw)
		}
	}
	if len(last) < 2 {
		return false
	}
	v, before := last[0], last[1]
	switch {
	case v == "하자" && (strings.HasSuffix(before, "다고") || strings.HasSuffix(before, "라고")):
		return true // 팔았다고 하자
	case (v == "보자" || v == "하자") && (strings.HasPrefix(before, "상정") || strings.HasPrefix(before, "가정")):
		return true // 상정해 보자, 가정해 보자
	}
	return v == "상정하자" || v == "가정하자"
}

// paidIf reports whether amount a is the object of 내면 (500만 원을 내면
// 가르쳐 주겠다): the condition of a payment, other. The word cutter reads
// 내면 alone as a noun (the inner self); with an amount as its object it
// is the verb 내다 with -면.
func (r *reading) paidIf(a amount) bool {
	return (a.tail == "을" || a.tail == "를") && a.after < len(r.words) && r.words[a.after].raw == "내면"
}

// chainSupposed reports whether amount a's clause is the first of a chain
// of clauses joined by -고, -며 or -지만 that ends in a supposition with
// -다면 or -라면 (1억 원 이상의 돈이나마 벌 수 있었음을 다행스럽게 여기고 감사
// 드리며 생활해 나간다면 게임 오버이다; 6 월에 100만원의 자금이 부족하지만 7
// 월에는 … 여유가 생긴다면): what the chain says is supposed, the amount
// with it. A chain that ends in a statement (… 여기고 … 살아간다) leaves it.
func (r *reading) chainSupposed(a amount) bool {
	ce := r.clauseEnd(a.last)
	for n := 0; n < 4 && ce < len(r.words); n++ {
		w := r.words[ce]
		switch {
		case w.verb && (strings.HasSuffix(w.raw, "다면") || strings.HasSuffix(w.raw, "라면")):
			return n > 0
		case w.verb && !w.comma && hasAnySuffix(w.raw, []string{"고", "며", "지만"}) && !strings.HasSuffix(w.raw, "라고") && !strings.HasSuffix(w.raw, "다고"):
			ce = r.clauseEnd(ce + 1)
		default:
			return false
		}
	}
	return false
}
