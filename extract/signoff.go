package extract

// Bounds of the tail dropAfterSignOff drops: at most maxAfterSignOff
// paragraphs, weighing at most a fifth of the story before the sign-off,
// which must follow at least minBeforeSignOff paragraphs.
const (
	maxAfterSignOff  = 4
	minBeforeSignOff = 3
)

// dropAfterSignOff marks as furniture the few lines that follow the
// reporter's sign-off with an e-mail address at the end of the story
// ("박종오 기자 pjo2@hani.co.kr"): the story ends there, and what a page
// sets after it, in the body's element or beside it, is a promotion, a
// subscription box or a donation appeal ("진실을 후원해주세요"), whatever
// its class. Photo captions among them stay captions. A sign-off near
// the top (a byline over the story) or followed by a long text (one of
// several signed items) cuts nothing.
func dropAfterSignOff(paras []string, kinds []lineKind) {
	last := -1
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-1-maxAfterSignOff; i-- {
		if kinds[i] == lineByline && reEmail.MatchString(paras[i]) {
			last = i
			break
		}
	}
	if last < minBeforeSignOff || last == len(paras)-1 {
		return
	}
	before, after := 0, 0
	for i, p := range paras {
		switch {
		case i < last && kinds[i] == 0:
			before += len(p)
		case i > last:
			after += len(p)
		}
	}
	if after*5 > before {
		return
	}
	for i := last + 1; i < len(paras); i++ {
		if kinds[i] != lineCaption && kinds[i] != lineMarked {
			kinds[i] = lineDrop
		}
	}
}
