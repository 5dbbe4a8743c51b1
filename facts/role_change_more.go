package facts

// Changes told by a comparison with its base unwritten or far: leading
// another by an amount (한국보다 … 2,000만 달러를 앞질렀다), the parts of a
// rise (늘어난 부분은 …), paying more (3만원가량 더 주고).

// leadVerbs are the verbs of leading another by an amount: 앞지르다, 앞서다.
var leadVerbs = []string{"앞질", "앞지르", "앞지른", "앞서", "앞섰", "앞선"}

// leadBy reports whether amount a, the object of a verb of leading right
// after it, is by how much one leads a base written with 보다 before it in
// its clause (중국의 수출은 … 한국보다 처음으로 2,000만 달러를 앞질렀다): a
// change. An amount owned with 의 (인도의 2조9461억 달러를 앞섰습니다) is the
// level overtaken.
func (r *reading) leadBy(a amount) bool {
	if a.tail != "을" && a.tail != "를" || a.after >= len(r.words) || !hasAnyPrefix(r.words[a.after].raw, leadVerbs) {
		return false
	}
	if a.before >= 0 && r.words[a.before].part == "의" {
		return false
	}
	for i := r.clauseStart(a.first); i < a.first; i++ {
		if r.words[i].part == "보다" {
			return true
		}
	}
	return false
}

// listJoiners are the adverbs that join the items of a list, which end
// no clause though 그리고 ends as a verb does.
var listJoiners = setOf("그리고", "또", "또한", "및")

// riseParts are the nouns of a part or sum that a verb of change before
// them makes the change itself: 늘어난 부분, 줄어든 금액.
var riseParts = setOf("부분", "금액", "액수", "돈", "몫")

// partOfRise reports whether amount a is said of a topic that is a change
// — a noun of riseParts with 은 or 는 modified by an adnominal verb of
// change (전달 대비 늘어난 부분은 교역과 경협자금 대출이 5억5천9백만원, …
// 교류협력기반조성에 2억7천3백만원입니다) — with no verb that ends a clause
// between: each amount is a part of the change, a change. A level the
// topic names (늘어난 예산은) is no part.
func (r *reading) partOfRise(a amount) bool {
	for i := a.first - 1; i >= 1; i-- {
		w := r.words[i]
		if listJoiners[w.raw] {
			continue // …이 5억5천9백만원, 그리고 …에 2억7천3백만원: the next item
		}
		if w.verb && !isAdnominal(w) || w.ends && i < a.first-1 && !w.comma {
			return false
		}
		if (w.part == "은" || w.part == "는") && riseParts[w.stem] {
			v := r.words[i-1]
			return isAdnominal(v) && (hasAnyPrefix(v.raw, growWords) || isChangeWord(v.raw))
		}
	}
	return false
}

// paidMore reports whether amount a, named by no bare noun before it, is
// paid with 더 (소비자들은 3만원가량 … 주고 해당 제품을 구입해야 한다): how
// much more one pays than a base unwritten, a change. An extra charge named
// bare before it (자원순환보증금 300원을 더 내고) is an item of its own, a
// level, as paymentRaised says.
func (r *reading) paidMore(a amount) bool {
	if a.after+1 >= len(r.words) || r.words[a.after].raw != "더" {
		return false
	}
	if !hasAnyPrefix(r.words[a.after+1].raw, payWords) && !hasAnyPrefix(r.words[a.after+1].raw, giveWords) {
		return false
	}
	if a.before >= 0 {
		if b := r.words[a.before]; b.noun && b.part == "" && !b.comma {
			return false // 보증금 300원을 더 내고
		}
	}
	return a.tail == "" || a.tail == "을" || a.tail == "를"
}

// giveWords are the beginnings of 주다 as paying: 주고, 준다, 줘야.
var giveWords = []string{"주고", "준다", "줘야", "주어야", "줬", "준"}
