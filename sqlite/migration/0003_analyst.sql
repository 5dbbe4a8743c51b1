-- 0003: what analysts read. Columns derived from published_at, a trigram
-- full-text index over articles kept in sync by triggers, and the views the
-- README's queries use. docs/schema.md documents every column; a test keeps
-- the two in step.
--
-- Keep this file readable by the sqlite3 shells analysts have (3.37 or
-- newer, for STRICT): no ORDER BY inside aggregates, no ->> operator.

-- published_at keeps the page's own offset; SQLite's date functions first
-- normalise such a value to UTC, so these are right whatever the offset.
-- published_utc sorts correctly across offsets, published_at does not.
ALTER TABLE articles ADD COLUMN published_utc TEXT
    GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%SZ', published_at)) VIRTUAL;
ALTER TABLE articles ADD COLUMN published_date_kst TEXT
    GENERATED ALWAYS AS (date(published_at, '+9 hours')) VIRTUAL;

CREATE INDEX articles_published_utc ON articles (published_utc);
CREATE INDEX articles_published_date_kst ON articles (published_date_kst, outlet);
CREATE INDEX articles_outlet ON articles (outlet, published_utc);
-- facts by article in order is the UNIQUE (article_id, seq) index; money by
-- amount is facts_kind_currency.

-- 0001's CHECKs let a currency such as "K1W" or qualifiers that are a JSON
-- object through; a CHECK cannot be added to a table, so triggers refuse them.
CREATE TRIGGER facts_check_insert BEFORE INSERT ON facts
WHEN new.currency GLOB '*[^A-Z]*' OR json_type(new.qualifiers) IS NOT 'array' BEGIN
    SELECT RAISE(ABORT, 'facts: currency must be three capital letters, qualifiers a JSON array');
END;
CREATE TRIGGER facts_check_update BEFORE UPDATE OF currency, qualifiers ON facts
WHEN new.currency GLOB '*[^A-Z]*' OR json_type(new.qualifiers) IS NOT 'array' BEGIN
    SELECT RAISE(ABORT, 'facts: currency must be three capital letters, qualifiers a JSON array');
END;

-- Full-text search over title and body. The trigram tokenizer indexes every
-- three-character substring, so a word is found inside an eojeol:
-- 과기정통부 matches 과기정통부는. Terms of fewer than three characters
-- match nothing; search those with instr() or LIKE (docs/schema.md).
-- External content: the text is stored once, in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'trigram'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- An external-content index must be told the old values to forget them.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- What an analyst reads: one row per article, with its fact counts.
CREATE VIEW articles_clean AS
SELECT
    a.id                 AS article_id,
    a.published_date_kst AS published_date_kst,
    a.published_at       AS published_at,
    a.published_utc      AS published_utc,
    a.outlet             AS outlet,
    a.title              AS title,
    a.byline             AS byline,
    a.url                AS url,
    a.text               AS text,
    length(a.text)       AS chars,
    (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS fact_count,
    (SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.kind = 'money') AS money_count,
    a.extractor_version  AS extractor_version,
    a.page_id            AS page_id
FROM articles a;

-- One row per money fact, with what it takes to read and to cite it.
CREATE VIEW money AS
SELECT
    f.id                 AS fact_id,
    a.id                 AS article_id,
    a.published_date_kst AS published_date_kst,
    substr(a.published_date_kst, 1, 7) AS month_kst,
    substr(a.published_date_kst, 1, 4) || '-Q' ||
        ((CAST(substr(a.published_date_kst, 6, 2) AS INTEGER) + 2) / 3) AS quarter_kst,
    a.published_at       AS published_at,
    a.outlet             AS outlet,
    a.title              AS title,
    a.url                AS url,
    f.value              AS amount,
    f.currency           AS currency,
    CASE WHEN f.currency = 'KRW' THEN f.value / 1e8 END  AS amount_eok,
    CASE WHEN f.currency = 'KRW' THEN f.value / 1e12 END AS amount_jo,
    f.min                AS min,
    f.max                AS max,
    f.approx             AS approx,
    coalesce((SELECT group_concat(q.value, ' ') FROM json_each(f.qualifiers) q), '') AS qualifiers,
    EXISTS (SELECT 1 FROM facts e
            WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = 'money'
              AND e.currency = f.currency AND e.value = f.value) AS repeated,
    f.text               AS text,
    f.sentence           AS sentence,
    f.char_start         AS char_start,
    f.char_end           AS char_end
FROM facts f
JOIN articles a ON a.id = f.article_id
WHERE f.kind = 'money';

-- Every fact of every kind traced back to the fetch it came from: the
-- surface text cut from the stored article text by the stored offsets, the
-- sentence, the article, and the page row with its URL and fetch time.
CREATE VIEW fact_provenance AS
SELECT
    f.id                 AS fact_id,
    f.kind               AS kind,
    f.text               AS text,
    substr(a.text, f.char_start + 1, f.char_end - f.char_start) AS surface,
    f.sentence           AS sentence,
    f.seq                AS seq,
    f.char_start         AS char_start,
    f.char_end           AS char_end,
    a.id                 AS article_id,
    a.url                AS article_url,
    a.extractor_version  AS extractor_version,
    a.extracted_at       AS extracted_at,
    p.id                 AS page_id,
    p.url                AS page_url,
    p.final_url          AS final_url,
    p.fetched_at         AS fetched_at,
    p.content_hash       AS content_hash,
    p.run_id             AS run_id
FROM facts f
JOIN articles a ON a.id = f.article_id
JOIN pages p ON p.id = a.page_id;
