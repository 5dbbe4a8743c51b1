package pipeline

import (
	"runtime"
	"testing"
)

// TestTuneProcs: TuneProcs raises GOMAXPROCS to one more than the
// workers when it is lower and the environment leaves GOMAXPROCS unset;
// it never lowers it nor overrides the environment; restore puts the
// previous value back.
func TestTuneProcs(t *testing.T) {
	tests := []struct {
		name    string
		procs   int // GOMAXPROCS before
		workers int
		env     map[string]string
		want    int
	}{
		{"two workers on two", 2, 2, nil, 3},
		{"one worker on two", 2, 1, nil, 2},
		{"no worker given", 1, 0, nil, 2},
		{"four workers on eight", 8, 4, nil, 8},
		{"eight workers on eight", 8, 8, nil, 9},
		{"GOMAXPROCS set", 2, 2, map[string]string{"GOMAXPROCS": "2"}, 2},
	}
	old := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(old)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runtime.GOMAXPROCS(tt.procs)
			restore := TuneProcs(tt.workers, func(k string) string { return tt.env[k] })
			if got := runtime.GOMAXPROCS(0); got != tt.want {
				t.Errorf("TuneProcs(%d) with GOMAXPROCS %d: %d, want %d", tt.workers, tt.procs, got, tt.want)
			}
			restore()
			if got := runtime.GOMAXPROCS(0); got != tt.procs {
				t.Errorf("after restore: GOMAXPROCS %d, want %d", got, tt.procs)
			}
		})
	}
}
