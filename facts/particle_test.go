package facts

import "testing"

// TestCutParticleStacked cuts a delimiter (만, 도) and the case particle
// under it, so that the rules read the case: 비용으로만 is 비용 with 으로.
func TestCutParticleStacked(t *testing.T) {
	tests := []struct{ word, stem, part string }{
		{"비용으로만", "비용", "으로"},
		{"은행에서만", "은행", "에서"},
		{"연말까지도", "연말", "까지"},
		{"정부에게만", "정부", "에게"},
		{"서울로만", "서울", "로"},
		{"회사로도", "회사", "로도"},
		{"정부만", "정부", "만"},
		{"1천만", "1천만", ""},
		{"도로만", "도로", "만"},
		{"꼼짝없이", "꼼짝없이", ""},
		{"정부없이", "정부없이", ""},
		{"온라인", "온라인", ""},
		{"온라인은", "온라인", "은"},
		{"초고가", "초고가", ""},
		{"절도", "절도", ""},
		{"비트코인", "비트코인", ""},
		{"비트코인을", "비트코인", "을"},
		{"원가가", "원가", "가"},
		{"강씨로부터도", "강씨", "로부터"},
		{"정부에게서도", "정부", "에게서"},
	}
	for _, tt := range tests {
		stem, part := cutParticle(tt.word)
		if stem != tt.stem || part != tt.part {
			t.Errorf("cutParticle(%q) = %q, %q; want %q, %q", tt.word, stem, part, tt.stem, tt.part)
		}
	}
}
