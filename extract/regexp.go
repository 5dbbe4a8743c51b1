package extract

import "regexp"

// Regular expressions used across the package, compiled once.
var (
	// reXMLEncoding finds the encoding of an XML declaration.
	reXMLEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']?([a-z0-9._:-]+)`)
	// reMetaCharset finds the charset of <meta charset> or of a
	// Content-Type <meta http-equiv>, in lowercased markup.
	// reNumericDate finds a numeric date (2023.04.07, 04/10/2018) or a
	// clock time (19:13).
	reNumericDate = regexp.MustCompile(`\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}|\d{1,2}:\d{2}`)
	// reBracketed finds bracketed tags such as "[INSIGHT]" or "(VIDEO)".
	reBracketed = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)`)
	// reLabel finds a short label ending in a colon: "SEE MORE:".
	reLabel       = regexp.MustCompile(`[\p{L}\s]{0,24}[:：]`)
	reMetaCharset = regexp.MustCompile(`<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)`)
)
