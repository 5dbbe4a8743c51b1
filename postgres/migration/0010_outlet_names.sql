-- 0010: sqlite/migration/0014 in PostgreSQL: the outlet's name in the
-- views. articles_clean, money and outlet_health show outlet_name, and
-- claims lists outlet_names: the name the sources file gives the outlet
-- (articles.outlet_name, pages.source), else the host name; outlet stays
-- the host name. Each view is 0001's, 0004's, 0005's and 0003's with the
-- new column after outlet (outlets in claims). outlet_health still groups
-- by host: see the SQLite file for why.

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
        ((CAST(substr(a.published_date_kst, 6, 2) AS integer) + 2) / 3) AS quarter_kst,
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
    coalesce((SELECT string_agg(q.value, ' ') FROM jsonb_array_elements_text(f.qualifiers) q), '') AS qualifiers,
    coalesce((SELECT string_agg(c.value, ' ') FROM jsonb_array_elements_text(f.context_words) c), '') AS context_words,
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

-- outlets and outlet_names: the distinct values joined by ',', sorted.
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
           string_agg(DISTINCT outlet, ',' ORDER BY outlet) AS outlets,
           string_agg(DISTINCT outlet_name, ',' ORDER BY outlet_name) AS outlet_names
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
        ((CAST(substr(r.published_date_kst, 6, 2) AS integer) + 2) / 3) AS quarter_kst,
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
    SELECT pe.outlet                                                                      AS outlet,
           p.source                                                                       AS source,
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
       coalesce(nullif(max(s.source), ''), s.outlet)                         AS outlet_name,
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

-- The web view's facts browser lists facts newest first, undated last
-- (published_utc DESC NULLS LAST, then id DESC): in this index's order a
-- page reads its rows, where articles_published_utc (ascending, NULLs
-- last) makes it sort every article. SQLite reads that one backwards.
CREATE INDEX articles_published_desc ON articles (published_utc DESC NULLS LAST, id DESC);

-- The facts browser's filter on a context word (web.OpHas) asks
-- context_words @> '["평균"]': this index finds those facts without reading
-- every one. Only facts with context words are in it, a few in a hundred,
-- so that saving facts stays cheap; the filter names the same condition.
CREATE INDEX facts_context_words ON facts USING gin (context_words jsonb_path_ops) WHERE context_words <> '[]';
