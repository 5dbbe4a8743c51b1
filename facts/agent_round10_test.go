package facts

import "testing"

// TestAgentClasses10 reads the agent of amounts in the constructions of
// the tenth round (docs/meaning.md "Tenth round: agent on d11"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses10(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// A numeral glued to the particle before it starts a new word:
		// the topic keeps its particle.
		{"앞서 누리중앙은행은9일 3천억 달러 규모의 채권을 사들였다.", "3천억 달러", "누리중앙은행"},
		{"앞서 누리중앙은행은 9일 3천억 달러 규모의 채권을 사들였다.", "3천억 달러", "누리중앙은행"},
		// X은/는 물론 makes X the first of a list, no topic.
		{"이웃 나라들도 누리국은 물론 주변국들에 5억 달러를 지원하겠다고 약속했다.", "5억 달러", "이웃 나라들"},
		{"누리국은 주변국들에 5억 달러를 지원하겠다고 약속했다.", "5억 달러", "누리국"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Agent) != tt.want {
			t.Errorf("%s\n\t%s: agent %q, want %q", tt.text, tt.amount, f.Agent, tt.want)
		}
	}
}
