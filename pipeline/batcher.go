package pipeline

import (
	"context"
	"sync"
	"time"
)

// The pages are saved in batches, one transaction each: a commit costs
// SQLite the pages of its indexes written again to the WAL, and
// PostgreSQL a round trip and a WAL flush, whatever it holds. A batch is
// saved once it holds saveBatch pages or saveBytes of article text, or
// its first page has waited saveDelay: a slow page does not hold the
// others' saving back.
const (
	saveBatch = 32
	saveBytes = 4 << 20
	saveDelay = 500 * time.Millisecond
)

// ahead bounds, per worker, the pages extracted and not yet in a batch
// because a page before them is still being extracted: memory stays
// bounded however slow one page is.
const ahead = 2 * saveBatch

// batcher puts the extracted pages back in the order they were claimed
// and cuts them into batches. The worker whose page fills a batch saves
// it, once the batch before it is saved, so the saves stay in order; the
// others go on extracting.
type batcher struct {
	mu      sync.Mutex
	room    *sync.Cond // signalled when pages leave waiting
	waiting map[int]extracted
	next    int // the sequence number the batch needs next
	batch   []extracted
	size    int            // the article text in batch, in bytes
	gen     int            // counts the batches taken
	timer   *time.Timer    // saves a batch whose first page has waited saveDelay
	limit   int            // how many pages may wait
	stopped bool           // no batch is taken any more
	last    chan struct{}  // closed when the last batch taken is saved
	saves   sync.WaitGroup // the batches taken and not saved yet
	stale   func(b taken)  // saves a batch that waited too long
}

// taken is a batch to save, in its turn: after the one before it.
type taken struct {
	pages []extracted
	prev  <-chan struct{} // closed when the batch before it is saved
	done  chan struct{}   // to close when this one is
}

func newBatcher(workers int, stale func(taken)) *batcher {
	b := &batcher{waiting: make(map[int]extracted), limit: ahead * workers, stale: stale, last: make(chan struct{})}
	close(b.last)
	b.room = sync.NewCond(&b.mu)
	return b
}

// wait blocks while too many pages wait for one before them, or until
// ctx ends.
func (b *batcher) wait(ctx context.Context) {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.room.Broadcast()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.waiting) >= b.limit && ctx.Err() == nil {
		b.room.Wait()
	}
}

// add puts r in its place and returns the batches it fills, if any, to
// save in order.
func (b *batcher) add(r extracted) []taken {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.waiting[r.seq] = r
	var full []taken
	for {
		r, ok := b.waiting[b.next]
		if !ok {
			break
		}
		delete(b.waiting, b.next)
		b.next++
		if len(b.batch) == 0 {
			gen := b.gen
			b.timer = time.AfterFunc(saveDelay, func() { b.expire(gen) })
		}
		b.batch = append(b.batch, r)
		if r.article != nil {
			b.size += len(r.article.Text)
		}
		if len(b.batch) >= saveBatch || b.size >= saveBytes {
			full = append(full, b.takeLocked())
		}
	}
	b.room.Broadcast()
	return full
}

// expire hands the batch of generation gen to stale if it is still being
// filled.
func (b *batcher) expire(gen int) {
	b.mu.Lock()
	if b.stopped || b.gen != gen || len(b.batch) == 0 {
		b.mu.Unlock()
		return
	}
	t := b.takeLocked()
	b.mu.Unlock()
	b.stale(t)
}

// take returns the batch being filled, if it holds pages.
func (b *batcher) take() (taken, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.batch) == 0 {
		return taken{}, false
	}
	return b.takeLocked(), true
}

func (b *batcher) takeLocked() taken {
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	t := taken{pages: b.batch, prev: b.last, done: make(chan struct{})}
	b.last = t.done
	b.batch, b.size = nil, 0
	b.gen++
	b.saves.Add(1)
	return t
}

// stop stops the timer: no batch is taken after it, and saves.Wait
// waits for those taken.
func (b *batcher) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.stopped = true
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
}
