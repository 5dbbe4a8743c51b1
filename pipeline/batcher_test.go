package pipeline

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
)

// TestBatcherEnd: once few pages are left (end), the batches are cut at
// endBatch pages, a batch filled past it before is cut at once, and the
// pages after the last cut wait for flush; before, a batch waits to
// hold saveBatch pages.
func TestBatcherEnd(t *testing.T) {
	page := func(seq int) extracted { return extracted{seq: seq, page: &newsfacts.Page{ID: int64(seq)}} }
	seqs := func(from, to int) []int {
		var s []int
		for i := from; i < to; i++ {
			s = append(s, i)
		}
		return s
	}
	for _, tc := range []struct {
		name      string
		before    int // pages added before end, if end is called
		end       bool
		after     int // pages added after
		wantDrain [][]int
		wantFlush [][]int // saved by flush after drain
	}{
		{"ending", 0, true, endBatch + 2, [][]int{seqs(0, endBatch)}, [][]int{seqs(endBatch, endBatch+2)}},
		{"ending two batches", 0, true, 2 * endBatch, [][]int{seqs(0, endBatch), seqs(endBatch, 2*endBatch)}, nil},
		{"filled past endBatch before the end", endBatch + 3, true, 0, [][]int{seqs(0, endBatch+3)}, nil},
		{"filling", 0, false, endBatch + 2, nil, [][]int{seqs(0, endBatch+2)}},
		{"filled", 0, false, saveBatch + 1, [][]int{seqs(0, saveBatch)}, [][]int{{saveBatch}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var saved [][]int
			b := newBatcher(2, func(tk taken) {
				var s []int
				for _, x := range tk.pages {
					s = append(s, x.seq)
				}
				saved = append(saved, s)
			})
			defer b.stop()
			n := 0
			for range tc.before {
				b.add(page(n))
				n++
			}
			if tc.end {
				b.end()
			}
			for range tc.after {
				b.add(page(n))
				n++
			}
			b.drain()
			if !slices.EqualFunc(saved, tc.wantDrain, slices.Equal[[]int]) {
				t.Errorf("drain saved batches %v, want %v", saved, tc.wantDrain)
			}
			saved = nil
			b.flush()
			if !slices.EqualFunc(saved, tc.wantFlush, slices.Equal[[]int]) {
				t.Errorf("flush saved batches %v, want %v", saved, tc.wantFlush)
			}
		})
	}
}

// TestBatcherLast: once a worker has flushed (no page is left to hand
// out), the pages that come in order are saved at once, those that came
// while a save ran together after it.
func TestBatcherLast(t *testing.T) {
	page := func(seq int) extracted { return extracted{seq: seq, page: &newsfacts.Page{ID: int64(seq)}} }
	var saved [][]int
	started, release := make(chan struct{}), make(chan struct{})
	b := newBatcher(2, func(tk taken) {
		var s []int
		for _, x := range tk.pages {
			s = append(s, x.seq)
		}
		saved = append(saved, s)
		if len(saved) == 2 {
			close(started)
			<-release
		}
	})
	defer b.stop()
	b.end()
	b.add(page(0))
	b.add(page(1))
	b.flush() // saves [0 1]
	b.add(page(2))
	done := make(chan struct{})
	go func() {
		b.drain() // saves [2], then what came meanwhile
		close(done)
	}()
	<-started
	b.add(page(3))
	b.add(page(4))
	close(release)
	<-done
	want := [][]int{{0, 1}, {2}, {3, 4}}
	if !slices.EqualFunc(saved, want, slices.Equal[[]int]) {
		t.Errorf("saved batches %v, want %v", saved, want)
	}
}
