-- 0007: many extract processes on one database (PostgreSQL only: SQLite has
-- one writer, and one extraction works on it at a time under its extract
-- lock). An extraction claims the pages it extracts: a row here holds page
-- page_id for holder, an extraction (host:pid:random), until lease_until,
-- which the holder's heartbeat renews. A page claimed by an extraction that
-- died comes free when its lease runs out; another takes it over, and a late
-- save by the first is refused. The row goes when the page is saved.

CREATE TABLE extract_claims (
    page_id     bigint      PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    holder      text        NOT NULL,
    lease_until timestamptz NOT NULL
);

CREATE INDEX extract_claims_holder ON extract_claims (holder);
