package facts

// The rule paths of purposes, open to the external test of
// purpose_paths_test.go, which scores them with package eval.

// ExplainPaths is Explain, and returns for each fact of fs the rule that
// built its purpose (a class and a rule, "head:of", "target:spend"), or ""
// when it has none or is not money.
func ExplainPaths(text string, fs []Fact, opt Options) []string {
	paths := make([]string, len(fs))
	explain(text, fs, opt, nil, paths)
	return paths
}
