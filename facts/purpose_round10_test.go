package facts

import "testing"

// TestPurposeClasses10 reads the purpose of amounts in the constructions of
// the tenth round (docs/meaning.md "Tenth round: purpose on d11"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses10(t *testing.T) {
	tests := []purposeCase{
		// The worth of goods (어치): the goods named before it, even right
		// before it, outrank what the worth sizes (관세); a common noun
		// of people that names goods with a modifier (침실용 가구) is the
		// goods; the goods after a clause of reaching (어치에 달하는 X).
		{"정부는 수입 철강 5억 달러어치에 대한 관세를 올렸다.", "5억 달러", "수입 철강"},
		{"북한은 지난달 사무용 가구 약 30만 달러어치를 들여왔다.", "30만 달러", "사무용 가구"},
		{"북한은 화물차 타이어 120만 달러어치를 수입했다.", "120만 달러", "화물차 타이어"},
		{"그는 1천억 달러어치에 달하는 일본 제품에도 관세를 매기겠다고 했다.", "1천억 달러", "일본 제품"},
		{"정부는 9천여개의 자전거 타이어 3만 달러 어치를 들여왔다.", "3만 달러", "자전거 타이어"},
		{"그는 미화 30만 달러어치, 약 500t의 밀가루를 들여왔다.", "30만 달러", "밀가루"},
		{"정부는 수입 철강에 관세 5억 달러를 매겼다.", "5억 달러", "관세"},
		// A rate's unit written apart with its number (1 배럴 당, 1톤 당),
		// an adverb of time (한 때, 한때) and a record the amount is said
		// to be (사상 최고치인) stand between a measure and its value.
		{"두바이유 가격이 한 때 1 배럴 당 90달러까지 올랐다.", "90달러", "두바이유 가격"},
		{"구리 가격이 한때 1톤 당 9천 달러까지 뛰었다.", "9천 달러", "구리 가격"},
		{"금 가격이 사상 최고치인 1온스 당 2천 달러를 넘었다.", "2천 달러", "금 가격"},
		{"그는 한 때 10억 원을 벌었다.", "10억 원", ""},
		// The noun the amount sizes (… 원의 X, … 원에 달하는 X) outranks
		// what it is for (…을 위해, …을 위한), however generic (예산,
		// 자금); what it is spent on (X에 … 원의 사업비를 편성) still says
		// more, and with no noun sized the purpose clause speaks.
		{"정부는 홍수 복구를 위해 30억 달러의 추가 예산을 요청했다.", "30억 달러", "추가 예산"},
		{"그는 도로 보수를 위해 5억 달러에 달하는 긴급 자금을 요청했다.", "5억 달러", "긴급 자금"},
		// P5 (sixteenth round): 위한 before a bare generic noun of money
		// gives what it is for.
		{"장비 구매 등을 위한 2억 달러의 예산이 포함됐다.", "2억 달러", "장비 구매"},
		{"시는 청사 신축 사업에 총 300억 원의 사업비를 편성했다.", "300억 원", "청사 신축 사업"},
		{"정부는 홍수 복구를 위해 30억 달러를 지원했다.", "30억 달러", "홍수 복구"},
		// A fiscal year told from the present (내년도, 다음 회계연도, 새
		// 회계연도) stays in the purpose as N년도 does (P2); a span of
		// years before 회계연도 too; a bare 올해 or 내년 does not.
		{"정부는 약 50조 원 규모의 내년도 국방예산안을 확정했다.", "50조 원", "내년도 국방예산안"},
		{"한국의 내년도 국방예산이 50조 원으로 확정됐다.", "50조 원", "내년도 국방예산"},
		{"대통령이 9천억 달러 규모의 다음 회계연도 국방예산안을 제출했다.", "9천억 달러", "다음 회계연도 국방예산안"},
		{"총회는 60억 달러 규모의 2020~2021 회계연도 예산안을 승인했다.", "60억 달러", "2020~2021 회계연도 예산안"},
		{"한국의 올해 국방예산이 50조 원으로 확정됐다.", "50조 원", "국방예산"},
		{"정부는 내년 국방예산을 50조 원으로 늘린다.", "50조 원", "국방예산"},
		// An adnominal of kind or size (각종, 새로운, 주요) opens the
		// phrase; one of time or pointing (이번, 실제) does not.
		{"국방부는 각종 해양무기 구매에 50억 달러를 편성했다.", "50억 달러", "각종 해양무기 구매"},
		{"새로운 미사일 방어체제 구축에도 10억 달러가 배정됐다.", "10억 달러", "새로운 미사일 방어체제 구축"},
		{"이번 미사일 방어체제 구축에도 10억 달러가 배정됐다.", "10억 달러", "미사일 방어체제 구축"},
		// Giving to a fund (출연, 출자) and raising money (모금) only move
		// it (P5): no purpose of their own; what a means verb of them
		// pays for after it still is; 배상 still names its deed.
		{"정부가 유엔 기후기금에 3억 달러를 추가 출연했다.", "3억 달러", ""},
		{"그는 유권자들로부터 5억 달러를 모금했다.", "5억 달러", ""},
		{"그는 은행을 통해 수백만 달러를 모금해 무장단체를 지원했다.", "수백만 달러", "무장단체 지원"},
		{"법원은 그에게 3억 원을 배상하라고 판결했다.", "3억 원", "배상"},
		// An adverb in -히 is no purpose; 넉 and 석 are numerals of a span.
		{"그는 \"합의한 액수는 분명히 5천억원\"이라고 말했다.", "5천억원", ""},
		{"전체 수출 규모는 넉 달 새 30억 달러 감소했다.", "30억 달러", "전체 수출 규모"},
		// The last item of a list of X에 N, written without the comma
		// the others have, is for its own X; an amount after X에 with no
		// list before it keeps the topic's reading.
		{"예산안에는 도로 건설에 100억 달러, 전력망 현대화에 70억 달러, 교량 보수에 30억 달러 등이 포함됐다.", "30억 달러", "교량 보수"},
		{"방위력 개선비의 경우, 전력 구축에 7억 달러, 미사일 방어체계 구축에 2억 달러를 각각 반영했다.", "2억 달러", "미사일 방어체계 구축"},
		// A part of a whole spent on a list that 등 closes after it: the
		// list's item, as 등에 before the amount gives it.
		{"국방 예산 중 5천억 원은 무인기 개발 등에 배정됐다.", "5천억 원", "무인기 개발"},
		{"국방 예산 중 5천억 원은 무인기 개발에 배정됐다.", "5천억 원", "무인기 개발"},
		// 위하다 with a delimiter (위해서는, 위해선) says what for, as 위해 does.
		{"기구는 식수 시설 개선 등을 위해서는 5억 달러가 필요하다고 밝혔다.", "5억 달러", "식수 시설 개선"},
		{"기구는 식수 시설 개선을 위해선 5억 달러가 필요하다고 밝혔다.", "5억 달러", "식수 시설 개선"},
		// A bare name right before the head is its modifier (우크라이나
		// 정부 재정 지원); a body and its link of jurisdiction (소관의) are
		// not.
		{"국제개발처는 우크라이나 정부 재정 지원을 위해 45억달러를 추가로 제공한다고 밝혔다.", "45억달러", "우크라이나 정부 재정 지원"},
		{"술값과 함께 기획재정부 소관의 주류세(437원)도 오른다.", "437원", "주류세"},
		// -ㄴ데 after 하다 (기록한데 반해) is a verb's connective: the
		// amount's figure verb, past a clause of its subject.
		{"콩 수출이 급증하며 90억 달러를 기록한데 반해, 수입은 줄었다.", "90억 달러", "콩 수출"},
		// A half (1년 반) is no purpose.
		{"그러면서 지난 2년 반 동안 약 3억 달러를 제공했다고 덧붙였다.", "3억 달러", ""},
		// 지원해 as a means verb pays for the deed after it.
		{"장관은 케냐에 추가로 500만 달러를 지원해 가뭄 극복을 돕겠다고 말했다.", "500만 달러", "가뭄 극복"},
		// A level a change reaches with 까지, and the one it starts from
		// (past an adverb in 적으로), measure what the verb changes, with
		// the modifiers of its head.
		{"양국은 지난해 50억 달러에서 장기적으로 200억 달러까지 무역 규모를 늘리기로 했다.", "200억 달러", "무역 규모"},
		{"양국은 지난해 50억 달러에서 장기적으로 200억 달러까지 무역 규모를 늘리기로 했다.", "50억 달러", "무역 규모"},
		{"양국은 200억 달러까지 무역액을 늘리기로 했다.", "200억 달러", "무역액"},
		// An amount overtaken (앞서다, 앞지르다, 제치다) measures what the
		// amount that overtakes it does; with no such verb it stays none.
		{"독일의 수출액은 2조 달러로 일본의 1조 8천억 달러를 앞섰다.", "1조 8천억 달러", "수출액"},
		{"한국의 수출액이 7천억 달러를 기록해 6천억 달러를 기록한 프랑스를 앞질렀다.", "6천억 달러", "수출액"},
		// A district after its city (인천시 남동구) is a place that gets
		// money, no purpose; a compound in 구 that is no district stays.
		{"정부는 부산시 해운대구에 3억원과 경기도에 2억원 등 총 5억원을 지원한다고 밝혔다.", "5억원", ""},
		{"중국은 반도체 생산∙연구에 1천억 달러를 투자하는 계획을 검토 중이다.", "1천억 달러", "반도체 생산∙연구"},
		// Cash in a list of what was taken or given (현금 N원과 X, X와
		// 현금 N원) is money alone: no purpose; what it is paid as still is.
		{"그는 업자로부터 현금 3천만원과 고급 시계를 받은 혐의를 받고 있다.", "3천만원", ""},
		{"범인은 노트북과 현금 50만원 가량을 훔쳐 달아났다.", "50만원", ""},
		{"그는 손님으로부터 현금 2만원을 배달비로 받았다.", "2만원", "배달비"},
		// 거액 (a large sum) says only that it is money, as 돈 does.
		{"그녀는 국세청으로부터 2억 원에 이르는 거액을 추징당했다.", "2억 원", ""},
		// A list that 와 or 과 marks as one runs over its comma (P1); a
		// comma after a time or an amount ends the phrase.
		{"국제개발처는 3일, 긴급 식량과 영양 보조, 보건 서비스 지원을 위해 케냐에 3천만 달러를 투입한다고 밝혔다.", "3천만 달러", "긴급 식량과 영양 보조, 보건 서비스 지원"},
		{"국제개발처는 3일, 보건 서비스 지원을 위해 케냐에 3천만 달러를 투입한다고 밝혔다.", "3천만 달러", "보건 서비스 지원"},
		// A pronoun or a place with 의 opening the purpose says whose or
		// where (이들의, 평양의), no part of it; a thing's stays.
		{"이들의 범죄수익 610만 달러가 몰수됐다.", "610만 달러", "범죄수익"},
		{"평양의 쌀 가격은 1kg에 6천원으로 파악됐다.", "6천원", "쌀 가격"},
		{"선물세트의 가격은 5만원으로 책정됐다.", "5만원", "선물세트의 가격"},
		// Receivers are no purpose: nouns of people made with -민 and of
		// countries with -국, with 에 before a verb of giving or as the
		// object of one; a thing or a project so marked still is.
		{"유럽은 난민이 몰린 주변국들에 20억 달러를 지원하기로 했다.", "20억 달러", ""},
		{"이 가운데 1억 달러는 이재민들을 지원하게 된다.", "1억 달러", ""},
		{"이 가운데 1억 달러는 학교 재건을 지원하게 된다.", "1억 달러", "학교 재건"},
		{"정부는 도로 건설에 20억 달러를 지원하기로 했다.", "20억 달러", "도로 건설"},
	}
	checkPurposes(t, tests)
}

// TestLoanwords10 reads loanwords that end in 어 as nouns, not a verb's -어.
func TestLoanwords10(t *testing.T) {
	tests := []struct {
		w    string
		verb bool
	}{
		{"타이어", false}, {"미디어", false}, {"소프트웨어", false}, {"늘어", true}, {"줄어", true}, {"넘어", true},
		{"기록한데", true}, {"지정된데", true},
	}
	for _, tt := range tests {
		if got := splitWords(tt.w)[0].verb; got != tt.verb {
			t.Errorf("splitWords(%q)[0].verb = %v, want %v", tt.w, got, tt.verb)
		}
	}
}

// TestReceiverNoun10 tells nouns of people and countries as a class by
// their suffix (-민, -국) from nouns that only end alike.
func TestReceiverNoun10(t *testing.T) {
	tests := []struct {
		n    string
		want bool
	}{
		{"난민들", true}, {"이재민", true}, {"주변국들", true}, {"공여국", true}, {"주민", true},
		{"고민", false}, {"이민", false}, {"전국", false}, {"결국", false}, {"시설", false},
	}
	for _, tt := range tests {
		if got := receiverNoun(tt.n); got != tt.want {
			t.Errorf("receiverNoun(%q) = %v, want %v", tt.n, got, tt.want)
		}
	}
}
