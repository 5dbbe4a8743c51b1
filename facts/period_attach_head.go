package facts

// A relative clause closes at its head noun. When that head is the noun
// the amount measures, written as the amount's subject or topic (올해 3월
// 신고된 전세 보증금은 8억 원이다), the clause's deed is the amount's own, and
// its time dates the amount, as procedureTime already reads a head written
// right before the amount (지난달 31일 공시한 보조금 55만원) and as
// relativeDeedTime reads 올해 받은 지원금은 5억 달러 (docs/meaning.md,
// "Twenty-second round: time (domtime22)").

// headsMeasured reports whether word h opens the noun that amount a
// measures.
func (r *reading) headsMeasured(h int, a amount) bool {
	if h >= len(r.words) || h >= a.first {
		return false
	}
	m, s := r.measuredSpan(a)
	return m >= 0 && (m == h || s >= 0 && s <= h && h <= m)
}
