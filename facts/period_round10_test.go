package facts

import (
	"testing"
	"time"
)

// TestTimeClasses10 reads the period of amounts in the time constructions
// of the tenth round (docs/meaning.md "Tenth round: time and role on
// d11"), each with a near case it must leave alone.
func TestTimeClasses10(t *testing.T) {
	dec := time.Date(2023, 12, 28, 12, 0, 0, 0, kst)
	mar := time.Date(2023, 3, 18, 12, 0, 0, 0, kst)
	var none time.Time
	tests := []periodCase{
		// A fiscal year told from the present keeps its words; which
		// year of account it is depends on a fiscal calendar the sentence
		// does not give.
		{"정부는 다음 회계연도 국방예산 8천억 달러를 의회에 냈다.", "8천억 달러", mar, "", "다음 회계연도"},
		{"정부가 올 회계연도에 투입한 구호금은 4억 달러로 늘었다.", "4억 달러", mar, "", "올 회계연도"},
		{"방위성은 새 회계연도 예산을 5조 엔으로 편성했다.", "5조 엔", mar, "", "새 회계연도"},
		{"방위성은 2024 회계연도 예산을 5조 엔으로 편성했다.", "5조 엔", mar, "2024", "2024 회계연도"},
		// 올 alone, or before a verb, is still no time.
		{"주가는 올 들어 3만원 올랐다.", "3만원", mar, "2023", "올 들어"},
		{"가격이 3만원 올랐다.", "3만원", mar, "", ""},
		// 새해: the coming year late in a year, else the year begun;
		// with no publication time the words stay.
		{"새해에는 최저임금이 시간당 11달러까지 오른다.", "11달러", dec, "2024", "새해"},
		{"새해에는 최저임금이 시간당 11달러까지 오른다.", "11달러", mar, "2023", "새해"},
		{"새해에는 최저임금이 시간당 11달러까지 오른다.", "11달러", none, "", "새해"},
		{"새 정부는 최저임금을 시간당 11달러로 올렸다.", "11달러", mar, "", ""},
		// A day glued to a subject's or topic's particle, as copy runs
		// them together, is a day; a day glued to another word is not.
		{"국제 원유가격이11일, 거래소에서 1배럴 당 66달러를 넘어섰다.", "66달러", mar, "2023-03-11", "11일"},
		{"유럽중앙은행은9일 1조 달러 규모의 양적완화를 결정했다.", "1조 달러", mar, "2023-03-09", "9일"},
		{"그는 9박10일 여행에 300만원을 썼다.", "300만원", mar, "", ""},
		// 하루 전, 이틀 전 with 에: so many days before publication; bare
		// before a noun it is that noun's time.
		{"유가는 하루전에 기록된 최고치인 1배럴 당 72달러까지 올랐다.", "72달러", mar, "2023-03-17", "하루전"},
		{"유가는 하루 전에 기록된 최고치인 1배럴 당 72달러까지 올랐다.", "72달러", mar, "2023-03-17", "하루 전"},
		{"정부는 이틀 전에 지원금 72달러를 지급했다.", "72달러", mar, "2023-03-16", "이틀 전"},
		{"여당은 하루전 개편안과 관련해 기준선을 5천500만원으로 조정했다.", "5천500만원", mar, "", ""},
		// 지난 해, spaced, is 지난해; 지난 한 해 stays one whole year.
		{"대변인은 지난 해 국방지출은 약 720억 달러였다고 말했다.", "720억 달러", mar, "2022", "지난 해"},
		{"회사는 지난 해 3월 매출 30억원을 기록했다.", "30억원", mar, "2022-03", "지난 해 3월"},
		{"회사는 지난 한 해 매출 30억원을 기록했다.", "30억원", mar, "2022", "지난 한 해"},
		// A week told from publication keeps its words (a week has no
		// period format); like a day it dates a report, not the amount.
		{"정부가 지난주 제공한 지원은 10억 달러에 달한다.", "10억 달러", mar, "", "지난주"},
		{"기구는 지난주 1억 달러의 긴급자금을 투입한다고 발표했다.", "1억 달러", mar, "", ""},
		// Its weekend is a time too since the fourteenth round (b5's
		// 이번 주말, annotated so): the whole words, not 지난 주 alone.
		{"회사는 지난 주말 매출 3억원을 올렸다.", "3억원", mar, "", "지난 주말"},
		// The bare time opening the noun an amount sizes with 의 (수준의,
		// 규모의) is its time, before the object's time ahead of it; an
		// amount that sizes no noun after it keeps the object's.
		{"양국은 2020년 분담금을 약 10억 달러 수준의 2019년 분담금에서 13% 올리기로 했다.", "10억 달러", mar, "2019", "2019년"},
		{"양국은 2020년 분담금을 약 10억 달러로 올리기로 했다.", "10억 달러", mar, "2020", "2020년"},
		// A clause summed with 합하면 holds the total's time, a time
		// inside it included; one heading the sentence frames it either way.
		{"은행은 또 이 기간 제공한 대출금과 기부금 등을 모두 합하면 526억 달러에 이른다고 밝혔다.", "526억 달러", mar, "", "이 기간"},
		{"은행은 지난해 대출금과 기부금을 모두 합하면 526억 달러에 이른다고 밝혔다.", "526억 달러", mar, "2022", "지난해"},
		// 위해 inside a clause on an amount ends no clause: its time is the
		// amount's; a later amount the clause does not modify keeps none.
		{"가격은 지난 3월 백신 개발을 위해 정부가 약속한 이전 4억 달러를 포함해 약 14.5 달러가 책정된다.", "4억 달러", mar, "2023-03", "지난 3월"},
		{"가격은 지난 3월 백신 개발을 위해 정부가 약속한 이전 4억 달러를 포함해 약 14.5 달러가 책정된다.", "14.5 달러", mar, "", ""},
		{"정부는 지난 3월 백신 개발을 위해 4억 달러를 약속했다.", "4억 달러", mar, "2023-03", "지난 3월"},
	}
	checkPeriods(t, tests)
}
