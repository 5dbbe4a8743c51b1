-- 0014: the outlet's name in the views. 0009 stores the name the sources
-- file gives an outlet with each page crawled for it (pages.source) and
-- with the article made of the page (articles.outlet_name). The views
-- articles_clean, money and outlet_health now show it as outlet_name, and
-- claims lists the names as outlet_names: the name where the sources file
-- gives one, else the host name, so that a query can show and group by
-- outlet_name whatever way a page came in (a bare URL, files from disk).
-- outlet stays the host name. Each view is 0005's, 0013's, 0008's and
-- 0012's with the new column after outlet (outlets in claims).
--
-- outlet_health still groups by host (page_extractions.outlet): a layout
-- belongs to a site, the built-in extraction profiles are chosen by host,
-- a host keeps its history when its source is renamed, and pages without
-- a name have one too. outlet_name names the host's source, the greatest
-- name among the day's pages if several sources share the host.
--
-- Keep this file readable by the sqlite3 shells analysts have (3.37 or
-- newer): no ORDER BY inside aggregates, no ->> operator.

DROP VIEW articles_clean;
CREATE VIEW articles_clean AS
SELECT
    a.id                 AS article_id,
    a.published_date_kst AS published_date_kst,
    a.published_at       AS published_at,
    a.published_utc      AS published_utc,
    a.outlet             AS outlet,
    coalesce(nullif(a.outlet_name, ''), a.outlet) AS outlet_name,
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

DROP VIEW money;
CREATE VIEW money AS
SELECT
    f.id                 AS fact_id,
    a.id                 AS article_id,
    a.published_date_kst AS published_date_kst,
    substr(a.published_date_kst, 1, 7) AS month_kst,
    substr(a.published_date_kst, 1, 4) || '-Q' ||
        ((CAST(substr(a.published_date_kst, 6, 2) AS INTEGER) + 2) / 3) AS quarter_kst,
    a.published_at       AS published_at,
    a.outlet             AS outlet,
    coalesce(nullif(a.outlet_name, ''), a.outlet) AS outlet_name,
    a.title              AS title,
    a.url                AS url,
    f.value              AS amount,
    f.currency           AS currency,
    CASE WHEN f.currency = 'KRW' THEN f.value / 1e8 END  AS amount_eok,
    CASE WHEN f.currency = 'KRW' THEN f.value / 1e12 END AS amount_jo,
    f.min                AS min,
    f.max                AS max,
    f.approx             AS approx,
    coalesce((SELECT group_concat(q.value, ' ') FROM json_each(f.qualifiers) q), '') AS qualifiers,
    coalesce((SELECT group_concat(c.value, ' ') FROM json_each(f.context_words) c), '') AS context_words,
    EXISTS (SELECT 1 FROM facts e
            WHERE e.article_id = f.article_id AND e.seq < f.seq AND e.kind = 'money'
              AND e.currency = f.currency AND e.value = f.value) AS repeated,
    f.text               AS text,
    f.sentence           AS sentence,
    f.char_start         AS char_start,
    f.char_end           AS char_end,
    f.role               AS role,
    f.agent              AS agent,
    f.purpose            AS purpose,
    f.period             AS period,
    f.period_text        AS period_text,
    f.per                AS per,
    f.claim_id           AS claim_id
FROM facts f
JOIN articles a ON a.id = f.article_id
WHERE f.kind = 'money';

DROP VIEW claims;
CREATE VIEW claims AS
WITH m AS (
    SELECT f.id, f.claim_id, f.article_id, f.currency, f.value, f.min, f.max, f.text, f.sentence,
           f.role, f.agent, f.purpose, f.period, f.per, a.outlet,
           coalesce(nullif(a.outlet_name, ''), a.outlet) AS outlet_name, a.url, a.published_at,
           a.published_date_kst,
           row_number() OVER (PARTITION BY f.claim_id
                              ORDER BY a.published_utc IS NULL, a.published_utc, f.id) AS rank
    FROM facts f
    JOIN articles a ON a.id = f.article_id
    WHERE f.kind = 'money' AND f.claim_id IS NOT NULL
),
g AS (
    SELECT claim_id,
           count(DISTINCT article_id) AS article_count,
           count(*)                   AS fact_count,
           count(DISTINCT outlet)     AS outlet_count,
           group_concat(DISTINCT outlet) AS outlets,
           group_concat(DISTINCT outlet_name) AS outlet_names
    FROM m
    GROUP BY claim_id
)
SELECT
    r.claim_id           AS claim_id,
    r.value              AS amount,
    r.currency           AS currency,
    CASE WHEN r.currency = 'KRW' THEN r.value / 1e8 END  AS amount_eok,
    CASE WHEN r.currency = 'KRW' THEN r.value / 1e12 END AS amount_jo,
    r.min                AS min,
    r.max                AS max,
    r.role               AS role,
    r.agent              AS agent,
    r.purpose            AS purpose,
    r.period             AS period,
    r.per                AS per,
    r.published_at       AS first_published_at,
    r.published_date_kst AS first_published_date_kst,
    substr(r.published_date_kst, 1, 7) AS month_kst,
    substr(r.published_date_kst, 1, 4) || '-Q' ||
        ((CAST(substr(r.published_date_kst, 6, 2) AS INTEGER) + 2) / 3) AS quarter_kst,
    g.article_count      AS article_count,
    g.fact_count         AS fact_count,
    g.outlet_count       AS outlet_count,
    g.outlets            AS outlets,
    g.outlet_names       AS outlet_names,
    r.text               AS text,
    r.sentence           AS sentence,
    r.url                AS first_url,
    r.article_id         AS first_article_id,
    r.id                 AS first_fact_id
FROM m r
JOIN g ON g.claim_id = r.claim_id
WHERE r.rank = 1;

DROP VIEW outlet_health;
CREATE VIEW outlet_health AS
WITH page_stats AS (
    -- The current version of every extracted page, with its article.
    SELECT pe.outlet                           AS outlet,
           p.source                            AS source,
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
       coalesce(nullif(max(s.source), ''), s.outlet)             AS outlet_name,
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
