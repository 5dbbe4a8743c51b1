package extract

import (
	"strings"
	"testing"
)

func TestZZMini(t *testing.T) {
	page := `<html><head><title>권경애 "어떤 변명도 안 통할 것 알아" | YTN</title></head><body><h2>권경애 "어떤 변명도 안 통할 것 알아"</h2><div>나혜인 기자</div>
<div><div><div><div><span style="display:block">권경애, 논란 이후 YTN 통해 첫 입장 표명<br>
"잠적했다는 건 사실 아냐…유족 측과 계속 연락"<br>
"기자 전화만 안 받아…언론 취재에 할 말 없어"</span></div>
<div style="text-align:center"><img src="a.jpg"></div>
<span>[앵커]<br>학교폭력 피해자 유족의 손해배상 소송을 맡고도 재판에 안 나가 패소한 권경애 변호사가 논란이 불거진 뒤 처음으로 YTN 취재진에게 입장을 밝혔습니다.<br><br>지금은 어떤 변명도 통하지 않을 것을 잘 알고 있다면서도, 피해자 유족과 소통하고 있다며 잠적한 건 아니라고 말했습니다.<br><br>또 대한변호사협회의 징계 절차에도 성실히 임하겠다고 했습니다.<br><br>네, 재판에 나가지 않아 8년 동안 이어진 학교폭력 피해자 유족의 손해배상 소송을 패소하게 한 권 변호사가 YTN 취재진에 처음으로 입장을 밝혔습니다.</span></div></div></div></body></html>`
	a, err := FromHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%q\n%s", a.Title, strings.ReplaceAll(a.Text, "\n", "¶\n"))
}
