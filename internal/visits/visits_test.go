package visits

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
)

func TestRun(t *testing.T) {
	var r Run
	if _, known := r.Known(1); known {
		t.Fatal("an empty run knows key 1")
	}
	r.Checked([]uint64{1, 2, 3}, []bool{false, true, false})
	if v, known := r.Known(2); !known || !v {
		t.Errorf("Known(2) = %v, %v; want what Take read: true, true", v, known)
	}
	if _, known := r.Known(2); known {
		t.Error("Take's answer for 2 was not used up")
	}
	if err := r.Visited(1); err != nil {
		t.Fatal(err)
	}
	if !r.Claimed(1) {
		t.Error("1 not claimed after Visited")
	}
	if v, known := r.Known(1); !known || !v {
		t.Errorf("Known(1) of a claim in flight = %v, %v; want true, true", v, known)
	}
	// 3 was taken, never claimed; 1's fetch answered for 3 too.
	r.Done([]newsfacts.Outcome{{Item: newsfacts.QueueItem{Key: 1}, AlsoDone: []uint64{3, 9}}})
	if r.Claimed(1) {
		t.Error("1 still claimed after Done")
	}
	if v, known := r.Known(3); !known || !v {
		t.Errorf("Known(3) after another fetch answered for it = %v, %v; want true, true", v, known)
	}
	if _, known := r.Known(9); known {
		t.Error("9 was never taken, yet known")
	}
	r.Checked([]uint64{4}, []bool{false})
	r.Forget([]uint64{4})
	if _, known := r.Known(4); known {
		t.Error("4 known after Forget")
	}
}

func TestRunCookies(t *testing.T) {
	var r Run
	if err := r.Init(); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("http://news.example/a")
	r.SetCookies(u, "sid=1; Path=/\nlang=ko; Path=/")
	got := r.Cookies(u)
	if !strings.Contains(got, "sid=1") || !strings.Contains(got, "lang=ko") {
		t.Errorf("Cookies = %q, want both cookies set", got)
	}
}
