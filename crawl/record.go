package crawl

import (
	"context"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts"
)

// recorder writes the outcomes of fetches to the database, many to a
// transaction: a commit costs more than the rows it writes, and one writer
// at a time works on a SQLite database anyway. A fetch hands its outcome
// over and goes on; the recorder writes once minBatch outcomes wait, or
// the oldest has waited maxLinger, or the scheduler asks (flush) because
// it waits for the URLs the outcomes found (group commit); then it counts
// and logs them.
//
// Outcomes waiting to be written are bounded in number and in bytes,
// so that memory stays flat when the database is slower than the network.
// A crash loses only outcomes not yet committed: their URLs are still in
// the queue, taken by no finished run, and the next run fetches them.
type recorder struct {
	front Frontier
	done  func(newsfacts.Outcome, newsfacts.Completion) // counts and logs a written outcome

	mu        sync.Mutex
	cond      *sync.Cond // signalled when the queue shrinks or grows
	queue     []newsfacts.Outcome
	bytes     int           // outcomeSize of the queue
	writing   int           // outcomes in the transaction being written
	err       error         // the first write error: the crawl stops
	committed chan struct{} // receives after each transaction, if nobody is waiting not at all
	flushing  bool          // write what waits now
	lingering *time.Timer   // flushes when the oldest outcome waiting has waited maxLinger
	closed    bool
	stopped   chan struct{}
}

// Bounds of the outcomes waiting to be written, and of one transaction;
// how many are worth a transaction, and how long one may wait for more.
const (
	maxWaiting      = 64
	maxWaitingBytes = 16 << 20
	maxBatch        = 256
	minBatch        = 32
	maxLinger       = 50 * time.Millisecond
)

// outcomeSize is about the memory an outcome holds: the page's body and
// the URLs it found (a sitemap lists up to 50,000).
func outcomeSize(o newsfacts.Outcome) int {
	n := 0
	if o.Page != nil {
		n += len(o.Page.Body)
	}
	for _, it := range o.Found {
		n += len(it.URL) + len(it.FoundURL) + 128
	}
	return n
}

func newRecorder(front Frontier, done func(newsfacts.Outcome, newsfacts.Completion)) *recorder {
	r := &recorder{front: front, done: done, committed: make(chan struct{}, 1), stopped: make(chan struct{})}
	r.cond = sync.NewCond(&r.mu)
	go r.run()
	return r
}

// record hands o over to be written. It waits while too much waits
// already. It returns the error that stopped the recorder, if one did.
func (r *recorder) record(o newsfacts.Outcome) error {
	size := outcomeSize(o)
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.err == nil && len(r.queue) > 0 && (len(r.queue) >= maxWaiting || r.bytes+size > maxWaitingBytes) {
		r.cond.Wait()
	}
	if r.err != nil {
		return r.err
	}
	r.queue = append(r.queue, o)
	r.bytes += size
	switch {
	case len(r.queue) >= minBatch || r.bytes >= maxWaitingBytes/2:
		r.cond.Broadcast()
	case r.lingering == nil:
		r.lingering = time.AfterFunc(maxLinger, r.flush)
	}
	return nil
}

// flush has the recorder write what waits without waiting for more.
func (r *recorder) flush() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.flushing = true
	r.cond.Broadcast()
}

// pending returns the number of outcomes handed over and not yet written,
// and the error that stopped the recorder, if any.
func (r *recorder) pending() (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.queue) + r.writing, r.err
}

// close writes what is waiting and stops the recorder.
func (r *recorder) close() error {
	r.mu.Lock()
	r.closed = true
	r.cond.Broadcast()
	r.mu.Unlock()
	<-r.stopped
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

func (r *recorder) run() {
	defer close(r.stopped)
	for {
		r.mu.Lock()
		for !r.closed && (len(r.queue) == 0 || !r.flushing && len(r.queue) < minBatch && r.bytes < maxWaitingBytes/2) {
			r.cond.Wait()
		}
		if len(r.queue) == 0 || r.err != nil {
			r.mu.Unlock()
			return
		}
		r.flushing = false
		if r.lingering != nil {
			r.lingering.Stop()
			r.lingering = nil
		}
		n := min(len(r.queue), maxBatch)
		batch := r.queue[:n:n]
		r.queue = r.queue[n:]
		if len(r.queue) > 0 { // more than a transaction takes
			r.lingering = time.AfterFunc(maxLinger, r.flush)
		}
		r.writing = n
		for _, o := range batch {
			r.bytes -= outcomeSize(o)
		}
		r.cond.Broadcast()
		r.mu.Unlock()

		// Recorded even when the run is being stopped: this work is done.
		cs, err := r.front.CompleteAll(context.Background(), batch)
		if err == nil {
			for i, o := range batch {
				r.done(o, cs[i])
			}
		}
		r.mu.Lock()
		r.writing = 0
		if err != nil && r.err == nil {
			r.err = err
		}
		r.cond.Broadcast()
		r.mu.Unlock()
		select {
		case r.committed <- struct{}{}:
		default: // a signal is waiting already
		}
	}
}
