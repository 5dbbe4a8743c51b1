// Package eval scores the extractor against ground truth: article bodies
// with the metric of the article-extraction benchmark (token 4-shingles,
// macro precision and recall, F1 of the two means), the meaning of money
// facts on hand-annotated sentences (docs/meaning.md "Scoring"), and
// claims across outlets on a set of stories (pairwise precision and
// recall of "one claim"), and real Korean article pages kept in public
// repositories (body, title, time and furniture against truth written by
// hand).
//
// Files:
//
//	metric.go   Tokens, Compare, Counts: the per-page metric
//	corpus.go   Corpus, Score: macro averages over pages
//	bench.go    Load, Page: the benchmark folder on disk
//	meaning.go  LoadMeaning, ScoreMeaning, Lenient: role, agent, purpose, period, per
//	agree.go    ScoreAgreement, Common: one reading of a meaning set against another
//	claims.go   LoadClaimSet, ScoreClaims: one claim across outlets
//	realpages.go  LoadRealPages, RealPage.HTML: the real-page set, read from fetched repositories
//	realcheck.go  CheckRealPage: body, title, time and furniture of one real page
package eval
