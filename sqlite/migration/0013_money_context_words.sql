-- 0013: the money view of 0012, with each fact's context words (0010)
-- after its qualifiers, separated by spaces as they are.
--
-- Keep this file readable by the sqlite3 shells analysts have (3.37 or
-- newer): no ORDER BY inside aggregates, no ->> operator.

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
