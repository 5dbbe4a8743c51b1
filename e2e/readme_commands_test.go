package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/newsfacts/newsfacts/internal/pgtest"
)

// Patterns of the README's commands.
var (
	// fence opens or closes a fenced code block, with its info string.
	fence = regexp.MustCompile("^```(.*)$")
	// inlineCode is a code span of prose; it may run over a line break.
	inlineCode = regexp.MustCompile("`([^`]+)`")
	// ourCommand is a command of this project at the start of a command
	// line: the built binary, maybe with its folder, or go run of it.
	ourCommand = regexp.MustCompile(`^(?:[A-Z_]+=\S+ )*(?:go run -tags sqlite_fts5 \./cmd/|(?:\./)?cmd/|(?:/usr/local/bin/)?)(crawl|extract|serve|pgcopy|exteval)\b(.*)$`)
	// flagWord is a flag of a command line: -name, not a lone dash.
	flagWord = regexp.MustCompile(`(?:^|[\s\[])-([a-z][a-z0-9-]*)`)
	// segmentSep separates the commands of a shell line.
	segmentSep = regexp.MustCompile(`&&|;|\||[{}]|\bdo\b|\bdone\b|&`)
	// goTest is a go test command line with its patterns and packages.
	goTest = regexp.MustCompile(`go test -tags sqlite_fts5 (.*?)((?:\s+\./[a-z0-9/]*/)+)$`)
	// testPattern is a -run or -bench pattern, quoted or not.
	testPattern = regexp.MustCompile(`-(run|bench) ('[^']*'|\S+)`)
)

// codeBlock is a fenced code block of the README: its info string (sh,
// sql, python …) and its lines.
type codeBlock struct {
	info  string
	lines []string
}

// readme returns the README's fenced code blocks and the code spans of
// its prose, a span that runs over a line break joined with a space.
func readme(t *testing.T) (blocks []codeBlock, spans []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var prose strings.Builder
	var cur *codeBlock
	for line := range strings.SplitSeq(string(b), "\n") {
		if m := fence.FindStringSubmatch(line); m != nil {
			if cur == nil {
				cur = &codeBlock{info: strings.TrimSpace(m[1])}
			} else {
				blocks = append(blocks, *cur)
				cur = nil
			}
			prose.WriteString("\n\n")
			continue
		}
		if cur != nil {
			// A line inside an open quote goes on the line before, as
			// the shell reads it.
			if n := len(cur.lines); n > 0 && openQuote(cur.lines[n-1]) {
				cur.lines[n-1] += "\n" + line
			} else {
				cur.lines = append(cur.lines, line)
			}
			continue
		}
		prose.WriteString(line + "\n")
	}
	for _, m := range inlineCode.FindAllStringSubmatch(prose.String(), -1) {
		spans = append(spans, strings.Join(strings.Fields(m[1]), " "))
	}
	return blocks, spans
}

// openQuote reports whether line leaves a single or double quote open; a
// comment line opens none.
func openQuote(line string) bool {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return false
	}
	var q rune
	for _, r := range line {
		switch {
		case q == 0 && (r == '\'' || r == '"'):
			q = r
		case r == q:
			q = 0
		}
	}
	return q != 0
}

// commandLines returns every line of the README's shell and cron blocks
// and every code span of its prose, without a trailing # comment.
func commandLines(t *testing.T) []string {
	t.Helper()
	blocks, spans := readme(t)
	var lines []string
	for _, b := range blocks {
		if b.info == "sh" || b.info == "cron" {
			lines = append(lines, b.lines...)
		}
	}
	lines = append(lines, spans...)
	for i, l := range lines {
		if j := strings.Index(l, " #"); j >= 0 {
			lines[i] = l[:j]
		}
	}
	return lines
}

// commands returns the commands of the README's command lines, each line
// split at && ; | & and the words of a loop or group.
func commands(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, l := range commandLines(t) {
		for _, part := range segmentSep.Split(l, -1) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// TestREADMEFlags: every flag that the README gives crawl, extract, serve,
// pgcopy or exteval, in a code block or a code span, is one that the
// command's -help lists, so that no renamed flag lingers in the README.
func TestREADMEFlags(t *testing.T) {
	helps := map[string]string{}
	n := 0
	for _, line := range commands(t) {
		m := ourCommand.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		name, rest := m[1], m[2]
		if _, ok := helps[name]; !ok {
			r := runCmd(t, name, "-help")
			helps[name] = r.stdout + r.stderr
		}
		for _, f := range flagWord.FindAllStringSubmatch(rest, -1) {
			if f[1] == "help" || f[1] == "h" {
				continue // every command's, from package flag
			}
			n++
			if !regexp.MustCompile(`(?m)^\s+-` + regexp.QuoteMeta(f[1]) + `\b`).MatchString(helps[name]) {
				t.Errorf("README: %s -%s (in %q) is not a flag of %s -help", name, f[1], line, name)
			}
		}
	}
	if n < 40 {
		t.Errorf("README: only %d flags of our commands found, want the forty and more it has", n)
	}
}

// TestREADMEGoTests: every go test command of the README names tests and
// benchmarks that exist in its packages: each alternative of a -run or
// -bench pattern matches a function there.
func TestREADMEGoTests(t *testing.T) {
	n := 0
	for _, line := range commandLines(t) {
		m := goTest.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		var funcs []string
		for _, pkg := range strings.Fields(m[2]) {
			funcs = append(funcs, testFuncs(t, filepath.Join("..", pkg))...)
		}
		for _, p := range testPattern.FindAllStringSubmatch(m[1], -1) {
			kind, pattern := p[1], strings.Trim(p[2], "'")
			if pattern == "^$" {
				continue
			}
			prefix := map[string]string{"run": "Test", "bench": "Benchmark"}[kind]
			for _, alt := range strings.Split(strings.Split(pattern, "/")[0], "|") {
				re, err := regexp.Compile(alt)
				if err != nil {
					t.Errorf("README: %q: -%s %q: %v", line, kind, alt, err)
					continue
				}
				if !slices.ContainsFunc(funcs, func(f string) bool { return strings.HasPrefix(f, prefix) && re.MatchString(f) }) {
					t.Errorf("README: %q: -%s %q matches no %s function of %s", line, kind, alt, prefix, m[2])
				}
			}
		}
	}
	if n < 15 {
		t.Errorf("README: %d go test commands found, want the fifteen and more it has", n)
	}
}

// testFuncs returns the names of the top-level functions of the _test.go
// files of the package in dir.
func testFuncs(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files in %s (%v)", dir, err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				names = append(names, fd.Name.Name)
			}
		}
	}
	return names
}

// TestNewcomerCommands: the README's quick start and test command are, to
// the letter, what CI runs (.ci/run), with the quick start's first query.
func TestNewcomerCommands(t *testing.T) {
	blocks, _ := readme(t)
	var quick []string
	for _, b := range blocks {
		if b.info == "sh" {
			quick = append(quick, b.lines...)
		}
		if len(quick) == 3 {
			break
		}
	}
	if len(quick) != 3 || !strings.Contains(quick[0], "./cmd/crawl") || !strings.HasPrefix(quick[1], "go test") ||
		!strings.HasPrefix(quick[2], "sqlite3") {
		t.Fatalf("README: the first three sh lines are %q, want the quick start, the tests and the first query", quick)
	}
	ci, err := os.ReadFile(filepath.Join("..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range quick {
		if !strings.Contains(string(ci), c) {
			t.Errorf(".ci/run does not run the README's %q as written", c)
		}
	}
}

// quickStart runs the README's quick start with the built commands in a
// new folder that holds testdata (a link to the repository's), as a
// newcomer runs it in the repository, and returns the folder.
func quickStart(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	abs, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(abs, filepath.Join(dir, "testdata")); err != nil {
		t.Fatal(err)
	}
	blocks, _ := readme(t)
	i := slices.IndexFunc(blocks, func(b codeBlock) bool { return b.info == "sh" })
	if i < 0 || len(blocks[i].lines) == 0 {
		t.Fatal("README: no sh block")
	}
	line := blocks[i].lines[0]
	if !strings.Contains(line, "./cmd/crawl") {
		t.Fatalf("README: %q is not the quick start", line)
	}
	if out, err := sh(t, dir, line); err != nil {
		t.Fatalf("%s: %v\n%s", line, err, out)
	}
	return dir
}

// sh runs a command line of the README with sh in dir, our commands (also
// as go run ./cmd/NAME) the built ones, and returns its output.
func sh(t *testing.T, dir, line string) (string, error) {
	t.Helper()
	line = strings.ReplaceAll(line, "go run -tags sqlite_fts5 ./cmd/", "")
	cmd := exec.CommandContext(t.Context(), "sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+binaries(t)+string(os.PathListSeparator)+os.Getenv("PATH"))
	cmd.Stdin = bytes.NewReader(nil)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// notRunHere are the README's command lines that this test does not run,
// and why; TestREADMEShellCommands fails on a line that is neither run
// nor listed here, so that a new command of the README gets a check.
var notRunHere = []struct{ prefix, why string }{
	{"go run -tags sqlite_fts5 ./cmd/crawl -db news.db testdata", "the quick start: .ci/run runs it as written (TestNewcomerCommands), and quickStart here"},
	{"go test -tags sqlite_fts5 ./...", "the tests: .ci/run runs it as written"},
	{"datasette ", "not installed here (pip); the tables and views are plain SQLite"},
	{"duckdb ", "its query runs through DuckDB's library in TestREADMEDuckDB"},
	{"createdb ", "PostgreSQL's tool: TestREADMEPostgres makes its own database"},
	{"psql ", "its query runs in TestREADMEPostgres"},
	{"for i in ", "many workers on a server: their flags are checked (TestREADMEFlags), the sharing by postgres's and crawl's tests"},
	{"go run -tags sqlite_fts5 ./cmd/crawl   -db postgres://", "placeholders: the flags are checked, the commands on PostgreSQL in TestREADMEPostgres"},
	{"go run -tags sqlite_fts5 ./cmd/extract -db postgres://", "placeholders: as above"},
	{"go run -tags sqlite_fts5 ./cmd/pgcopy ", "placeholders: the flags are checked, the copy in e2e/pgcopy_test.go"},
	{"*/30 ", "a crontab line on a server: the flags are checked"},
	{"# ", "a comment"},
}

// TestREADMEShellCommands runs every command line of the README's sh
// blocks that reads or exports a SQLite database, as written, in the
// folder of the quick start's news.db: the sqlite3 commands, the exports
// and the snapshot. Each must succeed; the lines it cannot run are listed
// in notRunHere with the reason.
func TestREADMEShellCommands(t *testing.T) {
	sqliteShell(t)
	dir := quickStart(t)
	blocks, _ := readme(t)
	ran := 0
	for _, b := range blocks {
		if b.info != "sh" {
			continue
		}
		for _, line := range b.lines {
			if strings.TrimSpace(line) == "" {
				continue
			}
			skip := slices.ContainsFunc(notRunHere, func(n struct{ prefix, why string }) bool {
				return strings.HasPrefix(strings.TrimSpace(line), n.prefix)
			})
			if skip {
				continue
			}
			if !strings.HasPrefix(line, "sqlite3 ") && !strings.HasPrefix(line, "extract ") {
				t.Errorf("README: %q is neither run by this test nor listed in notRunHere", line)
				continue
			}
			ran++
			out, err := sh(t, dir, line)
			if err != nil || strings.Contains(out, "Error") {
				t.Errorf("%s: %v\n%s", line, err, out)
			}
		}
	}
	for _, f := range []string{"money.csv", "facts.parquet", "articles.parquet", "news-2025-04-22.db"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("the README's commands left no %s (%v)", f, err)
		}
	}
	if ran < 8 {
		t.Errorf("ran %d of the README's command lines, want its eight and more sqlite3 and export lines", ran)
	}
}

// TestREADMEPostgres runs the README's PostgreSQL commands, with a test
// database in place of postgres://USER:PASSWORD@localhost:5432/news: the
// quick start's pages crawled and extracted there, then the psql query.
func TestREADMEPostgres(t *testing.T) {
	url := pgtest.NewDB(t)
	blocks, _ := readme(t)
	var query string
	n := 0
	dir := t.TempDir()
	abs, _ := filepath.Abs(filepath.Join("..", "testdata"))
	if err := os.Symlink(abs, filepath.Join(dir, "testdata")); err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		for _, line := range b.lines {
			switch {
			case strings.HasPrefix(line, "go run -tags sqlite_fts5 ./cmd/crawl   -db postgres://"):
				// The sources file's outlets are on the network: the
				// quick start's pages instead.
				line = "crawl -db " + url + " testdata/site/news testdata/samples"
			case strings.HasPrefix(line, "go run -tags sqlite_fts5 ./cmd/extract -db postgres://"):
				line = strings.Replace(line, "postgres://USER:PASSWORD@localhost:5432/news", url, 1)
			case strings.HasPrefix(line, "psql news -c "):
				query = strings.Trim(strings.TrimPrefix(line, "psql news -c "), `"`)
				continue
			default:
				continue
			}
			n++
			if out, err := sh(t, dir, line); err != nil {
				t.Fatalf("%s: %v\n%s", line, err, out)
			}
		}
	}
	if n != 2 || query == "" {
		t.Fatalf("README: found %d of its crawl and extract commands on PostgreSQL and query %q", n, query)
	}
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(t.Context(), query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	got := 0
	for rows.Next() {
		got++
	}
	if rows.Close(); rows.Err() != nil || got == 0 {
		t.Errorf("%s: %d rows, %v; want the outlets' sums", query, got, rows.Err())
	}
}

// duckdbScript runs the SQL of its first argument with DuckDB's library
// for Node (the npm package @duckdb/node-api, installed in the folder
// DUCKDB_NODE) and prints the column names, then each row, as JSON lines.
const duckdbScript = `
import { createRequire } from 'node:module';
const require = createRequire(process.env.DUCKDB_NODE + '/');
const { DuckDBInstance } = require('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const result = await conn.runAndReadAll(process.argv[2]);
console.log(JSON.stringify(result.columnNames()));
for (const row of result.getRowsJson()) console.log(JSON.stringify(row));
`

// duckdb returns a function that runs SQL with DuckDB in dir and returns
// the column names and rows as JSON lines. DuckDB is DuckDB's library for
// Node, from the npm package @duckdb/node-api that .ci/run installs in
// .ci/node (NEWSFACTS_DUCKDB_NODE names another folder); without it, or
// without node, the test skips, and fails in CI.
func duckdb(t *testing.T, dir string) func(sql string) []string {
	t.Helper()
	mod := os.Getenv("NEWSFACTS_DUCKDB_NODE")
	if mod == "" {
		mod, _ = filepath.Abs(filepath.Join("..", ".ci", "node"))
	}
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(mod, "node_modules", "@duckdb", "node-api"))
	}
	if err != nil {
		if os.Getenv("CI") != "" || os.Getenv("NEWSFACTS_CI") != "" {
			t.Fatalf("DuckDB for Node missing (%v): .ci/run installs it with npm into .ci/node", err)
		}
		t.Skipf("DuckDB for Node missing (%v): npm install --prefix .ci/node @duckdb/node-api, or NEWSFACTS_DUCKDB_NODE=DIR", err)
	}
	script := filepath.Join(t.TempDir(), "duckdb.mjs")
	if err := os.WriteFile(script, []byte(duckdbScript), 0o644); err != nil {
		t.Fatal(err)
	}
	return func(sql string) []string {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), node, script, sql)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "DUCKDB_NODE="+mod)
		out, err := cmd.Output()
		if err != nil {
			var stderr string
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = string(ee.Stderr)
			}
			t.Fatalf("DuckDB: %s: %v\n%s", sql, err, stderr)
		}
		return strings.Split(strings.TrimSpace(string(out)), "\n")
	}
}

// TestREADMEDuckDB exports the quick start's facts and articles to
// Parquet with the README's commands, runs its DuckDB query on them with
// DuckDB's own library, offline, and checks the sums against SQLite's.
// The pandas snippet is not run (no Parquet engine for pandas can be
// installed here): the columns it names are checked to be in the files,
// and value to be a 64-bit integer, which pandas reads as Int64.
func TestREADMEDuckDB(t *testing.T) {
	dir := quickStart(t)
	run := duckdb(t, dir)
	blocks, _ := readme(t)
	var query, python string
	for _, b := range blocks {
		for _, line := range b.lines {
			if b.info == "sh" && strings.HasPrefix(line, "extract -db news.db -export parquet") {
				if out, err := sh(t, dir, line); err != nil {
					t.Fatalf("%s: %v\n%s", line, err, out)
				}
			}
			if b.info == "sh" && strings.HasPrefix(line, `duckdb -c "`) {
				query = strings.TrimSuffix(strings.TrimPrefix(line, `duckdb -c "`), `"`)
			}
		}
		if b.info == "python" {
			python = strings.Join(b.lines, "\n")
		}
	}
	if query == "" || python == "" {
		t.Fatalf("README: no duckdb -c \"…\" line (%q) or no python block", query)
	}
	rows := run(query)
	if len(rows) < 2 || rows[0] != `["outlet","amounts","won"]` {
		t.Fatalf("DuckDB: %s:\n%s\nwant the columns outlet, amounts, won and rows", query, strings.Join(rows, "\n"))
	}
	want := shell(t, filepath.Join(dir, "news.db"), `SELECT group_concat(line, char(10)) FROM (
		SELECT json_array(a.outlet, CAST(count(*) AS TEXT), CAST(sum(f.value) AS TEXT)) AS line
		FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE f.kind = 'money' AND f.currency = 'KRW' AND f.value IS NOT NULL
		GROUP BY a.outlet ORDER BY sum(f.value) DESC)`)
	// DuckDB's JSON rows write 64-bit and wider integers as strings.
	if got := strings.Join(rows[1:], "\n"); got != want {
		t.Errorf("DuckDB's sums:\n%s\nwant SQLite's:\n%s", got, want)
	}

	columns := map[string]string{}
	for _, file := range []string{"facts.parquet", "articles.parquet"} {
		for _, row := range run(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('` + file + `'))`)[1:] {
			var nt []string
			if err := json.Unmarshal([]byte(row), &nt); err != nil || len(nt) != 2 {
				t.Fatalf("DESCRIBE %s: %q: %v", file, row, err)
			}
			columns[nt[0]] = nt[1]
		}
	}
	named := regexp.MustCompile(`(?:^|[^"\w])facts\.(\w+)|\["(\w+)"\]|"(\w+)"(?:, "(\w+)")?\]\]|on="(\w+)"`)
	n := 0
	for _, m := range named.FindAllStringSubmatch(python, -1) {
		for _, c := range m[1:] {
			if c == "" {
				continue
			}
			n++
			if _, ok := columns[c]; !ok {
				t.Errorf("the pandas snippet names %q, a column of neither Parquet file", c)
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d column names in the pandas snippet, want its kind, currency, outlet, value, article_id, title", n)
	}
	if columns["value"] != "BIGINT" {
		t.Errorf("facts.parquet's value is %s, want BIGINT (pandas' Int64)", columns["value"])
	}
}
