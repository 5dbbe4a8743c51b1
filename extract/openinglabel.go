package extract

import (
	"regexp"
	"strings"
)

// reOpeningLabel matches a paragraph that is only a short label in
// brackets: a magazine's, series' or section's name set over the story
// ("[이코노미조선]", "[단독]", "【주간 경제】"). Inside the brackets only
// words, spaces and middle dots: no "=" or "@" of a credit, no "/" or ":"
// of a speaker's cue with a name.
var reOpeningLabel = regexp.MustCompile(`^[\[【]\s*[\p{L}\p{N}][\p{L}\p{N} ·ㆍ]{0,18}\s*[\]】]$`)

// reScriptCue matches what a broadcast script's cue in brackets holds:
// who speaks or what part of the report follows ("[앵커]", "[기자]",
// "[리포트]", "[앵커멘트]", "[인터뷰]", "[현장음]"). A script opens with
// one, and it reads with the next ones, so it stays in the body.
var reScriptCue = regexp.MustCompile(`앵커|기자|리포트|리포터|멘트|인터뷰|녹취|현장|싱크|스탠드업|스탠딩|브리지|브릿지|내레이션|나레이션|자막|화면|영상|음성|오디오|질문|답변|진행|사회자|대담|특파원|캐스터|아나운서|^\s*[\[【]\s*(?i:Q|A|MC|PD|VCR|CG|NA|SOT)\s*[\]】]$`)

// isOpeningLabel reports a paragraph that is a label over the story, not
// part of it: a short name alone in brackets (reOpeningLabel) that no
// broadcast cue is (reScriptCue). It is read only as the body's first
// paragraph, with more after it; a label inside a story may be a
// subhead.
func isOpeningLabel(p string) bool {
	p = strings.TrimSpace(p)
	return reOpeningLabel.MatchString(p) && !reScriptCue.MatchString(p)
}
