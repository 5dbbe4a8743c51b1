-- 0008: parser health per outlet and day. A layout change makes the
-- extractor lose bodies, dates or bylines without an error: outlet_health
-- shows, per outlet and KST day of fetching, the share of pages that gave
-- an article, the median body length and the shares of articles with a
-- published time, a byline and a fact, and why the other pages gave none.
-- `extract -db` compares each outlet's latest day with its own recent days.

-- The outlet a page belongs to, recorded when it is extracted: its host,
-- as articles.outlet is.
ALTER TABLE page_extractions ADD COLUMN outlet TEXT NOT NULL DEFAULT '';

UPDATE page_extractions SET outlet = (
    SELECT lower(substr(rest, 1, instr(replace(replace(rest, '?', '/'), '#', '/') || '/', '/') - 1))
    FROM (SELECT substr(p.url, instr(p.url, '://') + 3) AS rest FROM pages p WHERE p.id = page_extractions.page_id));
UPDATE page_extractions SET outlet = substr(outlet, 1, instr(outlet, ':') - 1) WHERE instr(outlet, ':') > 0;
UPDATE page_extractions SET outlet = '' WHERE outlet IS NULL;

CREATE INDEX page_extractions_outlet ON page_extractions (outlet);

CREATE VIEW outlet_health AS
WITH page_stats AS (
    -- The current version of every extracted page, with its article.
    SELECT pe.outlet                           AS outlet,
           date(p.fetched_at, '+9 hours')      AS day,
           pe.error                            AS error,
           a.id                                AS article_id,
           length(a.text)                      AS chars,
           a.published_at IS NOT NULL          AS has_time,
           a.byline <> ''                      AS has_byline,
           EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id) AS has_fact
    FROM page_extractions pe
    JOIN page_current pc ON pc.page_id = pe.page_id
    JOIN pages p ON p.id = pe.page_id
    LEFT JOIN articles a ON a.page_id = pe.page_id
),
ranked AS (
    SELECT outlet, day, chars,
           row_number() OVER (PARTITION BY outlet, day ORDER BY chars) AS rn,
           count(*) OVER (PARTITION BY outlet, day) AS n
    FROM page_stats WHERE article_id IS NOT NULL
),
medians AS (
    SELECT outlet, day, avg(chars) AS median_chars
    FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY outlet, day
),
reason_counts AS (
    SELECT outlet, day, error, count(*) AS k
    FROM page_stats WHERE error IS NOT NULL
    GROUP BY outlet, day, error
    ORDER BY k DESC, error
),
reasons AS (
    SELECT outlet, day, group_concat(error || ' (' || k || ')', '; ') AS no_article_reasons
    FROM reason_counts GROUP BY outlet, day
)
SELECT s.outlet                                                  AS outlet,
       s.day                                                     AS day,
       count(*)                                                  AS pages,
       sum(s.error IS NULL)                                      AS articles,
       round(avg(s.error IS NULL), 4)                            AS article_share,
       coalesce(m.median_chars, 0)                               AS median_chars,
       round(coalesce(avg(CASE WHEN s.article_id IS NOT NULL THEN s.has_time END), 0), 4)   AS published_share,
       round(coalesce(avg(CASE WHEN s.article_id IS NOT NULL THEN s.has_byline END), 0), 4) AS byline_share,
       round(coalesce(avg(CASE WHEN s.article_id IS NOT NULL THEN s.has_fact END), 0), 4)   AS fact_share,
       sum(s.error IS NOT NULL)                                  AS no_article,
       coalesce(r.no_article_reasons, '')                        AS no_article_reasons
FROM page_stats s
LEFT JOIN medians m ON m.outlet = s.outlet AND m.day = s.day
LEFT JOIN reasons r ON r.outlet = s.outlet AND r.day = s.day
GROUP BY s.outlet, s.day;
