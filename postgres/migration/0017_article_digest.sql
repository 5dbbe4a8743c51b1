-- 0017: re-extracting a batch of unchanged articles is a few statements
-- for the whole batch, not a function call for each.
--
-- pg_stat_statements (track = all) over a re-extraction of unchanged
-- pages (a new version of the rules, the same output) put 0.49 ms of the
-- server's time a page in article_prepare, a third of it in its version
-- stamp (which compared every column, the article's text decompressed
-- from TOAST among them) and most of the rest in the statements a call
-- makes one at a time for its one page. articles.digest is a hash of the
-- columns the extractor fills (postgres/factdiff.go): article_prepare
-- writes it with them. articles_restamp takes the pages of a batch whose
-- article Go found and whose digests it sends, and, for those whose
-- stored article and facts are what the extractor made again, does what
-- article_prepare would in set-wise statements: it gives back their
-- claims, stamps their articles with the new version and records their
-- extraction. Go saves the others with article_prepare, as before.
--
-- A digest kept by an update of those columns that does not set it (an
-- analyst's UPDATE of a title) is cleared (articles_digest_stale): such a
-- row is rewritten at the next extraction, as one saved before this
-- migration.

ALTER TABLE articles ADD COLUMN digest bytea;

CREATE FUNCTION articles_digest_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.digest := NULL;
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_digest_stale BEFORE UPDATE OF outlet, title, byline, published_at, modified_at, text,
    section, lang, authors, emails, captions, sketch ON articles
FOR EACH ROW
WHEN (NEW.digest IS NOT DISTINCT FROM OLD.digest
      AND (NEW.outlet, NEW.title, NEW.byline, NEW.published_at, NEW.modified_at, NEW.text, NEW.section,
           NEW.lang, NEW.authors, NEW.emails, NEW.captions, NEW.sketch)
          IS DISTINCT FROM
          (OLD.outlet, OLD.title, OLD.byline, OLD.published_at, OLD.modified_at, OLD.text, OLD.section,
           OLD.lang, OLD.authors, OLD.emails, OLD.captions, OLD.sketch))
EXECUTE FUNCTION articles_digest_stale();

-- articles_restamp saves, for the extraction p_holder and the extractor
-- p_version, the pages p_pages whose article (at p_urls, with digests
-- p_digests and its facts' digests concatenated in order in p_facts,
-- p_nfacts of them) is stored as is: from the same page, with that
-- digest and those facts, each fact with the digest at its position and
-- every money fact with a claim, and no other article held by a version
-- of the page. For each such page still claimed by p_holder, it gives
-- back the claim, stamps the article with p_version and p_at (a heap-only
-- tuple: no index changes) and records the extraction (p_charsets), and
-- returns the page and its article's ID. It writes nothing for the other
-- pages: the caller saves them with article_prepare.
CREATE FUNCTION articles_restamp(p_holder text, p_version text, p_at text, p_pages bigint[], p_urls text[],
    p_digests bytea[], p_facts bytea[], p_nfacts integer[], p_charsets text[])
RETURNS TABLE (r_page bigint, r_article bigint)
LANGUAGE plpgsql AS $$
DECLARE
    v_pages bigint[]; -- the pages whose article is stored as is
    v_ids   bigint[]; -- and their articles, locked
    v_done  bigint[]; -- those of v_pages still claimed by p_holder
BEGIN
    SELECT coalesce(array_agg(s.page ORDER BY s.id), '{}'), coalesce(array_agg(s.id ORDER BY s.id), '{}')
    INTO v_pages, v_ids
    FROM (
        SELECT t.page, a.id
        FROM unnest(p_pages, p_urls, p_digests, p_facts, p_nfacts) AS t(page, url, digest, facts, n)
        JOIN articles a ON a.url = t.url
        JOIN pages p ON p.id = t.page
        WHERE a.page_id = t.page AND a.digest = t.digest AND a.outlet_name IS NOT DISTINCT FROM p.source
          AND NOT EXISTS (SELECT FROM pages o JOIN articles x ON x.page_id = o.id
                          WHERE o.url = p.url AND x.url <> t.url)
          AND (SELECT count(*) = t.n AND count(f.digest) = t.n AND coalesce(max(f.seq), -1) = t.n - 1
                      AND coalesce(string_agg(f.digest, ''::bytea ORDER BY f.seq), '') = t.facts
                      AND NOT coalesce(bool_or(f.kind = 'money' AND f.claim_id IS NULL), false)
               FROM facts f WHERE f.article_id = a.id)
        ORDER BY a.id
        FOR UPDATE OF a) AS s;
    IF cardinality(v_pages) = 0 THEN
        RETURN;
    END IF;
    WITH d AS (DELETE FROM extract_claims e WHERE e.page_id = ANY (v_pages) AND e.holder = p_holder
               RETURNING e.page_id)
    SELECT coalesce(array_agg(d.page_id), '{}') INTO v_done FROM d;
    UPDATE articles a SET extractor_version = p_version, extracted_at = p_at
    FROM unnest(v_pages, v_ids) AS k(page, id)
    WHERE a.id = k.id AND k.page = ANY (v_done);
    INSERT INTO page_extractions (page_id, version, error, charset, extracted_at, outlet)
    SELECT t.page, p_version, NULL, t.charset, p_at, page_outlet(p.url)
    FROM unnest(p_pages, p_charsets) AS t(page, charset) JOIN pages p ON p.id = t.page
    WHERE t.page = ANY (v_done)
    ON CONFLICT (page_id) DO UPDATE SET version = excluded.version, error = excluded.error,
        charset = excluded.charset, extracted_at = excluded.extracted_at, outlet = excluded.outlet;
    RETURN QUERY SELECT k.page, k.id FROM unnest(v_pages, v_ids) AS k(page, id) WHERE k.page = ANY (v_done);
END
$$;

DROP FUNCTION article_prepare;

-- article_prepare is 0015's, but for the article's digest (p_digest),
-- which it stores with the article.
CREATE FUNCTION article_prepare(p_page bigint, p_version text, p_at text, p_holder text, p_claimed boolean,
    p_squatter bigint, p_link boolean, p_from text, p_to text,
    p_url text, p_outlet text, p_title text, p_byline text, p_published text, p_modified text, p_text text,
    p_section text, p_lang text, p_authors text, p_emails text, p_captions text, p_sketch bytea, p_charset text,
    f_kind text[], f_value text[], f_currency text[], f_min text[], f_max text[], f_digest bytea[], p_digest bytea,
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
    -- The digest, when the row has it, spares comparing the text.
    UPDATE articles SET extractor_version = p_version, extracted_at = p_at, digest = p_digest
    WHERE id = (SELECT id FROM articles WHERE url = p_url)
      AND (page_id, outlet_name) IS NOT DISTINCT FROM (p_page, v_source)
      AND (digest = p_digest
           OR (outlet, title, byline, published_at, modified_at, text, section, lang,
               authors, emails, captions, sketch)
              IS NOT DISTINCT FROM
              (p_outlet, p_title, p_byline, p_published, p_modified, p_text, p_section, p_lang,
               p_authors::jsonb, p_emails::jsonb, p_captions::jsonb, p_sketch))
    RETURNING id INTO article_id;
    IF NOT FOUND THEN
        INSERT INTO articles (page_id, url, outlet, title, byline, published_at, modified_at, text,
                              extractor_version, extracted_at, section, lang, authors, emails, captions, sketch,
                              outlet_name, digest)
        VALUES (p_page, p_url, p_outlet, p_title, p_byline, p_published, p_modified, p_text, p_version, p_at,
                p_section, p_lang, p_authors::jsonb, p_emails::jsonb, p_captions::jsonb, p_sketch,
                v_source, p_digest)
        ON CONFLICT (url) DO UPDATE SET
            page_id = excluded.page_id, outlet = excluded.outlet,
            title = CASE WHEN articles.title = excluded.title THEN articles.title ELSE excluded.title END,
            byline = excluded.byline, published_at = excluded.published_at,
            modified_at = excluded.modified_at,
            text = CASE WHEN articles.text = excluded.text THEN articles.text ELSE excluded.text END,
            extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
            section = excluded.section, lang = excluded.lang, authors = excluded.authors,
            emails = excluded.emails, captions = excluded.captions, sketch = excluded.sketch,
            outlet_name = excluded.outlet_name, digest = excluded.digest
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
