package extract

import "testing"

func TestDraftedEarly(t *testing.T) {
	for _, tc := range []struct {
		story, meta, want string
	}{
		{"2021-12-09T18:00:00Z", "", "2021-12-09T18:00:00Z"},                          // no meta time
		{"2021-12-09T18:00:00Z", "2021-12-09T05:59:00Z", "2021-12-09T18:00:00Z"},      // drafted the afternoon before
		{"2023-04-07T10:20:47Z", "2023-04-07T10:11:02.613Z", ""},                      // minutes apart: the meta tag
		{"2023-04-07T10:09:00Z", "2023-04-07T10:10:15.092Z", ""},                      // meta after the story
		{"", "2023-04-07T10:10:15.092Z", ""},                                          // no story date
		{"2023-04-07T12:00:00Z", "2023-04-07T19:30:00+09:00", "2023-04-07T12:00:00Z"}, // zones: 10:30Z, 90 minutes before
	} {
		if got := draftedEarly(kst, tc.story, tc.meta); got != tc.want {
			t.Errorf("draftedEarly(%q, %q) = %q, want %q", tc.story, tc.meta, got, tc.want)
		}
	}
}
