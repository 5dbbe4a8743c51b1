-- 0007: a run's pages and failures found by run_id, as PostgreSQL's
-- pages_run and fetch_failures_run do: AbandonRuns counts them for a run
-- whose process was killed, which would otherwise read every page row.

CREATE INDEX pages_run ON pages (run_id);
CREATE INDEX fetch_failures_run ON fetch_failures (run_id);
