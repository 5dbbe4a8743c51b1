package facts

import "strings"

// This file reads the subject of 기록하다 and 달성하다 (A10): what records
// or reaches a figure holds it. When the figure's measure is written before
// the amount (자산총액 5조원을 기록해), the topic that opens the sentence is
// no measure but the one the figure is of, a name no dictionary may know
// (누리키움은 자산총액 5조원을 기록해 …).

// recordTopic returns the topic opening the sentence when amount a, its
// measure noun bare before it, is the object of 기록하다 or 달성하다 right
// after it and no other subject stands between; or -1.
func (r *reading) recordTopic(a amount) int {
	if a.tail != "을" && a.tail != "를" || a.after >= len(r.words) || a.before != a.first-1 || a.before < 1 {
		return -1
	}
	if v := r.words[a.after].raw; !strings.HasPrefix(v, "기록") && !strings.HasPrefix(v, "달성") {
		return -1
	}
	if m := r.words[a.before]; !m.noun || m.part != "" || m.time || m.actor || m.stem == "기준" || m.stem == "현재" || r.words[a.before-1].time {
		return -1 // 지난 1일 기준 2천500원을 기록했다: a basis of time (M3), no measure
	}
	t := 0 // the sentence's first word: the topic that opens it, known to no dictionary or not
	if t >= a.before || !topicParts[r.words[t].part] || !nameLike(r.words[t]) || r.words[t].comma {
		return -1
	}
	if r.hasSubject(t+1, a.first) {
		return -1
	}
	return t
}
