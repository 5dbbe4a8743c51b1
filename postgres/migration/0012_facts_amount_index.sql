-- 0012: the facts browser's amount filter and order from one index, as
-- sqlite/migration/0016: with max in it, counting the facts of an amount
-- filter (coalesce(max, value)) may read the index alone, and it gives the
-- order by value within a kind, which facts_kind_value gave and which it
-- replaces.

CREATE INDEX facts_kind_value_max ON facts (kind, value, max);
DROP INDEX facts_kind_value;
