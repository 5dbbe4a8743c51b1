package facts

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"one", "정부가 발표했습니다.", []string{"정부가 발표했습니다."}},
		{"two", "첫 문장입니다. 둘째 문장입니다.", []string{"첫 문장입니다.", "둘째 문장입니다."}},
		{"lines", "첫 줄\n둘째 줄\r\n셋째 줄", []string{"첫 줄", "둘째 줄", "셋째 줄"}},
		{"blank lines", "\n\n  가  \n\n", []string{"가"}},
		{"decimal", "추경안의 81.1%인 1조 4,600억 원이 쓰입니다. 다음.", []string{"추경안의 81.1%인 1조 4,600억 원이 쓰입니다.", "다음."}},
		{"decimal amount", "1.8조 원이다. 끝.", []string{"1.8조 원이다.", "끝."}},
		{"date", "2023. 4. 18. 발표했다. 끝.", []string{"2023. 4. 18. 발표했다.", "끝."}},
		{"ellipsis", "글쎄요... 모르겠습니다. 끝.", []string{"글쎄요... 모르겠습니다.", "끝."}},
		{"ellipsis char", "GPU 구입에…연내 확보. 끝.", []string{"GPU 구입에…연내 확보.", "끝."}},
		{"question", "그렇습니까? 네! 맞습니다.", []string{"그렇습니까?", "네!", "맞습니다."}},
		{"stops", "정말?! 네.", []string{"정말?!", "네."}},
		{"abbrev", "Mr. Kim met Dr. Lee in the U.S. on Monday. Then left.", []string{"Mr. Kim met Dr. Lee in the U.S. on Monday.", "Then left."}},
		{"initial", "J. Kim said so. Fine.", []string{"J. Kim said so.", "Fine."}},
		{"quote continues", "그는 “준비하겠다.”며 “끝.”이라고 말했다. 다음.", []string{"그는 “준비하겠다.”며 “끝.”이라고 말했다.", "다음."}},
		{"straight quote continues", `그는 "준비하겠다."고 말했다. 다음.`, []string{`그는 "준비하겠다."고 말했다.`, "다음."}},
		{"quote ends", "“준비하겠다.” 그가 말했다.", []string{"“준비하겠다.”", "그가 말했다."}},
		{"glued paragraphs", "발견됐습니다.‘몸값 요구’ 신고입니다.현지시각 6일", []string{"발견됐습니다.", "‘몸값 요구’ 신고입니다.", "현지시각 6일"}},
		{"glued bracket", "밝혔습니다.[리포트]남과 북", []string{"밝혔습니다.", "[리포트]남과 북"}},
		{"glued digit", "밝혔습니다.2023년 4월", []string{"밝혔습니다.", "2023년 4월"}},
		{"url", "kbs.co.kr 에서 봅니다.", []string{"kbs.co.kr 에서 봅니다."}},
		{"full width", "그렇다。 그렇다！ 끝", []string{"그렇다。", "그렇다！", "끝"}},
		{"no stop", "제목만 있는 줄", []string{"제목만 있는 줄"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
