package facts

import "testing"

// TestAgentMisreadName reads the agent of amounts whose payer is a person
// named before a title, the name's words read as verbs or as nouns with
// a particle (transliterated names: 케이트 고, 빈 살만, 브라운), beside near
// cases where the word before the name is a verb, an adverb or a
// connective, no part of it.
func TestAgentMisreadName(t *testing.T) {
	checkAgents(t, []agentCase{
		{"재판에서 케이트 고 판사는 3억 달러만 인정했다.", "3억 달러", "케이트 고 판사"},
		{"아흐메드 빈 살만 왕세자가 5억 달러를 내놓았다.", "5억 달러", "아흐메드 빈 살만 왕세자"},
		{"그린 교수는 200달러를 기부했다.", "200달러", "그린 교수"},
		{"이해인 씨가 3천만 원을 받았다.", "3천만 원", "이해인 씨"},
		{"3천만 원을 받은 김 씨가 돌려줬다.", "3천만 원", "김 씨"},
		{"예산에 관해 바이든 대통령은 10억 달러를 요청했다.", "10억 달러", "바이든 대통령"},
		{"그리고 또 김 씨가 5만 원을 냈다.", "5만 원", "김 씨"},
	})
}
