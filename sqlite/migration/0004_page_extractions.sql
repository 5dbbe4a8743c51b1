-- 0004: extraction state moves out of pages into a table of its own.
-- Marking a page extracted used to update its pages row; the new value
-- changed the row's size, and SQLite then wrote the whole row, body of a
-- hundred kilobytes and more included, into the WAL again at every
-- extraction. A small row per page costs a few hundred bytes instead.

-- What the extractor made of each page it processed.
CREATE TABLE page_extractions (
    page_id      INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    version      TEXT    NOT NULL,              -- extractor version that last processed the page
    error        TEXT,                          -- why no article came out, if none did
    charset      TEXT    NOT NULL DEFAULT '',   -- charset the body was decoded from
    extracted_at TEXT    NOT NULL
) STRICT;

CREATE INDEX page_extractions_version ON page_extractions (version);

INSERT INTO page_extractions (page_id, version, error, charset, extracted_at)
SELECT id, extracted_version, extract_error, charset, fetched_at
FROM pages WHERE extracted_version IS NOT NULL;

DROP INDEX pages_extracted;
ALTER TABLE pages DROP COLUMN extracted_version;
ALTER TABLE pages DROP COLUMN extract_error;
ALTER TABLE pages DROP COLUMN charset;
