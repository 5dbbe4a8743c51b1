-- 0006: which stored version of each URL is the current one.
-- The newest row of a URL was taken to be its current version, but a page
-- that changes and then changes back is not stored again (its bytes are
-- already there, (url, content_hash) being unique): the newest row then
-- held content the site no longer served. The current version is now
-- recorded when a page is stored or seen again.

CREATE TABLE page_current (
    url     TEXT    PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX page_current_page ON page_current (page_id);

INSERT INTO page_current (url, page_id)
SELECT url, max(id) FROM pages WHERE status BETWEEN 200 AND 299 GROUP BY url;
