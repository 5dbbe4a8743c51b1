package extract

import "regexp"

// Regular expressions used across the package, compiled once.
var (
	// reXMLEncoding finds the encoding of an XML declaration.
	reXMLEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']?([a-z0-9._:-]+)`)
	// reMetaCharset finds the charset of <meta charset> or of a
	// Content-Type <meta http-equiv>, in lowercased markup.
	reMetaCharset = regexp.MustCompile(`<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)`)
)
