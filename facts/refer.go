package facts

import "strings"

// This file resolves the sentences that point back to the one before
// (여기에는 … 1조 4,600억 원이 쓰입니다; 이에 따라 …; 이 지역에는 …): their
// amount's agent, purpose and time may be those of the sentence before
// (docs/meaning.md "Pointing back").

// demonstratives are the words that point back when a sentence opens
// with one, alone or with a particle or a noun after it.
var demonstratives = setOf("이", "그", "이런", "이러한", "이같은", "이와", "여기", "거기", "이곳", "이들", "그들",
	"해당", "이는", "이에", "이를", "이로", "이로써", "이중", "그중", "이에는", "이처럼", "이것", "이것은", "그것")

// openers are the words a sentence may open with before it points back:
// 또 여기에는, 한편 이 법안에는.
var openers = setOf("또", "또한", "한편", "특히", "아울러", "다만", "그러나", "그리고", "앞서", "결국", "실제로", "하지만", "이어")

// pointsBack reports whether a sentence whose words are ws points back to
// the sentence before it: its first word, after an opener, is a
// demonstrative (이, 그, 이런, 여기, 이곳, 이들, 해당 …), alone or with a
// particle (여기에는, 이를 통해, 이에 따라, 이로 인해, 이처럼).
func pointsBack(ws []word) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		w := ws[i]
		if openers[w.raw] {
			continue
		}
		if (w.raw == "그" || w.raw == "이") && i+1 < len(ws) && timeAfterPointer[ws[i+1].stem] {
			return false // 그 동안, 그 후: a time, no thing of the sentence before
		}
		return demonstratives[w.raw] || demonstratives[w.stem] || strings.HasPrefix(w.raw, "여기") ||
			strings.HasPrefix(w.raw, "거기") || strings.HasPrefix(w.raw, "이곳") || strings.HasPrefix(w.raw, "이들")
	}
	return false
}

// timeAfterPointer are the nouns of time that 그 and 이 make adverbs of
// when (그 동안, 그 후, 이 때): no pointing back to a thing whose agent or
// purpose the sentence would take.
var timeAfterPointer = setOf("동안", "후", "뒤", "때", "이후", "당시", "사이")

// thisIs reports whether the sentence's subject is the figure the
// sentence before gave: it opens with 이는 (이는 2023년 대비 약 1억1천만
// 달러 감소한 수치로 …).
func (r *reading) thisIs() bool {
	for i := 0; i < len(r.words) && i < 3; i++ {
		w := r.words[i]
		if openers[w.raw] {
			continue
		}
		return w.raw == "이는" || w.raw == "이것은"
	}
	return false
}

// deedOf returns what the sentence p says is done: the last object of
// its main verb with that verb's noun and the words between (첨단 GPU 1만
// 장을 연내 확보하기로 했다 → 첨단 GPU 1만 장 연내 확보), or the object
// alone when the verb has no noun or exports or imports it: the amount
// pointing back is then the worth of the goods traded, which is for the
// goods (docs/meaning.md E2: 요소를 수입했다. 이같은 액수는 → 요소); ""
// when it has no object.
func deedOf(p *reading) string {
	for j := len(p.words) - 1; j >= 0; j-- {
		w := p.words[j]
		if (w.part != "을" && w.part != "를") || !w.noun {
			continue
		}
		if w.actor {
			return "" // 대학생 딸을 죽이고: whom it is done to, no purpose
		}
		start := p.phraseStart(j, 0)
		v := p.verbNoun(j+1, true)
		if v == "수출" || v == "수입" {
			// The worth of the goods traded is for the goods.
			v = ""
			for k := start; k < j; k++ {
				if strings.HasSuffix(p.words[k].raw, "어치의") {
					start = k + 1 // 490만 달러어치의 요소: the worth stated before
				}
			}
		}
		s := p.phrase(start, j)
		if v != "" {
			s += " " + v
		}
		return s
	}
	return ""
}

// partOf reports whether the sentence opens with 이 중, 이 가운데: its
// amount is a part of what the sentence before sized.
func (r *reading) partOf() bool {
	for i := 0; i+1 < len(r.words) && i < 3; i++ {
		w := r.words[i]
		if openers[w.raw] {
			continue
		}
		if w.raw == "이중" || w.raw == "이중에" || w.raw == "그중" || w.raw == "그중에" {
			return true
		}
		n := r.words[i+1].raw
		return (w.raw == "이" || w.raw == "그") && (n == "중" || n == "중에" || n == "중에서" || strings.HasPrefix(n, "가운데"))
	}
	return false
}

// carriesTime reports whether the sentence's pointer back stands for the
// figure or the deed the sentence before names, so that an amount with no
// time of its own takes that sentence's: 이는 …, 이를 위해 …, 이 중 …, 이
// 가운데 …; not a noun pointed at (이 법에는, 이 단체는), whose time is its
// own.
func (r *reading) carriesTime() bool {
	for i := 0; i < len(r.words) && i < 3; i++ {
		w := r.words[i]
		if openers[w.raw] {
			continue
		}
		switch w.raw {
		case "이는", "이것은", "이를", "이중", "이중에", "이중에서", "그중", "그중에", "그중에서":
			return true
		case "이", "그", "이같은", "이러한", "이런":
			// 이 중, 그 가운데: a part of what was sized; 이 금액은, 그
			// 액수는, 이같은 액수는: the same money. The 그 of a reference
			// points back as 이 does.
			if i+1 < len(r.words) {
				n := r.words[i+1].raw
				part := n == "중" || n == "중에" || n == "중에서" || strings.HasPrefix(n, "가운데")
				return part && (w.raw == "이" || w.raw == "그") || strings.HasPrefix(n, "금액") || strings.HasPrefix(n, "액수")
			}
		}
		return false
	}
	return false
}
