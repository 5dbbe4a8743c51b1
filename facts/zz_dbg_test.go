package facts

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDbg(t *testing.T) {
	text := os.Getenv("PTEXT")
	if text == "" {
		t.Skip()
	}
	var opt Options
	if p := os.Getenv("PPUB"); p != "" {
		opt.Published, _ = time.Parse(time.RFC3339, p)
	}
	for _, f := range Extract(text, opt) {
		if f.Kind == KindMoney {
			fmt.Printf("%s\tperiod=%q text=%q per=%q\n", f.Text, f.Period, f.PeriodText, f.Per)
		}
	}
}
