// Package extract turns news pages into clean articles and the facts they
// state. It is pure: bytes in, values out. It does no I/O beyond reading the
// arguments it is given, opens no database or network connection and never
// logs.
//
// FromHTML works in one pass over one parse: Decode the bytes, parse them
// with x/net/html, read the metadata from the whole page, remove page
// furniture (dropRules), pick the elements that hold the body (a site
// profile, an operator's or built in, else a scorer), prune what is left inside them (pruneRules),
// split them into paragraphs, drop furniture lines (lineRules) and copies
// (Dedupe), and hand the text to package facts for the facts it states.
//
// Files:
//
//	article.go    Article, Options, FromHTML: the HTML entry point
//	charset.go    Decode: bytes to UTF-8 from BOM, header, meta, sniffing
//	bound.go      cutTags: a hostile page read up to maxStartTags elements
//	rawtext.go    parseSpliced: long scripts and styles parsed as placeholders, their texts put back
//	meta.go       metadata gathered in one walk: meta tags, JSON-LD, dates
//	title.go      the headline without the site's name
//	titleecho.go  the headline shown in the body as the document title's start, whatever its element
//	sitetitle.go  a document title that is only the site's name, and the heading that is the headline then
//	date.go       date parsing in the forms Korean pages write, and choice
//	byline.go     reporters' names and e-mail addresses; the author's credit repeated as a paragraph
//	infoname.go   the reporter named alone before the header's date; an author tag naming the copyright holder is the outlet
//	jsonld.go     JSON-LD article objects
//	script.go     bodies that live only in scripts (Arc XP, articleBody); Arc's display date, where the meta time is a draft's
//	appstate.go   bodies in the app state of Next.js and Nuxt pages
//	jsstring.go   string literals of JavaScript and JSON sources
//	hint.go       what class and id names say about an element
//	hintwords.go  the words of class and id names, as data
//	clean.go      dropRules: page-wide furniture removal
//	segment.go    text segments between blocks and <br> runs
//	stats.go      per-element text, link and punctuation counts
//	score.go      the scorer that finds the body's elements
//	loosetext.go  a story set loose in <body>, after a stray </html>, wrapped as one element
//	prune.go      pruneRules: furniture inside the chosen body
//	paragraph.go  paragraphs and captions (caption elements, photo boxes) from the body's elements
//	photobox.go   what tells a photo box, its caption and credit without a name: an inline photo span, the alt repeated, a line under every photo, lines of sentences beside photos in elements of their own (the story)
//	datatable.go  isDataRow: a row of a data table inside a story, read as one line
//	editornote.go an editor's note (편집자주) in a box of its own before the body, read as its first paragraph
//	deck.go       a deck (subtitle lines) in an element of its own under the headline or past its byline and share bar, or one the page's description repeats, or a short <p> under the headline outside the story's element, read as the first lines
//	furniture.go  lineRules: furniture recognised by a paragraph's text
//	keys.go       keySet: which of the lineRules' keys a line holds, in one pass
//	firstrune.go  firstRune: whether a line's first rune can begin an anchored rule's match
//	labelbox.go   boxRules: furniture boxes recognised by their label
//	dateline.go   lines that are only a date
//	openinglabel.go a short name alone in brackets opening the story ("[이코노미조선]"), a label over it, told from a broadcast cue ("[앵커]")
//	closingcredit.go the last paragraph's trailing photo credit, address or signature, split off
//	signoff.go    the few lines after the reporter's closing sign-off, dropped as furniture
//	dedupe.go     Dedupe: repeated copies of the body
//	rules.go      Rules, Profile, Profiles: outlets' selectors, as data
//	profile.go    the built-in profiles of known outlets
//	canonical.go  whether a declared canonical URL can name the article
//	regexp.go     the HTML extractor's regular expressions
//	tree.go       small helpers over x/net/html nodes
//	atomset.go    atomSet: sets of elements the walks ask about every element
package extract
