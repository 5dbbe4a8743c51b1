package facts

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// periodFormRE is every form a normalised period may take: a year, a
// quarter, a half, a month or a day, or an ISO 8601 interval of two of
// them (2013/2017, 2018-07/2022, 1990/1999).
var periodFormRE = regexp.MustCompile(`^(?:[0-9]{4}(?:-Q[1-4]|-H[12]|-[01][0-9](?:-[0-3][0-9])?)?)(?:/[0-9]{4}(?:-Q[1-4]|-H[12]|-[01][0-9](?:-[0-3][0-9])?)?)?$`)

// FuzzExtract checks that Extract never panics or hangs, that it finds
// the facts Facts finds, and that what it reads of them has its forms: a
// role of four for money and none for the rest, a period in one of its
// normalised forms, phrases of the text's own words.
func FuzzExtract(f *testing.F) {
	f.Add(seedLike)
	for _, tt := range factTests {
		f.Add(tt.in)
	}
	f.Add("여기에는 이 중 1조 원이 쓰입니다. 여기에는 2조 원.")
	f.Add("오늘(31일) 지난 13월 2분기 1~3월 올 상반기 내년도 5만 원 이상은 1인당 3만 원")
	f.Add("2013년부터 2017년까지 1조 원, 1990년대 2억 달러, ‘18.7∼‘22년 500만원 공제(‘18.13∼‘22년)")
	// The ninth round's constructions of purpose (purpose_round9_test.go).
	f.Add("그는 골동품 도자기를 몰래 빼돌려 단돈 300만원에 처분했다. 그는 경매에서 5만 달러를 받고 조각상 한 점을 내다 팔았다.")
	f.Add("연봉 4천만원 이하에서는 세부담이 없고, 4천만∼5천만원 사이에서도 세부담이 적다. 정 전 장관이 42억원을 신고해 재산이 제일 많았고 오 시장이 37억원으로 뒤를 이었다.")
	f.Add("재단은 ‘희망장학금’ 프로그램을 통해 20만 달러를 지급했다. 책과 음료를 사고 구하는 데 드는 30달러, 벌금 200만 원의 선고유예 판결, 가발과 속눈썹 등 인조 모발 제품(가발) 3천만 달러")
	// The twelfth round's constructions of time and role (role_round12_test.go, period_round12_test.go).
	f.Add("지난 89년 12억 달러, 92 년 8월까지 5억 달러, 92년도 10억원. 당시 1일 90불 정도의 요금. 다달이 70만 원씩. 한 부 팔리면 5천 원이다 . 1세트 230만 원씩.")
	f.Add("주가가 5천 원만 내려가도, 100달러가 더 비싸도 사겠다. 1인당 GDP는 3만 달러인데 반해 북한은 1천 달러로. 예를 들어 100만원에 팔았다고 하자. 1년 후쯤이면 1억 원. 1달러당 775.25원씩 42만 달러를 매입했다.")
	// The seventeenth round's closed class of per (per_class_test.go).
	f.Add("하루당 10만 원, 한 달당 50만 원. 일 년에 1억 원, 1년 에 2억 원. 5천만 원을 매년 기부한다. 10만 원씩 하루에 번다. 한 달에 버는 50만 원. 한 해 버는 돈은 5천만 원이다. 1년 예산 10억 달러. 연 3회 5천만 원. 이날 하루 10만 원. 매 달 50만 원. 1일 평균 10만 원. 한 달 치 50만 원. 연간으로 환산하면 10억 달러. 1만 원의 시급을")
	f.Fuzz(func(t *testing.T, text string) {
		got := Extract(text, Options{Published: seedPublished})
		want := Facts(text)
		if len(got) != len(want) {
			t.Fatalf("Extract found %d facts, Facts %d", len(got), len(want))
		}
		for _, fact := range got {
			switch {
			case fact.Kind != KindMoney:
				if fact.Role != "" || fact.Agent != "" || fact.Purpose != "" || fact.Period != "" || fact.Per != "" {
					t.Errorf("%s fact %q has a meaning: %+v", fact.Kind, fact.Text, fact)
				}
				continue
			case fact.Role != RoleLevel && fact.Role != RoleChange && fact.Role != RoleRate && fact.Role != RoleOther:
				t.Errorf("fact %q: role %q", fact.Text, fact.Role)
			}
			if fact.Period != "" && !periodFormRE.MatchString(string(fact.Period)) {
				t.Errorf("fact %q: period %q", fact.Text, fact.Period)
			}
			if fact.Period != "" && fact.PeriodText == "" {
				t.Errorf("fact %q: period %q without its text", fact.Text, fact.Period)
			}
			if fact.Per != "" && fact.Per != PerYear && fact.Per != PerMonth && fact.Per != PerDay {
				t.Errorf("fact %q: per %q", fact.Text, fact.Per)
			}
			for _, p := range []Phrase{fact.Agent, fact.Purpose, fact.PeriodText} {
				if !utf8.ValidString(string(p)) && utf8.ValidString(text) {
					t.Errorf("fact %q: phrase %q is not UTF-8", fact.Text, p)
				}
				for _, w := range strings.Fields(string(p)) {
					if utf8.ValidString(text) && !strings.Contains(text, trimPunct(w)) && !strings.Contains(text, w) {
						t.Errorf("fact %q: phrase %q has %q, not in the text", fact.Text, p, w)
					}
				}
			}
		}
	})
}
