package facts

// ExtractTraced is Extract, telling trace the rule of agent that gave each
// money fact's agent: open to the external test agent_path_test.go, which
// scores each rule with package eval.
func ExtractTraced(text string, opt Options, trace func(f *Fact, agentPath string)) []Fact {
	fs := Facts(text)
	explain(text, fs, opt, trace)
	return fs
}
