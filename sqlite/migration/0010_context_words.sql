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

-- The money view shows them from 0013 on, after 0012 recreated it.
