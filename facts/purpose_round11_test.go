package facts

import "testing"

// TestPurposeDecisions11 reads the purpose of amounts by the eleventh
// round's decisions (docs/meaning.md "Decisions, eleventh round (open
// questions)", E2 and E3), in sentences of our own, each beside a near
// case the rule must leave alone.
func TestPurposeDecisions11(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// E2: a deed done to what the amount sizes is dropped; a deed the
		// amount sizes stays.
		{"여야는 500조원 규모의 2026년 예산안 통과에 합의했다.", "500조원", "2026년 예산안"},
		{"각국은 2천억 달러의 기후 기금 약속 이행을 다짐했다.", "2천억 달러", "기후 기금 약속"},
		{"정부가 추진하는 3조 원 규모의 청년 펀드 출범은 내년으로 미뤄졌다.", "3조 원", "청년 펀드"},
		{"그는 시가 3억원 상당 장물의 처분에 관여했다.", "3억원", "장물"},
		{"미국은 5억 달러 규모의 무기 판매를 승인했다.", "5억 달러", "무기 판매"},
		{"정부는 3조 원 규모의 청년 지원을 약속했다.", "3조 원", "청년 지원"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Purpose) != tt.want {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.want)
		}
	}
}
