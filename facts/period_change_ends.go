package facts

import "strings"

// This file reads the times of the two ends of a change (docs/meaning.md,
// "Twenty-first round: time (domtime21)"). M6 gives a time right before
// the first end (`4월 X에서 Y로`) to that end alone; when each end has its
// own time (`지난해 6조원에서 올해 7조원으로`), each is its end's alone: the
// change between them (`1조원 늘었다`) spans both and takes neither.

// secondEndTime reports whether time t stands right before one end of a
// change whose two ends, before amount a, each have a time right before
// them: a first end in 에서 and a second in 로/으로.
func (r *reading) secondEndTime(t timeSpan, a amount) bool {
	e := r.amountRightAfter(t.end, a.start)
	if e < 0 {
		return false
	}
	switch r.amts[e].tail {
	case "로", "으로":
		for _, c := range r.amts[:e] {
			if c.end <= t.start && c.tail == "에서" && strings.TrimSpace(r.text[c.end:t.start]) == "에서" {
				return true
			}
		}
	case "에서":
		for _, u := range r.spans {
			if u.start < r.amts[e].end || !strings.HasPrefix(strings.TrimSpace(r.text[r.amts[e].end:u.start]), "에서") || strings.TrimSpace(r.text[r.amts[e].end:u.start]) != "에서" {
				continue
			}
			if b := r.amountRightAfter(u.end, a.start); b >= 0 && (r.amts[b].tail == "로" || r.amts[b].tail == "으로") {
				return true
			}
		}
	}
	return false
}

// amountRightAfter returns the index of the amount that starts right
// after byte from, past spaces, and ends by byte to; -1 when none does.
func (r *reading) amountRightAfter(from, to int) int {
	for k, b := range r.amts {
		if b.start >= from && b.end <= to && strings.TrimSpace(r.text[from:b.start]) == "" {
			return k
		}
	}
	return -1
}
