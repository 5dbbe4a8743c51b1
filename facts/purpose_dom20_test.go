package facts

import "testing"

// TestPurposeRound20Dealt reads the thing traded: the subject of a passive
// verb of trading with the price in 에 (거래됐다, 팔렸다, 낙찰됐다,
// 손바뀜했다), or of a verb that writes the trade down (매매계약서를 썼다,
// 신고가를 썼다), is the amount's purpose, without the address before it,
// and no agent (docs/meaning.md "Twentieth round: purpose
// (dompurpose20)"). Near cases: a noun the amount sizes right before it
// (전세 보증금 9억원에) keeps its own reading; an active verb of selling
// (회사는 … 에 팔았다) is not the passive.
func TestPurposeRound20Dealt(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"서울 마포구 아현동 래미안푸르지오 전용 59㎡는 지난달 15억원에 거래됐다.", "15억원", "래미안푸르지오 전용 59㎡"},
		{"부산 수영구 ‘남천자이’ 전용 84㎡는 지난 4월 12억원에 팔렸다.", "12억원", "남천자이 전용 84㎡"},
		{"대구 수성구 수성SK리더스뷰 84㎡가 지난달 8억원에 거래됐다.", "8억원", "수성SK리더스뷰 84㎡"},
		{"경기 과천시 별양동 과천푸르지오써밋 전용 84㎡는 지난달 20억원에 신고가를 썼다.", "20억원", "과천푸르지오써밋 전용 84㎡"},
		{"은평구 녹번동 북한산푸르지오 전용 84㎡는 지난달 3일 10억원에 매매계약서를 썼다.", "10억원", "북한산푸르지오 전용 84㎡"},
		{"이 단지 전용 59㎡ 분양권은 지난 6월 9억원에 손바뀜했다.", "9억원", "전용 59㎡ 분양권"},
		{"작년 10월 5억원에 거래된 평형이다.", "5억원", "평형"},
		{"래미안 3단지 전용 59㎡의 경우 지난 3일 9억원에 매매계약서를 썼다.", "9억원", "래미안 3단지 전용 59㎡"},
	})
	checkAgents(t, []agentCase{
		{"경기 과천시 별양동 과천푸르지오써밋 전용 84㎡는 지난달 20억원에 신고가를 썼다.", "20억원", ""},
		{"은평구 녹번동 북한산푸르지오 전용 84㎡는 지난달 3일 10억원에 매매계약서를 썼다.", "10억원", ""},
	})
	for _, tt := range []struct {
		raw  string
		want bool
	}{{"팔렸다", true}, {"거래됐다", true}, {"낙찰된", true}, {"손바뀜했다", true}, {"팔았다", false}, {"거래했다", false}} {
		if got := dealtVerb(splitWords(tt.raw)[0]); got != tt.want {
			t.Errorf("dealtVerb(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
	checkPurposes(t, []purposeCase{
		{"송파구 헬리오시티 전용 84㎡는 전세 보증금 9억원에 거래됐다.", "9억원", "전세 보증금"},
	})
}

// TestAgentRound20PlaceOfPrice reads a local place that is the topic or
// the owner of a market price as where the price is, no agent
// (docs/meaning.md "Twentieth round: purpose (dompurpose20)", rule L).
// Near cases: a local government that spends keeps its agent; a place
// with no suffix (a country) is left to the rules before.
func TestAgentRound20PlaceOfPrice(t *testing.T) {
	checkAgents(t, []agentCase{
		{"수원시는 지난해 아파트 매매가격이 5억 원이었지만 올해는 6억 원으로 올랐다.", "5억 원", ""},
		{"같은 기간 성남시는 900만 원에서 1200만 원으로 뛰었다.", "900만 원", ""},
		{"지난달 강서구의 아파트 평균 전셋값은 4억2000만원을 기록했다.", "4억2000만원", ""},
		// Near cases.
		{"수원시는 내년 도로 정비에 300억 원을 투입한다.", "300억 원", "수원시"},
	})
	for _, tt := range []struct {
		in   string
		want bool
	}{{"하남시", true}, {"강서구", true}, {"압구정동", true}, {"중국", false}, {"서울 강서구", false}, {"구청", false}} {
		if got := localPlace(tt.in); got != tt.want {
			t.Errorf("localPlace(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPurposeRound20Area reads a floor area before the noun a price
// measures as part of its phrase, with the complex's name before it, and
// drops the address that opens such a phrase (docs/meaning.md "Twentieth
// round: purpose (dompurpose20)", rule A). Near cases: 3.3㎡ alone is the
// unit of a price per 평, no size, and ends the phrase as before; a measure of a place keeps its place.
func TestPurposeRound20Area(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"고덕리엔파크 전용 59㎡ 분양가는 4억2000만원으로 정해졌다.", "4억2000만원", "고덕리엔파크 전용 59㎡ 분양가"},
		{"가장 작은 39㎡의 분양가는 2억 9,100만 원이다.", "2억 9,100만 원", "39㎡의 분양가"},
		{"대전 유성구 봉명동 ‘유성푸르지오’ 전용 84㎡의 실거래가는 지난달 7억 원이었다.", "7억 원", "유성푸르지오 전용 84㎡의 실거래가"},
		// Near cases.
		{"대전 아파트의 3.3㎡ 평균 분양가는 올해 1,500만 원이다.", "1,500만 원", "평균 분양가"},
	})
	for _, tt := range []struct{ in, want string }{
		{"대전 유성구 봉명동 ‘유성푸르지오’ 전용 84㎡의 실거래가", "유성푸르지오 전용 84㎡의 실거래가"},
		{"성남 복정1 지구 전용 59㎡ 분양가", "성남 복정1 지구 전용 59㎡ 분양가"},
		{"서울 강남구 아파트 평균가격", "서울 강남구 아파트 평균가격"},
	} {
		if got := withoutAddress(tt.in); got != tt.want {
			t.Errorf("withoutAddress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPurposeRound20AreaPer steps over a unit of a price per area inside
// the phrase a price measures and drops it from the purpose
// (docs/meaning.md "Twentieth round: purpose (dompurpose20)", rule U).
// Near case: a per-capita unit (1인당) is left to the rules of per.
func TestPurposeRound20AreaPer(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"올 5월 광교신도시 3.3㎡당 아파트값은 3100만원으로 올랐다.", "3100만원", "광교신도시 아파트값"},
	})
	for _, tt := range []struct{ in, want string }{
		{"광교신도시 3.3㎡(1평)당 아파트값", "광교신도시 아파트값"},
		{"세종 아파트의 3.3㎡ 평균 분양가", "세종 아파트의 평균 분양가"},
		{"한국의 1인당 국민소득", "한국의 1인당 국민소득"},
	} {
		if got := withoutAreaPer(tt.in); got != tt.want {
			t.Errorf("withoutAreaPer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPurposeRound20PriceNouns reads the nouns of a home's price in 가
// (중저가, 분양가, 매매가) as nouns, not a stem with the subject's
// particle, and a count of homes in 채 at the end of a purpose as a
// count (docs/meaning.md "Twentieth round: purpose (dompurpose20)", rule
// N). Near case: 가 after a noun not on the list is still a particle.
func TestPurposeRound20PriceNouns(t *testing.T) {
	for _, tt := range []struct{ raw, stem, part string }{
		{"중저가", "중저가", ""}, {"분양가", "분양가", ""}, {"중저가가", "중저가", "가"}, {"아파트가", "아파트", "가"},
	} {
		w := splitWords(tt.raw)[0]
		if w.stem != tt.stem || w.part != tt.part {
			t.Errorf("splitWords(%q): %q + %q, want %q + %q", tt.raw, w.stem, w.part, tt.stem, tt.part)
		}
	}
	if got := dropCount("중저가 아파트 3채"); got != "중저가 아파트" {
		t.Errorf("dropCount(중저가 아파트 3채) = %q, want 중저가 아파트", got)
	}
}

// TestPurposeRound20AreaTopic reads a floor area that is the subject or
// topic of the clause an amount measures as what it measures: the unit
// type priced (docs/meaning.md "Twentieth round: purpose (dompurpose20)",
// rule S).
func TestPurposeRound20AreaTopic(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"공공분양 주택의 전용 74㎡는 3억 2,000만~3억 4,000만 원으로 오히려 더 낮았다.", "3억 2,000만~3억 4,000만 원", "공공분양 주택의 전용 74㎡"},
		{"인천 검단에서는 전용 74㎡가 3억 1,000만 원 수준으로 예상됐다.", "3억 1,000만 원", "전용 74㎡"},
	})
}

// TestPurposeRound20ListMoved reads a list closed by 등 that is the
// subject of a verb of change right after the amount as what the amount
// measures: the things whose prices moved (docs/meaning.md "Twentieth
// round: purpose (dompurpose20)", rule M; P4 drops the 등).
func TestPurposeRound20ListMoved(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"대구는 범어동 범어SK, 만촌동 만촌화성 등이 500만원~1000만원 상승했다.", "500만원~1000만원", "범어동 범어SK, 만촌동 만촌화성"},
		{"범어SK와 만촌화성 등이 500만원 올랐다.", "500만원", "범어SK와 만촌화성"},
	})
}
