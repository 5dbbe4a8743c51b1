-- 0009: the outlet's name, as the [[source]] of a sources file names it,
-- kept with the page crawled for that source and with the article made of
-- the page. `outlet` stays the host name; the name is empty for pages
-- crawled from a bare URL or imported from disk.
ALTER TABLE pages ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN outlet_name TEXT NOT NULL DEFAULT '';

-- Of a run's failed URLs, the linked pages that answered 404 or 410: they
-- are recorded in fetch_failures, but make no run partial.
ALTER TABLE crawl_runs ADD COLUMN gone INTEGER NOT NULL DEFAULT 0 CHECK (gone >= 0);

-- The web view's facts browser sorts and filters by value within a kind:
-- with this index a page sorted by amount reads its rows, not every fact.
CREATE INDEX facts_kind_value ON facts (kind, value);
