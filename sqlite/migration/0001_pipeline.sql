-- 0001: the pipeline's core tables. Timestamps are ISO-8601 text with an
-- offset (2025-04-18T11:00:08+09:00); booleans are 0/1 integers.

-- One row per run of the crawl command: what it was asked and what it did.
CREATE TABLE crawl_runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    status        TEXT    NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'ok', 'partial', 'failed', 'interrupted')),
    targets       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(targets)),
    user_agent    TEXT    NOT NULL DEFAULT '',
    fetched       INTEGER NOT NULL DEFAULT 0 CHECK (fetched >= 0),      -- responses received
    stored        INTEGER NOT NULL DEFAULT 0 CHECK (stored >= 0),       -- new page rows written
    unchanged     INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),    -- fetched, same content as stored
    not_modified  INTEGER NOT NULL DEFAULT 0 CHECK (not_modified >= 0), -- 304 answers
    skipped       INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),      -- visited before, robots, off-site
    failed        INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    bytes         INTEGER NOT NULL DEFAULT 0 CHECK (bytes >= 0),
    duration_ms   INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    error         TEXT
) STRICT;

-- One row per distinct fetched content of a URL: a page fetched again with
-- the same bytes is not stored twice; a page whose content changed gets a
-- new row, so every version the crawler saw is kept.
CREATE TABLE pages (
    id             INTEGER PRIMARY KEY,
    url            TEXT    NOT NULL,            -- canonical form, the key
    requested_url  TEXT    NOT NULL,            -- as the crawler asked for it
    final_url      TEXT    NOT NULL,            -- after redirects
    status         INTEGER NOT NULL CHECK (status BETWEEN 100 AND 599),
    content_type   TEXT    NOT NULL DEFAULT '',
    charset        TEXT    NOT NULL DEFAULT '', -- charset the body was decoded with at extraction
    etag           TEXT    NOT NULL DEFAULT '',
    last_modified  TEXT    NOT NULL DEFAULT '',
    headers        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(headers)),
    fetched_at     TEXT    NOT NULL,
    body           BLOB    NOT NULL,
    content_hash   TEXT    NOT NULL CHECK (length(content_hash) = 64), -- sha256 of body, hex
    run_id         INTEGER REFERENCES crawl_runs (id) ON DELETE SET NULL,
    extracted_version TEXT,                     -- extractor version that last processed it
    extract_error  TEXT,                        -- why no article came out, if none did
    UNIQUE (url, content_hash)
) STRICT;

CREATE INDEX pages_url ON pages (url, id);
CREATE INDEX pages_extracted ON pages (extracted_version);

-- One row per article: the clean text of the newest page version of a URL.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    page_id           INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    url               TEXT    NOT NULL UNIQUE,   -- canonical URL of the article
    outlet            TEXT    NOT NULL DEFAULT '',  -- host name, e.g. news.kbs.co.kr
    title             TEXT    NOT NULL,
    byline            TEXT    NOT NULL DEFAULT '',
    published_at      TEXT,
    modified_at       TEXT,
    text              TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    extracted_at      TEXT    NOT NULL
) STRICT;

CREATE INDEX articles_page ON articles (page_id);
CREATE INDEX articles_published ON articles (published_at);

-- One row per number an article states. Money values are exact amounts in
-- the currency's unit: INTEGER won for KRW, REAL only where a foreign amount
-- has decimals; value_text keeps every digit as written by the extractor.
CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 0),  -- order within the article
    kind        TEXT    NOT NULL CHECK (kind IN ('money', 'count', 'percent')),
    text        TEXT    NOT NULL,
    value       ANY     CHECK (value IS NULL OR typeof(value) IN ('integer', 'real')),
    value_text  TEXT,
    currency    TEXT    CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))),
    unit        TEXT,
    min         ANY     CHECK (min IS NULL OR typeof(min) IN ('integer', 'real')),
    max         ANY     CHECK (max IS NULL OR typeof(max) IN ('integer', 'real')),
    approx      INTEGER NOT NULL DEFAULT 0 CHECK (approx IN (0, 1)),
    qualifiers  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(qualifiers)),
    char_start  INTEGER NOT NULL CHECK (char_start >= 0),   -- code points into articles.text
    char_end    INTEGER NOT NULL CHECK (char_end > char_start),
    sentence    TEXT    NOT NULL,
    CHECK (kind <> 'money' OR currency IS NOT NULL),
    CHECK (min IS NULL OR max IS NULL OR min <= max),
    UNIQUE (article_id, seq)
) STRICT;

CREATE INDEX facts_kind_currency ON facts (kind, currency, value);

-- Every URL the crawler could not fetch, per run, with the reason.
CREATE TABLE fetch_failures (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER REFERENCES crawl_runs (id) ON DELETE CASCADE,
    url       TEXT    NOT NULL,
    status    INTEGER,          -- HTTP status when there was an answer
    error     TEXT    NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    failed_at TEXT    NOT NULL
) STRICT;

CREATE INDEX fetch_failures_url ON fetch_failures (url);
