package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// FactRecord is one fact of any kind as the facts export writes it: the
// facts table's columns with the article's date, outlet and URL. Amounts
// are exact: Value, Min and Max hold whole values as integers (won for
// KRW) and are null otherwise; ValueText, MinText and MaxText hold every
// value as a decimal literal with every digit, fractional ones included
// (2.75). The struct tags name the columns in every format.
type FactRecord struct {
	FactID           int64   `parquet:"fact_id"`
	ArticleID        int64   `parquet:"article_id"`
	PublishedDateKST *string `parquet:"published_date_kst,optional"`
	Outlet           string  `parquet:"outlet"`
	OutletName       string  `parquet:"outlet_name"`
	URL              string  `parquet:"url"`
	Seq              int64   `parquet:"seq"`
	Kind             string  `parquet:"kind"`
	Text             string  `parquet:"text"`
	Value            *int64  `parquet:"value,optional"`
	ValueText        *string `parquet:"value_text,optional"`
	Currency         *string `parquet:"currency,optional"`
	Unit             *string `parquet:"unit,optional"`
	Min              *int64  `parquet:"min,optional"`
	MinText          *string `parquet:"min_text,optional"`
	Max              *int64  `parquet:"max,optional"`
	MaxText          *string `parquet:"max_text,optional"`
	Approx           bool    `parquet:"approx"`
	Qualifiers       string  `parquet:"qualifiers"` // a JSON array of strings
	CharStart        int64   `parquet:"char_start"`
	CharEnd          int64   `parquet:"char_end"`
	Sentence         string  `parquet:"sentence"`
	Role             *string `parquet:"role,optional"` // what a money fact means (docs/meaning.md)
	Agent            *string `parquet:"agent,optional"`
	Purpose          *string `parquet:"purpose,optional"`
	Period           *string `parquet:"period,optional"`
	PeriodText       *string `parquet:"period_text,optional"`
	Per              *string `parquet:"per,optional"`
	ClaimID          *int64  `parquet:"claim_id,optional"`
}

// ArticleRecord is one article as the articles export writes it.
type ArticleRecord struct {
	ArticleID        int64   `parquet:"article_id"`
	PageID           int64   `parquet:"page_id"`
	URL              string  `parquet:"url"`
	Outlet           string  `parquet:"outlet"`
	OutletName       string  `parquet:"outlet_name"`
	Title            string  `parquet:"title"`
	Byline           string  `parquet:"byline"`
	PublishedAt      *string `parquet:"published_at,optional"`
	PublishedUTC     *string `parquet:"published_utc,optional"`
	PublishedDateKST *string `parquet:"published_date_kst,optional"`
	ModifiedAt       *string `parquet:"modified_at,optional"`
	Section          string  `parquet:"section"`
	Lang             string  `parquet:"lang"`
	Authors          string  `parquet:"authors"`  // a JSON array of strings
	Emails           string  `parquet:"emails"`   // a JSON array of strings
	Captions         string  `parquet:"captions"` // a JSON array of strings
	Text             string  `parquet:"text"`
	FactCount        int64   `parquet:"fact_count"`
	ExtractorVersion string  `parquet:"extractor_version"`
	ExtractedAt      string  `parquet:"extracted_at"`
}

// EachFactRecord calls fn for every fact, oldest article first, then in
// the article's order, and stops at fn's first error.
func EachFactRecord(ctx context.Context, q Querier, fn func(*FactRecord) error) error {
	rows, err := q.QueryContext(ctx, `
		SELECT f.id, f.article_id, a.published_date_kst, a.outlet, a.outlet_name, a.url, f.seq, f.kind, f.text,
		       f.value, f.value_text, f.currency, f.unit, f.min, f.max, f.approx, f.qualifiers,
		       f.char_start, f.char_end, f.sentence, f.role, f.agent, f.purpose, f.period, f.period_text, f.per,
		       f.claim_id
		FROM facts f JOIN articles a ON a.id = f.article_id
		ORDER BY a.published_utc NULLS FIRST, f.article_id, f.seq`)
	if err != nil {
		return fmt.Errorf("export facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r FactRecord
		var value, lo, hi any
		var valueText sql.NullString
		if err := rows.Scan(&r.FactID, &r.ArticleID, &r.PublishedDateKST, &r.Outlet, &r.OutletName, &r.URL, &r.Seq,
			&r.Kind, &r.Text, &value, &valueText, &r.Currency, &r.Unit, &lo, &hi, &r.Approx, &r.Qualifiers,
			&r.CharStart, &r.CharEnd, &r.Sentence, &r.Role, &r.Agent, &r.Purpose, &r.Period, &r.PeriodText, &r.Per,
			&r.ClaimID); err != nil {
			return fmt.Errorf("export facts: %w", err)
		}
		if valueText.Valid {
			r.ValueText = &valueText.String
		}
		if r.Qualifiers, err = compactJSON(r.Qualifiers); err != nil {
			return fmt.Errorf("export facts: fact %d qualifiers: %w", r.FactID, err)
		}
		if r.Value, _, err = exact(value); err != nil {
			return fmt.Errorf("export facts: fact %d value: %w", r.FactID, err)
		}
		if r.Min, r.MinText, err = exact(lo); err != nil {
			return fmt.Errorf("export facts: fact %d min: %w", r.FactID, err)
		}
		if r.Max, r.MaxText, err = exact(hi); err != nil {
			return fmt.Errorf("export facts: fact %d max: %w", r.FactID, err)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export facts: %w", err)
	}
	return nil
}

// exact splits a number of an ANY column into its integer, when whole,
// and its decimal literal: an INTEGER as it is, a REAL as the shortest
// literal that reads back as the same float64, which is the literal the
// extractor stored for any decimal of up to 15 digits. A decimal text, as
// PostgreSQL gives its numeric values, is an integer when it has no
// fraction.
func exact(v any) (*int64, *string, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil, nil
	case string:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return &n, &v, nil
		}
		if strings.Contains(v, ".") {
			v = strings.TrimSuffix(strings.TrimRight(v, "0"), ".")
		}
		return nil, &v, nil
	case int64:
		s := strconv.FormatInt(v, 10)
		return &v, &s, nil
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, nil, fmt.Errorf("%v is not a number to export", v)
		}
		s := strconv.FormatFloat(v, 'f', -1, 64)
		return nil, &s, nil
	default:
		return nil, nil, fmt.Errorf("unexpected value %T", v)
	}
}

// EachArticleRecord calls fn for every article, oldest first, and stops at
// fn's first error.
func EachArticleRecord(ctx context.Context, q Querier, fn func(*ArticleRecord) error) error {
	rows, err := q.QueryContext(ctx, `
		SELECT a.id, a.page_id, a.url, a.outlet, a.outlet_name, a.title, a.byline, a.published_at, a.published_utc,
		       a.published_date_kst, a.modified_at, a.section, a.lang, a.authors, a.emails, a.captions, a.text,
		       (SELECT count(*) FROM facts f WHERE f.article_id = a.id), a.extractor_version, a.extracted_at
		FROM articles a
		ORDER BY a.published_utc NULLS FIRST, a.id`)
	if err != nil {
		return fmt.Errorf("export articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r ArticleRecord
		if err := rows.Scan(&r.ArticleID, &r.PageID, &r.URL, &r.Outlet, &r.OutletName, &r.Title, &r.Byline,
			&r.PublishedAt, &r.PublishedUTC, &r.PublishedDateKST, &r.ModifiedAt, &r.Section, &r.Lang,
			&r.Authors, &r.Emails, &r.Captions, &r.Text, &r.FactCount, &r.ExtractorVersion, &r.ExtractedAt); err != nil {
			return fmt.Errorf("export articles: %w", err)
		}
		for _, list := range []*string{&r.Authors, &r.Emails, &r.Captions} {
			var err error
			if *list, err = compactJSON(*list); err != nil {
				return fmt.Errorf("export articles: article %d: %w", r.ArticleID, err)
			}
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export articles: %w", err)
	}
	return nil
}

// compactJSON returns the JSON text s without the spaces between its
// tokens: as SQLite keeps a list, whatever PostgreSQL's jsonb prints.
func compactJSON(s string) (string, error) {
	if !strings.ContainsAny(s, " \t\n\r") {
		return s, nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		return "", err
	}
	return b.String(), nil
}
