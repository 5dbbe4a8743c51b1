package facts

import "testing"

// TestRolePeriphrastic23 reads an amount before a verb in -게 and the
// auxiliary 되다 or 하다 that closes a condition (docs/meaning.md
// "Twenty-third round: role"): one predicate, so the amount is in the
// condition, a threshold; beside a verb of its own before the condition
// and a verb that only begins with 하.
func TestRolePeriphrastic23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"규정상 임원이 가진 주식 총액이 5000만원을 초과하게 되면 주식을 팔아야 한다.", "5000만원", RoleOther},
		{"회원 한 명의 기부 총액이 300만원을 넘게 되면 신고해야 한다.", "300만원", RoleOther},
		{"회원 한 명의 기부 총액이 300만원을 넘으면 신고해야 한다.", "300만원", RoleOther},
		// A verb of its own between the amount and the condition: the amount is done.
		{"그는 지난해 5000만원을 투자해 올해 손실을 보게 되면 팔겠다고 했다.", "5000만원", RoleLevel},
	})
}

// TestRoleDangWords23 reads amounts after nouns that end in 당 (當) but
// are no unit glued to 당 (per): 수당 (an allowance), 충당, 할당, 저당,
// 배당 are words of their own, as 식당 and 정당 are; beside a unit in 당.
func TestRoleDangWords23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"회사는 퇴직한 팀장에게 지급된 수당 700만원을 돌려받기로 했다.", "700만원", RoleLevel},
		{"공단은 야간 근무 수당 2억원을 체불했다.", "2억원", RoleLevel},
		{"조합은 대손 충당 50억원을 쌓았다.", "50억원", RoleLevel},
		// A unit: per head.
		{"조합은 조합원 1인당 50만원을 돌려준다.", "50만원", RoleRate},
	})
}

// TestRoleCountedBasis23 reads 기준 after a noun a number counts (4인
// 가구 기준: for a household of four), the basis a figure is counted
// on, no threshold (docs/meaning.md "Twenty-third round: role"); beside
// 기준 heading a threshold.
func TestRoleCountedBasis23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"정부는 4인 가구 기준 30만원을 인상했다.", "30만원", RoleChange},
		{"생계급여는 3인 가족 기준 월 150만원이다.", "150만원", RoleLevel},
		// 기준 after a bare noun of a rule: a threshold.
		{"과세 기준 10억원을 넘는 주택이 늘었다.", "10억원", RoleOther},
	})
}

// TestRoleClassCounted23 reads a bound in a relative clause on a noun
// the predicate counts in heads (… 낸 회원은 3만여명이다), and a bound
// before the object of that clause (10만원 이상 회비를 낸): the bound sorts
// a class, other (docs/meaning.md "Twenty-third round: role"); beside
// the doers of one deed, not counted, and an amount done with no bound.
func TestRoleClassCounted23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"지난달 10만원 이상 회비를 낸 정회원은 3만여명이다.", "10만원", RoleOther},
		{"작년에 회비를 5만원 이상 납부한 조합원은 2만명이다.", "5만원", RoleOther},
		{"월 50만원 이하 임대료를 내는 세입자가 1만 가구에 이른다.", "50만원", RoleOther},
		// The doers of one deed, not counted: what they took.
		{"6억 달러 이상을 빼돌린 해커들은 북한 소속으로 드러났다.", "6억 달러", RoleLevel},
		// No bound: the dues paid, a level.
		{"지난달 회비 10만원을 낸 회원은 3만여명이다.", "10만원", RoleLevel},
	})
}

// TestRoleLimitPassed23 reads an amount named a limit by the noun apposed
// before it and passed by a verb of passing, itself or by a share of it
// (docs/meaning.md "Twenty-third round: role", R3's threshold): other;
// beside a limit given, a level (R3), and a limit with no verb of passing.
func TestRoleLimitPassed23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"선관위는 연간 후원 한도액인 500만원을 초과해 후원한 B씨를 고발했다.", "500만원", RoleOther},
		{"그는 월 사용 한도 300만원을 넘겨 카드를 썼다.", "300만원", RoleOther},
		{"B씨는 연간 후원 한도액 500만원의 90%를 넘긴 혐의를 받고 있다.", "500만원", RoleOther},
		// A limit given: the most one may give, given (R3).
		{"그는 법정 상한액인 1000만원을 후원했다.", "1000만원", RoleLevel},
		{"정부는 대출 한도를 5억원으로 늘렸다.", "5억원", RoleLevel},
	})
}

// TestRoleBracketRange23 reads a range a bracket after a noun gives with
// the measure it bounds (docs/meaning.md "Twenty-third round: role"): the
// class of the noun's members in the range, other; beside one member's
// measure in brackets and a range glossing another currency's amount.
func TestRoleBracketRange23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"카드사는 영세 상점(연 매출 3억~10억원)에 대해 수수료를 깎는다.", "3억~10억원", RoleOther},
		{"정부는 중견기업(자산 5000억~1조원)에 세액공제를 넓힌다.", "5000억~1조원", RoleOther},
		// One member's measure: a level.
		{"정부는 A사(연 매출 30억원)에 지원금을 줬다.", "30억원", RoleLevel},
		{"누리전자(매출 5조~6조원)는 신제품을 내놓았다.", "5조~6조원", RoleLevel},
		// A gloss of another currency's range: that amount's level.
		{"사업비는 50억~70억 호주달러(약 4조~6조원)로 줄었다.", "4조~6조원", RoleLevel},
	})
}

// TestRoleMinimumFrom23 reads a minimum with 부터 and no end (docs/
// meaning.md "Twenty-third round: role"): the least a rule lets something
// start from, a threshold; beside one end of a range and a floor per unit.
func TestRoleMinimumFrom23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"이 적금은 최소 5만원부터 들 수 있다.", "5만원", RoleOther},
		{"납입 금액은 최저 1만원부터다.", "1만원", RoleOther},
		{"이 펀드는 최소 투자금액 100만원부터 받는다.", "100만원", RoleOther},
		// One end of a range: not a threshold alone.
		{"이 적금은 최소 5만원부터, 최대 50만원까지 들 수 있다.", "5만원", RoleLevel},
		// A floor per unit stays a rate.
		{"배당은 1주당 최소 500원부터 준다.", "500원", RoleRate},
	})
}

// TestBandNotMost23 reads 대 after an amount only as a band (1조원대, 2조
// 원 대의), not as the first syllable of 대부분 (most): 부 begins no
// particle but 부터, so 대부분 is a word of its own and the amount keeps
// no qualifier and stays a level (docs/meaning.md "Twenty-third round:
// role"); beside a band and a band with 부터.
func TestBandNotMost23(t *testing.T) {
	tests := []struct {
		text, amount string
		quals        []string
		role         Role
	}{
		{"지원금 5조원 대부분은 청년에게 돌아갔다.", "5조원", nil, RoleLevel},
		{"올해 예산 3조원 대부분이 인건비다.", "3조원", nil, RoleLevel},
		{"가격은 1200원대부터 팔린다.", "1200원", []string{"대"}, RoleLevel},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && (len(f.Qualifiers) != len(tt.quals) || len(tt.quals) > 0 && f.Qualifiers[0] != tt.quals[0]) {
			t.Errorf("%s\n\t%s: qualifiers %q, want %q", tt.text, tt.amount, f.Qualifiers, tt.quals)
		}
		if ok && f.Role != tt.role {
			t.Errorf("%s\n\t%s: role %q, want %q", tt.text, tt.amount, f.Role, tt.role)
		}
	}
}

// TestRoleGenericPerson23 reads a bound in a relative clause on a noun of
// a person that refers to no one by itself (사람, 자): whoever meets the
// bound, a class, other (docs/meaning.md "Twenty-third round: role");
// beside the same clause with no bound, an amount given.
func TestRoleGenericPerson23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"한 해 300만원 이상 후원한 사람은 이름이 공개된다.", "300만원", RoleOther},
		{"5000만원 이상을 빌린 자는 신고해야 한다.", "5000만원", RoleOther},
		// No bound: what one person gave.
		{"300만원을 후원한 사람은 김씨로 밝혀졌다.", "300만원", RoleLevel},
	})
}

// TestRoleRangeClass23 reads a range right before a bare noun of a class
// (docs/meaning.md "Twenty-third round: role"): the members whose measure
// falls between the ends, other, as in brackets after the noun; beside a
// range of one thing's size.
func TestRoleRangeClass23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"연 매출 5억~30억원 가맹점은 수수료가 내려간다.", "5억~30억원", RoleOther},
		{"자산 1조~5조원 기업이 대상이다.", "1조~5조원", RoleOther},
		// The size of one project: a level.
		{"정부는 5억~30억원 규모의 사업을 벌인다.", "5억~30억원", RoleLevel},
	})
}
