package facts

import (
	"testing"
)

// TestTimeClassesB3 reads the period, its text and per of amounts in the
// constructions of b3's time misses (docs/meaning.md "Eighth round: time
// (time9)"), in sentences of our own, with publication time
// seedPublished (2025-04-18) unless the case has none; each rule has a
// near case it must leave alone.
func TestTimeClassesB3(t *testing.T) {
	tests := []timeCase{
		// A day before a paper or a meeting where something is made
		// public (자료에서, 회의에서, 행사에서), in a sentence that ends by
		// saying, announcing or promising: the saying's day.
		{"검찰은 이날 자료에서 범죄수익 600만 달러를 압수했다고 덧붙였습니다.", "600만 달러", false, "", "", ""},
		{"장관은 이날 기지에서 열린 회의에서 5억 달러 규모의 추가 지원 방안을 공개했습니다.", "5억 달러", false, "", "", ""},
		{"그는 19일 시내에서 열린 유세 행사에서 매일 한 명에게 100만 달러를 지급하겠다고 약속했습니다.", "100만 달러", false, "", "", PerDay},
		{"실제로 이날 행사에서 그는 서명자 한 명을 뽑아 100만 달러를 지급했습니다.", "100만 달러", false, "2025-04-18", "이날", ""},
		{"정부는 이날 회의에서 10조 원 규모의 예산안을 의결했다고 밝혔다.", "10조 원", false, "2025-04-18", "이날", ""},
		{"이날 행사에는 1천명이 참가했으며, 후원금으로 200만 달러가 모금됐습니다.", "200만 달러", false, "2025-04-18", "이날", ""},
		// 이듬해: the year after the last year named before it, in the
		// sentence, else in the sentence before, else after publication;
		// 이듬해인 2021년 is named by its year.
		{"2011년 지원 규모는 8천만 달러였고 2012년 1억 달러로 늘었다.\n그러나 이듬해 6천만 달러로 줄었다.", "6천만 달러", false, "2013", "이듬해", ""},
		{"회사는 2019년 문을 열었고 이듬해 매출 5억 원을 올렸다.", "5억 원", false, "2020", "이듬해", ""},
		{"그는 이듬해 5천만 원을 벌었다.", "5천만 원", false, "2026", "이듬해", ""},
		{"그는 이듬해 5천만 원을 벌었다.", "5천만 원", true, "", "이듬해", ""},
		{"교역액은 2020년 5억 달러로 급감했고, 이듬해인 2021년엔 3억 달러까지 줄었다.", "3억 달러", false, "2021", "2021년", ""},
		// 한 달, 한 해 before the noun an amount measures: per month, per
		// year, shared by its list; not a duration or a time named.
		{"그녀는 한 달 출연료 3000만 원, 광고료만 800만 원을 번다.", "3000만 원", true, "", "", PerMonth},
		{"그녀는 한 달 출연료 3000만 원, 광고료만 800만 원을 번다.", "800만 원", true, "", "", PerMonth},
		{"그는 한 달 동안 5000만 원을 벌었다.", "5000만 원", true, "", "", ""},
		{"시는 한 해 예산 10조 원을 쓴다.", "10조 원", true, "", "", PerYear},
		{"시는 지난 한 해 예산 10조 원을 썼다.", "10조 원", true, "", "지난 한 해", ""},
		// Both ends of a change from A to B with only times between are
		// per the same period.
		{"신병의 하루 간식비는 지난해 하루 700원에서 올해 1천200원으로 올랐다.", "1천200원", true, "", "올해", PerDay},
		{"신병의 간식비는 지난해 700원에서 올해 1천200원으로 올랐다.", "1천200원", true, "", "올해", ""},
		// A noun of pay per period right after the amount: the pay it is.
		{"의원은 이른바 5억원 일당 금지법을 발의했다.", "5억원", true, "", "", PerDay},
		{"의원은 이른바 5억원 예산 금지법을 발의했다.", "5억원", true, "", "", ""},
		// N일 after 지 counts days gone by: no date.
		{"현재 이 기획은 누리집에 공개된 지 3일도 안 돼 모금 목표인 5만 달러를 넘었다.", "5만 달러", true, "", "현재", ""},
		{"이 상품은 5일 사이트에서 목표 금액인 2만 달러를 넘겼다.", "2만 달러", false, "2025-04-05", "5일", ""},
		// A time with 기준 right before another amount that modifies a
		// noun is that amount's basis, not the later amount's.
		{"안내문에는 2019년 기준 3000원인 입장권이 인상이 반영된 4500원으로 적혀 있다.", "4500원", false, "", "", ""},
		{"안내문에는 2019년 기준 3000원인 입장권이 인상이 반영된 4500원으로 적혀 있다.", "3000원", false, "2019", "2019년", ""},
		{"2014년 기준 매출은 5000원, 이익은 700원이었다.", "700원", false, "2014", "2014년", ""},
		// A speaker named only after what is quoted: the times before it
		// are the quotation's; a day after the speaker topic, or between
		// the quotation and the speaker, is the report's.
		{"지난 6일 호숫가의 한 통나무집이 180만달러에 매각됐다고 미국 뉴욕포스트가 보도했습니다.", "180만달러", false, "2025-04-06", "지난 6일", ""},
		{"데일리메일은 지난 6일 해변의 한 오두막집이 250만달러에 팔렸다고 전했습니다.", "250만달러", false, "", "", ""},
		{"호숫가의 한 통나무집이 180만달러에 매각됐다고 6일 뉴욕포스트가 보도했습니다.", "180만달러", false, "", "", ""},
		{"지난 3일 미 재무부가 500만 달러 규모의 지원을 발표했다고 AP통신이 전했다.", "500만 달러", false, "", "", ""},
		// A time in a clause on an event with 에서 frames what happens at
		// the event; a clause on a document does not.
		{"재단이 이날 오전 박물관에서 진행한 경매에서 필사본은 3천만원으로 호가가 시작돼 4천500만원에 팔렸다.", "4천500만원", false, "2025-04-18", "이날", ""},
		{"재단이 이날 펴낸 보고서에서 필사본은 3천만원으로 호가가 시작돼 4천500만원에 팔렸다.", "4천500만원", false, "", "", ""},
		// A time past a comma right after an amount, before another
		// amount, opens the next item: the amount keeps the time before it.
		{"그는 작년 2월 동호회에서 알게 된 D씨로부터 2천만원을, 작년 10월 식당에서 알게 된 E씨에게는 380만원을 각각 받았다.", "2천만원", false, "2024-02", "작년 2월", ""},
		{"그는 작년 2월 동호회에서 알게 된 D씨로부터 2천만원을, 작년 10월 식당에서 알게 된 E씨에게는 380만원을 각각 받았다.", "380만원", false, "2024-10", "작년 10월", ""},
		{"회사는 모은 4천만원을, 작년 10월 C씨에게 넘겼다.", "4천만원", false, "2024-10", "작년 10월", ""},
		// A stretch of a clause's own (30년간) after a clause ends: the
		// frame before it does not reach the amount; a prison term is
		// no stretch.
		{"이사장은 1990년부터 2002년까지 재단 대표를 맡고 고문직을 맡으면서 20년간 150억원 가까운 후원을 했다.", "150억원", false, "", "", ""},
		{"회장은 1985년부터 1997년까지 협회장을 역임하며 400억원을 투자했다.", "400억원", false, "1985/1997", "1985년부터 1997년까지", ""},
		{"지난해 8월 1심은 징역 3년을 선고하고 추징금 11억원을 내라고 명령했다.", "11억원", false, "2024-08", "지난해 8월", ""},
		// A clause of sequence or course (…한 뒤, …하는 과정에서) leads into
		// the next: its time is the next clause's when that names none; a
		// span's second end takes the first's year without publication.
		{"경찰은 그가 2012년 2월부터 3월 사이에 네 차례 업자를 만난 뒤 3000만원을 건네받았다며 지난해 11월 그를 송치했다.", "3000만원", true, "2012-02/2012-03", "2012년 2월부터 3월", ""},
		{"검찰은 그가 사업가를 만난 뒤 2011년 5000만원을 받았다며 기소했다.", "5000만원", true, "2011", "2011년", ""},
		{"검찰은 그가 2010년 사업가를 만났고 5000만원을 받았다며 기소했다.", "5000만원", true, "", "", ""},
		{"대표는 2008년 자신이 보증한 채무가 드러나는 것을 피하려고 법인에 90억원대 손해를 끼친 혐의로 고소됐다.", "90억원", true, "", "", ""},
		{"대표는 2008년 공장을 처분하는 과정에서 자신이 보증한 채무가 드러나는 것을 피하려고 법인에 90억원대 손해를 끼친 혐의로 고소됐다.", "90억원", true, "2008", "2008년", ""},
		// A time opening the sentence frames every item of a list given in
		// brackets after names; a bracket elsewhere takes only a time
		// before it in its clause.
		{"1분기 주식재산 순위 1위 이재용(30조원), 2위 서정진 회장(13조원)이었다.", "13조원", false, "2025-Q1", "1분기", ""},
		{"KT가 무궁화위성 2호(1500억 투자)는 2010년 1월에 40억원에 팔았다고 주장했다.", "1500억", false, "", "", ""},
		// 한 해, 한 달 opening a topic the amount is said of, and a noun of
		// pay per period the amount is given as.
		{"이 나라의 한 해 수출액은 500억 달러에 이른다.", "500억 달러", true, "", "", PerYear},
		{"2024년 한 해 수출액은 500억 달러였다.", "500억 달러", false, "2024", "2024년", ""},
		{"그는 한 해 동안 10억 원을 모았다.", "10억 원", true, "", "", ""},
		{"그는 월급으로 300만 원을 받는다.", "300만 원", true, "", "", PerMonth},
		{"그는 보너스로 300만 원을 받는다.", "300만 원", true, "", "", ""},
		// A span from the start of the year to a day is of days.
		{"올 들어 지금까지 5조 원이 순유입됐다.", "5조 원", false, "2025-01-01/2025-04-18", "올 들어 지금까지", ""},
		// A start with 이후 and a duration closes the span from the start;
		// a clause on a subject past its demonstrative keeps its time.
		{"이 회사는 2019년 설립 이후 5년간 100억 원을 투자받았다.", "100억 원", false, "2019/2023", "2019년 설립 이후 5년간", ""},
		{"이 회사는 2021년까지 5년간 100억 원을 투자받았다.", "100억 원", false, "2017/2021", "2021년까지 5년간", ""},
		{"지난 2020년 8월 개업한 이 가게는 하루 매출 300만 원을 올린다.", "300만 원", false, "", "", PerDay},
		{"지난 2020년 8월 이 가게는 하루 매출 300만 원을 올렸다.", "300만 원", false, "2020-08", "지난 2020년 8월", PerDay},
		// A time before a verb that puts out a document dates the document,
		// not the figures it gives; a time before a deed still dates it.
		{"세계은행은 이달 초 발표한 보고서에서 북한의 1인당 GDP를 1,000달러로 추정했다.", "1,000달러", false, "", "", ""},
		{"세계은행은 이달 초 북한에 1,000달러를 지원했다.", "1,000달러", false, "2025-04", "이달 초", ""},
		// A noun of pay per period before the first end of A에서 B: both
		// ends per that period; fees per year or month.
		{"연봉 3천만 원에서 4천만 원으로 올랐다.", "4천만 원", true, "", "", PerYear},
		{"가격이 3천만 원에서 4천만 원으로 올랐다.", "4천만 원", true, "", "", ""},
		{"이 서비스의 연회비는 3만 원이다.", "3만 원", true, "", "", PerYear},
		// Since an event of a time (2018년 … 제재 복원 이후): an open span, its
		// text the time; not a record counted since it, nor a topic's day.
		{"지난 2018년 미국의 대이란 경제 제재 복원 이후 한국 내에는 이란 자금 약 70억 달러가 묶여 있습니다.", "70억 달러", false, "", "지난 2018년", ""},
		{"지난 2018년 미국의 대이란 경제 제재 복원 이후 사상 최대인 70억 달러가 묶였다.", "70억 달러", false, "", "", ""},
		{"2일 업계는 그가 사건에 휘말린 이후 70억 원을 잃었다고 밝혔다.", "70억 원", false, "", "", ""},
		// A time things are as of right after the topic whose phrase holds
		// the amount frames it; one after another noun does not.
		{"대출금을 3천만원 이상 상환한 세입자 비중은 6월 말 기준 18.4%로 집계됐다.", "3천만원", false, "2025-06", "6월 말", ""},
		{"대출금을 2천만원 이상 상환한 집주인 비중이 늘었고 예금은 6월 말 기준 30%였다.", "2천만원", false, "", "", ""},
		// Times after the amount that set off values compared over them
		// are the values', not the amount's; one time after it still is.
		{"5억원 이상인 아파트의 비중은 2005년에는 1.2%였지만 2018년에는 24.5%로 늘었다.", "5억원", false, "", "", ""},
		{"회사는 5억원을 2013년에 투자했다.", "5억원", false, "2013", "2013년", ""},
		// The reporter's own deed dates the amount, but putting it into a
		// budget tells what the budget holds: the report's day.
		{"장관은 3일 동맹국을 방어하기 위한 핵 전력 예산에 340억 달러를 배정했다고 밝혔습니다.", "340억 달러", false, "", "", ""},
		{"앞서 한화는 지난 4월 25일 군비청과 16억 달러 상당의 계약을 체결했다고 발표했습니다.", "16억 달러", false, "2025-04-25", "지난 4월 25일", ""},
	}
	checkTimes(t, tests)
}
