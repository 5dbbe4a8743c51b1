package facts

// took records path, the name of the rule of agent that chose the agent
// (or chose none), and returns agent. The name is never output: it is how
// agent_path_test.go counts, over the annotated sets, how often each
// rule is right (docs/meaning.md "Fourteenth round: agent").
func (r *reading) took(path, agent string) string {
	r.path = path
	return agent
}
