package facts

import "testing"

// TestMeaningRound13 reads the purpose and agent of amounts in the
// constructions decided in the thirteenth round (docs/meaning.md
// "Decisions, thirteenth round"), in sentences of our own, each beside a
// near case the rule must leave alone.
func TestMeaningRound13(t *testing.T) {
	tests := []struct {
		text, amount, purpose, agent string
	}{
		// L1: the verb that does the amount (exports, invests, saves it)
		// says no purpose by itself; an object that names what stays, and
		// damages name the kind of money owed.
		{"베트남은 지난해 300억 달러를 수출했다.", "300억 달러", "", "베트남"},
		{"삼성전자는 지난해 미국에 50억 달러를 투자했다.", "50억 달러", "", "삼성전자"},
		{"그는 매달 30만 원씩 저축했다.", "30만 원", "", ""},
		{"삼성전자는 50억 달러를 들여 반도체 공장을 지었다.", "50억 달러", "반도체 공장", "삼성전자"},
		{"법원은 그에게 5억 원을 배상하라고 판결했다.", "5억 원", "배상", "법원"},
		// L2: X별 leaves the purpose, with the owner it splits, when an
		// item names the X the amount is of; with no item it stays.
		{"가구주 직업별 저축액을 보면 봉급생활자가 500만 원으로 가장 많았다.", "500만 원", "저축액", "봉급생활자"},
		{"업종별 매출액은 서비스업에서는 12조 원에 그쳤다.", "12조 원", "매출액", ""},
		{"업종별 평균 매출액은 30조 원이다.", "30조 원", "업종별 평균 매출액", ""},
		{"분야별 상금 10억 원이 수상자에게 주어진다.", "10억 원", "분야별 상금", ""},
		// L3: a fund named by its ending is money, not a body: its
		// spending is the purpose, whose owner is who spends it; it is an
		// actor only as the subject or topic of its clause, and a fund
		// money is given to is a receiver, no purpose.
		{"올해 정부의 농업발전기금 지출액이 500억 원으로 집계됐다.", "500억 원", "농업발전기금 지출액", "정부"},
		{"당초 책정된 농업발전기금 900억 원 가운데 절반만 집행됐다.", "900억 원", "농업발전기금", ""},
		{"환경보전기금은 올해 300억 원을 모았다.", "300억 원", "", "환경보전기금"},
		{"정부는 환경보전기금에 300억 원을 출연했다.", "300억 원", "", "정부"},
		// A fund's figure told by a source (X에 따르면) is no price a source
		// surveys: no agent (E1), where a market's price keeps its source.
		{"환경부에 따르면 올해 환경보전기금 지출액은 500억 원이었다.", "500억 원", "환경보전기금 지출액", ""},
		{"누리통신에 따르면 지난달 평양의 쌀 가격은 1kg당 6천원이었다.", "6천원", "쌀 가격", "누리통신"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if !ok {
			continue
		}
		if string(f.Purpose) != tt.purpose {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.purpose)
		}
		if string(f.Agent) != tt.agent {
			t.Errorf("%s\n\t%s: agent %q, want %q", tt.text, tt.amount, f.Agent, tt.agent)
		}
	}
}
