package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		want  string // RFC 3339 with nanoseconds, or "" for no date
		prec  precision
		zoned bool
	}{
		{"2023-04-07T10:10:15.092Z", "2023-04-07T10:10:15.092Z", precSecond, true},
		{"2023-04-20T13:55:00+09:00", "2023-04-20T13:55:00+09:00", precSecond, true},
		{"2023-04-19T15:41:47+0900", "2023-04-19T15:41:47+09:00", precSecond, true},
		{"2023-04-07 19:13:45", "2023-04-07T19:13:45+09:00", precSecond, false},
		{"2023-04-04T19:01", "2023-04-04T19:01:00+09:00", precMinute, false},
		{"입력 2023.04.07 (19:13)", "2023-04-07T19:13:00+09:00", precMinute, false},
		{"등록 2023.04.21 16:27 / 수정 2023.04.21 16:29", "2023-04-21T16:27:00+09:00", precMinute, false},
		{"2023년 04월 07일 18시 36분", "2023-04-07T18:36:00+09:00", precMinute, false},
		{"2022년 07월 03일(일) 01시00분", "2022-07-03T01:00:00+09:00", precMinute, false},
		{"2023. 4. 7. 오후 7:13", "2023-04-07T19:13:00+09:00", precMinute, false},
		{"2024.03.05(화) 14:22", "2024-03-05T14:22:00+09:00", precMinute, false},
		{"2024년 3월 5일 화요일 오후 2시 22분", "2024-03-05T14:22:00+09:00", precMinute, false},
		{"송고시간 2023-04-20 13:24:13", "2023-04-20T13:24:13+09:00", precSecond, false},
		{"2023.04.07.", "2023-04-07T00:00:00+09:00", precDay, false},
		{"Sat, 03 Apr 2010 21:15:06 +0900", "2010-04-03T21:15:06+09:00", precSecond, true},
		{"2023-04-19 15:41 KST", "2023-04-19T15:41:00+09:00", precMinute, true},
		// The month's English name, the clock before or after the date.
		{"15:41 April 19, 2023", "2023-04-19T15:41:00+09:00", precMinute, false},
		{"April 19, 2023 15:41", "2023-04-19T15:41:00+09:00", precMinute, false},
		{"Apr. 19, 2023", "2023-04-19T00:00:00+09:00", precDay, false},
		{"April 19, 2023, 3:41 PM", "2023-04-19T15:41:00+09:00", precMinute, false},
		{"Posted on Sept. 5, 2024 at 9:02 a.m.", "2024-09-05T09:02:00+09:00", precMinute, false},
		{"19 April 2023 15:41:07 KST", "2023-04-19T15:41:07+09:00", precSecond, true},
		{"12:05 am Jan 2, 2024", "2024-01-02T00:05:00+09:00", precMinute, false},
		{"March 2023", "", 0, false},
		{"5 May 19, 2023", "", 0, false},
		{"February 31, 2023", "", 0, false},
		{"Mayor Oh said 19, 2023 plans", "", 0, false},
		{"등록번호: 102-81-32883", "", 0, false},
		{"2023-13-01", "", 0, false},
		{"", "", 0, false},
	}
	for _, tt := range tests {
		st, ok := parseDate(tt.in, kst)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want no date", tt.in, st.t)
			}
			continue
		}
		if !ok {
			t.Errorf("parseDate(%q): no date, want %s", tt.in, tt.want)
			continue
		}
		if got := st.t.Format(time.RFC3339Nano); got != tt.want || st.prec != tt.prec || st.zoned != tt.zoned {
			t.Errorf("parseDate(%q) = %s prec %d zoned %v, want %s prec %d zoned %v", tt.in, got, st.prec, st.zoned, tt.want, tt.prec, tt.zoned)
		}
	}
}

// TestVisibleDates reads the dates pages show in text, as meta.text
// sees a page's text nodes in order.
func TestVisibleDates(t *testing.T) {
	tests := []struct {
		texts        []string
		pub, mod, by string
	}{
		{[]string{"기사입력 2020.05.01. 오전 7:44 최종수정 2020.05.01. 오후 12:10"}, "2020.05.01. 오전 7:44 ", "2020.05.01. 오후 12:10", ""},
		{[]string{"기사입력 ", "2020.05.01. 오전 7:44", " ", "최종수정", "2020.05.01. 오전 9:02"}, "2020.05.01. 오전 7:44", "2020.05.01. 오전 9:02", ""},
		{[]string{"입력 2024-01-29 15:03 수정 2024-01-29 17:20"}, "2024-01-29 15:03 ", "2024-01-29 17:20", ""},
		{[]string{"입력", "2024-01-29 15:03"}, "2024-01-29 15:03", "", ""},
		{[]string{"승인 2023.11.02 18:40"}, "2023.11.02 18:40", "", ""},
		{[]string{"2023년 04월 07일 18시 36분 입력"}, "", "", ""},
		{[]string{"등록 2023년 04월 07일 18시 36분"}, "2023년 04월 07일 18시 36분", "", ""},
		{[]string{"이용민 기자 | 2020-03-04 16:52:59"}, "", "", "2020-03-04 16:52:59"},
		{[]string{"홍길동 기자 2024.01.29 오후 3:03"}, "", "", "2024.01.29 오후 3:03"},
		// The colon on the date's side: "입력 <span>: 2019.03.07 11:25</span>".
		{[]string{"입력 ", ": 2019.03.07 11:25"}, "2019.03.07 11:25", "", ""},
		// A label whose next text is no date is forgotten.
		{[]string{"입력", "공지사항", "2024-01-29 15:03"}, "", "", ""},
		// Labels of generic CMSs: 게재, 발행, 작성, 기사전송, 보도일시, Posted on.
		{[]string{"게재 2024-03-05 14:22"}, "2024-03-05 14:22", "", ""},
		{[]string{"게재일 : 2024.03.05 14:22"}, "2024.03.05 14:22", "", ""},
		{[]string{"발행일자 2024.03.05 14:22"}, "2024.03.05 14:22", "", ""},
		{[]string{"작성일시 2024-03-05 14:22:10"}, "2024-03-05 14:22:10", "", ""},
		{[]string{"기사전송 2024/03/05 14:22"}, "2024/03/05 14:22", "", ""},
		{[]string{"보도일시 2024.03.05 14:22"}, "2024.03.05 14:22", "", ""},
		{[]string{"Posted on 2024-03-05 14:22"}, "2024-03-05 14:22", "", ""},
		// The month's English name after an English label, in the same
		// text or the next.
		{[]string{"Published : April 19, 2023 15:41"}, "April 19, 2023 15:41", "", ""},
		{[]string{"Updated ", "15:41 April 19, 2023"}, "", "15:41 April 19, 2023", ""},
		{[]string{"Posted on May 2, 2024"}, "May 2, 2024", "", ""},
		{[]string{"최종수정 2024.03.06 09:00 | 게재 2024.03.05 14:22"}, "2024.03.05 14:22", "2024.03.06 09:00 ", ""},
		{[]string{"발행", "2024.03.05"}, "2024.03.05", "", ""},
		// Those that are also words of prose need a clock in running text.
		{[]string{"회사채 발행 2024년 3월 5일 예정"}, "", "", ""},
		{[]string{"논문 작성 2024.03.05"}, "", "", ""},
		// A label between the reporter and the date.
		{[]string{"홍길동 기자 | 승인 2024.03.05 14:22"}, "2024.03.05 14:22", "", "2024.03.05 14:22"},
		{[]string{"홍길동 기자 · 게재 2024-03-05 14:22"}, "2024-03-05 14:22", "", "2024-03-05 14:22"},
		// A label alone waits for its date; digits that are no date do not.
		{[]string{"게재", "2024.03.05 14:22"}, "2024.03.05 14:22", "", ""},
		{[]string{"입력 5일 오후"}, "", "", ""},
		// The clock in the text after a labelled day.
		{[]string{"입력", "2024.03.05", " ", "14:22", "수정", "2024.03.06", "오전 9:00"}, "2024.03.05 14:22", "2024.03.06 오전 9:00", ""},
		{[]string{"입력 2024.03.05", "3"}, "2024.03.05", "", ""},
		// A bar between the label and its date's element; a date before
		// its label, as wire services close their date lines.
		{[]string{"송고시간 | ", "2019-06-02 14:43"}, "2019-06-02 14:43", "", ""},
		{[]string{"2019/06/02 14:43 송고"}, "2019/06/02 14:43", "", ""},
		{[]string{"2019-06-02 10:23 송고\u00a0", "|", "\u00a02019-06-02 11:05 최종수정"}, "2019-06-02 10:23", "2019-06-02 11:05", ""},
		{[]string{"(서울=뉴스1) 홍길동 기자 | 2019-06-02 10:23 송고 | 2019-06-02 11:05 최종수정"}, "2019-06-02 10:23", "2019-06-02 11:05", "2019-06-02 10:23"},
		{[]string{"2019-06-02 10:23 송고된 기사는 지웠다"}, "", "", ""},
		// A weekday inside the date.
		{[]string{"등록 2024.03.05(화) 14:22"}, "2024.03.05(화) 14:22", "", ""},
		{[]string{"입력 2024년 3월 5일 화요일 오후 2시 22분"}, "2024년 3월 5일 화요일 오후 2시 22분", "", ""},
	}
	for _, tt := range tests {
		m := &meta{}
		for _, s := range tt.texts {
			m.text(s)
		}
		if m.visPub != tt.pub || m.visMod != tt.mod || m.visByline != tt.by {
			t.Errorf("texts %q: published %q modified %q byline %q, want %q %q %q", tt.texts, m.visPub, m.visMod, m.visByline, tt.pub, tt.mod, tt.by)
		}
	}
}

// FuzzVisibleDates feeds text to the visible-date reader: it must not
// panic, and whatever it keeps must parse as a date.
func FuzzVisibleDates(f *testing.F) {
	for _, s := range []string{"기사입력 2020.05.01. 오전 7:44", "입력", "이용민 기자 | 2020-03-04 16:52:59", "수정 2024-01-29 25:99", "승인 9999.99.99", "Published : April 19, 2023 15:41", "15:41 April 19, 2023"} {
		f.Add(s, "2024-01-29 15:03")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		m := &meta{}
		m.text(a)
		m.text(b)
		for _, s := range []string{m.visPub, m.visMod, m.visByline} {
			if s == "" {
				continue
			}
			if _, ok := parseDate(s, kst); !ok && len(s) < 200 {
				// reDateLabel keeps digits a clock may not accept
				// ("2024-01-29 25:99"): the date part still parses.
				if reDate.FindString(s) == "" {
					t.Fatalf("kept %q, which holds no date", s)
				}
			}
		}
	})
}

// FuzzParseEnglishDate checks the English date reader against its own
// output: a date it reads, written again as "January 2, 2006 15:04:05",
// reads back as the same time.
func FuzzParseEnglishDate(f *testing.F) {
	for _, s := range []string{"15:41 April 19, 2023", "Apr. 19, 2023", "19 April 2023 at 15:41 KST", "12:05 am Jan 2, 2024", "February 31, 2023", "5 May 19, 2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, ok := parseEnglishDate(s, kst)
		if !ok {
			return
		}
		again := st.t.In(kst).Format("January 2, 2006 15:04:05") + " KST"
		back, ok := parseEnglishDate(again, kst)
		if !ok || !back.t.Equal(st.t) {
			t.Errorf("parseEnglishDate(%q) = %v; %q reads back as %v, %v", s, st.t, again, back.t, ok)
		}
	})
}
