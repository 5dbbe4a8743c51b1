-- 0006: sqlite/migration/0009 in PostgreSQL: the outlet's name from the
-- sources file with the page and the article made of it; and, of a run's
-- failed URLs, the linked pages that answered 404 or 410, which make no
-- run partial.
ALTER TABLE pages ADD COLUMN source text NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN outlet_name text NOT NULL DEFAULT '';
ALTER TABLE crawl_runs ADD COLUMN gone bigint NOT NULL DEFAULT 0 CHECK (gone >= 0);

-- The web view's facts browser sorts and filters by value within a kind.
CREATE INDEX facts_kind_value ON facts (kind, value);
