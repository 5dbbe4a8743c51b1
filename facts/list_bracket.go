package facts

import "strings"

// This file reads an amount written in brackets right after the name of an
// item of a list that a topic frames (docs/meaning.md "Twenty-third round:
// lists (list23)"):
//
//	기관의 순매수 상위 3개 종목은 한빛전자(512억원), 누리화학(301억원) …이었다
//	김 장관은 예금(2억원), 토지(5억원) 등을 신고했다
//
// The bracket glosses the noun it is glued to, so that noun is what the
// amount is the worth of: its purpose (6a, D19-2). The list is the
// complement or the object of the clause whose topic (은/는) stands right
// before it, and that topic says whose the items are: a topic that names
// an actor holds them; a topic that names a thing (종목, 재산) is held by
// its owner (X의 …) or by the subject of the clause on it (X가 … 사들인
// 종목은). The rule rests only on the list's form: the bracket after each
// name, the separators between items (a comma, 와/과, 및, ·) and the topic
// before the first item, not on any word of stocks or assets.

// bracketItem returns the item that amount a glosses in brackets and the
// agent of the list's frame. ok is false when a is no such item, or when
// the frame gives no agent and the item may be an actor itself (매출 상위
// 기업은 A(1조원) …: the older rules read whom the bracket glosses).
func (r *reading) bracketItem(a amount) (item, agent string, ok bool) {
	if a.gloss >= 0 || a.first == 0 {
		return "", "", false
	}
	w := r.words[a.first]
	if a.start <= w.start || r.text[a.start-1] != '(' || !strings.HasPrefix(r.text[a.end:], ")") {
		return "", "", false
	}
	stem := r.text[w.start : a.start-1]
	if stem == "" || strings.ContainsAny(stem, "()") || startsDigit(stem) {
		return "", "", false
	}
	if !closesItem(r.text[a.end+1:]) {
		return "", "", false
	}
	s := a.first // the item's first word: bare nouns modify its name
	for s > 0 && a.first-s < 4 && plainNoun(r.words[s-1]) {
		s--
	}
	t := r.listTopic(s)
	if t < 0 {
		return "", "", false
	}
	item = strings.TrimSpace(r.text[r.words[s].start : a.start-1])
	itemActor := isActor(bareName(stem)) || r.words[a.first].actor
	tw := r.words[t]
	if (tw.actor || isActor(bareName(tw.stem))) && !isThing(tw.stem) {
		if itemActor {
			return "", "", false // 그는 아들(1억원)에게 …: whose the money is, the older rules read
		}
		return item, r.agentPhrase(t), true
	}
	if o := r.frameOwner(t); o >= 0 {
		return item, r.agentPhrase(o), true // 기관의 순매수 상위 종목은; 외국인이 … 사들인 종목은
	}
	if itemActor {
		return "", "", false
	}
	return item, "", true
}

// frameOwner returns whom the topic at word t, a thing, belongs to: the
// actor before it marked 의 in its noun phrase (기관의 순매수 상위 3개
// 종목은), or the subject (이/가) of the relative clause that modifies it
// (외국인이 가장 많이 사들인 종목은); -1 when neither is written.
func (r *reading) frameOwner(t int) int {
	adn := false
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := r.words[k]
		if w.comma || w.part == "은" || w.part == "는" || w.money || w.amt {
			return -1
		}
		if w.time {
			continue
		}
		if w.part == "의" && (w.actor || isActor(w.stem) || nameLike(w) || oneSyllableActors[w.stem] && k == 0) {
			return k // 도의 주요 사업으로는: the province, opening the sentence (agent24)
		}
		if (w.part == "이" || w.part == "가") && (w.actor || isActor(w.stem) || nameLike(w)) {
			if adn {
				return k
			}
			return -1
		}
		adn = adn || adnominal(w) || w.adn || adnominalForm(w.raw)
	}
	return -1
}

// adnominalForm reports whether raw ends in an ending of the relative
// clause (-ㄴ/-은/-는/-던) a reading of the word as a noun with a particle
// may hide (사들인 read as 사들 + 인).
func adnominalForm(raw string) bool {
	for _, e := range []string{"한", "인", "된", "던", "는", "은", "든", "낸", "준", "산", "판"} {
		if strings.HasSuffix(raw, e) {
			return true
		}
	}
	return false
}

// closesItem reports whether rest, the text after the bracket of an item,
// goes on to the next item (a comma, 와/과, 및, ·) or closes the list
// (등, 순, 로, 을/를, a copula).
func closesItem(rest string) bool {
	for _, p := range []string{",", "，", "·", "와 ", "과 ", " 및 ", " 등", " 순", "로 ", "으로 ", "을 ", "를 ", "이다", "였다", "이었다", "였으며", "이었으며", "였고", "이었고", "."} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return rest == ""
}

// plainNoun reports whether w is a bare noun that may modify the name of
// an item after it: no particle, no comma or bracket closing after it, no
// verb, time or amount; a noun with 의 that names no actor too (본인
// 명의 예금).
func plainNoun(w word) bool {
	return w.noun && (w.part == "" || w.part == "의" && !w.actor) && !w.comma && !w.verb && !w.time && !w.amt && !w.money && !w.num && !strings.ContainsAny(w.raw, "()")
}

// listTopic returns the topic (은/는) that stands right before the list
// whose item starts at word s, past the items before it (Name(amount),
// with a comma or 와/과 after it, or bare nouns), or -1.
func (r *reading) listTopic(s int) int {
	for k := s - 1; k >= 0 && k >= s-24; k-- {
		w := r.words[k]
		if w.part == "은" || w.part == "는" || asForParts[w.part] {
			if w.comma || w.money || w.amt || w.verb || w.time {
				return -1
			}
			return k
		}
		switch {
		case w.money && strings.ContainsAny(r.text[w.start:min(len(r.text), w.end+1)], "()"):
			// an item before: Name(amount), Name(amount)와, or a word of
			// its amount (삼성SDI(1983억 | 원),)
		case plainNoun(w), w.raw == "및":
		default:
			return -1
		}
	}
	return -1
}
