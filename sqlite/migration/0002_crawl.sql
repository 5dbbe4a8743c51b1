-- 0002: what the crawler remembers between runs, so that a run can be
-- repeated, killed and resumed without fetching a page twice or losing one.

-- colly's visited set (sqlite.Frontier implements its storage.Storage),
-- with what the crawler learnt about each URL. A URL counts as visited when
-- the current run has claimed it, or when an earlier run finished fetching
-- it and it is not due again (revisit = 0, done_at newer than the run's
-- revisit cutoff). A claim left by a killed run has no done_at, so the next
-- run fetches the URL again.
CREATE TABLE crawl_visited (
    key           INTEGER PRIMARY KEY,  -- colly's request hash of the URL (FNV-64a), as a signed integer
    run_id        INTEGER NOT NULL,     -- the run that last claimed the URL
    done_at       TEXT,                 -- UTC; when a fetch of it last finished; NULL: never
    revisit       INTEGER NOT NULL DEFAULT 0 CHECK (revisit IN (0, 1)), -- start page, index page, feed, sitemap
    etag          TEXT    NOT NULL DEFAULT '',  -- validators for the next conditional GET
    last_modified TEXT    NOT NULL DEFAULT ''
) STRICT;

-- The frontier: URLs found (start pages, feeds, sitemaps and what they
-- list, links) and not yet fetched. A row is deleted when its fetch
-- finishes; a run killed midway leaves its rows for the next run.
CREATE TABLE crawl_queue (
    id        INTEGER PRIMARY KEY,
    url       TEXT    NOT NULL UNIQUE,          -- canonical form, as fetched
    found_url TEXT    NOT NULL DEFAULT '',      -- as found, before canonicalisation
    host      TEXT    NOT NULL,                 -- host[:port] of url
    kind      TEXT    NOT NULL CHECK (kind IN ('start', 'feed', 'sitemap', 'page')),
    prio      INTEGER NOT NULL DEFAULT 1,       -- 0 before 1: feeds, sitemaps and start pages first
    depth     INTEGER NOT NULL DEFAULT 0 CHECK (depth >= 0), -- links followed from a start page
    key       INTEGER NOT NULL,                 -- crawl_visited.key of url
    added_at  TEXT    NOT NULL,
    run_id    INTEGER,                          -- the run that last took it
    tries     INTEGER NOT NULL DEFAULT 0 CHECK (tries >= 0) -- runs in which its fetch failed and may succeed later
) STRICT;

CREATE INDEX crawl_queue_next ON crawl_queue (host, prio, id);

-- The URL as found in a feed, sitemap or link, before canonicalisation
-- (tracking parameters, fragment, query order); '' when it was the same.
ALTER TABLE pages ADD COLUMN found_url TEXT NOT NULL DEFAULT '';
