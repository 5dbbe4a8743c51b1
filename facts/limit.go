package facts

// ExtractAtMost is Extract keeping at most limit facts: the first limit
// facts of text, in the order Facts gives them, each as Facts gives it,
// with the meaning Explain reads among them. It returns them and the
// number of the text's facts it did not keep; a negative limit keeps them
// all. The text is read to its end, so the count is exact, but the facts
// past limit are neither kept nor explained: a page that is a run of half
// a million amounts costs the memory of limit facts. A fact kept within
// a sentence window (400 code points) of the last one kept may read its
// meaning otherwise than it would with the facts after it.
func ExtractAtMost(text string, opt Options, limit int) (fs []Fact, dropped int) {
	fs, dropped = factsAtMost(text, limit)
	Explain(text, fs, opt)
	return fs, dropped
}
