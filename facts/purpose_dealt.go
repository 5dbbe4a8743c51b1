package facts

import (
	"strings"
	"unicode/utf8"
)

// This file reads the thing a price was paid for when the sentence says it
// changed hands: the subject of a passive verb of trading, with the price
// in 에 (… 전용 84㎡는 지난달 9억원에 거래됐다, 분양권이 … 에 팔렸다,
// … 에 낙찰됐다), or of a verb that writes the trade down (… 에 매매계약서를
// 썼다, … 에 신고가를 썼다). A passive takes what undergoes the deed as its
// subject: the thing traded, never who trades it, so the amount has that
// thing as its purpose and no agent (docs/meaning.md 6a, P3; "Twentieth
// round: purpose (dompurpose20)").

// dealNouns are the nouns of a trade that take 되다 as their passive
// (거래되다, 매매되다, 낙찰되다, 계약되다) or form an intransitive verb of a
// thing changing hands with 하다 or 되다 (손바뀜했다, 손바뀜됐다).
var dealNouns = []string{"실거래", "거래", "매매", "낙찰", "계약", "손바뀜", "매각", "매입", "처분"}

// dealRecords are the nouns of the paper or the record a trade writes
// (매매계약서, 전세 계약서, 신고가): with 을/를 before 쓰다 or 경신하다 and a
// price in 에 they say the subject was traded at that price.
var dealRecords = []string{"계약서", "신고가", "최고가"}

// dealtVerb reports whether word w is a verb that says its subject was
// traded: a passive of a dealNoun (거래됐다, 낙찰된, 매매되며), 손바뀜 with
// 하다, or a passive of 팔다 (팔렸다, 팔린).
func dealtVerb(w word) bool {
	if !w.verb {
		return false
	}
	for _, p := range []string{"팔려", "팔린", "팔렸", "팔리"} {
		if strings.HasPrefix(w.raw, p) {
			return true
		}
	}
	for _, n := range dealNouns {
		rest, ok := strings.CutPrefix(w.raw, n)
		if !ok {
			continue
		}
		if hasAnyPrefix(rest, []string{"되", "돼", "됐", "된", "될"}) || n == "손바뀜" && strings.HasPrefix(rest, "하") || n == "손바뀜" && strings.HasPrefix(rest, "했") {
			return true
		}
	}
	return false
}

// recordVerb reports whether words k and k+1 are a dealRecord with 을/를
// and a verb that writes or renews it (매매계약서를 썼다, 신고가를 경신한,
// 신고가를 새로 썼다).
func (r *reading) recordVerb(k int) bool {
	w := r.words[k]
	if w.part != "을" && w.part != "를" || !hasAnySuffix(w.stem, dealRecords) {
		return false
	}
	for m := k + 1; m < len(r.words) && m <= k+2; m++ {
		v := r.words[m]
		if hasAnyPrefix(v.raw, []string{"썼", "쓰", "써", "경신"}) {
			return true
		}
		if v.raw != "새로" {
			return false
		}
	}
	return false
}

// dealtAt returns the verb word that trades the subject of amount a at that
// price, or -1: the amount takes 에, and the first verb after it, past the
// times, subjects and prices of the items that share the verb (59㎡가 이달
// 4억원에, 84㎡가 지난달 5억원에 거래됐다), is a dealtVerb or writes a
// dealRecord.
func (r *reading) dealtAt(a amount) int {
	if a.tail != "에" {
		return -1
	}
	if b := a.first - 1; b >= 0 && r.words[b].noun && r.words[b].part == "" && !r.words[b].time && !r.words[b].money && !r.words[b].comma && !placeWord(r.words[b]) {
		return -1 // 전세 보증금 11억 원에 거래됐다: the amount sizes the noun before it, read elsewhere
	}
	for k := a.after; k < len(r.words) && k <= a.after+reach; k++ {
		w := r.words[k]
		if r.recordVerb(k) {
			return k
		}
		if w.verb {
			if dealtVerb(w) {
				return k
			}
			return -1
		}
		if w.part == "을" || w.part == "를" || w.ends {
			return -1
		}
	}
	return -1
}

// dealtThing returns the thing amount a is the price of when a trading
// verb after it (dealtAt) says so, or "": the nearest subject or topic
// before the amount in its clause (X는, X가, X의 경우), else the sentence's
// first topic when it names a thing (래미안슈르는 … 12억원에 거래되다 …
// 15억원에 신고가를 경신한). An adnominal verb (…에 거래된 주택형이다, …에
// 팔린 래미안슈르) gives the noun it modifies first: the subject a relative
// clause leaves out is its head.
func (r *reading) dealtThing(a amount) string {
	v := r.dealtAt(a)
	if v < 0 {
		return ""
	}
	if w := r.words[v]; w.adn && v+1 < len(r.words) && !r.words[v+1].money {
		h := r.words[v+1]
		if head, ok := strings.CutSuffix(h.raw, "이다"); ok && v+2 == len(r.words) && head != "" {
			return head // …에 거래된 주택형이다: the copula's noun
		}
		if h.noun && !h.verb {
			return r.phraseRight(v + 1) // …에 팔린 래미안슈르 시세: the relative clause's gap is its subject
		}
	}
	cs := r.clauseStart(a.first)
	for k := a.first - 1; k >= cs; k-- {
		w := r.words[k]
		if w.money {
			continue // the price of an item before (… 4억원에, … 3억원에 거래됐다)
		}
		if w.raw == "경우" && k > cs && r.words[k-1].part == "의" {
			return r.dealtPhrase(k - 1) // 주공 19단지 전용 68.86㎡의 경우
		}
		if w.subj && subjectParts4[w.part] && !w.time && !w.actor && !w.verb && (w.noun || w.name || w.quoteClose || sized(w.stem)) {
			if pronouns[w.stem] || oneHangul(w.stem) {
				return ""
			}
			return r.dealtPhrase(r.bracketHead(k))
		}
	}
	if cs >= 2 && r.words[cs-1].raw == "경우" && r.words[cs-2].part == "의" {
		return r.dealtPhrase(cs - 2) // 주공 19단지 전용 68.86㎡의 경우 …: 경우 closes a clause of its own
	}
	if t := r.thingTopic(); t >= 0 && t < cs {
		return r.dealtPhrase(t)
	}
	return ""
}

// dealtPhrase returns the noun phrase that ends with word i as the thing
// traded: the bare nouns, names and sizes before it (현대13차 전용면적
// 105.31㎡, ‘대우월드마크센텀’ 전용 243.7㎡, 같은 주택형의 분양권), without
// the places that open it (서울 강남구 압구정동), a determiner (이, 해당,
// 이곳) and the quotation marks (docs/meaning.md P1, P3: the thing, as
// the sentence names it).
func (r *reading) dealtPhrase(i int) string {
	if i >= 2 && (koreanNumerals[r.words[i-1].raw] || r.words[i-1].num) && r.words[i-2].noun && r.words[i-2].part == "" {
		i -= 2 // 수박 한 쌍(2개)이: the goods, not their count
	}
	s := i
	for k := i - 1; k >= 0 && i-k < 8; k-- {
		p := r.words[k]
		if p.comma && !p.quoteClose && !strings.HasSuffix(r.text[p.start:r.words[k+1].start], ") ") || p.money || p.time || p.dur || p.ends || asOfWords[p.raw] {
			break
		}
		if p.part == "의" && (p.noun || sized(p.stem)) && !p.actor && !p.time && (sized(p.stem) || k == 0 || !r.words[k-1].verb || r.words[k-1].raw == "같은") {
			s = k // 전용 84㎡의 분양권; not 비슷한 층의 전세물건, whose 의 a verb's clause opens
			continue
		}
		if p.verb && !p.adn && !p.ends && p.part == "" && (k == 0 || placeWord(r.words[k-1]) || r.words[k-1].ends || r.words[k-1].comma || p.quoteOpen || p.quoteClose || strings.ContainsAny(p.raw, "0123456789")) {
			s = k // 범어동 힐스테이트범어, 서초네이처힐3단지: a complex's name, whatever it ends in
			continue
		}
		if p.part != "" || p.verb && p.raw != "같은" || !(p.noun || p.name || p.amt || p.num || sized(p.stem) || p.raw == "같은") {
			break
		}
		s = k
	}
	for s < i && (placeWord(r.words[s]) || pronouns[r.words[s].raw]) {
		s++
	}
	p := r.text[r.words[s].start:r.words[i].stemEnd]
	if o := strings.LastIndexByte(p, '('); o > 0 && !strings.Contains(p[o:], ")") {
		p = p[:o] // 한빛 1호(100억 투자)는: the aside in brackets is not the thing
	}
	p = strings.NewReplacer("‘", "", "’", "", "“", "", "”", "", "'", "", "\"", "").Replace(p)
	return strings.TrimSpace(p)
}

// placeWord reports whether bare word w names a place that locates a
// thing: a country or city of places, a province (경기, 충남), or an
// administrative unit written with its suffix (강남구, 압구정동, 진접읍,
// 금곡리, 남양주시).
func placeWord(w word) bool {
	if w.part != "" {
		return false
	}
	if places[w.raw] || provinces[w.raw] || cityStems[w.raw] {
		return true
	}
	if utf8.RuneCountInString(w.raw) < 2 {
		return false
	}
	return hasAnySuffix(w.raw, []string{"시", "군", "구", "동", "읍", "면", "리", "도"}) && allHangul(w.raw)
}

// provinces are the provinces as the press shortens them before a city.
var provinces = setOf("경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "경기도", "강원도")

// sized reports whether s is a number with a unit of area or a count
// glued to it (59㎡, 105.31㎡, 30평형): a size that names a unit.
func sized(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9' && !strings.ContainsAny(s, "원억조만")
}

// asOfWords close the time a figure holds at (4일 기준 경유는, 6월 현재): the
// date's, no part of the thing after them.
var asOfWords = setOf("기준", "현재", "기준으로")

// subjectParts4 are the particles of a subject or a topic (not 도, 만).
var subjectParts4 = setOf("은", "는", "이", "가")

// bracketHead returns the word that opens the bracket word i closes
// (한빛 1호(100억 투자)는 → 1호(100억), 쌍(2개)이 → 쌍(2개)이 itself), or i: the
// noun is the one before the aside.
func (r *reading) bracketHead(i int) int {
	w := r.words[i]
	if !strings.Contains(r.text[w.start:w.end], ")") || strings.Contains(r.text[w.start:w.end], "(") {
		return i
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if strings.Contains(r.text[r.words[k].start:r.words[k].end], "(") {
			return k
		}
	}
	return i
}
