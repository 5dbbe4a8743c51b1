// Package eval scores article-body extraction against ground truth with the
// metric of the article-extraction benchmark (token 4-shingles, macro
// precision and recall, F1 of the two means), and loads that benchmark's
// pages.
//
// Files:
//
//	metric.go   Tokens, Compare, Counts: the per-page metric
//	corpus.go   Corpus, Score: macro averages over pages
//	bench.go    Load, Page: the benchmark folder on disk
package eval
