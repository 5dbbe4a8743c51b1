-- 0016: recording that a page was extracted again updates its
-- page_extractions row in place.
--
-- page_extracted sets the row's version at every extraction, and
-- page_extractions_version indexed it: each re-extracted page's new row
-- version took an entry in every index of the table (its key, version,
-- outlet), and left as many dead ones to vacuum. No statement reads the
-- index: extract finds its pending pages by `version <> $1` (which a
-- B-tree does not serve) from page_current, and analysts count versions
-- over the whole table. Without it, and with room left on each page for
-- a row's new version (fillfactor, as articles in 0013), an update that
-- keeps the page's outlet is a heap-only tuple: no index is touched.
-- SQLite keeps its index (sqlite/migration/0004): an update there
-- rewrites its row and index entries either way.

DROP INDEX page_extractions_version;

ALTER TABLE page_extractions SET (fillfactor = 70);
