package extract

import (
	"flag"
	"path/filepath"
)

// update rewrites the golden files of TestGolden.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/<case>/want.txt")

// sharedDir is ../shared beside the repository root, seen from this
// package's directory: the test pages and the seed article live there and
// are never copied into the repository.
var sharedDir = filepath.Join("..", "..", "shared")
