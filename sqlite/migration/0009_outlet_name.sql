-- 0009: the outlet's name, as the [[source]] of a sources file names it,
-- kept with the page crawled for that source and with the article made of
-- the page. `outlet` stays the host name; the name is empty for pages
-- crawled from a bare URL or imported from disk.
ALTER TABLE crawl_queue ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN outlet_name TEXT NOT NULL DEFAULT '';
