package facts

import (
	"testing"
	"time"
)

// explainOne returns the money fact of text written as amount, read with
// publication time pub; it fails the test when there is none.
func explainOne(t *testing.T, text, amount string, pub time.Time) (Fact, bool) {
	t.Helper()
	for _, f := range Extract(text, Options{Published: pub}) {
		if f.Kind == KindMoney && f.Text == amount {
			return f, true
		}
	}
	t.Errorf("%s: no money fact %q", text, amount)
	return Fact{}, false
}

// periodCase is an amount of a sentence read with publication time pub,
// and the period and period_text it must get.
type periodCase struct {
	text, amount string
	pub          time.Time
	period       string
	ptext        string
}

// checkPeriods reads each case's amount and checks its period_text and
// period.
func checkPeriods(t *testing.T, tests []periodCase) {
	t.Helper()
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, tt.pub)
		if !ok {
			continue
		}
		if string(f.PeriodText) != tt.ptext {
			t.Errorf("%s\n\t%s: period_text %q, want %q", tt.text, tt.amount, f.PeriodText, tt.ptext)
		}
		if string(f.Period) != tt.period {
			t.Errorf("%s\n\t%s: period %q, want %q", tt.text, tt.amount, f.Period, tt.period)
		}
	}
}

// roleCase is an amount of a sentence and the role it must get, read with
// publication time seedPublished.
type roleCase struct {
	text, amount string
	want         Role
}

// checkRoles reads each case's amount and checks its role.
func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && f.Role != tt.want {
			t.Errorf("%s\n\t%s: role %q, want %q", tt.text, tt.amount, f.Role, tt.want)
		}
	}
}

// perCase is an amount of a sentence and the per it must get, read with
// publication time seedPublished.
type perCase struct {
	text, amount string
	per          Per
}

// checkPers reads each case's amount and checks its per.
func checkPers(t *testing.T, tests []perCase) {
	t.Helper()
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && f.Per != tt.per {
			t.Errorf("%s\n\t%s: per %q, want %q", tt.text, tt.amount, f.Per, tt.per)
		}
	}
}

// TestTimeClasses reads the period, its text and per of amounts in
// constructions of the sixth round, with publication time seedPublished
// (2025-04-18) unless the case has none.
func TestTimeClasses(t *testing.T) {
	tests := []timeCase{
		// 한 해, 한 달 before an amount with no time bare before them: per,
		// shared by the list; but a year's total once the year is known.
		{"5년 후에는 한 해 6조 원, 15년 후에는 11조 원의 손실이 생긴다.", "6조 원", true, "", "5년 후", PerYear},
		{"5년 후에는 한 해 6조 원, 15년 후에는 11조 원의 손실이 생긴다.", "11조 원", true, "", "15년 후", PerYear},
		{"5년 후에는 한 해 6조 원, 15년 후에는 11조 원의 손실이 생긴다.", "11조 원", false, "2040", "15년 후", ""},
		{"앞으로 한 달 50만 원을 받는다.", "50만 원", false, "", "", PerMonth},
		{"그는 한 달에 50만 원을 번다.", "50만 원", false, "", "", PerMonth},
		// 같은 기간 points to the span its sentence names before it; with a
		// year it is the base's own time, its words kept and no period
		// where no span is named before (T20 overrules 6b's none).
		{"삼성전자는 올해 1분기 매출 70조 원을 기록했으며, LG전자는 같은 기간 20조 원을 기록했다.", "20조 원", false, "2025-Q1", "같은 기간", ""},
		{"교역액은 2019년 같은 기간 10억 달러보다 줄었다.", "10억 달러", false, "", "2019년 같은 기간", ""},
		{"작년 한 해 북한이 탈취한 암호화폐는 6억 달러에 이른다.", "6억 달러", false, "2024", "작년", ""},
		// The qualifier 연 is its own amount's, not the list's.
		{"최대 연 20억 원, 2천억~3천억 원", "2천억~3천억 원", true, "", "", ""},
		// Both ends of A에서 B take the period written before A.
		{"상품에 따라 월 최대 2만1천원에서 4천400원의 할인을 받는다.", "4천400원", false, "", "", PerMonth},
		// A noun of pay per period as the object the amount becomes.
		{"그는 자신의 연봉을 7만 달러로 끌어내리기로 했다.", "7만 달러", false, "", "", PerYear},
		// 월별, and a year named: that year's total, not per year.
		{"월별 수출액은 최저 59만 달러였다.", "59만 달러", false, "", "", PerMonth},
		{"북한은 2019년 사상 최대의 연 누적 적자인 23억 달러를 찍었다.", "23억 달러", false, "2019", "2019년", ""},
		{"정부는 2019년부터 매년 1억 원을 지원했다.", "1억 원", false, "", "2019년부터", PerYear},
		{"정부는 2019년 매년 1억 원을 지원했다.", "1억 원", false, "2019", "2019년", PerYear},
		{"그는 2024년 연봉 5천만 원을 받았다.", "5천만 원", false, "2024", "2024년", PerYear},
		// A year in brackets after an amount is its own, and no other's.
		{"연간 생산액 300억달러(1992년)에서 월 생산액 300억달러까지 20년이 걸렸다.", "300억달러", false, "1992", "1992년", ""},
		// Days listed with a middle dot; 사이 closing a span; 께.
		{"그는 2011년 2월 26일과 3월 11·13·19일 경기당 700만원을 받았다.", "700만원", false, "", "2011년 2월 26일과 3월 11·13·19일", ""},
		{"그녀는 2015년 12월부터 2016년 1월사이 13억원을 빼돌렸다.", "13억원", false, "2015-12/2016-01", "2015년 12월부터 2016년 1월사이", ""},
		{"그녀는 2015년 12월부터 2016년 1월 사이 13억원을 빼돌렸다.", "13억원", false, "2015-12/2016-01", "2015년 12월부터 2016년 1월", ""},
		{"권씨는 2010년 2월께 297억원을 대출받았다.", "297억원", false, "2010-02", "2010년 2월", ""},
		// 제N차 after a time is a round of the year's (올해 제3차 추경); 제N호
		// a name's number.
		{"세 기관은 올해 제2차 추경으로 253억 원의 예산을 편성했다.", "253억 원", false, "2025", "올해", ""},
		// 까지만 해도: the open span frames what follows.
		{"북한은 2019년까지만 해도 연간 7천만 달러 규모의 쌀을 수입했다.", "7천만 달러", false, "", "2019년까지", PerYear},
		// A base in brackets after a time of its own leaves the sentence's
		// time to the change; a base without one takes the time before it.
		{"올 상반기 순이익은 3조 원으로 지난해 상반기(2조 원)보다 1조 원 늘었다.", "1조 원", false, "2025-H1", "올 상반기", ""},
		{"올 상반기 순이익은 3조 원으로 지난해 상반기(2조 원)보다 1조 원 늘었다.", "2조 원", false, "2024-H1", "지난해 상반기", ""},
		{"정부는 2009년에 제안한 3조5천억원보다 1조7천억원 증액된 예산을 냈다.", "1조7천억원", false, "", "", ""},
		// A purpose read from before another amount says nothing of per.
		{"월 누적 사용액이 6만원 이상이면 2만원을 돌려준다.", "2만원", false, "", "", ""},
		// 재작년, 지지난해 and 내후년: two years before or after publication.
		{"재작년 매출은 5조 원이었다.", "5조 원", false, "2023", "재작년", ""},
		{"내후년 예산은 700조 원에 이를 전망이다.", "700조 원", false, "2027", "내후년", ""},
		{"재산 5조 원을 보유했다.", "5조 원", false, "", "", ""},
		// An event's 당시 takes the time named before, as 당시 does, with the
		// event in its text; 현 before a price is now.
		{"경찰은 2019년 11월 거래소가 해킹을 당했다고 밝혔다. 피해 당시 시세로 환산하면 약 580억원이다.", "580억원", false, "2019-11", "피해 당시", ""},
		{"해킹 피해액은 현 시세로 약 1조 4천700억원에 해당한다.", "1조 4천700억원", false, "2025-04-18", "현", ""},
		{"현 정부는 10조 원을 투입했다.", "10조 원", false, "", "", ""},
		// A duration after a comma opens a stretch of its own that a frame
		// does not reach; in the frame's clause the frame holds.
		{"지난해에는 대규모 공격이 늘었으며, 과거 2년간 주로 5천만 달러 이하의 공격이 있었다.", "5천만 달러", false, "", "", ""},
		{"지난해에는 공격이 늘었고, 피해액은 10억 달러였다.", "10억 달러", false, "2024", "지난해", ""},
		// A month as policy tables write it, alone or opening a span.
		{"소득수준에 따라 300~900만원 감면(‘17.3∼‘21년)", "300~900만원", false, "2017-03/2021", "‘17.3∼‘21년", ""},
		{"잔액은 ’22.3월 기준 5조 원이다.", "5조 원", false, "2022-03", "’22.3월", ""},
		// A decade is its ten years; a part of it names none, its text kept.
		{"1990년대 북한의 교역액은 연평균 20억 달러였다.", "20억 달러", false, "1990/1999", "1990년대", PerYear},
		{"한국은 1990년대 중반부터 2023년까지 매년 수백억 달러의 흑자를 냈다.", "수백억 달러", false, "", "1990년대 중반부터 2023년까지", PerYear},
		// 말 after a quarter or a half: that quarter or half, as written.
		{"2분기 말 기준 가계부채는 1천896조 원이다.", "1천896조 원", false, "2025-Q2", "2분기 말", ""},
		{"지난해 하반기 말 잔액은 10조 원이다.", "10조 원", false, "2024-H2", "지난해 하반기 말", ""},
		// A time of day before 현재; 이 날 spaced.
		{"경매는 18일 오후 현재 최고 입찰 가격이 4만 달러를 넘었다.", "4만 달러", false, "2025-04-18", "18일 오후 현재", ""},
		{"이 날 불은 30만원의 재산피해를 냈다.", "30만원", false, "2025-04-18", "이 날", ""},
		// A thing's topic, a time things are as of right after it, framing
		// the clauses after; not a time of its own clause.
		{"경매는 18일 현재 조회 수를 기록하면서 가격도 4만 달러를 넘었다.", "4만 달러", false, "2025-04-18", "18일 현재", ""},
		{"새 청사는 2020년 착공, 총 500억 원이 투입됐다.", "500억 원", false, "", "", ""},
		// A new topic after a comma, with a time of its own.
		{"누리화학은 현재 지분을 갖고 있으며, 이 회사는 2017년 기준으로 자산이 부채보다 크지만, 218억원의 적자를 냈다.", "218억원", false, "2017", "2017년", ""},
	}
	checkTimes(t, tests)
}

// phraseCase is an amount of a sentence and the phrase (agent or
// purpose) it must get, read with publication time seedPublished.
type phraseCase struct {
	text, amount, want string
}

// agentCase and purposeCase are the cases of checkAgents and
// checkPurposes.
type (
	agentCase   = phraseCase
	purposeCase = phraseCase
)

// checkPhrases reads each case's amount and checks the field get reads,
// named field in the messages.
func checkPhrases(t *testing.T, field string, get func(Fact) string, tests []phraseCase) {
	t.Helper()
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if got := get(f); ok && got != tt.want {
			t.Errorf("%s\n\t%s: %s %q, want %q", tt.text, tt.amount, field, got, tt.want)
		}
	}
}

// checkAgents reads each case's amount and checks its agent.
func checkAgents(t *testing.T, tests []agentCase) {
	t.Helper()
	checkPhrases(t, "agent", func(f Fact) string { return string(f.Agent) }, tests)
}

// checkPurposes reads each case's amount and checks its purpose.
func checkPurposes(t *testing.T, tests []purposeCase) {
	t.Helper()
	checkPhrases(t, "purpose", func(f Fact) string { return string(f.Purpose) }, tests)
}
