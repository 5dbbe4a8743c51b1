-- 0011: page bodies are stored zstd-compressed: a news page of 190 KB
-- takes about a sixth of that. body_encoding says how body is stored;
-- rows stored before this migration keep their bytes as received ('').
-- content_hash stays the SHA-256 of the bytes as received.

ALTER TABLE pages ADD COLUMN body_encoding TEXT NOT NULL DEFAULT ''
    CHECK (body_encoding IN ('', 'zstd'));
