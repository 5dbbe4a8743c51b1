package facts

import (
	"strings"
	"unicode/utf8"
)

// This file cuts a purpose's noun phrase out of the sentence: where it
// starts, where it ends, the noun of its verb and what is trimmed.

// spendAfter returns the verb after amount a, in its clause, that spends
// or gives it on what an X에 before names (투입한다, 쓰인다), or -1.
func (r *reading) spendAfter(a amount, ce int) int {
	for k := a.after; k <= ce && k < len(r.words) && k <= a.after+3; k++ {
		w := r.words[k]
		if isSpendWord(w.raw) {
			return k
		}
		if w.raw == "넘게" || w.raw == "가까이" || w.raw == "이상" || w.raw == "남짓" {
			continue // 90억 달러 넘게 들어갈
		}
		if w.verb || w.noun && w.part != "" {
			return -1
		}
	}
	return -1
}

// hasAnySuffix reports whether s ends with one of ends.
func hasAnySuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// pointer reports whether w points back to the sentence before: 여기에는.
func pointer(w word) bool {
	return strings.HasPrefix(w.raw, "여기") || w.stem == "이" || w.stem == "이를"
}

// phraseStart returns the first word of the noun phrase that ends with
// word i: the words before it that modify it within the same phrase (AI
// 분야 추경예산안, 팹리스 기업의 시제품 제작, 차의 설계와 제작, 북한에 대한
// 지원 사업), not before word stop, at most eight words.
func (r *reading) phraseStart(i, stop int) int {
	if w := r.words[i]; w.quoteOpen {
		return i // ‘잇즈 베스트’: the quotes close the name
	} else if w.quoteClose {
		for k := i - 1; k >= stop && k >= 0 && k >= i-6; k-- {
			if r.words[k].quoteOpen {
				return k
			}
		}
	}
	if r.forPurpose && i >= 2 && deedPrices[r.words[i].stem] && r.words[i-1].adn && r.words[i-1].verb && !r.words[i-1].comma {
		if o := r.words[i-2]; (o.part == "을" || o.part == "를") && o.noun && !o.actor && !o.time && !o.money && !o.comma {
			// 승부를 조작하는 대가, 교명변경 … 개정해주는 대가: the
			// price of a deed names the deed, its verb and its object with
			// the bare nouns that modify it.
			s := i - 2
			for s > 0 && r.words[s-1].noun && r.words[s-1].part == "" && !r.words[s-1].comma && !r.words[s-1].actor && !r.words[s-1].time && !r.words[s-1].money && !r.words[s-1].amt && i-s < 6 {
				s--
			}
			return s
		}
	}
	s := i
	// 반품배송비, … 등의 명목으로: a list that 등 closes is one phrase
	// across its commas (P1, P4).
	list := r.forPurpose && (r.words[i].stem == "등" || i+1 < len(r.words) && r.words[i+1].stem == "등")
	for k := i - 1; k >= stop && k >= 0 && i-k < 8; k-- {
		p := r.words[k]
		if r.forPurpose {
			if r.listBefore(k, stop) {
				s = r.phraseStart(k-1, stop) // 가발과 속눈썹 등 인조 모발 제품 (P1)
				k = s
				continue
			}
			if w := r.widen(k, i, stop, list); w <= k {
				s, k = w, w
				continue
			}
			if kindWords[p.raw] && p.part == "" && !p.comma && r.words[k+1].noun && !r.words[k+1].money && !r.words[k+1].amt {
				s = k // 각종 해양무기 구매, 새로운 방어체제 구축: an adnominal of kind opens the phrase
				break
			}
		}
		if r.forPurpose && areaPerRE.MatchString(p.raw) && k > stop && r.words[k-1].noun && r.words[k-1].part == "" && !r.words[k-1].comma && !r.words[k-1].time {
			continue // 다산신도시 3.3㎡당 아파트값: the unit of the rate, stepped over (withoutAreaPer)
		}
		modifier := p.num || p.raw == "연" || p.raw == "월" || p.year || areaSize(p) || // 전용 84㎡ 분양가 (purpose_area.go)
			koreanNumerals[p.raw] && counterNoun(r.words[k+1].stem) || // 배추 한 포기 가격, 멜론 한 쌍(2개)
			p.raw == "총" && totalOfNoun(r.words[k+1], k+1 == i) && !r.words[i].money && !r.words[i].amt || // 총 계약액은, 총 대회 상금은: the noun's own, not the amount's qualifier
			(p.raw == "기존" || p.raw == "종전") && r.words[k+1].noun && !r.words[k+1].money && !r.words[k+1].amt // 기존 판매가격이: the noun's own (P1)
		// 북한에 대한 지원 사업: 에 대한 and 에 관한 belong to the phrase.
		if (p.raw == "대한" || p.raw == "관한") && k > stop && r.words[k-1].part == "에" && r.words[k-1].noun {
			s = k - 1
			k--
			continue
		}
		if (p.raw == "및" || p.raw == "관련" || p.raw == "또는" || p.raw == "혹은") && k > stop && r.words[k-1].noun && r.words[k-1].part == "" {
			continue // 연구 및 노동력 개발, 국방 관련 반도체 제조
		}
		count := p.amt && !p.money && !moneyWords[r.words[k+1].stem] && !startsMoneyWord(r.words[k+1].raw) && r.words[k+1].noun // 1천만 명
		if p.amt && !p.num && !count || p.money || moneyWords[p.stem] && (k == 0 || r.words[k-1].amt || r.words[k-1].num) || p.time || p.dur {
			break // an amount of money, or a time, ends the phrase; a count does not
		}
		if n := r.words[k+1]; p.part == "도" && n.noun && (n.part == "" || n.part == "와" || n.part == "과" || n.part == "의") {
			p.part = "" // 닌텐도 3DS: a name that ends like 도, inside a phrase
		}
		joined := (p.part == "와" || p.part == "과" || p.part == "와의" || p.part == "과의") && p.noun && !p.actor
		if p.part != "" && p.part != "의" && !joined || p.comma || p.part == "의" && (p.actor && !r.undergoes(k, i) || p.time) || p.dur {
			break // 기업들의 구입 비용: the owner is the agent
		}
		if p.part == "의" && (strings.HasSuffix(p.stem, "로부터") || strings.HasSuffix(p.stem, "에게서")) {
			break // 중국으로부터의 수입액: where it comes from, as X에서 is, not what it is
		}
		// 가계 부채, 지방 정부 부채: a bare actor noun right before the head
		// is its modifier; the owner among them leaves with the agent
		// (withoutOwner).
		ownerMod := r.forPurpose && p.named && p.part == "" && !p.comma && (r.words[k+1].noun || r.headAdnominal(k+1, i)) && !r.words[k+1].money
		if !modifier && !r.headAdnominal(k, i) && (!p.noun && !p.name || p.time || p.named && !places[p.stem] && !countries[p.stem] && !ownerMod || pointer(p) ||
			stopNouns[p.stem] && p.raw != "전체" || clauseNouns[p.raw] || rateWord(p.raw) && !r.perHead(k, i) || determiners[p.raw] || conjunctions[p.raw]) {
			break
		}
		s = k
	}
	if s < i && spanCounters[r.words[s].stem] && s > 0 && koreanNumerals[r.words[s-1].raw] {
		s++ // 한 달 행사료: how long, no part of the noun
	}
	return s
}

// phraseRight returns the noun phrase that starts at word i: the words up
// to the first one with a particle, without it (AI 분야 추경예산안이 →
// AI 분야 추경예산안), and nouns joined by 와 or 과 (경제와 군사 지원), at
// most eight words; "" when word i is no noun.
func (r *reading) phraseRight(i int) string {
	if i+1 < len(r.words) && (r.words[i].raw == "이" || r.words[i].raw == "그" || r.words[i].raw == "해당") && r.words[i+1].noun {
		if p := r.phraseRight(i + 1); p != "" {
			return r.words[i].raw + " " + p // 953억 달러 규모의 이 법안
		}
	}
	end := -1
	for k := i; k < len(r.words) && k-i < 8; k++ {
		w := r.words[k]
		if k == i && (yearDigitsRE.MatchString(w.raw) || fiscalSpanRE.MatchString(w.raw) || fiscalRelative[w.raw]) && k+2 < len(r.words) && strings.HasPrefix(r.words[k+1].raw, "회계연도") && r.words[k+1].part == "" && r.words[k+2].noun {
			k++
			// 5조 8천억 달러 규모의 2023 회계연도 예산안, … 다음 회계연도
			// 국방예산안; read before the adjectives: 새 회계연도 is a
			// fiscal year told from the present, not a new one.
			continue
		}
		if k == i && adjectives[w.raw] && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor {
			continue // 220억 달러 규모의 새로운 대미 투자
		}
		if k == i && (w.year || w.time && startsDigit(w.raw)) && w.part == "" && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].time {
			continue // 342조원 규모의 2013년 예산안
		}
		if k == i && fiscalRelativeYears[w.raw] && !w.comma && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].time {
			continue // 374억 달러 규모의 내년도 국방예산안
		}
		if k > i && w.verb && hasCopula(w.raw) && !w.comma {
			// 추가 물자 제공입니다: the noun before the copula ends it.
			if n := withoutCopula(w.raw); n != "" && isHangulWord(n) && !verbish(word{raw: n, stem: n}) {
				return trimTail(r.text[r.words[i].start : w.start+len(n)])
			}
		}
		if r.forPurpose && w.raw == "등" && k > i && !w.comma && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor && !r.words[k+1].time && r.words[k-1].part == "" && r.joinedFrom(i, k) {
			continue // 가발과 속눈썹 등 인조 모발 제품: the head after the list (P1)
		}
		// 자산매입 규모를, 적자 규모를: a measure noun after the bare noun
		// it measures is the phrase's head, as measured reads 대북한 수출
		// 규모는 (sized); alone it says nothing.
		sized := (w.stem == "규모" || w.stem == "수준") && k > i && r.words[k-1].noun && r.words[k-1].part == "" && !strings.HasSuffix(r.words[k-1].raw, "는") && !r.words[k-1].comma && !r.words[k-1].money && !r.words[k-1].time
		if !w.noun && !w.name && !w.num || stopNouns[w.stem] && !sized || w.time || w.raw == "게" || w.amt && !w.num || w.money || moneyWords[w.stem] {
			break
		}
		end = k
		if (w.part == "와" || w.part == "과") && k+1 < len(r.words) && r.words[k+1].noun && !w.comma {
			if n := r.words[k+1].part; n != "에" && n != "에서" && n != "에게" && n != "으로" && n != "로" && !r.otherItem(k+1) {
				continue // 경제와 군사 지원; not 비용과 엔지니어링에
			}
		}
		if w.part == "의" && k+1 < len(r.words) && !relational[r.words[k+1].stem] && !w.comma {
			continue // 사랑의 쌀
		}
		if strings.HasSuffix(w.raw, "적인") && utf8.RuneCountInString(w.raw) >= 4 && !w.comma && k+1 < len(r.words) && r.words[k+1].noun && !r.words[k+1].actor && !r.words[k+1].time {
			continue // 파격적인 가격, 직접적인 지원: an adnominal of -적 (-ic), no noun with 인
		}
		if w.part != "" || w.comma {
			break // 암호화폐 해킹의 배후: the phrase ends at its 의
		}
	}
	if end < 0 || !r.words[end].noun && !r.words[end].name {
		return ""
	}
	return trimTail(r.phrase(i, end))
}

// otherItem reports whether the noun phrase that starts at word i, after
// X과, is an item of its own rather than a second noun the amount sizes:
// it has its own amount of money (금괴 40개와 현금 2억2천500만원) or opens
// with an ordinal (채무탕감과 2차 구제금융).
func (r *reading) otherItem(i int) bool {
	if w := r.words[i]; startsDigit(w.raw) && strings.HasSuffix(w.raw, "차") {
		return true
	}
	for k := i; k < len(r.words) && k < i+4; k++ {
		w := r.words[k]
		if w.money {
			return true
		}
		if w.part != "" || w.comma || !w.noun && !w.num {
			break
		}
	}
	return false
}

// deedPrices are the nouns of what a deed costs or is paid: with a clause
// of a deed and its object right before them (승부를 조작하는 대가, 담배를
// 사다주는 대가) the deed is what the amount is the price of, and stays.
var deedPrices = setOf("대가", "비용")

// trimTail drops a trailing 계획 or 방안 from a phrase that says more
// before it: 전기차 배터리 공장 건설 계획 → 전기차 배터리 공장 건설.
func trimTail(p string) string {
	for _, t := range []string{" 계획", " 방안", " 명목"} {
		if q, ok := strings.CutSuffix(p, t); ok && q != "" {
			return q
		}
	}
	return p
}

// heldMoney are nouns of money a body holds or spends as its own: a
// country written bare before one is its owner, as 정부 예산 is the
// government's (docs/meaning.md, fifth round: 이란 자금 → 자금, 일본
// 방위비 → 방위비).
var heldMoney = setOf("자금", "자산", "예산", "재산", "방위비", "국방비", "국방예산")

// withoutCountryOwner drops a country written bare before a noun of money
// it holds (이란 자산, 북한 자금 재동결) from the purpose, whoever the agent
// is: the country is the money's owner, the agent's part (agent rule 1),
// not what the money is for. A country before any other noun stays: a
// receiver, a target or a place (우크라이나 재건 비용, 북한 내 쌀 가격).
func withoutCountryOwner(purpose string) string {
	first, rest, ok := strings.Cut(purpose, " ")
	if !ok || !countries[first] {
		return purpose
	}
	if next, _, _ := strings.Cut(rest, " "); !heldMoney[next] {
		return purpose
	}
	return rest
}

// withoutOwner drops from a purpose the agent that opens it as the owner
// of its noun: 정부 예산 with agent 정부 → 예산, 이란 자금 → 자금 (the
// owner is the agent, docs/meaning.md, fifth round). A place word after
// it keeps the phrase whole (북한 내 휘발유 가격): there the country is
// where, not whose.
func withoutOwner(purpose, agent string) string {
	if agent == "" {
		return purpose
	}
	rest, ok := strings.CutPrefix(purpose, agent+" ")
	if !ok {
		rest, ok = strings.CutPrefix(purpose, agent+"의 ") // IBM의 주가 → 주가
	}
	if !ok || rest == "" {
		return purpose
	}
	first, _, _ := strings.Cut(rest, " ")
	if whereNouns[first] {
		return purpose
	}
	return rest
}

// verbNoun returns the Sino-Korean noun of the verb that follows word i
// (확보하기로 → 확보; 추가 임차, → 임차), "" when the verb has none. With
// keep, the nouns between (연내 in 연내 확보하기로) are kept before it.
func (r *reading) verbNoun(i int, keep bool) string {
	var between []string
	for j := i; j < len(r.words) && j < i+4; j++ {
		w := r.words[j]
		if w.part != "" && !w.verb {
			return "" // another argument: not the verb yet
		}
		if w.verb {
			if m := verbNounRE.FindStringSubmatch(w.raw); m != nil && !verbStems[m[1]] {
				return joinKept(between, m[1], keep)
			}
			if w.comma && len(between) > 0 {
				break
			}
			return ""
		}
		if w.comma {
			return joinKept(between, trimPunct(w.raw), keep) // 추가 임차, 활용하는
		}
		between = append(between, w.raw)
	}
	return ""
}

// joinKept joins the noun v to the words between when keep is set.
func joinKept(between []string, v string, keep bool) string {
	if !keep {
		return v
	}
	return strings.Join(append(between, v), " ")
}

// trimPunct strips quotes and brackets left inside a noun: 챗GPT’ → 챗GPT.
func trimPunct(s string) string {
	return strings.Trim(s, leadPunct+trailPunct)
}

// perHead reports whether the rate word at k is 1인당 (per head) opening
// the noun phrase that ends at i (1인당 GDP, 1인당 명목 GDP, 1인당
// 소득): a per-capita measure has it in its name, as the sets write it;
// the unit of a price (kg당 쌀, 건당 광고비) is no part of one.
func (r *reading) perHead(k, i int) bool {
	if i-k > 2 || r.words[k].raw != "1인당" && r.words[k].raw != "인당" {
		return false // kg당 쌀, 건당 광고비: the unit of a price, no part of its name
	}
	if k > 0 && r.words[k-1].noun && r.words[k-1].part == "" && !r.words[k-1].comma {
		return false // 직원 1인당 상여금: per whom, the unit of a rate
	}
	for m := k + 1; m <= i; m++ {
		if w := r.words[m]; !w.noun && !w.name || w.amt || w.money {
			return false
		}
	}
	return r.words[i].part != "" || i+1 < len(r.words) && r.words[i+1].money
}

// fiscalYear reports whether word k of ws is a fiscal year with no
// particle: 2023회계연도, 2026년도, or 회계연도 after a year written apart
// (2025 회계연도). A bare year (2021년) is the time of a measure, not part
// of its noun (docs/meaning.md P2).
//
// A fiscal year told from the present (내년도, 금년도, 다음 회계연도, 새
// 회계연도) is one too: like N년도 it names the budget's year of account,
// where a bare 올해 or 내년 is the time of a measure.
func fiscalYear(ws []word, k int) bool {
	w := ws[k]
	if w.comma {
		return false
	}
	if fiscalRelativeYears[w.raw] {
		return true // 내년도, read as 내년 and a particle 도
	}
	if w.part != "" {
		return false
	}
	if w.raw == "회계연도" {
		return k > 0 && (ws[k-1].year || fiscalYearRE.MatchString(ws[k-1].raw+"년도") || fiscalSpanRE.MatchString(ws[k-1].raw) || fiscalRelative[ws[k-1].raw])
	}
	return fiscalYearRE.MatchString(w.raw)
}

// fiscalRelativeYears are fiscal years told from the present in one word:
// next year's, this year's (docs/meaning.md, table of relative times).
var fiscalRelativeYears = setOf("내년도", "금년도", "차년도", "익년도")

// fiscalRelative are the words that tell 회계연도 from the present: 다음
// 회계연도, 새 회계연도, 이번 회계연도.
var fiscalRelative = setOf("다음", "새", "이번", "내년", "올해", "금년", "차기")

// widen returns where a purpose's phrase starts when word k, before the
// phrase of head i, belongs to it by the purpose's own rules (P1, P2, P4):
// a fiscal year (2023회계연도 전체 국방예산, 2025 회계연도), or an item of a
// list that 등 closes (반품배송비, 관세 등); else k+1.
func (r *reading) widen(k, i, stop int, list bool) int {
	p := r.words[k]
	if fiscalYear(r.words, k) {
		if p.raw == "회계연도" && k > stop {
			return k - 1 // 2025 회계연도
		}
		return k
	}
	if (list || r.joinedList(k, i, stop)) && p.comma && p.noun && p.part == "" && !p.actor && !p.time && !p.money && !p.amt && !p.verb && !strings.Contains(p.raw, ")") {
		return k
	}
	return k + 1
}

// joinedList reports whether the comma after word k separates items of a
// list that 와 or 과 marks as one, on either side: 긴급 식량과 영양 보조, 보건
// 서비스 지원; 대출금과 기부금, 다른 재정 지원 (P1: the whole list is the
// purpose).
func (r *reading) joinedList(k, i, stop int) bool {
	for m := k - 1; m >= stop && m >= 0 && m >= k-3; m-- {
		w := r.words[m]
		if w.comma || w.verb || !w.noun || w.actor || w.time || w.money || w.amt {
			break
		}
		if (w.part == "와" || w.part == "과") && !w.actor {
			return true
		}
		if w.part != "" {
			break
		}
	}
	return false
}

// widenStart is widen run back from start s of a phrase with head i, as
// far as it goes: for a phrase found by the measured-noun rules, whose
// start is shared with the agent's and role's readings.
func (r *reading) widenStart(s, i, stop int) int {
	list := r.words[i].stem == "등" || i+1 < len(r.words) && r.words[i+1].stem == "등"
	for k := s - 1; k >= stop && k >= 0 && i-k < 12; k-- {
		if r.listBefore(k, stop) {
			s = r.phraseStart(k-1, stop) // 가발과 속눈썹 등 인조 모발 제품 (P1)
			k = s
			continue
		}
		w := r.widen(k, i, stop, list)
		if w > k {
			break
		}
		k = w
		s = w
	}
	return s
}

// counterNoun reports whether stem, without a bracket after it, is a
// counter a native numeral counts with: a unit of unitNouns (포기, 개) or
// a one-letter counter (쌍, 판, 점), not one of time or occasions
// (spanCounters).
func counterNoun(stem string) bool {
	if i := strings.IndexByte(stem, '('); i > 0 {
		stem = stem[:i]
	}
	return unitNouns[stem] || utf8.RuneCountInString(stem) == 1 && isHangulWord(stem) && !spanCounters[stem]
}

// spanCounters are the one-letter nouns a native numeral counts time or
// occasions with (한 달, 한 해, 한 번): a time or how often, no goods.
var spanCounters = setOf("달", "해", "날", "주", "번", "때", "건")

// listBefore reports whether word k is a 등 written apart that closes a
// list of items before the head of a purpose (가발과 속눈썹 등 인조 모발
// 제품, 부동산과 주식 등 자산): the whole noun phrase keeps them (P1).
func (r *reading) listBefore(k, stop int) bool {
	w := r.words[k]
	if w.raw != "등" || w.comma || k-1 < stop || k-1 < 0 {
		return false
	}
	p := r.words[k-1]
	return p.noun && p.part == "" && !p.comma && !p.actor && !p.time && !p.money && !p.amt
}

// joinedFrom reports whether a word from i up to k is joined to the next
// by 와 or 과: the words before k are a list (가발과 속눈썹).
func (r *reading) joinedFrom(i, k int) bool {
	for m := i; m < k; m++ {
		if p := r.words[m].part; p == "와" || p == "과" {
			return true
		}
	}
	return false
}

// headAdnominals are words that qualify the noun after them (최저 임금,
// 최고 입찰 가격, 주요 제품 가격, 실제 대중 수입액) as well as an amount
// (최대 5억 원): before a noun of a purpose they are part of its phrase.
var headAdnominals = setOf("주요", "실제", "최고", "최저", "최대", "최소")

// headAdnominal reports whether word k, one of headAdnominals with no
// particle, opens the phrase whose head i is a subject, a topic or an
// object (최저 임금은 … 7달러, 주요 제품 가격을 50∼100원): it qualifies the
// noun; a superlative before goods (최대 수출품은 가발) ranks them, and
// the goods named are the purpose. Before a head glued to its amount (최고 연회비 200만원인, 최소 해외
// 인출 수수료 3달러와) it is the amount's qualifier, moved before the noun.
func (r *reading) headAdnominal(k, i int) bool {
	if k+1 >= len(r.words) || i >= len(r.words) || !headAdnominals[r.words[k].raw] || r.words[k].comma {
		return false
	}
	n := r.words[k+1]
	h := r.words[i]
	if r.words[k].raw == "주요" {
		return n.noun && !n.money && !n.amt && !n.time // 주요 부속시설 신축 사업에: never an amount's qualifier, always the noun's
	}
	return n.noun && !n.money && !n.amt && !n.time && headParts[h.part] && !strings.HasSuffix(h.stem, "품")
}

// headParts are the particles of a head that an amount is said of or
// done to: subject, topic, object, and 도.
var headParts = setOf("은", "는", "이", "가", "을", "를", "도")
