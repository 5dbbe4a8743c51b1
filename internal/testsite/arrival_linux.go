//go:build linux

package testsite

import (
	"net"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// arrivalListener hands out connections that know when the kernel received
// the bytes last read from them: the time a request reached the host, free
// of the delay before the server's goroutine runs, which on a loaded
// machine can be tens of milliseconds.
type arrivalListener struct{ net.Listener }

func (l arrivalListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return c, err
	}
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return c, nil
	}
	raw, err := tc.SyscallConn()
	if err != nil {
		return c, nil
	}
	var serr error
	if err := raw.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_TIMESTAMPNS, 1)
	}); err != nil || serr != nil {
		return c, nil
	}
	return &arrivalConn{TCPConn: tc, raw: raw}, nil
}

// arrivalConn reads with recvmsg, keeping the receive timestamp the kernel
// attaches (SO_TIMESTAMPNS).
type arrivalConn struct {
	*net.TCPConn
	raw     syscall.RawConn
	arrived atomic.Int64 // unix nanoseconds of the last bytes read
	oob     [128]byte
}

func (c *arrivalConn) Read(p []byte) (int, error) {
	var (
		n    int
		rerr error
	)
	err := c.raw.Read(func(fd uintptr) bool {
		var oobn int
		n, oobn, _, _, rerr = syscall.Recvmsg(int(fd), p, c.oob[:], 0)
		if rerr == syscall.EAGAIN {
			return false // wait for data
		}
		if rerr == nil {
			c.arrived.Store(stamp(c.oob[:oobn]))
		}
		return true
	})
	switch {
	case err != nil:
		return 0, err
	case rerr != nil:
		return 0, rerr
	case n == 0 && len(p) > 0:
		return 0, errEOF
	}
	return n, nil
}

// stamp returns the receive timestamp among the control messages oob, in
// unix nanoseconds, or 0 if there is none (the kernel turns timestamps on
// a moment after they are first asked for: see enableTimestamps).
func stamp(oob []byte) int64 {
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return 0
	}
	for _, m := range msgs {
		if m.Header.Level == syscall.SOL_SOCKET && m.Header.Type == syscall.SCM_TIMESTAMPNS && len(m.Data) >= int(unsafe.Sizeof(syscall.Timespec{})) {
			ts := (*syscall.Timespec)(unsafe.Pointer(&m.Data[0]))
			return time.Unix(ts.Unix()).UnixNano()
		}
	}
	return 0
}

// enableTimestamps asks for receive timestamps on the listener's socket,
// which the connections it accepts inherit, and gives the kernel a moment
// to turn them on: it does so in the background, and packets that come
// before carry none.
func enableTimestamps(l net.Listener) {
	tl, ok := l.(*net.TCPListener)
	if !ok {
		return
	}
	raw, err := tl.SyscallConn()
	if err != nil {
		return
	}
	raw.Control(func(fd uintptr) {
		syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_TIMESTAMPNS, 1)
	})
	time.Sleep(50 * time.Millisecond)
}

// arrival returns when the kernel received the bytes last read from c, if
// c can tell.
func arrival(c net.Conn) (time.Time, bool) {
	ac, ok := c.(*arrivalConn)
	if !ok {
		return time.Time{}, false
	}
	ns := ac.arrived.Load()
	return time.Unix(0, ns), ns != 0
}
