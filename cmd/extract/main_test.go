package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/cli"
)

// TestSourcesRules extracts a page with an operator's rules from a sources
// file, and refuses a file whose rule does not compile, naming the file,
// the outlet and the key.
func TestSourcesRules(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := write("page.html", `<html lang="ko"><body><div class="hd"><span class="when">2024/03/05 08h41</span></div>
<div class="cnt"><div class="notice_in">구독자 여러분께 알립니다. 다음 주부터 종이 신문 배달 시간이 바뀝니다. 고객센터로 문의해 주십시오.</div>
<p>시의회는 5일 하천 정비 사업 예산 120억 원을 확정했다고 밝혔다.</p>
<p>사업은 올해 하반기에 시작해 2026년까지 이어진다. 시는 주민 설명회를 세 차례 열 계획이다.</p></div></body></html>`)
	const src = `[[source]]
name = "mulbit"
start = ["https://www.mulbit.example.kr/"]
body = "div.cnt"
drop = ".notice_in"
date = ".hd .when"
date_layout = "2006/01/02 15h04"
`
	good := write("good.toml", src)
	var out, errb bytes.Buffer
	err := run(t.Context(), []string{"-html", "-sources", good, "-url", "https://www.mulbit.example.kr/news/1", page}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("run: %v (%s)", err, errb.String())
	}
	if s := out.String(); strings.Contains(s, "구독자") || !strings.Contains(s, `"published":"2024-03-05T08:41:00+09:00"`) {
		t.Errorf("output ignores the rules: %s", s)
	}
	bad := write("bad.toml", strings.Replace(src, `drop = ".notice_in"`, `drop = ".notice_in["`, 1))
	err = run(t.Context(), []string{"-html", "-sources", bad, page}, nil, &out, &errb)
	if err == nil || cli.Code(err) != cli.ExitFatal {
		t.Fatalf("bad rule: error %v, want a fatal error", err)
	}
	for _, want := range []string{"bad.toml", `"mulbit"`, "drop"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestHelpExitCodes(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(t.Context(), []string{"-help"}, nil, &out, &errb); cli.Code(err) != cli.ExitOK {
		t.Fatalf("-help: %v", err)
	}
	for _, want := range []string{"-sources", "6 finished, but an outlet's extraction looks broken", "date_layout"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("-help lacks %q", want)
		}
	}
}
