package extract

import (
	"slices"
	"testing"
)

func TestDropAfterSignOff(t *testing.T) {
	const sign = "한가람 기자 garam@example.co.kr"
	story := concat(bodyLines, bodyLines) // a story of some length
	appeal := []string{"진실을 후원해주세요", "용기를 가지고 끈질기게 기사를 쓰겠습니다.", "여러분의 후원이 어둠을 거둡니다."}
	tests := []struct {
		name  string
		paras []string
		want  []string // the paragraphs not marked as furniture
	}{
		{"an appeal after the sign-off", concat(story, []string{sign}, appeal), story},
		{"a caption after the sign-off stays a caption", concat(story, []string{sign, "▲ 저장장치 (사진=가상뉴스)"}, appeal[:1]), concat(story, []string{"▲ 저장장치 (사진=가상뉴스)"})},
		{"nothing after the sign-off", concat(story, []string{sign}), story},
		{"a byline over the story cuts nothing", concat([]string{story[0], sign}, story[1:]), story},
		{"a long text after the sign-off is another signed item", concat(story[:3], []string{sign}, story), concat(story[:3], story)},
		{"a sign-off without an address cuts nothing", concat(story, []string{"한가람 기자"}, appeal), concat(story, appeal)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds := make([]lineKind, len(tt.paras))
			for i, p := range tt.paras {
				kinds[i] = classifyLine(p)
			}
			dropAfterSignOff(tt.paras, kinds)
			var got []string
			for i, p := range tt.paras {
				if kinds[i] == 0 || kinds[i] == lineMarked || kinds[i] == lineCaption {
					got = append(got, p)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %q\nwant %q", got, tt.want)
			}
		})
	}
}
