package facts

import "testing"

// TestMeaningRound14 reads the purpose and role of amounts in the
// constructions of the fourteenth round (docs/meaning.md "Fourteenth
// round: b5"), in sentences of our own, each beside a near case.
func TestMeaningRound14(t *testing.T) {
	tests := []struct {
		text, amount, purpose string
		role                  Role
	}{
		// A unit written apart from its 당 (배럴 당, 갤런 당, 건 당) is the
		// unit of a rate, as 배럴당 is, never what the amount measures:
		// the price is the noun before it, and a later level of the same
		// quantity is a rate too.
		{"누리유 선물 가격이 배럴 당 30달러로 최고치를 기록한 뒤 29달러로 마감했다.", "30달러", "누리유 선물 가격", RoleRate},
		{"누리유 선물 가격이 배럴 당 30달러로 최고치를 기록한 뒤 29달러로 마감했다.", "29달러", "누리유 선물 가격", RoleRate},
		{"누리유 선물 가격이 배럴당 30달러로 최고치를 기록한 뒤 29달러로 마감했다.", "30달러", "누리유 선물 가격", RoleRate},
		{"다온 원유는 3달러 오른 배럴 당 84달러에 장을 마쳤다.", "84달러", "다온 원유", RoleRate},
		{"다온 원유는 3달러 오른 배럴 당 84달러에 장을 마쳤다.", "3달러", "다온 원유", RoleChange},
		{"누리사는 어기면 한 건 당 700만원씩 지급하라고 요구했다.", "700만원", "", RoleRate},
		// The month of a futures contract is part of its name, and of
		// the purpose (9월 인도분 누리유), as a fiscal year names a bill.
		{"이날 거래된 9월 인도분 누리유는 1.5달러 오른 120달러에 거래를 마감했다.", "120달러", "9월 인도분 누리유", RoleLevel},
		{"이날 거래된 9월 인도분 누리유는 1.5달러 오른 120달러에 거래를 마감했다.", "1.5달러", "9월 인도분 누리유", RoleChange},
		{"9월 누리유 수입액은 120억달러였다.", "120억달러", "누리유 수입액", RoleLevel},
		// A spaced 당 after a word that makes it a party (그 당, 우리 당) is
		// no unit.
		{"그 당 후원회는 올해 5억원의 후원금을 모았다.", "5억원", "후원금", RoleLevel},
		// 혹은 (or) is a conjunction as 또는 is, no noun with 은 that an
		// amount measures.
		{"기존에는 최대 30만 달러 혹은 거래액의 두 배 가운데 더 많은 금액을 벌금으로 내야했다.", "30만 달러", "", RoleLevel},
		{"기존에는 최대 30만 달러 또는 거래액의 두 배 가운데 더 많은 금액을 벌금으로 내야했다.", "30만 달러", "", RoleLevel},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if !ok {
			continue
		}
		if string(f.Purpose) != tt.purpose {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.purpose)
		}
		if f.Role != tt.role {
			t.Errorf("%s\n\t%s: role %q, want %q", tt.text, tt.amount, f.Role, tt.role)
		}
	}
}
