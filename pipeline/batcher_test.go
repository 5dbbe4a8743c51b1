package pipeline

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
)

// TestBatcherEnd: once few pages are left (end), the pages that come in
// order while a save runs are saved together right after it, without
// waiting for a batch to fill or for saveDelay.
func TestBatcherEnd(t *testing.T) {
	page := func(seq int) extracted { return extracted{seq: seq, page: &newsfacts.Page{ID: int64(seq)}} }
	for _, tc := range []struct {
		name string
		end  bool
		want [][]int
	}{
		{"ending", true, [][]int{{0}, {1, 2}}},
		{"filling", false, nil}, // the first page waits for its batch to fill
	} {
		t.Run(tc.name, func(t *testing.T) {
			var saved [][]int
			started, release := make(chan struct{}), make(chan struct{})
			b := newBatcher(2, func(tk taken) {
				var seqs []int
				for _, x := range tk.pages {
					seqs = append(seqs, x.seq)
				}
				saved = append(saved, seqs)
				if len(saved) == 1 {
					close(started)
					<-release
				}
			})
			defer b.stop()
			if tc.end {
				b.end()
			}
			b.add(page(0))
			done := make(chan struct{})
			go func() {
				b.drain()
				close(done)
			}()
			if tc.end {
				<-started // saving page 0
			}
			b.add(page(1))
			b.add(page(2))
			if tc.end {
				close(release)
			}
			<-done
			if !slices.EqualFunc(saved, tc.want, slices.Equal[[]int]) {
				t.Errorf("saved batches %v, want %v", saved, tc.want)
			}
		})
	}
}
