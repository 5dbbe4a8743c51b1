package pipeline

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC: TuneGC sets GOGC, and the memory limit unless the
// environment sets GOMEMLIMIT, when the environment leaves GOGC unset;
// it changes neither when GOGC is set; and restore puts the previous
// values back.
func TestTuneGC(t *testing.T) {
	tests := []struct {
		name                string
		env                 map[string]string
		wantGOGC, wantLimit bool // set by TuneGC
	}{
		{"neither set", nil, true, true},
		{"GOGC set", map[string]string{"GOGC": "100"}, false, false},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "4GiB"}, true, false},
		{"both set", map[string]string{"GOGC": "off", "GOMEMLIMIT": "4GiB"}, false, false},
	}
	const percent0, limit0 = 123, int64(3 << 30)
	oldPercent, oldLimit := debug.SetGCPercent(percent0), debug.SetMemoryLimit(limit0)
	defer func() { debug.SetGCPercent(oldPercent); debug.SetMemoryLimit(oldLimit) }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			restore := TuneGC(func(k string) string { return tt.env[k] })
			percent, limit := debug.SetGCPercent(-1), debug.SetMemoryLimit(-1)
			debug.SetGCPercent(percent)
			wantPercent, wantLimit := percent0, limit0
			if tt.wantGOGC {
				wantPercent = batchGCPercent
			}
			if tt.wantLimit {
				wantLimit = batchMemLimit
			}
			if percent != wantPercent || limit != wantLimit {
				t.Errorf("after TuneGC: GOGC %d, limit %d; want %d, %d", percent, limit, wantPercent, wantLimit)
			}
			restore()
			percent, limit = debug.SetGCPercent(-1), debug.SetMemoryLimit(-1)
			debug.SetGCPercent(percent)
			if percent != percent0 || limit != limit0 {
				t.Errorf("after restore: GOGC %d, limit %d; want %d, %d", percent, limit, percent0, limit0)
			}
		})
	}
}
