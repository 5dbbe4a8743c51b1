package facts

import "testing"

// TestExplainEcon reads the meaning of amounts in constructions of
// Korean newspaper copy that the sixth round (econ-a.jsonl) found: lists
// of owners and amounts, a surname with 씨, spans of one quantity, a
// year's amount (한 해), purposes and agents that name nothing. The
// sentences are our own.
func TestExplainEcon(t *testing.T) {
	pub := seedPublished
	tests := []struct {
		text, amount   string
		agent, purpose string
		per            Per
	}{
		// Each item of a list of owners and amounts has its own owner.
		{"부채는 한국전력공사 20조원, 한국가스공사 15조원, 한국도로공사 10조원 순이었다.", "15조원", "한국가스공사", "부채", ""},
		{"이어 현대그룹 700억원, 롯데그룹이 500억원 등이 뒤따랐다.", "700억원", "현대그룹", "", ""},
		{"이어 현대그룹 700억원, 롯데그룹이 500억원 등이 뒤따랐다.", "500억원", "롯데그룹", "", ""},
		{"운동선수(300명)의 체납액은 20억원, 연예인(200명) 10억원이었다.", "10억원", "연예인", "체납액", ""},
		// An owner written before a noun is no item.
		{"정부 예산 10조 원, 지방 예산 5조 원이 쓰인다.", "10조 원", "정부", "예산", ""},
		// A surname and 씨 name a person.
		{"정씨는 피해자들로부터 35억원을 받아 챙겼다.", "35억원", "정씨", "", ""},
		{"A씨는 500만원을 송금했다.", "500만원", "A씨", "", ""}, // P5: a verb that only moves money
		// Purposes that name nothing it is for are none; a quote closes
		// before its particle.
		{"가격은 기존 제품보다 50% 비싼 142만원 수준으로 책정됐다.", "142만원", "", "가격", ""},
		{"업체는 '스마트 베개'를 49달러에 판매하고 있다.", "49달러", "업체", "스마트 베개", ""},
		// Words that join clauses and verbs are no agents.
		{"그러자 회사의 주가는 주당 9달러 가까이 빠졌다.", "9달러", "회사", "주가", ""},
		{"(주)한빛건설은 이자 52억원을 내지 못했다.", "52억원", "(주)한빛건설", "이자", ""},
		// 한 해 before an amount is per year, but not after a year named.
		{"10년 뒤에는 한 해 5조 원의 적자가 난다.", "5조 원", "", "적자", PerYear},
		{"2024년 한 해 10조 원을 썼다.", "10조 원", "", "", ""},
		// The two ends of one span share its period.
		{"월 최대 2만원에서 5천원의 할인을 받는다.", "5천원", "", "할인", PerMonth},
		// Who is accused of the deed an amount is in is its agent, not
		// who accuses; a trailing 혐의 is no part of the purpose.
		{"노조는 회사에 200억원대의 손해를 끼친 혐의로 장 회장을 고발했다.", "200억원", "장 회장", "손해", ""},
		{"검찰은 10억원을 빼돌린 혐의로 기소된 김 대표에게 징역 3년을 구형했다.", "10억원", "김 대표", "", ""},
		{"유씨는 492억원의 횡령·배임 혐의를 받고 있다.", "492억원", "유씨", "횡령·배임", ""},
		// A verb of paying before 예정, 계획 is the verb of the clause.
		{"기아차는 주유상품권 300만원을 지원할 예정입니다.", "300만원", "기아차", "주유상품권", ""},
		// A source that opens the sentence ends no clause; a country bare
		// before a noun of trade owns it.
		{"관세청에 따르면 한국 우표수출은 70달러였다.", "70달러", "한국", "우표수출", ""},
		// 이는 after an amount says what that amount said; 이 회사 points
		// to a body its own sentence names before it.
		{"정의화 의장은 116억원의 재산을 보유하고 있었으며 이는 지난해보다 11억원 증가한 수치다.", "11억원", "정의화 의장", "재산", ""},
		{"삼성전자는 에스에스엘엠의 지분 19.9%를 보유 중이며, 이 회사는 642억원의 적자를 냈다.", "642억원", "에스에스엘엠", "적자", ""},
		// A verb of intent in -고자 is no person in -자; 이 씨 is a surname;
		// X 등은 is headed by X.
		{"단원고는 부족한 교실을 확보하고자 현안사업비 4천만원을 들여 공사를 시작했다.", "4천만원", "단원고", "현안사업비", ""},
		{"이 씨는 임대료 2900여만원을 내지 않았다.", "2900여만원", "이 씨", "임대료", ""},
		{"왕씨 등은 장물 10억여원 어치를 넘긴 혐의를 받고 있다.", "10억여원", "왕씨", "장물", ""},
		// A bracket of when or for whom a price holds glosses the noun
		// before it; the price of goods a clause trades is theirs. The
		// topic that applies the price is its agent (guide rule 3, as
		// econ-a's 롯데시네마 has it; seventeenth round).
		{"극장은 조조 요금(주중·주말 6천원)을 적용하고 있다.", "6천원", "극장", "조조 요금", ""},
		{"그는 5억 원에 판 건물의 세금을 냈다.", "5억 원", "", "건물", ""},
		{"그는 5억 원에 판 업체를 고소했다.", "5억 원", "", "", ""},
		// What only a firm or a person has is owned by the name before it
		// with 의, whatever the dictionaries know, and the owner leaves the
		// purpose.
		{"IBM의 주가는 주당 9달러 가까이 빠졌다.", "9달러", "IBM", "주가", ""},
		{"시공사의 지난해 매출액은 총 442억 7700만원이다.", "442억 7700만원", "시공사", "매출액", ""},
		// A topic priced (책정될) is what the price is of, and no agent; a
		// condition (사용시) is no purpose.
		{"아이폰6 패블릿 모델은 기존 아이폰에 비해 50% 비싼 142만원 수준으로 책정될 전망이다.", "142만원", "", "아이폰6 패블릿 모델", ""},
		// Policy copy: a service is no payer; the subject a change moves
		// from one level to another is what both measure; bound nouns
		// (형, 단돈) leave the noun before; 더 주고 X를 구입 pays for X; a
		// subject quoted in a clause on a noun is not the sentence's; who
		// owes a debt owns it; a body that receives is no purpose.
		{"법률자문은 1인당 최대 100만 원을 지원한다.", "100만 원", "", "법률자문", ""},
		{"총 급여 7000만 원 이하인 경우 현행 300만원에서 330만원으로 공제한도가 늘어난다.", "300만원", "", "공제한도", ""},
		{"김 씨는 벌금 1000만 원 형을 선고받았다.", "1000만 원", "김 씨", "벌금", ""},
		{"영상 제작비는 단돈 2000달러였다.", "2000달러", "", "영상 제작비", ""},
		{"소비자들은 3만원가량 더 주고 해당 제품을 구입해야 한다.", "3만원", "소비자들", "제품 구입", ""},
		{"투자자들은 승객이 늘어날 것이라는 예측을 믿고 1조 원을 투입했다.", "1조 원", "투자자들", "", ""},
		{"중앙정부가 진 빚이 500조원을 돌파했다.", "500조원", "중앙정부", "빚", ""},
		{"선정기업에는 기술개발 자금으로 최대 30억 원을 지원한다.", "30억 원", "", "기술개발 자금", ""},
		// One phrase is not both agent and purpose; what the amount is
		// likened to (직원들과 같은 수준인) stands between it and its noun.
		{"프라이스는 자신의 연봉을 직원들과 같은 수준인 7만 달러로 끌어내리기로 결정했다.", "7만 달러", "프라이스", "연봉", PerYear},
		{"서울시는 작년 하반기 아르바이트 평균시급이 상반기보다 110원 상승한 5천653원으로 조사됐다고 밝혔다.", "5천653원", "", "아르바이트 평균시급", ""},
		// The actor a bracket glosses past its count; a count in brackets
		// is no part of the agent.
		{"비대위는 개인투자자 4천여명(투자금액 3천억원)이 서명한 탄원서를 냈다.", "3천억원", "개인투자자", "투자금액", ""},
		{"프로 운동선수(396명)의 체납액은 25억원이다.", "25억원", "운동선수", "체납액", ""},
		// A subject counted (업체 12곳이, 주민 30명이) is the noun with its
		// count.
		{"업체 12곳이 납품대금 13억원을 빼돌렸다.", "13억원", "업체 12곳", "납품대금", ""},
		{"주민 30명이 1억원을 기부했다.", "1억원", "주민 30명", "", ""}, // P5
		// Phrases as the sets write them: a former title with its name,
		// no aside of who heads a body, no period per in the purpose, no
		// adverb, charge or cut-off clause opening it.
		{"강 전 감독은 경기당 700만원을 받았다.", "700만원", "강 전 감독", "", ""},
		{"서울중앙지법 형사합의38부(심우용 부장판사)는 추징금 1억원을 선고했다.", "1억원", "서울중앙지법 형사합의38부", "추징금", ""},
		{"연간 수출액 500억달러를 넘었다.", "500억달러", "", "수출액", PerYear},
		{"만약 목록통관품목이 200달러를 넘으면 관세가 붙는다.", "200달러", "", "목록통관품목", ""},
		{"디자이너들이 만든 드림 하우스 가격은 약 2만 파운드에 달한다.", "2만 파운드", "", "드림 하우스 가격", ""},
		// A means of payment or a benefit is no payer.
		{"신용카드 결제액이 50만원을 초과할 경우 신분증을 제시해야 한다.", "50만원", "", "신용카드 결제액", ""},
		// A city, a province or a state no dictionary knows, where an
		// amount is spent, is no purpose.
		{"현대차는 조지아주에 55억 달러를 투자한다.", "55억 달러", "현대차", "", ""},
		{"삼성은 쿤산시에 17억달러를 투자하기로 했다.", "17억달러", "삼성", "", ""},
		// The first end of a span (A에서 B의 X) is for what the other is;
		// a 의 after a bracket is the noun's before it, not the amount's
		// inside; 할인 is a noun.
		{"월 최대 3만3천원에서 7천700원의 전화요금 할인 혜택을 받는다.", "3만3천원", "", "전화요금 할인 혜택", PerMonth},
		{"최소 2천 루피(약 3만6천원)에서 최대 수만 루피의 벌금을 내면 풀려난다.", "2천 루피(약 3만6천원)에서 최대 수만 루피", "", "벌금", ""},
		{"저가담배(인상 전 2천원)의 소매점 마진율은 7.5%로 떨어진다.", "2천원", "", "저가담배", ""},
		// The size a verb makes a noun (… 원 규모로 조성하는 X) is X's.
		{"정부는 3조 원 규모로 편성한 추경예산을 국회에 제출했다.", "3조 원", "정부", "추경예산", ""},
		// 연 of a noun after a year named is that year's.
		{"북한은 2019년 사상 최대의 연 누적 적자인 23억 달러를 찍었다.", "23억 달러", "북한", "누적 적자", ""},
	}
	for _, tt := range tests {
		var f *Fact
		fs := Extract(tt.text, Options{Published: pub})
		for i := range fs {
			if fs[i].Text == tt.amount {
				f = &fs[i]
			}
		}
		if f == nil {
			t.Errorf("%s: no fact %q", tt.text, tt.amount)
			continue
		}
		if string(f.Agent) != tt.agent || string(f.Purpose) != tt.purpose || f.Per != tt.per {
			t.Errorf("%s\n\t%s: agent %q purpose %q per %q, want agent %q purpose %q per %q",
				tt.text, tt.amount, f.Agent, f.Purpose, f.Per, tt.agent, tt.purpose, tt.per)
		}
	}
}

func TestCleanPurpose(t *testing.T) {
	tests := []struct{ in, want string }{
		{"히프노스 슬립 후드'를", "히프노스 슬립 후드"},
		{"‘탱고 카드’", "‘탱고 카드’"},
		{"50% 비싼", ""},
		{"데", ""},
		{"두 배", ""},
		{"정씨", ""},
		{"이들", ""},
		{"연예인(330명)", ""},
		{"국민연금 재정", "국민연금 재정"},
		{"급여", "급여"},
		{"무기 판매 패키지", "무기 판매 패키지"},
		{"정부", ""},
		{"예산", "예산"},
		{"상당의 금품", "금품"},
		{"부프로피온 사용시", ""},
		{"횡령·배임 혐의", "횡령·배임"},
		{"횡령사실", "횡령사실"},
		{"넘는", ""},
	}
	for _, tt := range tests {
		if got := cleanPurpose(tt.in); got != tt.want {
			t.Errorf("cleanPurpose(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJunkAgent(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"그러자", true},
		{"확보하고자", true},
		{"자신", true},
		{"전달하려다", true},
		{"사실", true},
		{"정부", false},
		{"닐슨코리아", false},
		{"예스24와 알라딘, 교보문고", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := junkAgent(tt.in); got != tt.want {
			t.Errorf("junkAgent(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWithoutAmount(t *testing.T) {
	for p, want := range map[string]string{"위자료 800만원": "", "2023 회계연도 예산안": "2023 회계연도 예산안", "2.0 CVVL": "2.0 CVVL", "GPU 2,600장분 임차": "GPU 2,600장분 임차"} {
		if got := withoutAmount(p); got != want {
			t.Errorf("withoutAmount(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestPlaceName(t *testing.T) {
	for n, want := range map[string]bool{"쿤산시": true, "산둥성": true, "조지아주": true, "가능성": false, "대주주": false, "혁신도시": false, "반도체": false, "동시": false} {
		if got := placeName(n); got != want {
			t.Errorf("placeName(%q) = %v, want %v", n, got, want)
		}
	}
}

func TestIsPersonSurname(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"정씨", true},
		{"권씨", true},
		{"A씨", true},
		{"솜씨", false},
		{"맵씨", false},
		{"글씨", false},
		{"송아무개씨", true},
	}
	for _, tt := range tests {
		if got := isPerson(tt.in); got != tt.want {
			t.Errorf("isPerson(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
