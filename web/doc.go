// Package web is the read-only web view of a newsfacts database that
// cmd/serve runs: search over the articles, a facts browser with filters,
// charts and a CSV download, and each article with its facts highlighted.
// Pages are rendered on the server (html/template, templates/), charts are
// SVG drawn in Go, and nothing is fetched from the network. It reads
// through Store, which the SQLite and PostgreSQL stores implement; every
// query has a time limit and every listing a bounded page size.
//
// Files:
//
//	server.go   New, Server, Options: routes, rendering, time limits
//	store.go    Store and the values it returns; Cond, Op, FactQuery
//	columns.go  FactColumn, ListColumn, OnArticle: the SQL of each column name, for both stores
//	filter.go   the facts browser's filters and sorts, parsed from the query string
//	home.go     the overview and search pages
//	facts.go    the facts browser and its CSV download
//	article.go  an article with its facts, and a page fetch
//	chart.go    stacked-bar charts as SVG
//	text.go     Passage and the highlighting of terms and facts in text
package web
