-- 0002: page bodies are stored zstd-compressed, as sqlite/migration/0011
-- does: body_encoding says how body is stored ('' as received, 'zstd');
-- content_hash stays the SHA-256 of the bytes as received. bytea bodies
-- are stored as they are, not compressed again by the server (a zstd
-- frame does not compress).

ALTER TABLE pages ADD COLUMN body_encoding text NOT NULL DEFAULT ''
    CHECK (body_encoding IN ('', 'zstd'));
ALTER TABLE pages ALTER COLUMN body SET STORAGE EXTERNAL;
