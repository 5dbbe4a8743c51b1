-- 0005: the metadata the extractor reads beside the text: the site's
-- section, the page's language, the reporters one by one with their
-- e-mail addresses, and the photo captions it keeps out of the text.

ALTER TABLE articles ADD COLUMN section  TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN lang     TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN authors  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors));
ALTER TABLE articles ADD COLUMN emails   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails));
ALTER TABLE articles ADD COLUMN captions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(captions));

-- articles_clean shows the section and language too.
DROP VIEW articles_clean;
CREATE VIEW articles_clean AS
SELECT
    a.id                 AS article_id,
    a.published_date_kst AS published_date_kst,
    a.published_at       AS published_at,
    a.published_utc      AS published_utc,
    a.outlet             AS outlet,
    a.section            AS section,
    a.lang               AS lang,
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
