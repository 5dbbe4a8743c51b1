package facts

import "strings"

// exceededObject returns the object in 을/를 of a verb of exceeding that
// the amount bounds (A값을 최대 200만 원 초과하지 않으면, 매출을 10억원
// 넘게 올린): the amount is how far the object goes past, an adverbial
// of degree of the verb, so the object is the measure it is of
// (docs/meaning.md "Twenty-fourth round: purpose"). The object must stand
// in the amount's clause, before it, with no other object, comma or
// verb between.
func (r *reading) exceededObject(a amount) string {
	n := len(r.words)
	if a.after >= n || a.tail != "" && a.tail != "을" && a.tail != "를" {
		return ""
	}
	if v := r.words[a.after].raw; !strings.HasPrefix(v, "초과하") && !strings.HasPrefix(v, "넘") {
		return ""
	}
	for k := a.first - 1; k >= 0; k-- {
		w := r.words[k]
		if w.comma || w.verb || w.part != "" && w.part != "을" && w.part != "를" {
			return ""
		}
		if w.part == "을" || w.part == "를" {
			if !w.noun || w.actor || w.time {
				return ""
			}
			return r.phrase(r.phraseStart(k, 0), k)
		}
	}
	return ""
}
