//go:build linux

package testsite

import (
	"net"
	"testing"
	"time"
)

// TestArrival: a connection from arrivalListener tells when the kernel
// received the bytes read last, not when they were read.
func TestArrival(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	enableTimestamps(l)
	al := arrivalListener{l}
	client, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := al.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	sent := time.Now()
	if _, err := client.Write([]byte("GET / HTTP/1.1\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	buf := make([]byte, 64)
	n, err := server.Read(buf)
	read := time.Now()
	if err != nil || n == 0 {
		t.Fatalf("Read = %d, %v", n, err)
	}
	at, ok := arrival(server)
	if !ok {
		t.Fatal("no receive timestamp")
	}
	if at.Before(sent.Add(-time.Millisecond)) || read.Sub(at) < 90*time.Millisecond {
		t.Errorf("received at %s: sent at %s, read at %s; want the time it came, about when it was sent", at, sent, read)
	}
}
