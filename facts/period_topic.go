package facts

// etcTopic returns the word 등은 that closes a topic headed by an actor
// (조씨 등은, 김 대표 등은), a few words into the sentence, or -1: the
// topic is X and those with X (docs/meaning.md 6a, "X 등은 is headed by
// X"), and a time right after it frames the clauses after it as one after
// any topic does (지난해 1월부터 최근까지 … 주선하고 그 대가로 … 6억여원을
// 챙긴; E5 (c)).
func (r *reading) etcTopic() int {
	for i := 1; i < len(r.words) && i <= 5; i++ {
		if w := r.words[i]; w.raw == "등은" && r.words[i-1].actor && !r.words[i-1].comma {
			return i
		}
		if w := r.words[i]; w.comma || w.ends && !sourceVerbs[w.raw] {
			break // but 경찰에 따르면 조씨 등은: a source ends no clause
		}
	}
	return -1
}
