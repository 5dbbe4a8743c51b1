package facts

import "testing"

// TestAgentWordForms reads word forms that look like a name and are not
// (docs/meaning.md "Twenty-second round: agent (domagent22)"), in
// sentences of our own, each beside a near case the rule must leave alone.
func TestAgentWordForms(t *testing.T) {
	checkAgents(t, []agentCase{
		// A noun of money whose tail is an organisation's ending (손실:
		// 실) names nobody.
		{"지난해 영업이익과 영업손실은 각각 320억원과 85억원이다.", "85억원", ""},
		{"대통령비서실은 올해 예산 900억원을 썼다.", "900억원", "대통령비서실"},
		// 당 after a count is per unit, not a party.
		{"업계는 \"광고 1천회 노출당 비용 3천원으로 잡으면 분기 매출은 200억원\"이라고 본다.", "3천원", ""},
		{"누리민주당은 선거비용 30억원을 보전받았다.", "30억원", "누리민주당"},
		// A name is not written across the end of a quotation.
		{"그는 \"소비자가 혼동하게 해 놓아서…\"누리위원회는 과태료 300만원을 부과했다.", "300만원", "누리위원회"},
	})
	// A number with an organisation's ending is a rank or an ordinal.
	for n, want := range map[string]bool{"21위": false, "3부": false, "금통위": true, "누리위원회": true} {
		if got := isActor(n); got != want {
			t.Errorf("isActor(%q) = %v, want %v", n, got, want)
		}
	}
	// -는데/-ㄴ데 ends a clause, as -지만 does: no word of a name.
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"상품이 아닌데", true}, {"값이 많은데", true}, {"팔리는데", true}, {"누리데이터", false}, {"누리위원회", false},
	} {
		if got := junkAgent(c.p); got != c.want {
			t.Errorf("junkAgent(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// TestAgentBareAttributeClass reads a bound of a measure written bare
// before the amount that sorts the noun after into a class: nobody's, in
// sentences of our own, beside the near cases the rule must leave alone.
func TestAgentBareAttributeClass(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리그룹은 자산 3조원이 넘는 비상장회사인 누리물류를 자회사로 두고 있다.", "3조원", ""},
		{"누리시는 매출 500억원 이상 중소기업을 지원 대상에서 뺐다.", "500억원", ""},
		// What the amount sizes is a level with its agent.
		{"누리전자는 규모 1조원이 넘는 투자를 결정했다.", "1조원", "누리전자"},
		{"누리전자는 상금 100만 달러 이상의 홍보 효과를 얻었다.", "100만 달러", "누리전자"},
	})
}

// TestAgentStudySource reads the 의-owner of a study cited with 에
// 따르면 as a source, no agent of a figure that is no price; the owner of a
// plan stays, and so does the surveyor of a market price.
func TestAgentStudySource(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리연구소의 분석에 따르면, 지난해 누리 지역의 미분양 주택 공사비는 3억원에 달했다.", "3억원", ""},
		{"누리전자의 사업 계획에 따르면, 누리전자는 신규 공장에 5천억원을 투입한다.", "5천억원", "누리전자"},
	})
}

// TestAgentAfterQuotation reads the subject of an amount after a direct
// quotation closed by a quotative ending: the one before the quotation,
// not a topic inside it; an amount inside the quotation keeps its own.
func TestAgentAfterQuotation(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리위원회는 “일부 상품은 재고가 있었고 소비자는 색상만 고르는 형태였다”며 시정명령과 함께 과태료 300만원을 부과했다.", "300만원", "누리위원회"},
		{"누리위원회는 “누리상사는 이미 과징금 5억원을 냈다”고 밝혔다.", "5억원", "누리상사"},
	})
}

// TestCopulaJiNoun keeps a noun that ends in 이지 before a particle a noun
// (a firm's name, 홈페이지), not the copula's -이지만.
func TestCopulaJiNoun(t *testing.T) {
	for _, c := range []struct {
		raw  string
		verb bool
	}{
		{"누리페이지는", false}, {"홈페이지에", false}, {"수준이지만", true}, {"하지는", true},
	} {
		if w := makeWord(c.raw, 0, len(c.raw)); w.verb != c.verb {
			t.Errorf("%s: verb %v, want %v", c.raw, w.verb, c.verb)
		}
	}
	checkAgents(t, []agentCase{
		{"누리페이지는 지난해 연간 거래액이 3,000억원을 넘었다고 밝혔다.", "3,000억원", "누리페이지"},
	})
}

// TestAgentSharePriceDealt gives a share price traded at an amount its
// company (D18-5), while a thing traded stays nobody's.
func TestAgentSharePriceDealt(t *testing.T) {
	checkAgents(t, []agentCase{
		{"이날 오후 2시 현재 누리전자 주가는 전날보다 2.1% 오른 5만3000원에 거래됐다.", "5만3000원", "누리전자"},
		{"누리동 누리아파트 전용 84㎡는 지난달 9억원에 거래됐다.", "9억원", ""},
	})
}

// TestAgentListItemTopic keeps the topic of the next item of a list of
// amounts, and a pronoun after the amount, from the amount before.
func TestAgentListItemTopic(t *testing.T) {
	checkAgents(t, []agentCase{
		{"첫해 자본금은 5억원, 누리은행은 120억원으로 누리은행이 훨씬 많았다.", "5억원", ""},
		{"첫해 자본금은 5억원, 누리은행은 120억원으로 누리은행이 훨씬 많았다.", "120억원", "누리은행"},
		{"같은 기간 매출은 3200억원으로 이는 전년보다 12% 늘어난 수치다.", "3200억원", ""},
	})
}

// TestAgentSummedOwner reads the owner of what a conditional of summing
// sums as the owner of the sum; a sum with a subject of its own keeps it.
func TestAgentSummedOwner(t *testing.T) {
	checkAgents(t, []agentCase{
		{"국내 은행들의 순이익을 모두 합하면 약 4조원에 이른다.", "4조원", "국내 은행들"},
		{"참여 기업들의 시가 총액을 합치면 20조원에 달한다.", "20조원", "참여 기업들"},
		{"두 사업의 비용을 합치면 누리시가 3억원을 부담한다.", "3억원", "누리시"},
	})
	// Sino-Korean nouns in 여 are nouns, not the -여 of a verb.
	for raw, verb := range map[string]bool{"참여": false, "급여를": false, "줄여": true, "하여": true} {
		if w := makeWord(raw, 0, len(raw)); w.verb != verb {
			t.Errorf("%s: verb %v, want %v", raw, w.verb, verb)
		}
	}
}

// TestAgentAsideSubject reads the name before an aside in brackets that
// its particle follows as the subject, without the aside; a gloss of the
// name or its code stays as before.
func TestAgentAsideSubject(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리은행(지분 12.5%)이 500억원 규모의 증자에 나선다.", "500억원", "누리은행"},
		{"누리뱅크(대표 홍길동)가 200억원을 조달했다.", "200억원", "누리뱅크"},
		{"누리전자(035720)가 1000억원을 투자했다.", "1000억원", "누리전자"},
	})
}

// TestAgentCaseActor keeps X의 경우 (as for X) the agent of what X does
// with the amount, and no agent of a price or a band framed by it.
func TestAgentCaseActor(t *testing.T) {
	checkAgents(t, []agentCase{
		{"영국의 경우 300억 달러를 조달할 것으로 전해졌다.", "300억 달러", "영국"},
		{"누리시의 경우 지난달 아파트 평균 매매가격이 3000만원 올랐다.", "3000만원", ""},
	})
}

// TestAgentBoundTarget reads a bound that 대상으로 takes as a class: no
// agent; a bound spent keeps its spender.
func TestAgentBoundTarget(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리부의 지원 사업은 연 매출 10억원 이하를 대상으로 한다.", "10억원", ""},
		{"누리전자는 올해 연구개발에 1조원 이상을 투자한다.", "1조원", "누리전자"},
	})
}

// TestAgentBoundInClassClause reads a bound with 의 that sizes the object
// of a clause on a class noun as that class's bound: no agent.
func TestAgentBoundInClassClause(t *testing.T) {
	checkAgents(t, []agentCase{
		{"은행들은 앞으로 2천만원 이상의 현금을 입금하거나 인출하는 거래를 보고해야 한다.", "2천만원", ""},
		{"누리전자는 1조원 이상의 자금을 공장에 투자했다.", "1조원", "누리전자"},
	})
	if w := makeWord("입금하거나", 0, len("입금하거나")); !w.verb {
		t.Errorf("입금하거나: no verb")
	}
}

// TestAgentPassiveAnalysed gives no agent to the source of a figure an
// analysis found (…것으로 분석됐다, S4).
func TestAgentPassiveAnalysed(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리연구원에 따르면, 규제를 풀면 총 투자가 2.5%(12조 원) 증가하는 것으로 분석됐다.", "12조 원", ""},
	})
}

// TestAgentAcquiredFirm reads a bare firm before a verbal noun of
// acquiring as the firm bought, no owner; a firm's own measure keeps it.
func TestAgentAcquiredFirm(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리뱅크 인수 금액이 최대 3조원에 달할 것으로 예상된다.", "3조원", ""},
		{"누리뱅크 영업이익이 300억원을 넘었다.", "300억원", "누리뱅크"},
	})
}

// TestSharePriceNouns keeps the prices of a market report in 가 whole.
func TestSharePriceNouns(t *testing.T) {
	for _, raw := range []string{"목표주가", "공모가", "시초가"} {
		if w := makeWord(raw, 0, len(raw)); w.stem != raw || w.part != "" {
			t.Errorf("%s: stem %q part %q", raw, w.stem, w.part)
		}
	}
	if w := makeWord("대주주가", 0, len("대주주가")); w.stem != "대주주" || w.part != "가" {
		t.Errorf("대주주가: stem %q part %q", w.stem, w.part)
	}
}
