package facts

import (
	"strings"
	"unicode/utf8"
)

// This file marks where the clauses of a sentence start and end.

// clauseStart returns the index of the first word of the clause that
// holds word i: the word after the last one before i that ends a clause.
func (r *reading) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		if r.words[j].ends || j < i-reach {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the index of the word that ends the clause holding
// word i, or the last word.
func (r *reading) clauseEnd(i int) int {
	for j := i; j < len(r.words); j++ {
		if r.words[j].ends || j >= i+reach {
			return j
		}
	}
	return len(r.words) - 1
}

// clauseEnders are endings of a verb that close a clause and start
// another: 확충하고, 지원하며, 유치할 경우, 선정한 뒤.
var clauseEnders = []string{
	"하고", "되고", "했고", "됐고", "이고", "하며", "되며", "했으며", "됐으며", "으며", "이며",
	"하면서", "면서", "지만", "는데", "은데", "해서", "하여", "돼", "되어", "하면", "되면", "으면",
	"라면", "니까", "므로", "도록", "었고", "았고", "였고", "했는데", "인데", "다며", "라며", "더라도",
	"려면", "으나", "했으나", "였으나", "었으나", "았으나", "데다가", "데다", "한데", "된데",
}

// clauseNouns are words that close a clause: 유치할 경우, 선정한 뒤.
var clauseNouns = setOf("경우", "뒤", "후", "때", "가운데", "반면", "동시에", "한편", "위해", "위해서", "따라", "반면에",
	"전", "전엔", "전에", "전에는", "이전에", "뒤에", "후에", "결과", "끝에", "때까지", "때는", "때에는")

// purposeInRelative reports whether 위해 at word i stands inside a clause
// that modifies an amount: an adnominal verb follows within five words
// (미 정부가 약속한) and an amount right after it or after one word more
// (이전 4억5천600만 달러), with no comma between.
func purposeInRelative(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		if ws[k].comma {
			return false
		}
		if ws[k].adn {
			for m := k + 1; m < len(ws) && m <= k+2; m++ {
				if ws[m].amt {
					return true
				}
				if ws[m].comma || ws[m].adn || ws[m].ends {
					return false
				}
			}
			return false
		}
	}
	return false
}

// sumIfWords are the verbs of summing in a condition (모두 합하면 526억
// 달러에 이른다): the total is that of what the clause names, with its time.
var sumIfWords = setOf("합하면", "합치면", "더하면", "합산하면")

// daysCounted are the words that count days back from publication before
// 전 (하루 전, 이틀 전): the closed class of native day counts.
var daysCounted = setOf("하루", "이틀", "사흘", "나흘")

// closesClause reports whether the word w closes a clause.
func closesClause(w word) bool {
	if (w.comma || w.quoteClose) && w.verb {
		return true
	}
	if w.part == "이라고" || w.part == "라고" {
		return true // a quotation ends: …일’이라고 평가했다
	}
	if clauseNouns[w.raw] || w.comma && (clauseNouns[w.stem] || w.stem == "결과") {
		return true // 조사 결과, …: the survey's clause ends
	}
	if w.verb && !nounEndings[w.raw] && (strings.HasSuffix(w.raw, "고") || strings.HasSuffix(w.raw, "며") || strings.HasSuffix(w.raw, "면") ||
		strings.HasSuffix(w.raw, "어서") || strings.HasSuffix(w.raw, "아서") || strings.HasSuffix(w.raw, "여서")) {
		return true // 받고, 실으며, 들여서
	}
	if w.raw == "가자" || w.raw == "오자" || w.raw == "되자" || w.verb && w.part == "" && hasAnySuffix(w.raw, []string{"하자", "되자", "오르자", "내리자"}) {
		return true // A씨가 도망을 가자, 값이 오르자: when, a clause of its own (not 참가자, a noun)
	}
	return clauseEnderIndex.has(w.raw) && !nounEndings[w.raw]
}

// markClauses marks the clause ends that only the word before tells: a
// bare noun of an event after its date, with a comma (2005년 8월31일 착공,
// 총 550억 원 …), ends a clause as a verb would.
func markClauses(ws []word) {
	unmarkFunds(ws)  // a fund is money unless it acts (fund.go)
	formerTitles(ws) // 송 전 대표: former, no clause end (clause_former.go)
	for i := range ws {
		// 식량 차관이, 군수 지원: a loan and munitions, not a vice
		// minister or a county head, unless a body or a name stands before
		// it (국방부 차관, 양평 군수).
		if w := &ws[i]; w.actor && homonymTitles[strings.TrimSuffix(w.stem, "들")] && (i == 0 || !ws[i-1].actor && !ws[i-1].name && !cityStems[ws[i-1].stem]) {
			w.actor, w.named, w.owner = false, false, false
		}
	}
	for i := 1; i < len(ws); i++ {
		// 해킹조직 라자루스는, 업체 엘모스는: an unknown noun right after a
		// bare noun of a group or a firm names it, and acts as it does.
		if p, w := ws[i-1], &ws[i]; p.actor && p.part == "" && !p.comma && commonActor(p.stem) && w.noun && !w.actor && !w.time &&
			(w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && !w.open && !isThing(w.stem) && !places[w.stem] && !moneyWords[w.stem] && !stopNouns[w.stem] && utf8.RuneCountInString(w.stem) >= 3 {
			w.actor, w.name, w.named, w.owner = true, true, true, true
		}
	}
	markConjuncts(ws) // LS그룹과 엘앤에프는: a conjunct of a firm is one (conjunct.go)
	for i := 1; i < len(ws); i++ {
		// 통제해 온, 운영하고 있는: an auxiliary verb after a verb is a verb
		// that modifies the noun after it, no noun (온 is also "whole").
		if w := &ws[i]; auxAdnominal[w.raw] && ws[i-1].verb && !ws[i-1].comma {
			w.verb, w.noun, w.adn, w.actor, w.named, w.owner = true, false, true, false, false, false
		}
	}
	for i := 1; i < len(ws); i++ {
		w := &ws[i]
		if w.comma && w.part == "" && w.noun && ws[i-1].time && ws[i-1].part == "" {
			w.ends = true // 2005년 8월31일 착공,: not 지난 2월에도 옥수수, 고구마 …, a list after a time with its particle
		}
		if w.raw == "보고" && (ws[i-1].part == "으로" || ws[i-1].part == "로") {
			w.verb, w.noun, w.ends = true, false, true // 들어갈 것으로 보고: seeing, no report
		}
		if w.raw == "위해" && !w.comma && purposeInRelative(ws, i) {
			w.ends = false // 지난 3월 백신 개발을 위해 미 정부가 약속한 4억 달러: one clause on the amount
		}
		if sumIfWords[w.raw] && !w.comma {
			w.ends = false // 이 기간 … 제공한 대출금과 기부금 등을 모두 합하면 526억 달러: the sum of what the clause names, no condition
		}
		if (w.raw == "전에" || w.raw == "전엔" || w.raw == "전에는") && !w.comma && daysCounted[ws[i-1].raw] {
			w.ends = false // 하루 전에 기록된: a day before publication, no clause of before ends
		}
		if w.raw == "때" && ws[i-1].raw == "한" && !w.comma {
			w.ends = false // 한 때 1 배럴 당 71달러까지: at one time, an adverb, no clause of when ends
		}
		if w.raw == "것과" && w.comma {
			w.ends = true // …사용한 것과, …: one of a list of clauses
		}
		if p := &ws[i-1]; p.ends && p.verb && !p.comma && strings.HasSuffix(p.raw, "고") && w.verb && strings.HasPrefix(w.raw, "있") {
			p.ends = false // 안고 있다고: -고 있다 is one verb, no clause ends at 안고
		}
		if w.raw == "인" && ws[i-1].noun && ws[i-1].part == "" && !ws[i-1].comma {
			// 최대 규모 인 135억: the copula written apart is read as 규모인.
			ws[i-1].part = "인"
			w.verb, w.noun, w.adn, w.actor, w.name, w.ends = false, false, false, false, false, false
		}
		if w.raw == "시" && (ws[i-1].adn || ws[i-1].noun && ws[i-1].part == "" && !ws[i-1].comma && !ws[i-1].actor) {
			w.ends, w.noun, w.actor, w.named, w.owner = true, false, false, false, false // 위반할 시, 구매 시: when, no city
		}
	}
	// A short quotation is a name or a label (‘대단하고 중대한 일’): no
	// clause ends inside it.
	for i := 0; i < len(ws); i++ {
		if !ws[i].quoteOpen || ws[i].quoteClose {
			continue
		}
		for k := i; k < len(ws) && k <= i+4; k++ {
			if ws[k].quoteClose {
				for q := i; q < k; q++ {
					ws[q].ends = false
				}
				break
			}
		}
	}
}

// conditional reports whether word w closes a clause of condition or
// concession: 넘으면, 주면, 유치할 경우, 되더라도, 878억원이라면.
func conditional(w word) bool {
	if w.raw == "경우" || w.raw == "경우에는" || w.raw == "경우엔" {
		return true
	}
	if !w.verb || clauseNouns[w.raw] {
		return false // 감소한 반면: a noun of contrast that ends in 면, no -면 of a verb
	}
	for _, p := range considering {
		if strings.HasPrefix(w.raw, p) {
			return false // 8월을 제외하면, 환산하면: a way of counting, no condition
		}
	}
	return strings.HasSuffix(w.raw, "면") && !strings.HasSuffix(w.raw, "려면") || strings.HasSuffix(w.raw, "더라도")
}

// considering are the beginnings of verbs whose 면 sets how a figure is
// counted, not a condition on it: 제외하면, 감안하면, 환산하면, 합하면, 대입하면.
var considering = []string{"제외하", "빼", "감안하", "포함하", "합하", "합치", "더하", "환산하", "따지", "보면", "본다면", "비교하", "계산하", "비하면", "대입하"}
