package facts

import (
	"testing"
)

// TestTimeClasses7 reads the period, its text and per of amounts in the
// constructions of the seventh round (docs/meaning.md "Decisions, seventh
// round (7b)"), in sentences of our own, with publication time
// seedPublished (2025-04-18) unless the case has none; each rule has a
// near case it must leave alone.
func TestTimeClasses7(t *testing.T) {
	tests := []timeCase{
		// A span of quarters: their months, a half, or the year.
		{"2022년 1~3분기 교역액은 6억 달러였다.", "6억 달러", false, "2022-01/2022-09", "2022년 1~3분기", ""},
		{"회사는 1~3분기에 부품 300만 달러어치를 수입했다.", "300만 달러", false, "2025-01/2025-09", "1~3분기", ""},
		{"회사는 1~3분기에 부품 300만 달러어치를 수입했다.", "300만 달러", true, "", "1~3분기", ""},
		{"지난해 3~4분기 매출은 10억 달러였다.", "10억 달러", false, "2024-H2", "지난해 3~4분기", ""},
		{"2023년 1~4분기 적자는 5억 달러였다.", "5억 달러", false, "2023", "2023년 1~4분기", ""},
		{"2023년 3분기 적자는 5억 달러였다.", "5억 달러", false, "2023-Q3", "2023년 3분기", ""},
		// A month that is the basis of a comparison over years: each
		// year's month; a month with its year lends nothing.
		{"시장 조사에 따르면 10월 말을 기준으로 2019년엔 쌀이 5천원, 2020년엔 쌀이 4천원이었다.", "4천원", false, "2020-10", "2020년", ""},
		{"시장 조사에 따르면 10월 말을 기준으로 2019년엔 쌀이 5천원, 2020년엔 쌀이 4천원이었다.", "5천원", false, "2019-10", "2019년", ""},
		{"2019년 10월 기준으로 쌀은 5천원이었고, 2020년엔 4천원이었다.", "4천원", false, "2020", "2020년", ""},
		// A day or a month before a report's object: the report's. A
		// year or a span there is the amount's.
		{"앞서 회사 측은 지난 3일 500만 달러 상당의 자산을 도난당한 사실을 확인한 바 있습니다.", "500만 달러", false, "", "", ""},
		{"이날 검찰은 10만 달러에 달하는 자산에 대한 공고문 게시 사실을 확인한 것입니다.", "10만 달러", false, "", "", ""},
		{"앞서 지난달 재무부는 최대 7천500달러의 세액 공제를 받기 위해서는 요건을 충족해야 한다는 내용이 담긴 규정을 발표한 바 있습니다.", "7천500달러", false, "", "", ""},
		{"앞서 기금은 2021년까지 5년간 총 1천만 달러를 투입하는 사업 계획을 발표한 바 있습니다.", "1천만 달러", false, "2017/2021", "2021년까지 5년간", ""},
		// A deed the topic did, quoted: its day; another's deed, or one
		// promised, is dated by the report.
		{"앞서 한화는 지난 4월 25일 군비청과 16억 달러 상당의 계약을 체결했다고 발표했습니다.", "16억 달러", false, "2025-04-25", "지난 4월 25일", ""},
		{"재무부는 1일 한 기업이 33만 달러의 벌금을 내기로 했다고 밝혔습니다.", "33만 달러", false, "", "", ""},
		{"재무부는 1일 해커들이 500만 달러를 훔쳤다고 밝혔습니다.", "500만 달러", false, "", "", ""},
		{"재무부는 1일 6억 달러를 탈취한 해킹 조직을 제재했다고 밝혔습니다.", "6억 달러", false, "", "", ""},
		// A span of days is no report's day; 까지 spaced closes a span.
		{"회사는 지난 1일부터 11일까지 기간 이뤄진 거래액이 845억 달러라고 밝혔습니다.", "845억 달러", false, "2025-04-01/2025-04-11", "지난 1일부터 11일까지", ""},
		{"회사는 지난 11일 거래액이 845억 달러라고 밝혔습니다.", "845억 달러", false, "", "", ""},
		{"정부는 지난 1995년부터 2011년 까지 북한에 13억 달러 상당의 지원을 했다.", "13억 달러", false, "1995/2011", "지난 1995년부터 2011년 까지", ""},
		// A time looked at (X을 보면) frames what follows, as X에는 does.
		{"가장 최근 조사 기간인 2019년을 보면 군사비 지출액은 43억 달러로 추산됐다.", "43억 달러", false, "2019", "2019년", ""},
		{"2019년을 기록한 보고서는 43억 달러를 추산했다.", "43억 달러", false, "", "", ""},
		// A clause of what came next (…했고, 이어 …) is past the frame.
		{"재무부는 지난 2022년 8월 업체 한 곳을 제재했고, 이어 해커들이 탈취한 4억 달러를 세탁한 업체를 제재했다.", "4억 달러", false, "", "", ""},
		{"재무부는 지난 2022년 8월 업체 한 곳을 제재했고, 해커들이 탈취한 4억 달러를 세탁한 업체를 제재했다.", "4억 달러", false, "2022-08", "지난 2022년 8월", ""},
		// A time with 의 before a multiple is a base of comparison.
		{"2016년 10월 북중 교역액은 약 4억 달러로, 지난달의 2.3배에 달했다.", "4억 달러", false, "2016-10", "2016년 10월", ""},
		// A time after the noun an amount sizes and its 과 opens the next
		// item: the amount keeps the time before it.
		{"이 자금은 지난 2023년 해커들이 탈취한 4천만 달러 상당의 가상 자산과 2022년 11월 해커들이 탈취한 2천만 달러 중 일부다.", "4천만 달러", false, "2023", "지난 2023년", ""},
		{"이 자금은 지난 2023년 해커들이 탈취한 4천만 달러 상당의 가상 자산과 2022년 11월 해커들이 탈취한 2천만 달러 중 일부다.", "2천만 달러", false, "2022-11", "2022년 11월", ""},
		// 보단 is 보다: the base's time is not the change's.
		{"5월 수출액은 3천만 달러로, 전달의 2천900만 달러보단 소폭(100만 달러) 증가했다.", "100만 달러", false, "", "", ""},
		// 하루 만에 is within a day, no day's rate; 1년에 past an adverb is per year.
		{"캠프는 기소 발표 후 하루 만에 400만 달러를 모금했다고 밝혔다.", "400만 달러", false, "", "", ""},
		{"그는 하루 평균 400만 달러를 번다.", "400만 달러", false, "", "", PerDay},
		{"1년에 열심히 몇백 달러라도 챙길 수 있다.", "몇백 달러", false, "", "", PerYear},
		{"1년에 몇백 달러를 번다.", "몇백 달러", false, "", "", PerYear},
		// A total over amounts per year in a closed span takes the span.
		{"정부는 올해부터 5년간 매년 8천억 원을 배정해, 총 4조 원의 부채를 대체한다.", "4조 원", false, "2025/2029", "올해부터 5년간", ""},
		{"정부는 올해부터 5년간 매년 8천억 원을 배정해, 총 4조 원의 부채를 대체한다.", "8천억 원", false, "2025/2029", "올해부터 5년간", PerYear},
		{"정부는 매년 8천억 원을 배정해, 총 4조 원의 부채를 대체한다.", "4조 원", false, "", "", ""},
		// An open span is no report's time either.
		{"보고서는 유엔은 2017년 이후 해커들이 30억 달러를 훔친 것으로 추정하고 있다며 우려했다.", "30억 달러", false, "", "2017년 이후", ""},
		// A part of a whole takes the whole's time, unless a time stands between.
		{"보고서를 검토한 결과 2021년의 총 예산 2억 달러 가운데 사무소의 지출은 91만 달러에 불과했다.", "91만 달러", false, "2021", "2021년", ""},
		{"2021년의 총 예산 2억 달러 가운데 올해 사무소의 지출은 91만 달러에 불과했다.", "91만 달러", false, "2025", "올해", ""},
		// A time in the topic's noun phrase frames a change past a base
		// after a comma; a time of the base's own clause does not.
		{"북한의 2월 쌀 구입 금액은 662만 달러로, 대두유 수입액 503만 달러보다 약 160만 달러 더 많았다.", "160만 달러", false, "2025-02", "2월", ""},
		{"정부는 2009년에 제안한 3조5천억원보다 1조7천억원 증액했다.", "1조7천억원", false, "", "", ""},
		// A time in a clause on the place or the receiver (에, 에는) of the
		// amount's deed dates that noun's own deed.
		{"지난달 대통령이 서명한 법에는 전기차에 보조금 7천500달러를 지급하는 내용이 포함됐다.", "7천500달러", false, "", "", ""},
		{"해커들이 지난 4월 침투한 국방 기술 회사에 660만 달러의 비트코인을 요구했다.", "660만 달러", false, "", "", ""},
		{"해커들이 지난 4월 국방 기술 회사에 660만 달러의 비트코인을 요구했다.", "660만 달러", false, "2025-04", "지난 4월", ""},
		{"지난달 정부가 편성한 예산 10조 원이 국회를 통과했다.", "10조 원", false, "2025-03", "지난달", ""},
		// A clause on the subject, of the deed the amount measures, keeps
		// its time; of another deed it does not.
		{"북한이 지난달 중국에서 가장 많이 수입한 품목은 타이어 11만 개로, 수입액만 1천 302만 달러에 달한다.", "1천 302만 달러", false, "2025-03", "지난달", ""},
		{"북한이 지난달 중국에서 가장 많이 수입한 품목은 타이어 11만 개로, 판매액만 1천 302만 달러에 달한다.", "1천 302만 달러", false, "", "", ""},
		// A target past an adverb of time ahead takes no time of the start.
		{"양국은 지난해 300억 달러에서 장기적으로 1천억 달러까지 교역 규모를 늘린다는 목표다.", "1천억 달러", false, "", "", ""},
		{"양국은 지난해 300억 달러에서 장기적으로 1천억 달러까지 교역 규모를 늘린다는 목표다.", "300억 달러", false, "2024", "지난해", ""},
		// A time pointing back that heads the sentence frames a clause on
		// the subject and the amount after it alike.
		{"지난해 1월에서 9월 북한의 수입액은 1억 달러입니다.\n이 기간 북한과 가장 많은 무역액을 기록한 국가는 9천만 달러의 무역 기록을 남긴 중국이었습니다.", "9천만 달러", false, "2024-01/2024-09", "이 기간", ""},
	}
	checkTimes(t, tests)
}
