//go:build !linux

package testsite

import (
	"net"
	"time"
)

// arrivalListener is the listener as it is: only Linux tells here when the
// kernel received a request.
type arrivalListener struct{ net.Listener }

// arrival returns false: the handler's clock is the measure.
func arrival(net.Conn) (time.Time, bool) { return time.Time{}, false }

// enableTimestamps does nothing.
func enableTimestamps(net.Listener) {}
