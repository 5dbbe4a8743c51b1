// Package pgtest gives tests a real PostgreSQL database: the server named
// by NEWSFACTS_TEST_POSTGRES, or else a throwaway cluster started from the
// PostgreSQL binaries installed on the machine (Debian's postgresql
// package, /usr/lib/postgresql/*/bin), in a temporary directory, on a
// free loopback port, and stopped when the tests end. One cluster serves a
// whole test process; each test gets a database of its own.
//
// Without either, tests that need PostgreSQL skip, and fail when the
// environment says CI (CI or NEWSFACTS_CI set).
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the environment variable that gives the URL of a
// PostgreSQL server to test against, instead of a throwaway cluster. Its
// user must be allowed to create databases.
const EnvURL = "NEWSFACTS_TEST_POSTGRES"

var (
	once    sync.Once
	admin   string // URL of the maintenance database of the server
	cl      *cluster
	initErr error
	seq     atomic.Int64
)

// Main runs the tests of a package with m and stops the throwaway cluster
// afterwards, if one was started; call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	if cl != nil {
		if err := cl.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
	}
	return code
}

// inCI reports whether the tests run in CI, where a missing PostgreSQL is
// a failure and not a reason to skip.
func inCI() bool { return os.Getenv("CI") != "" || os.Getenv("NEWSFACTS_CI") != "" }

// NewDB creates a new, empty database and returns its URL; the database is
// dropped when the test ends. It skips the test when no PostgreSQL can be
// had, and fails it in CI.
func NewDB(tb testing.TB) string {
	tb.Helper()
	once.Do(func() { admin, initErr = start() })
	if initErr != nil {
		if inCI() {
			tb.Fatalf("PostgreSQL needed in CI: %v", initErr)
		}
		tb.Skipf("no PostgreSQL (set %s, or install the postgresql package): %v", EnvURL, initErr)
	}
	name := fmt.Sprintf("newsfacts_test_%d_%d", os.Getpid(), seq.Add(1))
	ctx := context.Background()
	if err := exec1(ctx, admin, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`); err != nil {
		tb.Fatalf("create database: %v", err)
	}
	tb.Cleanup(func() {
		if err := exec1(ctx, admin, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			tb.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// exec1 runs one statement on a connection of its own.
func exec1(ctx context.Context, dsn, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	_, err = c.Exec(ctx, sql)
	return err
}

// start returns the URL of the server's maintenance database: the one
// EnvURL names, or a new throwaway cluster's.
func start() (string, error) {
	if u := os.Getenv(EnvURL); u != "" {
		return u, nil
	}
	var err error
	cl, err = newCluster()
	if err != nil {
		return "", err
	}
	return cl.url, nil
}

// cluster is a throwaway PostgreSQL cluster.
type cluster struct {
	bin  string // directory of initdb, pg_ctl
	dir  string // temporary directory: data, socket, log
	url  string
	asPG bool // commands run as the postgres user
}

// binDir returns the newest /usr/lib/postgresql/*/bin that has initdb.
func binDir() (string, error) {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(found) == 0 {
		return "", errors.New("no /usr/lib/postgresql/*/bin/initdb")
	}
	sort.Slice(found, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(found[i]))))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(found[j]))))
		return vi > vj
	})
	return filepath.Dir(found[0]), nil
}

func newCluster() (*cluster, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "newsfacts-pg-")
	if err != nil {
		return nil, err
	}
	c := &cluster{bin: bin, dir: dir, asPG: os.Geteuid() == 0}
	if c.asPG {
		// PostgreSQL refuses to run as root: the cluster belongs to the
		// postgres user.
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root and %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := c.run(filepath.Join(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres",
		"-E", "UTF8", "--no-locale", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// fsync stays on: the benchmarks run on this cluster, and must measure
	// commits as a real server makes them.
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c max_connections=200 -c shared_buffers=128MB", port, dir)
	if out, err := c.run(filepath.Join(bin, "pg_ctl"), "-D", data, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pg_ctl start: %w: %s %s", err, out, log)
	}
	c.url = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	return c, nil
}

// run runs a PostgreSQL command, as the postgres user when the tests run
// as root.
func (c *cluster) run(name string, args ...string) (string, error) {
	if c.asPG {
		args = append([]string{"-u", "postgres", "--", name}, args...)
		name = "runuser"
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = c.dir
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// stop stops the cluster at once and removes its directory.
func (c *cluster) stop() error {
	out, err := c.run(filepath.Join(c.bin, "pg_ctl"), "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	if err != nil {
		err = fmt.Errorf("pg_ctl stop: %w: %s", err, out)
	}
	return errors.Join(err, os.RemoveAll(c.dir))
}

// freePort returns a TCP port free on the loopback interface now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
