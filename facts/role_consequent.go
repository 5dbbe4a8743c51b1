package facts

import "strings"

// The reach of a condition or a supposition over the amounts after it
// (docs/meaning.md "Decisions, sixteenth round (role)", R1): where a
// supposition stops, a topic that only looks like a condition, and the
// outcomes a supposed case would bring.

// suppositionClosed reports whether word w closes the clause a
// supposition before it stands in, so that it supposes nothing of the
// amounts after w: a verb in -며 with a comma, or in -라며 or -다며 without
// one (장소가 있다면 … 하였으며, …; “지도자가 있었다면 … 전쟁”이라며
// “우크라이나에 2천억 달러를 지원했는데”). A quotation closed by another
// ending may stand inside the condition (만약 그가 “…”고 하면) and closes
// nothing.
func suppositionClosed(w word) bool {
	return w.verb && !isAdnominal(w) && strings.HasSuffix(w.raw, "며") && (w.comma || strings.HasSuffix(w.raw, "라며") || strings.HasSuffix(w.raw, "다며"))
}

// topicCase reports whether the 경우 at word i follows a noun with 의 (152mm
// 포탄의 경우, 8GB 모델의 경우): as for that noun, a topic, no condition.
func (r *reading) topicCase(i int) bool {
	return i > 0 && strings.HasPrefix(r.words[i].raw, "경우") && r.words[i-1].part == "의"
}

// outcomeVerbs are the beginnings of verbs that tell what a case brings
// about rather than what someone sets to pay or charge in it: money
// gathered (세금으로 7천만 달러 정도가 모이고, … 걷히게 될 것), a return
// made (60억 원 이상 본전을 뽑는).
var outcomeVerbs = []string{"모이", "모여", "모인", "모일", "모였", "걷히", "걷혀", "걷힐", "걷힌", "걷혔"}

// outcomeOfCase reports whether amount a is an outcome of a case supposed
// by a condition before it in its sentence (docs/meaning.md R1): the
// subject of a verb of money gathered, or the measure of a return
// (본전을 뽑다), after a -면 or -ㄹ 경우 with nothing but conditions
// between. What a rule or a plan provides for the case (과태료를 내야 한다,
// 국비 100억원이 추가된다) has no such verb and stays a level; so does
// money gathered with no condition (지난해 세금으로 2천억 원이 걷혔다).
func (r *reading) outcomeOfCase(a amount) bool {
	ce := r.clauseEnd(a.last)
	outcome := false
	for i := a.after; i <= ce && i < len(r.words) && i <= a.after+3; i++ {
		w := r.words[i]
		if hasAnyPrefix(w.raw, outcomeVerbs) || w.stem == "본전" && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "뽑") {
			outcome = true
			break
		}
	}
	return outcome && r.inCase(a)
}

// inCase reports whether amount a stands in the consequent of a condition
// right before its clause (… 오르면 이자 부담이 3조 원 늘어난다), with nothing
// but conditions between: a -면 or -ㄹ 경우 that supposes a case, not a
// concession (-더라도), a topic (X의 경우), nor a -면 that tells what
// happened again and again in the past.
func (r *reading) inCase(a amount) bool {
	for i := a.first - 1; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if sourceVerbs[w.raw] || r.topicCase(i) {
			return false
		}
		if w.raw == "들면" && i > 0 && r.words[i-1].raw == "예를" {
			return false // 예를 들면: for example, no condition
		}
		if conditional(w) && !strings.HasSuffix(w.raw, "더라도") {
			return !r.habitualIf(i)
		}
		if w.ends {
			return false
		}
	}
	return false
}

// changeInCase reports whether amount a, the measure of a change, is the
// change a supposed case would bring (R1; the tenth round's "a figure cut
// under a condition is other"): a change is what happens to an amount, so
// after a -면 or -ㄹ 경우 it is an outcome worked out for the case (금리가
// 1%포인트 오르면 이자 부담이 3조 원 늘어난다, 제도가 도입되면 세수가 1조 원
// 줄어들 것으로 보인다), never what a rule provides. A condition that only
// sets how a figure is counted (비교하면, 더할 경우: considering, and a
// verb of it before 경우) supposes no case, and the change stays one.
func (r *reading) changeInCase(a amount) bool {
	if !r.inCase(a) {
		return false
	}
	for i := a.first - 1; i > 0 && i >= a.first-reach; i-- {
		if r.words[i].raw == "경우" || r.words[i].raw == "경우에는" || r.words[i].raw == "경우엔" {
			return !hasAnyPrefix(withoutL(r.words[i-1].raw), considering) // 물품 액수를 더할 경우 … 520만 달러가 줄어들며
		}
		if r.words[i].ends {
			break
		}
	}
	return true
}

// amongWhole reports whether word i is 가운데 or 중 right after a bare
// noun or an amount (수출액 30억달러 가운데, 예산 중): among a whole, a part
// taken from it, which ends no clause (after a verb, 늘어나는 가운데, it
// does), so a condition before the whole reaches the part.
func (r *reading) amongWhole(i int) bool {
	if i < 1 || r.words[i].raw != "가운데" && r.words[i].raw != "중" {
		return false
	}
	p := r.words[i-1]
	return (p.noun || p.money || p.amt) && !p.verb && p.part == "" && !p.comma
}

// orderEnds are the endings of a verb in the imperative quoted: what an
// order, a claim or a demand tells someone to pay (지급하라고 청구했다,
// 내라고 명령했다, 배상하라며).
var orderEnds = []string{"하라고", "하라며", "하라는", "내라고", "내라며", "내라는", "주라고", "주라며"}

// orderedAmount reports whether amount a is what an order, a claim or a
// demand quoted right after it tells someone to pay (만약 이를 위반할 경우
// 한 건 당 1천만원씩 … 청구했다): what it provides for the case, as
// a rule's fine is (R1), though a 만약 or a -다면 stands before it.
func (r *reading) orderedAmount(a amount) bool {
	for i := a.after; i < len(r.words) && i <= a.after+1; i++ {
		w := r.words[i]
		if hasAnySuffix(w.raw, orderEnds) {
			return true
		}
		if w.ends || w.comma {
			return false
		}
	}
	return false
}

// withoutL returns word w with the final ㄹ of its last syllable taken
// off (더할 → 더하, 합칠 → 합치): the stem of a verb in its adnominal -ㄹ
// form, as the beginnings of considering are written; another word is
// returned as it is.
func withoutL(w string) string {
	if !endsInL(w) {
		return w
	}
	rs := []rune(w)
	rs[len(rs)-1] -= 8 // the final ㄹ is the eighth of a syllable's 28 finals
	return string(rs)
}
