package facts

import "testing"

// TestPurposeRound19Fiscal reads a fiscal year told from the present
// (새 회계연도, 다음 회계연도) that opens the noun an amount sizes: 새 is the
// year's, not an adjective of the noun (docs/meaning.md "Nineteenth
// round: purpose (purpose19)", rule 1). Near case: 새로운 before a noun
// is still an adjective of it.
func TestPurposeRound19Fiscal(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 300억 원 규모의 새 회계연도 예산안을 공개했다.", "300억 원", "새 회계연도 예산안"},
		{"위원회는 80억 달러 규모의 새 회계연도 교육 예산안을 내놨다.", "80억 달러", "새 회계연도 교육 예산안"},
		{"의회는 20억 달러 규모의 다음 회계연도 예산안을 통과시켰다.", "20억 달러", "다음 회계연도 예산안"},
		// Near case.
		{"회사는 500억 원 규모의 새로운 공장 투자를 발표했다.", "500억 원", "새로운 공장 투자"},
	})
}

// TestPurposeRound19SpacedMarks reads a sentence whose commas and full
// stop are written apart from their words (400 조 원 , 주택 부문에) as the
// same sentence written with them glued (docs/meaning.md "Nineteenth
// round: purpose (purpose19)", rule 3), and a bound noun of time with a
// comma (했을 때,) as the end of a clause, not an item of a list of
// agents.
func TestPurposeRound19SpacedMarks(t *testing.T) {
	for _, tt := range []struct{ spaced, glued string }{
		{"정부는 도로 부문에 400 조 원 , 주택 부문에 500 조 원을 투자한다 .", "정부는 도로 부문에 400 조 원, 주택 부문에 500 조 원을 투자한다."},
		{"그는 그림 구입에 3천만 달러 , 도자기 구입에 8백만 달러를 썼다 .", "그는 그림 구입에 3천만 달러, 도자기 구입에 8백만 달러를 썼다."},
	} {
		s, g := Extract(tt.spaced, Options{}), Extract(tt.glued, Options{})
		if len(s) != len(g) {
			t.Fatalf("Extract(%q): %d facts, want %d as glued", tt.spaced, len(s), len(g))
		}
		for i := range s {
			if s[i].Purpose != g[i].Purpose || s[i].Agent != g[i].Agent || s[i].Purpose == "" {
				t.Errorf("%s\n\t%s: purpose %q agent %q, want %q %q as glued", tt.spaced, s[i].Text, s[i].Purpose, s[i].Agent, g[i].Purpose, g[i].Agent)
			}
		}
	}
	checkPurposes(t, []purposeCase{
		{"정부는 도로 부문에 400 조 원 , 주택 부문에 500 조 원을 투자한다 .", "500 조 원", "주택 부문"},
	})
	checkAgents(t, []agentCase{
		{"구단이 중계권료로 3억 달러를 제시했을 때, ABS는 500만달러를 더 제안하였다.", "500만달러", "ABS"},
	})
}

// TestPurposeRound19Main reads 주요 (main) as the noun's, whatever the
// case of the head: unlike 최대 or 최고 it never qualifies an amount, so
// the owner before it owns the whole phrase (docs/meaning.md "Nineteenth
// round: purpose (purpose19)", rule 4). Near case: 최고 before a head
// glued to its amount still qualifies the amount.
func TestPurposeRound19Main(t *testing.T) {
	checkAgents(t, []agentCase{
		{"지난해 일본의 주요 대중 수출품은 반도체(3억 달러), 자동차 부품(2억 달러) 등이었다.", "3억 달러", "일본"},
	})
	checkPurposes(t, []purposeCase{
		{"시는 주요 도로 정비 사업에 50억 원을 투입한다.", "50억 원", "주요 도로 정비 사업"},
		{"이 카드는 최고 연회비 200만원인 상품이다.", "200만원", "연회비"},
	})
}

// TestPurposeRound19ListEtc reads an item of a list of amounts whose
// noun with 에 is closed by 등 (교량과 터널 보수 등에 3억 달러,): the nouns
// before 등, as target:spend reads X 등에 (docs/meaning.md "Nineteenth
// round: purpose (purpose19)", rule 5), first or last in the list.
func TestPurposeRound19ListEtc(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 교량과 터널 보수 등에 3억 달러, 학교 신축에 2억 달러를 배정했다.", "3억 달러", "교량과 터널 보수"},
		{"정부는 학교 신축에 2억 달러, 교량과 터널 보수 등에 3억 달러를 배정했다.", "3억 달러", "교량과 터널 보수"},
		{"정부는 학교 신축에 2억 달러, 교량과 터널 보수 등에 3억 달러를 배정했다.", "2억 달러", "학교 신축"},
	})
}

// TestPurposeRound19Persons reads a pronoun of a person (귀하, 당신, 자신)
// as who, never as the thing an amount measures (docs/meaning.md
// "Nineteenth round: purpose (purpose19)", rule 6). Near case: a noun
// measured after it is still read.
func TestPurposeRound19Persons(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"당신이 3만 원에 공매한 뒤 값은 더 올랐다.", "3만 원", ""},
		{"자신은 5억 원을 벌었다고 그는 말했다.", "5억 원", ""},
		// Near case.
		{"당신이 받을 연봉은 3천만 원이다.", "3천만 원", "연봉"},
	})
}
