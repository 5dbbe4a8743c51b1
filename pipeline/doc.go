// Package pipeline joins the pure extractor to the store: it turns stored
// pages into articles and facts. store.go says what it needs of the store;
// feed.go hands the workers the pages they claim, and batcher.go puts what
// they extracted back in order and cuts it into the batches they save.
// gc.go and procs.go set the collector and the scheduler for a process
// whose work is an extraction (TuneGC, TuneProcs).
//
// # Where a page's CPU goes
//
// A first extraction of the 400 benchmark pages into SQLite with one
// worker (BenchmarkExtractWorkers' pages; the worker's thread locked and
// its CPU time read by stage, the process's from getrusage, the classes
// from runtime/metrics; load average about 1), in µs of CPU a page:
//
//	on the worker's thread                              2,500–2,660
//	  extraction proper (extract.FromHTML)              1,500–1,630
//	  sketch of the text for claims (facts.SketchOf)       90–125
//	  reading the pages (SQL, zstd, headers)               90–125
//	  saving (SQLite, FTS5 trigrams, WAL writes)          750–810, 100–130 of it system time
//	  claiming                                              10–15
//	beside it, on the other core                          260–300
//	  garbage collector (mark, pauses; assists 4–7 are
//	  the worker's), scavenger                            110–130
//	  checkpointer (copy into the file, fsync)              43–53, 29–36 of it system time
//	  scheduler, sysmon, database/sql's goroutines      the rest
//
// System time is 220–300 of the process's 2,780–2,950. The worker waits
// 40–160 µs a page (its thread neither runs nor is ready to run: Linux's
// schedstat). Two workers cost the same CPU a page.
//
// So one worker has about 1.05 cores, and two workers on two cores can
// run at most 2 × 2,550/2,810 ≈ 1.8 times as fast as one: the work beside
// the worker has to share the two cores with them. Every µs taken off the
// work beside the worker, and every moment neither worker waits, counts.
//
// The writes: the database's pages are 16 KiB, and a commit writes every
// page it touched to the WAL: about 100 KB a page of WAL (FTS5's index
// about a third of the frames, the articles' text a fifth), and a commit
// costs about 1 ms of CPU whatever it holds (batches of 1 page save at
// about 1.9 ms a page, of 8 at 1.1, of 32 at 0.95). The checkpoints copy
// another 60–160 KB a page into the database file. (Measured at 16:50–17:00
// UTC on 7 December 2026 with scratch timers, before the changes of that
// day to the end of a run and to SaveExtractions' transaction.)
//
// Taken off since, in counts the load on the machine does not sway
// (BenchmarkExtractWorkers' w2_goroutines/page, alloc_KiB/page,
// w2_gc_cycles/1000pages): the goroutines database/sql started for every
// query of a transaction, 4.5 a page, now 0.04 (sqlite's connTx); the
// bytes allocated a page, 714 KiB, now 612 (the bodies decompressed into
// recycled ones, and read in place); the collections, 23.8 a 1,000
// pages, now 19–20.
//
// Taken off in the evening, measured on cmd/extract itself: a first
// extraction of 5,000 pages (the benchmark pages 100 times over), CPU
// samples (perf, DWARF stacks) classed by stack; the machine was loaded
// (load average 8–20), which inflates every class alike, so the shares
// count more than the µs. The work beside the workers (checkpointer,
// collector's background marking and sweeping, scavenger, sysmon,
// scheduler), in µs of CPU a page and as a share of the process's:
//
//	                         one worker         two workers
//	before (0.5.70)      700–1,000  14–16%     600–820  12–14%
//	after                  180–245   5%        215–255    5%
//
// At 5% beside the workers, two workers on two cores can run about
// 2 × 0.95 = 1.9 times as fast as one. The whole command's CPU time for
// the 5,000 pages (user and system, /usr/bin/time, six runs each, load
// 2–7): 22.8–26.1 s before, 16.7–22.9 after; one worker had 1.13 cores
// before (load 2.5), 1.01 after (load 5). What changed:
//
//   - the collector: cmd/extract's live heap is 5–10 MB (the benchmark's
//     is larger: it holds its pages in memory), so at GOGC=100 it
//     collected every 6 MB, 185 times a 1,000 pages, for 12–16% of the
//     CPU time; TuneGC (GOGC=1000, a 512 MiB soft limit, unless GOGC is
//     set) makes it 12 times, under 2%, for a peak RSS of 200–225 MB
//     with two workers (95 before; /usr/bin/time -v);
//   - the writer's statement journals (sqlite's temp_store = MEMORY): an
//     article's upsert, with its triggers, copied the pages it changed
//     to a temporary file, 195 KB and 24 pwrite calls a page: the bytes
//     the process writes a page went from 280 KB to 77 (/proc/self/io);
//   - the checkpointer runs at most once a second instead of every 100
//     ms: 57–84 µs a page → 29–45;
//   - the full-text index merges 8 segments at a time, not 4 (migration
//     0018): merging, on the writer, was 7% of the CPU; a third less.
//
// BenchmarkExtractWorkers (first, 3 iterations, before and after
// interleaved, load average 1.2–2.8) shows less of it: its process holds
// the pages in memory, so its live heap is larger and the collector ran
// only 10–12 times a 1,000 pages before (1.7 after; its CPU 30–44 µs a
// page → 5–10). w1_cores 1.039–1.043 → 1.019–1.031; workers2/workers1
// 1.74–1.79 → 1.75–1.85 (medians 1.77 → 1.82), within the noise of a
// shared machine; w2_runq_cores 0.26–0.34 both. A re-extraction
// costs 16% less CPU a page (2,544 → 2,156 µs with one worker, the
// statement journals).
//
// Left beside: sysmon (80–95 µs a page under that load, with one worker
// as with two: the most now), the collector's sweeping (50) and marking
// (30), the checkpointer (35–45), the scheduler (20).
//
// Left beside two workers, and not beside one: Go's sysmon. With no idle
// P it takes the P of a worker whose call into SQLite outlasts its tick
// (20 µs at first) and hands it to a thread that finds nothing to do,
// and the worker, back from C, may find no P and sleep; so it keeps its
// tick short. In a two-worker run (perf, load average 4) 15,200 of 34,300
// context switches were sysmon's sleeps and it had 2.1% of the samples,
// against 1.3% with one worker, whose idle P keeps it from taking the
// worker's.
//
// # Hand-offs beside the workers, at 0.5.99
//
// Each worker claims, reads, extracts and saves its pages itself: no page
// is handed from one goroutine to another, and the goroutines started a
// page are 0.04. The hand-offs left are the runtime's own. cmd/extract
// over 5,000 pages (the benchmark pages 100 times over; perf at 199 Hz,
// DWARF stacks, classed by stack; sched_switch events with their stacks;
// uprobes on the runtime's scheduler functions), in µs of CPU a page, at
// load average 1.5–1.9:
//
//	                               one worker    two workers
//	the whole process                 4,160         3,610
//	  extraction (FromHTML)           2,030         1,750
//	  SQLite's C code (saving,
//	    the FTS5 index, reading)        895           770
//	  saving, its Go side               685           655
//	  sketch, reading's Go side         235           170
//	  calls into C and back              44            41
//	  beside the workers                167 (4.0%)    147 (4.1%)
//	    sysmon                           42            61
//	    collector (sweeping, marking)    83            56
//	    checkpointer                     38            28
//	    scheduler                         3             1
//
// In the two-worker run the process switched context 95,000 times (19 a
// page): 49,000 were sysmon's sleeps, 2,500 threads with nothing to run
// going to sleep, 900 sysmon waking a thread to take a worker's P
// (handoffp), 620 workers back from C finding no P and sleeping, 840 the
// checkpointer's fsync. Sysmon sleeps 20 µs at a time for a millisecond
// after each P it takes (then 40, 80 … up to 10 ms): its CPU time follows
// the Ps it takes, which it takes from a worker's call into SQLite that
// outlasts its tick only when no P is idle (procs.go). Its CPU time
// understates what it costs the workers: a worker whose P it took may
// wait, back from C, until a thread gives one back.
//
// TuneProcs gives the extraction one P more than its workers. Under the
// load other work put on the machine that evening (load average 7–15:
// a loaded machine lengthens the calls into C, as their threads wait for
// a core, and sysmon takes more Ps), a page's counts with two workers,
// before → after (uprobes, three and four runs, interleaved; sched_switch
// events, three pairs):
//
//	Ps taken by sysmon (handoffp)          0.44–0.64 → 0.27–0.40
//	workers back from C with no P          0.13–0.16 → 0.04–0.06
//	context switches                       20.2–21.6 → 14.0–19.5
//	sysmon's sleeps                        11.3–11.9 → 7.7–9.7
//
// and in µs of CPU a page (perf, two pairs at load 7–12): sysmon 137, 78
// → 86, 68; sysmon, scheduler and calls into C together 224, 147 → 166,
// 124; beside the workers 5.8%, 5.1% → 5.7%, 4.9%. One worker runs as
// before (its GOMAXPROCS stays 2). Peak RSS with two workers 220–290 MB
// (190–245 before; /usr/bin/time -v), with one 165–195.
//
// The load (4–12 all that hour) left the wall times to chance: two
// workers had 0.5–1.7 cores, and workers2/workers1 ran from 0.8 to 2.4
// on cmd/extract, 0.79–1.36 in BenchmarkExtractWorkers (first, six pairs
// interleaved with main's binary), whatever the binary. Less swayed,
// cmd/extract with two workers (six pairs, load 3–9): voluntary context
// switches 37,000–77,000 → 27,000–45,000, system time 1.03–1.59 s →
// 1.01–1.26; its CPU time a page over one worker's, pair by pair,
// 0.96–1.22 (median 1.07) → 0.90–1.10 (1.06). BenchmarkExtractWorkers
// (first, 2 iterations, six pairs, load 7.5–12.6): w2_vcsw/page
// 5.5–10.0 (median 6.7) → 5.5–7.4 (6.3), w1_vcsw/page 3.2–4.8 both;
// w2_cpu_µs/page over w1_cpu_µs/page 1.03–1.18 (median 1.10) →
// 1.03–1.08 (1.07); w2_cpu_µs/page 2,777–3,484 → 2,787–2,938. Its
// collector's CPU time with two workers (runtime/metrics: the time a core
// was given to it, while other processes had it too) went either way:
// 13–25 → 51–69 in three earlier pairs, 19–84 → 21–80 in these; with
// the third P idle the collector's idle marking runs there during a
// collection. So the gain is small beside the noise. What two workers gain on a quiet machine is left
// to measure there: at extract 0.5.70, when the work beside the workers
// was 12–16% of the CPU, GOMAXPROCS 3 set by hand gave 1.66 and 1.86 on
// the quiet machine, no clear gain (README).
package pipeline
