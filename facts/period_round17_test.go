package facts

import (
	"testing"
	"time"
)

// TestTimeClassesRound17 reads the period of amounts in the classes of the
// seventeenth round (docs/meaning.md "Decisions, sixteenth round (time)"),
// each beside a near case it must leave alone. The sentences are our own.
func TestTimeClassesRound17(t *testing.T) {
	sep := time.Date(2023, 9, 21, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// T20: a base of comparison keeps its own time (T18); a year's 같은
		// 기간 is the span named before, in that year, as 지난해 같은 기간 is
		// it a year earlier.
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n이는 2019년 같은 기간에 기록한 19억 달러의 31% 수준이다.", "19억 달러", sep, "2019-01/2019-09", "2019년 같은 기간"},
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간 19억 달러보다 줄었다.", "19억 달러", sep, "2019-01/2019-09", "2019년 같은 기간"},
		// Near: as the base of a comparison with no amount of its own it is
		// no time of the change.
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간보다 2억 달러 늘었다.", "2억 달러", sep, "", ""},
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간에 비해 2억 달러 늘었다.", "2억 달러", sep, "", ""},
		// 지난해 spaced as published copy sometimes writes it: the same span.
		{"누리국의 올해 1~3분기 교역액은 6억 달러로 지난 해 같은 기간 4억 달러보다 늘었다.", "4억 달러", sep, "2022-01/2022-09", "지난 해 같은 기간"},
		// T21: a judgment in a suit whose only time is the one written on
		// the suit takes it (b6's decision, the later one).
		{"누리법원은 지난 2006년 누리국을 상대로 소송을 제기한 주민 4명에게 9천만 달러의 승소 판결을 내렸다.", "9천만 달러", sep, "2006", "지난 2006년"},
		// Near: a judgment's own time is its, not the filing's.
		{"주민 4명은 2006년 누리국을 상대로 소송을 제기해 2008년 9천만 달러를 승소했다.", "9천만 달러", sep, "2008", "2008년"},
		// A clause on the subject tells another deed, whose time is not the
		// amount's, unless it tells none: the paying of the money its object
		// names, a verb standing for a particle, a state past another
		// predicate.
		{"누리기구에 따르면 지난해 기금에 가장 많은 분담금을 낸 국가는 누리국으로 전체 1천만 달러 가운데 800만 달러를 담당했다.", "800만 달러", sep, "2022", "지난해"},
		{"지난달 시작된 누리시 도로 공사에 따른 비용은 모두 590억원으로 집계됐다.", "590억원", sep, "2023-08", "지난달"},
		{"누리씨는 2014년 4월 자신이 출자했던 누리사의 대표였던 한씨가 15억원을 빼돌렸다며 고소장을 냈다.", "15억원", sep, "2014-04", "2014년 4월"},
		{"지난해 가장 많은 분담금을 낸 누리국은 분담금 800만 달러를 냈다.", "800만 달러", sep, "2022", "지난해"},
		// Near: money of another kind than the object's is another deed's.
		{"2019년 지원금을 받은 누리사는 매출 5억 달러를 올렸다.", "5억 달러", sep, "", ""},
		{"2019년 지원금을 받은 누리사는 5억 달러의 매출을 올렸다.", "5억 달러", sep, "", ""},
		// Near: a deed of another's (a degree, a signing, a deadline).
		{"1980년대에 이 학교에서 석사 학위를 받은 누리씨는 매해 10만 달러의 후원금을 내왔다.", "10만 달러", sep, "", ""},
		{"누리 대통령이 지난해 8월 9일 서명한 누리법은 보조금 520억 달러를 지원하는 법이다.", "520억 달러", sep, "", ""},
		{"지난달 시작된 누리시 도로 공사를 맡은 업체는 모두 590억원을 받았다.", "590억원", sep, "", ""},
		// Near: a verb of one letter before 였던 is a deed (벌였던: held).
		{"누리씨는 2014년 4월 자신이 출자했던 누리사와 분쟁을 벌였던 한씨가 15억원을 빼돌렸다며 고소장을 냈다.", "15억원", sep, "", ""},
		// Near: a state right after the time is the time's.
		{"전년도 1위였던 누리대는 9억 달러를 기부받았다.", "9억 달러", sep, "", ""},
	})
}

// TestMoneyObject checks which objects name money for noOtherDeed.
func TestMoneyObject(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"분담금을", true},
		{"돈을", true},
		{"비용을", true},
		{"수입액을", true},
		{"분담금이", false}, // no object
		{"학위를", false},
		{"조금을", false}, // a little, no money
		{"소금을", false},
		{"금을", false}, // gold
	} {
		if got := moneyObject(splitWords(tt.word)[0]); got != tt.want {
			t.Errorf("moneyObject(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
