-- 0012: what each money fact means (docs/meaning.md) and the claims that
-- several articles report. Role, agent, purpose, period, period_text and
-- per are read by the extractor from the fact's sentence; claim_id joins
-- the facts that state one claim, set when an article is saved from the
-- sketch of its text (articles.sketch) and its facts' sentences.
--
-- Keep this file readable by the sqlite3 shells analysts have (3.37 or
-- newer): no ORDER BY inside aggregates, no ->> operator.

ALTER TABLE facts ADD COLUMN role TEXT CHECK (role IS NULL OR role IN ('level', 'change', 'rate', 'other'));
ALTER TABLE facts ADD COLUMN agent TEXT;
ALTER TABLE facts ADD COLUMN purpose TEXT;
ALTER TABLE facts ADD COLUMN period TEXT;
ALTER TABLE facts ADD COLUMN period_text TEXT;
ALTER TABLE facts ADD COLUMN per TEXT CHECK (per IS NULL OR per IN ('year', 'month', 'day'));
ALTER TABLE facts ADD COLUMN claim_id INTEGER;

-- A MinHash sketch of the article's text (64 little-endian uint32): two
-- articles whose sketches agree in many places tell one story.
ALTER TABLE articles ADD COLUMN sketch BLOB;

CREATE INDEX facts_claim ON facts (claim_id);
-- The candidates of a range's claim: facts_kind_currency finds amounts.
CREATE INDEX facts_range ON facts (currency, min, max) WHERE kind = 'money' AND value IS NULL;

-- money shows what each amount means and its claim.
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

-- One row per claim: the amount once, however many articles and outlets
-- carried it, with the meaning and sentence of its first report.
CREATE VIEW claims AS
WITH m AS (
    SELECT f.id, f.claim_id, f.article_id, f.currency, f.value, f.min, f.max, f.text, f.sentence,
           f.role, f.agent, f.purpose, f.period, f.per, a.outlet, a.url, a.published_at,
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
           group_concat(DISTINCT outlet) AS outlets
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
    r.text               AS text,
    r.sentence           AS sentence,
    r.url                AS first_url,
    r.article_id         AS first_article_id,
    r.id                 AS first_fact_id
FROM m r
JOIN g ON g.claim_id = r.claim_id
WHERE r.rank = 1;
