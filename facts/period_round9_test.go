package facts

import (
	"testing"
	"time"
)

// TestPerClasses9 reads per of amounts in the constructions of the ninth
// round (docs/meaning.md "Ninth round: time and role on b4"), each with a
// near case it must leave alone.
func TestPerClasses9(t *testing.T) {
	tests := []perCase{
		// A noun of pay per period right before the amount it measures,
		// bare or as a topic, in a compound too; a threshold keeps it.
		{"연봉 4천만원 이하 근로자는 세금을 돌려받는다.", "4천만원", PerYear},
		{"이 회사 직원의 평균연봉은 6천200만원이다.", "6천200만원", PerYear},
		{"그가 받은 기본월급은 300만원이다.", "300만원", PerMonth},
		{"그는 상여금 500만원을 받았다.", "500만원", ""},
		// Items of a bracket keep their own nouns: the pay after a comma
		// is no pay of the amount before it.
		{"구단은 총액 20억원(계약금 5억원, 연봉 5억원)에 계약했다.", "5억원", ""},
		{"그는 연간 1억원 연봉을 받는다.", "1억원", PerYear},
		// 하루 after a time of a day is that day, no day's rate.
		{"이날 하루 이 회사의 매출은 300억원을 넘었다.", "300억원", ""},
		{"그는 하루 매출 300만원을 올린다.", "300만원", PerDay},
		// 한달, 한해 written as one word open the noun measured, as 한
		// 달 does; after 지난 they are one stretch of time.
		{"그의 한달 용돈만 50만원이었다.", "50만원", PerMonth},
		{"지난 한해 매출은 30억원이었다.", "30억원", ""},
		// T14: one quantity over clauses shares its per; a noun of its
		// own, a time of its own, a total or another role breaks it.
		{"신인들의 코치는 연간 8천 달러를 받고 상위권 선수들의 코치들은 15만 달러까지 받는다.", "15만 달러", PerYear},
		{"장학금은 매해 2만 달러였는데 지난 2020년부터 5만 달러로 늘었다.", "5만 달러", PerYear},
		{"그녀는 매해 10만 달러의 후원금을 냈으며 2011년에는 90만 달러의 기금을 모았다.", "90만 달러", ""},
		{"월 50만원을 받는 그는 지난해 1억원을 벌었다.", "1억원", ""},
		{"연간 1억달러, 총 8000억달러의 기금을 조성한다.", "8000억달러", ""},
		{"월 사용액이 6만원 이상이면 2만원을 환급한다.", "2만원", ""},
		{"월평균 10만원으로 소득(84만원) 대비 비중은 11.8%다.", "84만원", ""},
		// The period an amount as topic is said to be; a word of every
		// period heading the sentence frames its later clauses.
		{"노동자들이 받을 410 달러는 농촌 가구의 월 평균 소득이다.", "410 달러", PerMonth},
		{"직원들이 받을 325 달러는 도시 근로자의 평균 임금이다.", "325 달러", ""},
		{"매년 2천 건의 도난 신고가 들어오고 금액으로는 평균 5억원이 도난된다.", "5억원", PerYear},
		{"그녀는 매해 후원을 해왔으며 2011년에는 90만 달러를 냈다.", "90만 달러", ""},
	}
	checkPers(t, tests)
}

// TestTimeClasses9 reads the period of amounts in the time constructions
// of the ninth round, each with a near case it must leave alone.
func TestTimeClasses9(t *testing.T) {
	jan := time.Date(2023, 1, 18, 12, 0, 0, 0, kst)
	oct := time.Date(2023, 10, 18, 12, 0, 0, 0, kst)
	tests := []periodCase{
		// A bare month more than half a year after publication's is the
		// nearer one, last year's; a month close ahead stays ahead.
		{"회사는 12월 매출 30억원을 기록했다고 밝혔다.", "30억원", jan, "2022-12", "12월"},
		{"회사는 12월 매출 30억원을 목표로 한다.", "30억원", oct, "2023-12", "12월"},
		{"회사는 3월 매출 30억원을 기록했다.", "30억원", jan, "2023-03", "3월"},
		// N년 전, counted from publication, as N년 후 is.
		{"오씨는 4년 전 600만원을 꿨다.", "600만원", jan, "2019", "4년 전"},
		{"이씨는 4년 후 900만원을 갚는다.", "900만원", jan, "2027", "4년 후"},
		// 지난 달, spaced, is 지난달.
		{"지난 달, 그는 벌금 1500만원을 선고받았다.", "1500만원", jan, "2022-12", "지난 달"},
		// A time of day before 현재 stays in the span, and an as-of time
		// is no report's day, whatever source follows it.
		{"21일 오전 8시 현재 오피넷에 따르면 휘발유 최저가는 1천200원이다.", "1천200원", oct, "2023-09-21", "21일 오전 8시 현재"},
		{"21일 오피넷에 따르면 휘발유 최저가는 1천200원이다.", "1천200원", oct, "", ""},
		// T18: an amount that is the base of a comparison, right after
		// its time with 의, has that time; a time of the same period of
		// another keeps its words only.
		{"매출은 지난해의 5억원보다 20% 늘었다.", "5억원", oct, "2022", "지난해"},
		{"이는 지난해 동기의 27억 달러보다 20% 감소한 것이다.", "27억 달러", oct, "", "지난해 동기"},
		{"이는 지난해 동기 27억 달러보다 20% 감소한 것이다.", "27억 달러", oct, "", ""},
		// A time after the amount that is a new topic, or past one, is
		// that topic's.
		{"6월 수출액은 100만 달러로 7월은 이에 비하면 6% 낮아졌다.", "100만 달러", oct, "2023-06", "6월"},
		{"500만 달러에 이르는 이 요트는 2010년 제조된 모델이다.", "500만 달러", oct, "", ""},
		{"수출액은 100만 달러로 7월에 가장 많았다.", "100만 달러", oct, "2023-07", "7월"},
		// A time in the phrase of a base amount compared is the base's;
		// a base with no amount leaves the time to the amount.
		{"공사가 2012년 태풍의 52억원에 비해 훨씬 큰 318억원의 손실을 봤다.", "318억원", oct, "", ""},
		{"공사가 2012년 태풍의 52억원에 비해 훨씬 큰 318억원의 손실을 봤다.", "52억원", oct, "2012", "2012년"},
		{"매출은 올해 전년 대비 5억원 늘었다.", "5억원", oct, "2023", "올해"},
		// A day right after the acting subject heading the sentence dates
		// its deed, a stretch of the amount's own notwithstanding.
		{"정부가 22일 피해를 본 필리핀의 복구를 위해 3년간 총 2천만 달러를 지원하기로 했다.", "2천만 달러", oct, "2023-09-22", "22일"},
		{"그는 1985년 장관을 역임하고 그 뒤 30년간 400억원 가까운 투자를 했다.", "400억원", oct, "", ""},
		// A start with 한 달간 closes on that month.
		{"한씨는 지난 1월부터 한 달간 35만원을 벌었다.", "35만원", oct, "2023-01", "지난 1월부터 한 달간"},
		{"박씨는 2013년부터 2년간 20만원을 받았다.", "20만원", oct, "2013/2014", "2013년부터 2년간"},
		// T19: a day after a court's topic before the bare charge of the
		// accused (기소된) dates the sentencing it reports; a clause of a
		// deed of its own (성추행한 혐의로 기소된) keeps the time.
		{"청주지법 윤가람 판사는 3일 의료법 위반 혐의로 기소된 의사 B씨에게 벌금 600만원을 선고했다고 밝혔다.", "600만원", oct, "2023-10-03", "3일"},
		{"청주지법 윤가람 판사는 3일 간호사를 폭행한 혐의로 기소된 B씨에게 벌금 600만원을 선고했다고 밝혔다.", "600만원", oct, "", ""},
		// A time right after the source reported from frames the clauses
		// after it, as one after the topic does, until another is set.
		{"패널 조사에 따르면 지난해 17건의 사건이 발생했으며, 북한은 7억 달러의 손실에 책임이 있다.", "7억 달러", oct, "2022", "지난해"},
		{"패널 조사에 따르면 지난해 17건의 사건이 발생했으며, 북한은 올해 7억 달러를 훔쳤다.", "7억 달러", oct, "2023", "올해"},
		{"보도에 따르면, 지난해 우크라이나 침공 이후 러시아의 반도체 수입 자료를 분석한 결과 1회 10만달러 이상의 고액거래 3천 건이 있었다.", "10만달러", oct, "", ""},
		// A part pointed back to (이 가운데) has the whole's time.
		{"일본이 지난해 수출한 금액은 412억 달러이며 이 가운데 자동차가 287억 달러다.", "287억 달러", oct, "2022", "지난해"},
		{"일본이 지난해 수출한 금액은 412억 달러이며 자동차는 올해 287억 달러다.", "287억 달러", oct, "2023", "올해"},
		// A list of nouns with commas after a time with its particle ends
		// no clause; a bare noun of an event after its date does.
		{"회사는 지난 2월에도 사과, 배, 복숭아로 만든 음료를 4천500원에 내놓았다.", "4천500원", oct, "2023-02", "지난 2월"},
		{"면회소는 지난 2003년 11월 합의에 따라 2005년 8월31일 착공, 총 550억 원이 투입돼 2008년 7월 완공됐다.", "550억 원", oct, "", ""},
		// A day right after the subject of the clause reported, a thing,
		// dates what is said of it; right after the reporting topic it
		// dates the report.
		{"통신은 머스크의 순자산이 지난 29일 3천억 달러를 넘어섰다고 보도했습니다.", "3천억 달러", oct, "2023-09-29", "지난 29일"},
		{"통신은 지난 29일 머스크의 순자산이 3천억 달러를 넘어섰다고 보도했습니다.", "3천억 달러", oct, "", ""},
		// A clause quoted with 다고도 ends before the saying: a time after
		// the speaker is the quoted deed's.
		{"공사가 지난 2006년 폭설의 41억원보다 큰 손실을 봤다고도 밝혔다.", "41억원", oct, "2006", "지난 2006년"},
		// A time closed by a comma after an item's amount is that item's;
		// the item after the comma has its own.
		{"총리는 300억 달러어치 제품에는 4일부터, 나머지 1천억 달러어치 제품은 다음 달 관세를 부과한다고 말했다.", "300억 달러", oct, "", "4일부터"},
		{"총리는 300억 달러어치 제품에는 4일부터, 나머지 1천억 달러어치 제품은 다음 달 관세를 부과한다고 말했다.", "1천억 달러", oct, "2023-11", "다음 달"},
		// A bare month takes the year of the same month written with its
		// year before it; another month does not.
		{"통계청이 내놓은 '2016년 1월 무역동향' 자료를 보면 1월 상품수지 흑자는 52억달러로 집계됐다.", "52억달러", time.Time{}, "2016-01", "1월"},
		{"통계청이 내놓은 '2016년 1월 무역동향' 자료를 보면 2월 상품수지 흑자는 52억달러로 집계됐다.", "52억달러", time.Time{}, "", "2월"},
		// A day before the result of an analysis dates the analysis.
		{"20일 VOA가 무역 자료를 분석한 결과 북한은 중국에 1천만 달러어치를 수출했다.", "1천만 달러", oct, "", ""},
		{"20일 북한은 중국에 1천만 달러어치를 수출했다.", "1천만 달러", oct, "2023-09-20", "20일"},
		// A call is a meeting where a plan is put forward: its day dates
		// the putting forward, past 것이다 too; a deed at it keeps the day.
		{"23일 통화에서 왕세자가 6천억 달러 투자 계획을 내놓은 것입니다.", "6천억 달러", oct, "", ""},
		{"23일 회의에서 정부가 6천억 달러를 지급했습니다.", "6천억 달러", oct, "2023-09-23", "23일"},
	}
	checkPeriods(t, tests)
}
