-- 0010: a fact's context words, apart from its qualifiers. Words such as
-- 무려, 평균, 수준, 하루, 1인당 say how to read an amount without bounding or
-- approximating it; `qualifiers` now holds only the fixed list of
-- docs/facts.md (약, 최대, 연, 이상, 규모 …). Rows extracted before this
-- migration keep '[]' until the pipeline extracts their pages again, as
-- it does for every article of an older extractor version.
ALTER TABLE facts ADD COLUMN context_words TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(context_words));

CREATE TRIGGER facts_context_check_insert BEFORE INSERT ON facts
WHEN json_type(new.context_words) IS NOT 'array' BEGIN
    SELECT RAISE(ABORT, 'facts: context_words must be a JSON array');
END;
CREATE TRIGGER facts_context_check_update BEFORE UPDATE OF context_words ON facts
WHEN json_type(new.context_words) IS NOT 'array' BEGIN
    SELECT RAISE(ABORT, 'facts: context_words must be a JSON array');
END;

-- The money view of 0003, with the context words after the qualifiers.
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
    f.char_end           AS char_end
FROM facts f
JOIN articles a ON a.id = f.article_id
WHERE f.kind = 'money';
