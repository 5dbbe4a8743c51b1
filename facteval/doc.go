// Package facteval scores the fact extractor on sentences annotated by
// hand: the real-text evaluation in facts/testdata/realtext and any set of
// the same format, one JSON object a line:
//
//	{"id","source","ref","date","text","trap","note","facts":[
//	  {"kind","text","value","min","max","currency","unit","approx",
//	   "qualifiers","context_words"}]}
//
// with value, min and max exact decimal strings or null, each fact's text a
// substring of the sentence, and trap the class of trap ("" for none) or a
// boolean. docs/facts.md states the conventions
// the annotations follow.
//
// A predicted fact matches an annotated one when their kind, text, value,
// min, max, currency and unit all agree (values by number: "2.50" is 2.5);
// precision is matches over predicted facts and recall matches over
// annotated ones, per kind. Qualifiers, context words and approx are
// scored apart, on the matched facts.
//
// Files:
//
//	set.go     Sentence, Gold, Load, Read: the annotated sentences
//	score.go   Score, Report, Counts, Miss: matching and counting
package facteval
