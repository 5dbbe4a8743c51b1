package facts

import "strings"

// ExtractTraced is Extract, telling trace the rule of agent that gave each
// money fact's agent: open to the external test agent_path_test.go, which
// scores each rule with package eval.
func ExtractTraced(text string, opt Options, trace func(f *Fact, agentPath string)) []Fact {
	fs := Facts(text)
	explain(text, fs, opt, trace, nil)
	return fs
}

// KnownActor reports whether the last word of phrase p is a noun the
// dictionaries know as an actor (isActor), for agent_path_test.go.
func KnownActor(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 {
		return false
	}
	return isActor(ws[len(ws)-1])
}
