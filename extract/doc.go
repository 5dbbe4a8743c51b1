// Package extract turns news pages into clean articles and the facts they
// state. It is pure: bytes in, values out. It does no I/O beyond reading the
// arguments it is given, opens no database or network connection and never
// logs.
//
// Files:
//
//	article.go   Article, Options, FromHTML: the HTML entry point
//	fact.go      Fact, Kind and Facts: facts found in plain text
//	decimal.go   Decimal: exact amounts without float arithmetic
package extract
