-- 0004: parser health per outlet and day, as sqlite/migration/0008: the
-- outlet of each extracted page, and the view outlet_health with the same
-- columns as SQLite's.

ALTER TABLE page_extractions ADD COLUMN outlet text NOT NULL DEFAULT '';

UPDATE page_extractions pe SET outlet = lower(coalesce(substring(p.url FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)'), ''))
FROM pages p WHERE p.id = pe.page_id;

CREATE INDEX page_extractions_outlet ON page_extractions (outlet);

CREATE VIEW outlet_health AS
WITH page_stats AS (
    SELECT pe.outlet                                                                      AS outlet,
           to_char((p.fetched_at::timestamptz AT TIME ZONE 'UTC') + interval '9 hours', 'YYYY-MM-DD') AS day,
           pe.error                                                                       AS error,
           a.id                                                                           AS article_id,
           char_length(a.text)                                                            AS chars,
           (a.published_at IS NOT NULL)::int                                              AS has_time,
           (a.byline <> '')::int                                                          AS has_byline,
           EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id)::int                  AS has_fact
    FROM page_extractions pe
    JOIN page_current pc ON pc.page_id = pe.page_id
    JOIN pages p ON p.id = pe.page_id
    LEFT JOIN articles a ON a.page_id = pe.page_id
),
reason_counts AS (
    SELECT outlet, day, error, count(*) AS k
    FROM page_stats WHERE error IS NOT NULL
    GROUP BY outlet, day, error
),
reasons AS (
    SELECT outlet, day, string_agg(error || ' (' || k || ')', '; ' ORDER BY k DESC, error) AS no_article_reasons
    FROM reason_counts GROUP BY outlet, day
)
SELECT s.outlet                                                              AS outlet,
       s.day                                                                 AS day,
       count(*)                                                              AS pages,
       count(*) FILTER (WHERE s.error IS NULL)                               AS articles,
       round(avg((s.error IS NULL)::int), 4)::float8                         AS article_share,
       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.chars), 0)::float8 AS median_chars,
       round(coalesce(avg(s.has_time) FILTER (WHERE s.article_id IS NOT NULL), 0), 4)::float8   AS published_share,
       round(coalesce(avg(s.has_byline) FILTER (WHERE s.article_id IS NOT NULL), 0), 4)::float8 AS byline_share,
       round(coalesce(avg(s.has_fact) FILTER (WHERE s.article_id IS NOT NULL), 0), 4)::float8   AS fact_share,
       count(*) FILTER (WHERE s.error IS NOT NULL)                           AS no_article,
       coalesce(max(r.no_article_reasons), '')                               AS no_article_reasons
FROM page_stats s
LEFT JOIN reasons r ON r.outlet = s.outlet AND r.day = s.day
GROUP BY s.outlet, s.day;
