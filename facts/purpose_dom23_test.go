package facts

import (
	"fmt"
	"testing"
)

// TestPurposeRound23Basis keeps a bare 기준 that opens the noun phrase of
// a purpose (기준 중위소득): with no noun before it, it is no postposition
// of the basis or time an amount stands at (docs/meaning.md "Twenty-third
// round: purpose (purpose23)"). Near cases: after a noun or a time it
// stays a postposition and leaves the phrase.
func TestPurposeRound23Basis(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"복지부가 고시한 기준 중위소득은 약 610만원이다.", "610만원", "기준 중위소득"},
		{"정부는 기준 중위소득을 580만원으로 올렸다.", "580만원", "기준 중위소득"},
		{"지난달 말 기준 가계대출은 1000조원을 넘었다.", "1000조원", "가계대출"},
		{"연결 기준 영업이익은 320억원이다.", "320억원", "영업이익"},
	})
}

// TestPurposeRound23Opening drops a word that ends in a verb's ending no
// noun has (-거나, -면서, -는데, -지만, the adnominal -힌) from the opening
// of a purpose: the end of another clause or a relative clause cut at its
// verb. Near case: a noun opening the phrase stays.
func TestPurposeRound23Opening(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"시청이 밝힌 총사업비는 900억원이다.", "900억원", "총사업비"},
		{"방문 횟수가 10회 이상이거나 누적 결제금액이 500만원 이상인 회원이 대상이다.", "500만원", "누적 결제금액"},
		{"공단이 정한 지원 한도는 300만원이다.", "300만원", "지원 한도"},
	})
	for _, c := range []struct{ in, want string }{
		{"밝힌 사업규모", "사업규모"},
		{"이상이거나 누적 구매금액", "누적 구매금액"},
		{"늘었지만 영업이익", "영업이익"},
		{"전환사채 발행", "전환사채 발행"},
		{"적힌", "적힌"},
		{"정도인데", ""},
		{"수준이지만", ""},
	} {
		if got := openingEnding(c.in); got != c.want {
			t.Errorf("openingEnding(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPurposeRound23SizeOfMoney gives no purpose for a noun that says only
// how much money there is (소액, 고액, as 거액 already): it names no kind,
// as 돈 and 금액 do not (Q1). Near case: the same word inside a longer
// phrase (소액 대출) keeps it.
func TestPurposeRound23SizeOfMoney(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"그는 약 50만원 등으로 소액을 보유했다.", "50만원", ""},
		{"소액 대출 한도는 300만원이다.", "300만원", "소액 대출 한도"},
	})
}

// TestPurposeRound23Drafting drops 편성 (drafting a budget) after the
// budget an amount sizes, as E2 drops 통과 and 의결: a deed done to what
// the amount sizes. Near case: a deed the amount sizes (지원) stays.
func TestPurposeRound23Drafting(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"야당은 20조원 규모의 추경안 편성을 요구했다.", "20조원", "추경안"},
		{"정부는 3조원 규모의 긴급 지원을 결정했다.", "3조원", "긴급 지원"},
	})
}

// TestPurposeRound23And reads a noun phrase after an amount on past 및
// between bare nouns, which share the head after them. Near case: 또는
// offers another item and ends the phrase.
func TestPurposeRound23And(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"시는 2조원 규모의 주거 안정 및 일자리 지원 예산을 마련했다.", "2조원", "주거 안정 및 일자리 지원 예산"},
		{"법인은 500만원의 과태료 또는 영업 정지 처분을 받을 수 있다.", "500만원", "과태료"},
	})
}

// TestPurposeRound23Ji reads a bare word in 지 with no auxiliary of
// negation after it as a noun (이차전지, 단지), not a verb's -지: a phrase
// with it is a purpose. Near cases: 하지 않는 and the question -는지 stay
// verbs.
func TestPurposeRound23Ji(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"두 회사는 약 3000억원 규모 이차전지 공장을 짓는다.", "3000억원", "이차전지 공장"},
	})
	for _, c := range []struct {
		s    string
		verb []bool
	}{
		{"이차전지 공장", []bool{false, false}},
		{"아파트 단지 내", []bool{false, false, false}},
		{"투자하지 않는다", []bool{true, true}},
		{"얼마인지 모른다", []bool{true, true}},
		{"오를지 주목된다", []bool{true, true}},
	} {
		var got []bool
		for _, w := range splitWords(c.s) {
			got = append(got, w.verb)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.verb) {
			t.Errorf("%s: verb %v, want %v", c.s, got, c.verb)
		}
	}
}

// TestPurposeRound23Bound gives no purpose for a record of a past deed
// that a clause on the amount modifies (매도한 이력), nor for 해 or 건
// alone. Near case: a noun the clause's amount sizes stays.
func TestPurposeRound23Bound(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"그는 코인에 40만원을 투자해 32만원에 처분한 이력이 있다.", "32만원", ""},
		{"수출이 가장 많았던 해는 2020년(300만달러)이었다.", "300만달러", ""},
		{"그는 50만원에 매입한 주식을 팔았다.", "50만원", "주식"},
	})
}

// TestPurposeRound23Alone gives no purpose for an adverb of doing alone
// (혼자, 홀로) left once the owner before it leaves with the agent. Near
// case: a noun after the owner stays.
func TestPurposeRound23Alone(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"이날 기관 혼자 2100억원어치 사들였다.", "2100억원", ""},
		{"이날 개인 홀로 900억원어치 순매수했다.", "900억원", ""},
	})
}

// TestPurposeRound23BracketLead reads the bare nouns that open a bracket
// and lead up to its amount as what the amount measures, not the noun the
// bracket follows; a qualifier of the amount (연, per year) that opens it
// leaves. Near case: a bracket that holds only its amount glosses the noun
// before it.
func TestPurposeRound23BracketLead(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 소상공인(연 매출 3억원 이하)에게 지원금을 준다.", "3억원", "매출"},
		{"이 사업자(영업이익 20억원)는 세금을 냈다.", "20억원", "영업이익"},
		{"처분가능소득(84만원)이 줄었다.", "84만원", "처분가능소득"},
	})
}

// TestPurposeRound23BracketTime keeps the noun before a bracket whose
// words before the amount say when it held (인상 전).
func TestPurposeRound23BracketTime(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"수입와인(인상 전 2만원)의 판매량이 늘었다.", "2만원", "수입와인"},
	})
}
