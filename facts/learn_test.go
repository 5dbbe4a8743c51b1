package facts

import (
	"reflect"
	"strings"
	"testing"
)

func TestLearnCandidates(t *testing.T) {
	tests := []struct {
		sentence, prev, amount string
		want, wantNot          []string
	}{
		{
			sentence: "삼성전자는 올해 1분기 매출 79조 원, 영업이익 6조 6천억 원을 기록했다고 밝혔다.",
			amount:   "79조 원",
			want:     []string{"", "삼성전자", "매출", "영업이익"},
			wantNot:  []string{"79조", "원", "기록했다고"},
		},
		{
			sentence: "정부 예산 10조 원 가운데 3조 원이 반도체 연구개발에 쓰인다.",
			amount:   "3조 원",
			want:     []string{"정부", "정부 예산", "예산", "반도체 연구개발", "연구개발"},
			wantNot:  []string{"가운데", "10조 원 가운데"},
		},
		{
			sentence: "여기에는 1조 4,600억 원이 쓰입니다.",
			prev:     "과학기술정보통신부는 GPU 확보에 나선다.",
			amount:   "1조 4,600억 원",
			want:     []string{"과학기술정보통신부", "GPU 확보"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.amount, func(t *testing.T) {
			start := strings.Index(tt.sentence, tt.amount)
			cs := learnCandidates(learnInput{sentence: tt.sentence, prev: tt.prev, start: start, end: start + len(tt.amount)})
			got := map[string]bool{}
			for _, c := range cs {
				got[c.text] = true
				if len(c.feats) == 0 {
					t.Errorf("candidate %q has no features", c.text)
				}
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("learnCandidates(%q) lacks %q; has %v", tt.sentence, w, got)
				}
			}
			for _, w := range tt.wantNot {
				if got[w] {
					t.Errorf("learnCandidates(%q) has %q", tt.sentence, w)
				}
			}
		})
	}
}

func TestLearnCandidatesRules(t *testing.T) {
	s := "서울시는 내년도 예산으로 48조 원을 편성했다."
	start := strings.Index(s, "48조 원")
	in := learnInput{sentence: s, start: start, end: start + len("48조 원"), rules: "서울시의 살림"}
	for _, c := range learnCandidates(in) {
		if c.text == in.rules {
			t.Errorf("without useRules, the rules' answer %q is a candidate", in.rules)
		}
	}
	in.useRules = true
	found := false
	for _, c := range learnCandidates(in) {
		if c.text == in.rules {
			found = true
			if !contains(c.feats, "rules") {
				t.Errorf("the rules' answer lacks the feature rules: %v", c.feats)
			}
		}
	}
	if !found {
		t.Errorf("with useRules, the rules' answer %q is no candidate", in.rules)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// toyExamples are examples a linear chooser can tell apart: the gold
// candidate always has feature good, the others bad or nothing.
func toyExamples() []learnExample {
	var exs []learnExample
	for i := range 30 {
		cs := []learnCand{{text: "", feats: []string{"null"}}}
		for k := range 4 {
			f := []string{"bad", "pos"}
			if k == i%4 {
				f = []string{"good", "pos"}
			}
			cs = append(cs, learnCand{text: string(rune('a' + k)), feats: f})
		}
		exs = append(exs, learnExample{cands: cs, gold: 1 + i%4})
	}
	return exs
}

func TestTrainLearn(t *testing.T) {
	for name, train := range map[string]func([]learnExample) learnModel{"perceptron": trainLearn, "softmax": trainSoftmax} {
		t.Run(name, func(t *testing.T) {
			exs := toyExamples()
			m := train(exs)
			for i, ex := range exs {
				if got := m.choose(ex.cands); got != ex.gold {
					t.Errorf("example %d: chose %d, want %d", i, got, ex.gold)
				}
			}
			if again := train(toyExamples()); !reflect.DeepEqual(m, again) {
				t.Errorf("training twice on the same examples gave two models:\n%v\n%v", m, again)
			}
		})
	}
}
