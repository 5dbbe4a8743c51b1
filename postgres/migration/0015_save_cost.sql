-- 0015: fewer server cycles for each page an extraction saves.
--
-- pg_stat_statements (track = all) over a re-extraction of unchanged
-- pages put most of article_prepare's time in two statements:
--
--   - page_extracted, a LANGUAGE sql function: PostgreSQL parses and
--     plans the INSERT of a SQL function that it cannot inline at every
--     call, three times the cost of the INSERT itself. As plpgsql its plan
--     is made once a session, like article_prepare's;
--   - the DELETE of the articles the page's versions held under another
--     URL: as `page_id IN (SELECT ...)` its cached (generic) plan, made
--     when articles was small, read all of articles (a hash join over a
--     sequential scan) for every page; `page_id = ANY (ARRAY(...))` was
--     planned as a sequential scan too. One DELETE for each version of the
--     page (`page_id = v_other`, a handful) is an index scan of
--     articles_page whatever the statistics said.
--
-- article_prepare also reads the page's URL and source once, not three
-- times, and an article saved again as it is stored (every column the
-- same: IS NOT DISTINCT FROM) is only stamped with the new version and
-- time, instead of the INSERT ... ON CONFLICT that set every column and
-- fired the articles_published trigger. What the functions write is
-- unchanged.

CREATE OR REPLACE FUNCTION page_extracted(p_page bigint, p_version text, p_error text, p_charset text, p_at text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO page_extractions (page_id, version, error, charset, extracted_at, outlet)
    SELECT p_page, p_version, p_error, p_charset, p_at, page_outlet(url) FROM pages WHERE id = p_page
    ON CONFLICT (page_id) DO UPDATE SET version = excluded.version, error = excluded.error,
        charset = excluded.charset, extracted_at = excluded.extracted_at, outlet = excluded.outlet;
END
$$;

DROP FUNCTION article_prepare;

-- article_prepare is 0014's, but for the statements above.
CREATE FUNCTION article_prepare(p_page bigint, p_version text, p_at text, p_holder text, p_claimed boolean,
    p_squatter bigint, p_link boolean, p_from text, p_to text,
    p_url text, p_outlet text, p_title text, p_byline text, p_published text, p_modified text, p_text text,
    p_section text, p_lang text, p_authors text, p_emails text, p_captions text, p_sketch bytea, p_charset text,
    f_kind text[], f_value text[], f_currency text[], f_min text[], f_max text[], f_digest bytea[],
    OUT status text, OUT article_id bigint, OUT max_claim bigint, OUT candidates jsonb,
    OUT squatter_id bigint, OUT squatter_url text, OUT squatter_title text, OUT squatter_text text,
    OUT kept_seq integer[], OUT kept_claim bigint[])
LANGUAGE plpgsql AS $$
DECLARE
    sq       record;
    has_sq   boolean;
    v_url    text; -- the page's URL
    v_source text; -- and its outlet's name
    v_other  bigint; -- a version of the page
BEGIN
    -- A different article from another page under this URL: Go decides
    -- whether it is the same article (see settle, postgres/batch.go).
    SELECT url, source INTO v_url, v_source FROM pages WHERE id = p_page;
    SELECT a.id, p.url, a.title, a.text INTO sq FROM articles a JOIN pages p ON p.id = a.page_id
    WHERE a.url = p_url AND p.url <> v_url;
    has_sq := FOUND;
    IF has_sq AND p_squatter = 0 THEN
        status := 'squatter';
        squatter_id := sq.id;
        squatter_url := sq.url;
        squatter_title := sq.title;
        squatter_text := sq.text;
        RETURN;
    END IF;
    IF NOT extract_unclaim(p_page, p_holder, p_claimed) THEN
        status := 'lost';
        RETURN;
    END IF;
    IF has_sq AND p_squatter = sq.id THEN
        UPDATE articles SET url = sq.url WHERE id = sq.id;
    END IF;
    -- A page that held another URL's article before (its canonical link
    -- changed, in this version of the page or an earlier one) keeps none.
    FOR v_other IN SELECT id FROM pages WHERE url = v_url LOOP
        DELETE FROM articles WHERE page_id = v_other AND url <> p_url;
    END LOOP;
    -- The same article as stored, from the same page: only the version
    -- stamp changes (a heap-only tuple, no trigger but facts_dropped's).
    -- Found by its URL's row ID alone (the columns compared as one row,
    -- which no index serves): a generic plan of the columns one by one
    -- scanned another index of articles, or all of it.
    UPDATE articles SET extractor_version = p_version, extracted_at = p_at
    WHERE id = (SELECT id FROM articles WHERE url = p_url)
      AND (page_id, outlet, title, byline, published_at, modified_at, text, section, lang,
           authors, emails, captions, sketch, outlet_name)
          IS NOT DISTINCT FROM
          (p_page, p_outlet, p_title, p_byline, p_published, p_modified, p_text, p_section, p_lang,
           p_authors::jsonb, p_emails::jsonb, p_captions::jsonb, p_sketch, v_source)
    RETURNING id INTO article_id;
    IF NOT FOUND THEN
        INSERT INTO articles (page_id, url, outlet, title, byline, published_at, modified_at, text,
                              extractor_version, extracted_at, section, lang, authors, emails, captions, sketch,
                              outlet_name)
        VALUES (p_page, p_url, p_outlet, p_title, p_byline, p_published, p_modified, p_text, p_version, p_at,
                p_section, p_lang, p_authors::jsonb, p_emails::jsonb, p_captions::jsonb, p_sketch,
                v_source)
        ON CONFLICT (url) DO UPDATE SET
            page_id = excluded.page_id, outlet = excluded.outlet,
            title = CASE WHEN articles.title = excluded.title THEN articles.title ELSE excluded.title END,
            byline = excluded.byline, published_at = excluded.published_at,
            modified_at = excluded.modified_at,
            text = CASE WHEN articles.text = excluded.text THEN articles.text ELSE excluded.text END,
            extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
            section = excluded.section, lang = excluded.lang, authors = excluded.authors,
            emails = excluded.emails, captions = excluded.captions, sketch = excluded.sketch,
            outlet_name = excluded.outlet_name
        RETURNING id INTO article_id;
    END IF;
    -- The stored facts that say what the new ones say, at the same place,
    -- stay, with their ids and claims; the others go.
    SELECT coalesce(array_agg(f.seq ORDER BY f.seq), '{}'), coalesce(array_agg(coalesce(f.claim_id, 0) ORDER BY f.seq), '{}')
    INTO kept_seq, kept_claim
    FROM facts f
    WHERE f.article_id = article_prepare.article_id AND f.digest = f_digest[f.seq + 1]
      AND (f.kind <> 'money' OR f.claim_id IS NOT NULL); -- a money fact without a claim gets one
    DELETE FROM facts f WHERE f.article_id = article_prepare.article_id AND f.seq <> ALL (kept_seq);
    PERFORM page_extracted(p_page, p_version, NULL, p_charset, p_at);
    status := 'ok';
    IF NOT p_link OR NOT EXISTS (SELECT FROM unnest(f_kind) WITH ORDINALITY AS n(kind, ord)
                                 WHERE n.kind = 'money' AND (n.ord - 1)::integer <> ALL (kept_seq)) THEN
        RETURN; -- no money fact to give a claim: no claims lock
    END IF;
    -- Linking money facts to claims: one extraction at a time, so that
    -- each sees every fact saved before it and no two take one new ID.
    PERFORM pg_advisory_xact_lock(7151500004);
    SELECT coalesce(max(claim_id), 0) INTO max_claim FROM facts;
    IF p_from = '' THEN
        candidates := '[]';
        RETURN;
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object('seq', n.ord - 1, 'claim', f.claim_id, 'article', f.article_id,
               'published', a.published_at, 'sentence', f.sentence, 'purpose', coalesce(f.purpose, ''),
               'sketch', encode(coalesce(a.sketch, ''), 'base64')) ORDER BY n.ord, f.id), '[]')
    INTO candidates
    FROM unnest(f_kind, f_value, f_currency, f_min, f_max) WITH ORDINALITY AS n(kind, value, currency, min, max, ord)
    JOIN facts f ON f.kind = 'money' AND f.currency = n.currency AND f.claim_id IS NOT NULL
                AND ((n.value IS NOT NULL AND f.value = n.value::numeric)
                  OR (n.value IS NULL AND f.value IS NULL AND f.min = n.min::numeric AND f.max = n.max::numeric))
    JOIN articles a ON a.id = f.article_id
    WHERE n.kind = 'money' AND (n.ord - 1)::integer <> ALL (kept_seq)
      AND f.article_id <> article_prepare.article_id AND a.published_utc BETWEEN p_from AND p_to;
END
$$;
