package facts

import (
	"fmt"
	"testing"
)

// TestPurposeRound22Base reads a bare noun before the postposition 대비 as
// the base a change is compared with, never what the amount measures: the
// search goes on to the topic before it (docs/meaning.md "Twenty-second
// round: purpose (dompurpose22)"). Near case: 대비 glued to its noun
// (전년대비) was stepped over already.
func TestPurposeRound22Base(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"해외 매출은 전분기 대비 12% 늘어난 850억원을 기록했다.", "850억원", "해외 매출"},
		{"광고 수익은 전년 동기 대비 8% 줄어든 320억원이었다.", "320억원", "광고 수익"},
		{"마케팅 비용은 전분기 대비 40억원 증가한 510억원이다.", "40억원", "마케팅 비용"},
		{"순이익은 전년대비 15% 늘어난 90억원이다.", "90억원", "순이익"},
		{"관리비는 인근 단지보다 2만원 많은 15만원이다.", "15만원", "관리비"},
		{"이 회사는 전 거래일 대비 2.1%(800원) 오른 3만9천원에 거래됐다.", "800원", ""},
	})
}

// TestPurposeRound22Same keeps 같은 ("the same") that opens the noun phrase
// of a purpose, as P1 keeps every word up to the head but the named
// determiners; after a subject (면적이 같은) or a bare noun it likens (삼성
// 같은) it is a verb's adnominal and stays out.
func TestPurposeRound22Same(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"지난달에는 같은 단지의 아파트가 11억원에 거래됐다.", "11억원", "같은 단지의 아파트"},
		{"3월 같은 평형이 7억원에 팔렸다.", "7억원", "같은 평형"},
		{"층수가 같은 아파트가 9억원에 매물로 나왔다.", "9억원", "아파트"},
	})
	s := "면적이 같은 주택과 달리 삼성 같은 대기업 주택은 같은 가격에 팔렸다."
	r := newReading(s, 0, len(s), 0, nil)
	var got []bool
	for k, w := range r.words {
		if w.raw == "같은" {
			got = append(got, r.sameDeterminer(k))
		}
	}
	// Only the last: after 주택은 another phrase has ended.
	if want := []bool{false, false, true}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("sameDeterminer of %q = %v, want %v", s, got, want)
	}
}

// TestPurposeRound22Total keeps 총 that opens a phrase of bare nouns (총
// 대회 상금), as it keeps 총 right before the head; 총 before the amount is
// the amount's qualifier.
func TestPurposeRound22Total(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"총 행사 예산은 3억원이다.", "3억원", "총 행사 예산"},
		{"행사 예산은 총 3억원이다.", "3억원", "행사 예산"},
		{"총 계약액은 50억원이다.", "50억원", "총 계약액"},
	})
}

// TestPurposeRound22TargetPrice reads 목표주가 as one noun, no 목표주 with
// the subject's 가.
func TestPurposeRound22TargetPrice(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"한 증권사는 목표주가 20만원을 유지했다.", "20만원", "목표주가"},
	})
	if s, p := cutParticle("목표주가"); s != "목표주가" || p != "" {
		t.Errorf("cutParticle(목표주가) = %q, %q", s, p)
	}
}

// TestPurposeRound22Degree reads the adnominal of an adjective of degree
// (높은, 낮은, 넓은) as a verb, no one-letter noun with 은, and gives a bare
// amount of difference before it, or before a verb of change, the noun
// that clause modifies.
func TestPurposeRound22Degree(t *testing.T) {
	for _, raw := range []string{"높은", "낮은", "넓은", "좋은"} {
		if w := splitWords(raw)[0]; !w.verb || w.noun {
			t.Errorf("%s: verb %v noun %v, want a verb", raw, w.verb, w.noun)
		}
	}
	checkPurposes(t, []purposeCase{
		{"지난해 거래보다 7천만원 높은 가격이다.", "7천만원", "가격"},
		{"인근 단지보다 1억원 낮은 분양가에 공급된다.", "1억원", "분양가"},
		{"석 달 전보다 4천만원 오른 가격에 팔렸다.", "4천만원", "가격"},
	})
}

// TestPurposeRound22PenaltyJoin gives the penalty alone when 및 or 또는
// joins another sanction before it, as 와 and 과 do.
func TestPurposeRound22PenaltyJoin(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"위원회는 업체에 시정명령 및 과태료 300만원을 부과했다.", "300만원", "과태료"},
		{"법원은 경고 또는 벌금 100만원을 선고할 수 있다.", "100만원", "벌금"},
	})
}

// TestPurposeRound22Standard reads 기준 with a case particle as the noun
// of a standard the amount sets; bare, it stays the postposition of the
// time or basis a figure stands at.
func TestPurposeRound22Standard(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"은행은 소액 대출 심사 기준을 3천만원에서 5천만원으로 올렸다.", "3천만원", "소액 대출 심사 기준"},
		{"전세 보증금은 지난달 말 기준 4억원이다.", "4억원", "전세 보증금"},
	})
}

// TestPurposeRound22Area keeps a floor area that is the whole purpose (a
// home's type in a list of prices), which the cut of a lone count took.
func TestPurposeRound22Area(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"59㎡는 5억1000만원, 84㎡는 6억8000만원이다.", "6억8000만원", "84㎡"},
		{"59㎡는 5억1000만원, 84㎡는 6억8000만원이다.", "5억1000만원", "59㎡"},
	})
}

// TestPurposeRound22Receivers reads a count of people or teams with 에 as
// who is paid, never what for: the list's amounts keep the topic.
func TestPurposeRound22Receivers(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"장학금은 총 900만원으로 1위 3명에 각각 200만원, 2위 2명에 각각 150만원을 준다.", "150만원", "장학금"},
	})
	for _, tt := range []struct {
		n    string
		want bool
	}{{"2팀", true}, {"1,000명", true}, {"5곳", true}, {"3개사", true}, {"팀", false}, {"3억원", false}, {"2등", false}} {
		if got := peopleCount(tt.n); got != tt.want {
			t.Errorf("peopleCount(%q) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestPurposeRound22CapitalJa reads the money nouns in 자 (資: 유상증자,
// 추가출자) as things, no person in -자 (설립자).
func TestPurposeRound22CapitalJa(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"회사는 2000억원 규모의 유상증자를 결정했다.", "2000억원", "유상증자"},
	})
	for _, n := range []string{"유상증자", "무상감자", "추가출자", "정책융자"} {
		if isPerson(n) {
			t.Errorf("isPerson(%q) = true, want false", n)
		}
	}
	if !isPerson("설립자") {
		t.Errorf("isPerson(설립자) = false, want true")
	}
}

// TestPurposeRound22Loss reads nouns in 손실, 사실, 부실 as no office in 실
// (비서실): 영업손실 is a measure the amount is, no actor.
func TestPurposeRound22Loss(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"지난해 영업이익과 영업손실은 각각 900억원과 120억원이다.", "120억원", "영업손실"},
		{"지난해 영업이익과 영업손실은 각각 900억원과 120억원이다.", "900억원", "영업이익"},
	})
	for _, tt := range []struct {
		n    string
		want bool
	}{{"영업손실", false}, {"횡령사실", false}, {"대통령비서실", true}} {
		if got := isActor(tt.n); got != tt.want {
			t.Errorf("isActor(%q) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestPurposeRound22AlsoAt reads 에도 (에 with the delimiter 도) as 에 in
// a relative clause on the amount's noun.
func TestPurposeRound22AlsoAt(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"3년 전 6억원에도 팔리던 빌라 가격이 두 배로 뛰었다.", "6억원", "빌라 가격"},
	})
}

// TestPurposeRound22PointedOwner drops an owner that a pointing determiner
// opens (이 증권사의 순이익 → 순이익); a thing's owner stays.
func TestPurposeRound22PointedOwner(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"코스닥에 상장된 이 증권사의 시가총액은 3조원에 이른다.", "3조원", "시가총액"},
		{"이 아파트의 시세는 12억원이다.", "12억원", "아파트의 시세"},
	})
	if !firmKind("계열사들") || firmKind("역사") {
		t.Errorf("firmKind: 계열사들 %v, 역사 %v", firmKind("계열사들"), firmKind("역사"))
	}
}

// TestPurposeRound22Bullets strips a list's bullet from a purpose and
// keeps a class of floor areas written as one word.
func TestPurposeRound22Bullets(t *testing.T) {
	if got := cleanPurpose("▲85㎡초과"); got != "85㎡초과" {
		t.Errorf("cleanPurpose(▲85㎡초과) = %q", got)
	}
	if got := cleanPurpose("60㎡초과~85㎡이하"); got != "60㎡초과~85㎡이하" {
		t.Errorf("cleanPurpose(60㎡초과~85㎡이하) = %q", got)
	}
}

// TestPurposeRound22SharedHead gives each bracketed item of a list joined
// by 와 or 과 the head noun after the last bracket.
func TestPurposeRound22SharedHead(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"쌀(5천원)과 옥수수(2천원) 가격이 올랐다.", "5천원", "쌀 가격"},
		{"쌀(5천원)과 옥수수(2천원) 가격이 올랐다.", "2천원", "옥수수 가격"},
		{"국내 부문(300억원) 매출이 늘었다.", "300억원", "국내 부문"},
	})
}

// TestPurposeRound22GivenAs reads X(으)로는 right before an amount as what
// the amount is given as.
func TestPurposeRound22GivenAs(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"증권사는 투자의견을 유지하고 목표주가로는 21만원을 제시했다.", "21만원", "목표주가"},
		{"총 금액으로는 3억원이다.", "3억원", ""},
	})
}

// TestPurposeRound22BareOwnerPrice drops a company written bare before
// 주가, as the fifth round drops one with 의.
func TestPurposeRound22BareOwnerPrice(t *testing.T) {
	if got := cleanPurpose("삼성전자 주가"); got != "주가" {
		t.Errorf("cleanPurpose(삼성전자 주가) = %q, want 주가", got)
	}
	if got := cleanPurpose("목표 주가"); got != "목표 주가" {
		t.Errorf("cleanPurpose(목표 주가) = %q", got)
	}
}
