package extract

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// Charset names Decode reports. Other encodings are reported by their
// WHATWG name (htmlindex).
const (
	CharsetUTF8  = "utf-8"
	CharsetCP949 = "cp949" // EUC-KR and its Unified Hangul Code superset
)

// ErrCharset reports a declared charset that no decoder knows and that
// could not be replaced by sniffing.
var ErrCharset = errors.New("unknown charset")

// korean949 lists the labels that all mean Windows code page 949. EUC-KR is
// a subset, and servers that say euc-kr send 949 bytes in practice, so all
// of them get the CP949 decoder.
var korean949 = map[string]bool{
	"cp949": true, "ms949": true, "x-windows-949": true, "windows-949": true,
	"uhc": true, "euc-kr": true, "euckr": true, "x-euc-kr": true,
	"ks_c_5601-1987": true, "ks_c_5601-1989": true, "ksc5601": true,
	"ksc_5601": true, "csksc56011987": true, "iso-ir-149": true, "korean": true,
}

// Decode turns page bytes into UTF-8 text and names the charset it used.
// The sources are tried in this order: a byte-order mark; bytes that are
// valid UTF-8 (whatever the page declares, since a declaration that
// contradicts valid multi-byte UTF-8 is the common lie); the charset of
// the contentType header; a <meta charset>, <meta http-equiv> or XML
// declaration in the first 1024 bytes; then sniffing between CP949 and
// windows-1252. Bytes a decoder cannot map become U+FFFD rather than being
// dropped, so damage stays visible.
//
// Decode returns an error wrapping ErrNotHTML for binary data, and one
// wrapping ErrCharset when a declared charset is unknown and the bytes are
// not UTF-8 or CP949.
func Decode(page []byte, contentType string) (text, charset string, err error) {
	b, charset, err := decode(page, contentType)
	return string(b), charset, err
}

// decode is Decode returning bytes. Valid UTF-8 comes back as page itself,
// not a copy.
func decode(page []byte, contentType string) ([]byte, string, error) {
	if enc, name, n := bomEncoding(page); enc != nil {
		b, err := decodeWith(enc, page[n:])
		return b, name, err
	}
	if isBinary(page) {
		return nil, "", fmt.Errorf("decode: binary data: %w", ErrNotHTML)
	}
	if utf8.Valid(page) {
		return page, CharsetUTF8, nil
	}
	declared := headerCharset(contentType)
	if declared == "" {
		declared = prescanCharset(page)
	}
	if declared != "" && declared != CharsetUTF8 {
		enc, name, err := lookupCharset(declared)
		if err == nil {
			b, err := decodeWith(enc, page)
			return b, name, err
		}
		if !looksCP949(page) {
			return nil, "", fmt.Errorf("decode: charset %q: %w", declared, err)
		}
	}
	// Declared UTF-8 with bad bytes, or nothing declared: sniff.
	if looksCP949(page) {
		b, err := decodeWith(korean.EUCKR, page)
		return b, CharsetCP949, err
	}
	if declared == CharsetUTF8 || mostlyUTF8(page) {
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), CharsetUTF8, nil
	}
	b, err := decodeWith(charmap.Windows1252, page)
	return b, "windows-1252", err
}

// bomEncoding reports the encoding a byte-order mark names and the mark's
// length.
func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, CharsetUTF8, 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	}
	return nil, "", 0
}

func decodeWith(enc encoding.Encoding, b []byte) ([]byte, error) {
	if enc == encoding.Nop {
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return out, nil
}

// lookupCharset maps a charset label to a decoder and the name Decode
// reports for it.
func lookupCharset(label string) (encoding.Encoding, string, error) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if korean949[label] {
		return korean.EUCKR, CharsetCP949, nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", fmt.Errorf("%q: %w", label, ErrCharset)
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		name = label
	}
	if name == "euc-kr" {
		return korean.EUCKR, CharsetCP949, nil
	}
	if name == "utf-8" {
		return encoding.Nop, CharsetUTF8, nil
	}
	return enc, name, nil
}

// headerCharset returns the charset parameter of a Content-Type header.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return normalizeLabel(params["charset"])
}

func normalizeLabel(s string) string {
	s = strings.ToLower(strings.Trim(strings.TrimSpace(s), `"'`))
	if s == "utf8" {
		s = CharsetUTF8
	}
	return s
}

// prescanCharset finds a charset declared in the first 1024 bytes: <meta
// charset=…>, <meta http-equiv=content-type content="…; charset=…"> or an
// XML declaration's encoding. It reads the bytes as ASCII, which every
// candidate charset agrees with for this markup.
func prescanCharset(b []byte) string {
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	if m := reXMLEncoding.FindStringSubmatch(head); m != nil {
		return normalizeLabel(m[1])
	}
	for _, m := range reMetaCharset.FindAllStringSubmatch(head, -1) {
		return normalizeLabel(m[1])
	}
	return ""
}

// isBinary reports bytes that are no text in any charset Decode knows:
// more than 1% of the first 4 KB are NUL bytes or C0 controls other than
// whitespace. A proportion, not any one byte: a stray NUL in a page (a
// template's bug) leaves it a page, which a browser shows, the NUL as
// U+FFFD; images, archives, executables and UTF-16 without its byte-order
// mark have them by the hundred.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 4096)]
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*100 > len(head) // over 1%
}

// looksCP949 reports bytes that decode as CP949 into mostly Hangul: at
// least 8 double-byte characters, nine in ten of them valid, and most of
// those Hangul syllables.
func looksCP949(b []byte) bool {
	var pairs, valid, hangul int
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if i+1 >= len(b) {
			break
		}
		pairs++
		d := b[i+1]
		i++
		if c < 0x81 || c == 0xFF || d < 0x41 || d == 0xFF {
			continue
		}
		valid++
		// 0xB0–0xC8 × 0xA1–0xFE are the KS X 1001 Hangul rows; lead bytes
		// 0x81–0xC6 with other trails are the UHC extra syllables.
		if (c >= 0xB0 && c <= 0xC8 && d >= 0xA1) || (c >= 0x81 && c <= 0xC6) {
			hangul++
		}
	}
	return pairs >= 8 && valid*10 >= pairs*9 && hangul*2 >= valid
}

// mostlyUTF8 reports bytes whose multi-byte sequences are mostly valid
// UTF-8: a UTF-8 page with a few broken bytes, as truncation leaves.
func mostlyUTF8(b []byte) bool {
	var good, bad int
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		b = b[n:]
	}
	return good > 0 && bad*20 < good
}
