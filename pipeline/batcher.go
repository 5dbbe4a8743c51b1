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

// endBatch is the size of the batches once few pages are left (end): the
// pages extracted last are saved after the others have ended, on one
// core, so the last batch should be small; but a commit costs SQLite
// about 1 ms whatever it holds (the index pages it touches, of 16 KiB
// each, written to the WAL), as much as saving a page, so one page a
// commit would double what saving the last pages costs, and keep the
// worker that saves them from extracting.
const endBatch = 8

// ahead bounds, per worker, the pages extracted and not yet saved:
// waiting for a page before them still being extracted, or in batches
// waiting to be saved. Memory stays bounded however slow one page or the
// store is.
const ahead = 2 * saveBatch

// batcher puts the extracted pages back in the order they were claimed,
// cuts them into batches and queues the batches to be saved. One
// goroutine at a time saves the queue, in order: the worker whose page
// filled a batch (once it has added the pages it read), unless another is
// saving already, which then saves this one too. The others go on extracting and never wait for a save
// (nor, on SQLite, for the one writer), unless too many pages wait.
type batcher struct {
	mu      sync.Mutex
	room    *sync.Cond // signalled when pages leave waiting or the queue
	waiting map[int]extracted
	next    int // the sequence number the batch needs next
	batch   []extracted
	size    int         // the article text in batch, in bytes
	gen     int         // counts the batches taken
	timer   *time.Timer // queues a batch whose first page has waited saveDelay
	limit   int         // how many pages may wait or be queued
	queue   []taken     // the batches taken and not saved yet, in order
	queued  int         // the pages in queue
	saving  bool        // a goroutine is saving the queue
	ending  bool        // few pages are left: see end
	last    bool        // no page is left to hand out: see flush
	stopped bool        // no batch is taken any more
	saves   sync.WaitGroup
	save    func(taken) // saves a batch
}

// taken is a batch to save.
type taken struct{ pages []extracted }

func newBatcher(workers int, save func(taken)) *batcher {
	b := &batcher{waiting: make(map[int]extracted), limit: ahead * workers, save: save}
	b.room = sync.NewCond(&b.mu)
	return b
}

// wait blocks while too many pages wait for one before them or to be
// saved, or until ctx ends.
func (b *batcher) wait(ctx context.Context) {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.room.Broadcast()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.waiting)+b.queued >= b.limit && ctx.Err() == nil {
		b.room.Wait()
	}
}

// add puts r in its place and queues the batches it fills; the caller
// saves the queue (drain) once it has added the pages it holds, so that
// no page waits behind one it holds while it saves.
func (b *batcher) add(r extracted) {
	b.mu.Lock()
	b.waiting[r.seq] = r
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
		if len(b.batch) >= saveBatch || b.size >= saveBytes || b.ending && len(b.batch) >= endBatch {
			b.takeLocked()
		}
	}
	b.room.Broadcast()
	b.mu.Unlock()
}

// end tells the batcher that few pages are left to extract. From then on
// the batches are cut at endBatch pages: otherwise the last full batch
// would still be being saved when the last page is extracted, and the
// pages after it saved on one core, while the other workers have nothing
// left to do. (Saving the pages in order at once from here, one or two a
// commit, made the worker that saved them save for most of the rest of
// the run, at twice the cost a page, while the others extracted without
// it: that waits for flush.)
func (b *batcher) end() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ending = true
	if len(b.batch) >= endBatch {
		b.takeLocked()
	}
}

// expire queues and saves the batch of generation gen if it is still
// being filled.
func (b *batcher) expire(gen int) {
	b.mu.Lock()
	if b.stopped || b.gen != gen || len(b.batch) == 0 {
		b.mu.Unlock()
		return
	}
	b.takeLocked()
	b.mu.Unlock()
	b.drain()
}

// flush queues the batch being filled, if it holds pages, and saves the
// queue unless another goroutine is saving it. A worker flushes when no
// page is left to hand out: the pages the others still extract are the
// last, and from then on drain saves the pages in order as they come, so
// that the last save holds a page or two.
func (b *batcher) flush() {
	b.mu.Lock()
	b.last = true
	if len(b.batch) > 0 {
		b.takeLocked()
	}
	b.mu.Unlock()
	b.drain()
}

// takeLocked queues the batch being filled.
func (b *batcher) takeLocked() {
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	b.queue = append(b.queue, taken{pages: b.batch})
	b.queued += len(b.batch)
	b.batch, b.size = nil, 0
	b.gen++
	b.saves.Add(1)
}

// drain saves the queued batches in order, those queued meanwhile
// included, unless another goroutine is saving them.
func (b *batcher) drain() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.saving {
		return
	}
	b.saving = true
	for {
		if len(b.queue) == 0 {
			if !b.last || b.stopped || len(b.batch) == 0 {
				break
			}
			b.takeLocked() // what came in order during the last save
		}
		t := b.queue[0]
		b.queue = b.queue[1:]
		b.mu.Unlock()
		b.save(t)
		b.saves.Done()
		b.mu.Lock()
		b.queued -= len(t.pages)
		b.room.Broadcast()
	}
	b.saving = false
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
