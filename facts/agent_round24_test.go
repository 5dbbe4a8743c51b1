package facts

import "testing"

// TestAgentRound24 reads the rules of docs/meaning.md "Twenty-fourth
// round: agent (agent24)" in sentences of our own, each beside a near
// case the rule must leave alone.
func TestAgentRound24(t *testing.T) {
	checkAgents(t, []agentCase{
		// A headline glued before a byline takes the lead's subject.
		{"예금 3000억원 돌파 순이익 9억원 [누리일보 홍길동 기자] 한빛신협은 지난 5일 정기총회를 열었다고 밝혔다.", "3000억원", "한빛신협"},
		{"설비투자 120억 원 확보 [누리일보 김하나 기자] 한국누리공사 남부지사가 올해 공장 증설에 나선다.", "120억 원", "한국누리공사 남부지사"},
		// An aside in brackets is no byline; a clause that ends before
		// the byline has the amount to itself.
		{"예금 3000억원 돌파 [사진 제공] 한빛신협은 정기총회를 열었다.", "3000억원", ""},
		// The lead's first clause names no one before its verb.
		{"순이익 9억원 [누리일보 홍길동 기자] 지난 5일 열린 총회에서 한빛신협은 배당을 정했다.", "9억원", ""},
		// A phrase over two bulleted items is no one; a bullet that
		// opens a clause of its own keeps its subject.
		{"△노인 일자리 지원 △어린이 급식 개선 등 9개 사업에 30억 원을 투입한다.", "30억 원", ""},
		// 당 spaced off its unit is still per: the unit owns nothing.
		{"비용을 뺀 농가 당 순소득은 1200만원으로 집계됐다.", "1200만원", ""},
		{"농가 순소득은 1200만원으로 집계됐다.", "1200만원", "농가"},
		// A list framed by `X의 … 으로는` (as for X's …): X owns each
		// bracketed item, the province in one syllable too.
		{"도의 올해 주요 사업으로는 누리항 정비사업(500억원), 한빛교 확장공사(210억원) 등이 있다.", "210억원", "도"},
		{"누리시의 주요 사업으로는 도서관 건립사업(90억원), 공원 조성사업(40억원) 등이 있다.", "90억원", "누리시"},
		// Two topics in one clause: the first, an actor, acts on the
		// second, a thing; a verb between ends the first topic's reach.
		{"서울시는 지난해 중소기업 육성자금은 20개 업체에 9억 원을 융자 지원했다.", "9억 원", "서울시"},
		{"누리군은 심사를 마쳤고 누리재단의 창업자금은 9억 원이다.", "9억 원", "누리재단"},
		// A topic the closing copula defines as a kind of thing is no
		// agent; a sentence that ends in no copula keeps its topic.
		{"누리적금은 월 30만원씩 3년간 부으면 이자를 더 주는 적금이다.", "30만원", ""},
		{"누리은행은 월 30만원씩 3년간 부으면 이자를 더 주는 적금을 내놨다.", "30만원", "누리은행"},
		// A topic that closes a day's trading names its issuer, known or
		// not; a commodity stays a thing.
		{"장중 신고가를 새로 쓴 누리로보틱스는 이날 2만1천500원에 거래를 마감했다.", "2만1천500원", "누리로보틱스"},
		{"금값은 이날 온스당 2천300달러에 거래를 마감했다.", "2천300달러", ""},
		// A breakdown by payer: each item's word of money names its payer,
		// not the sentence's subject; the total stays the subject's.
		{"누리시는 총 90억 원(국비 50억 원, 시비 30억 원, 민자 10억 원)을 들여 도서관을 짓는다.", "50억 원", ""},
		{"누리시는 총 90억 원(국비 50억 원, 시비 30억 원, 민자 10억 원)을 들여 도서관을 짓는다.", "30억 원", ""},
		{"서울시는 총 90억 원(국비 50억 원, 시비 30억 원, 민자 10억 원)을 들여 도서관을 짓는다.", "90억 원", "서울시"},
	})
}
