package facts

// parallelTopic returns the topic that opens the item of a gapped list
// amount a stands in, or -1: in `A는 X를, B는 Y를 V` the verb is written
// once, after the last item, and each topic is the subject of its own
// object (장남은 예금 3200만원을, 차남은 예금 1억200만원과 주식 500만원을
// 신고했다 → 차남 for the second and third amounts). The item opens right
// after a comma that closes an object or an amount of the item before
// (docs/meaning.md "Twenty-third round: lists (list23)").
func (r *reading) parallelTopic(a amount) int {
	for k := a.first - 1; k >= 1 && k >= a.first-10; k-- {
		w := r.words[k]
		if w.part == "은" || w.part == "는" {
			if w.comma || w.time || w.money || w.amt || !(w.actor || isActor(w.stem) || nameLike(w)) {
				return -1
			}
			p := r.words[k-1]
			if p.comma && (p.part == "을" || p.part == "를") && (p.money || p.noun) {
				return k
			}
			return -1
		}
		if w.comma || w.verb || w.adn || w.part == "이" || w.part == "가" || w.part == "을" || w.part == "를" {
			return -1
		}
	}
	return -1
}
