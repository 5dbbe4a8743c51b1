-- 0013: an article's facts written once, with their claims, and in one
-- statement for a batch of articles; an article saved again with the same
-- title and text updated in place.
--
-- article_save (0009) inserted an article's facts, then Go decided their
-- claims and updated the money facts: each money fact went into every
-- index of facts twice. article_prepare does what article_save did but
-- insert the facts: it reads the candidates of the article's money facts
-- from the facts it is given (f_*, in order), and the caller inserts the
-- facts of all the articles of its transaction, claims decided, in one
-- INSERT (postgres/batch.go).
--
-- article_save also set title and text to the values it was given: as new
-- values, even when equal, they count as changed (the stored text is
-- compressed, or moved out of the row), so the row's new version took new
-- entries in every index of articles, thousands in the trigram indexes of
-- its title and text. article_prepare keeps the stored values when they
-- are equal and articles leaves room on each page for a row's new version
-- (fillfactor), so that re-extracting an article whose text did not
-- change (a new version of the rules: most articles come out the same)
-- updates it in place (a heap-only tuple, counted in
-- pg_stat_user_tables.n_tup_hot_upd): the indexes are left alone.

DROP FUNCTION article_save;

ALTER TABLE articles SET (fillfactor = 70);

-- article_prepare stores the article extracted from page p_page by
-- extractor p_version, replacing the same article saved under p_url or
-- taken from another version of the page, and deletes the facts it had;
-- the caller inserts the new ones (f_*: each fact's kind, value,
-- currency, min and max, in order). It returns status:
--
--   'ok': saved, as article_id; for its money facts, if p_link, the
--         claims lock is held, max_claim is the greatest claim ID and
--         candidates the facts of other articles each may join;
--   'squatter': another page's article holds p_url (squatter_*); nothing
--         written. Called again with p_squatter -1, the article replaces it
--         (the same article); with its ID, that article moves to its own
--         page's URL first;
--   'lost': the page is not the caller's to save (extract_unclaim);
--         nothing written.
CREATE FUNCTION article_prepare(p_page bigint, p_version text, p_at text, p_holder text, p_claimed boolean,
    p_squatter bigint, p_link boolean, p_from text, p_to text,
    p_url text, p_outlet text, p_title text, p_byline text, p_published text, p_modified text, p_text text,
    p_section text, p_lang text, p_authors text, p_emails text, p_captions text, p_sketch bytea, p_charset text,
    f_kind text[], f_value text[], f_currency text[], f_min text[], f_max text[],
    OUT status text, OUT article_id bigint, OUT max_claim bigint, OUT candidates jsonb,
    OUT squatter_id bigint, OUT squatter_url text, OUT squatter_title text, OUT squatter_text text)
LANGUAGE plpgsql AS $$
DECLARE
    sq     record;
    has_sq boolean;
BEGIN
    -- A different article from another page under this URL: Go decides
    -- whether it is the same article (see settle, postgres/batch.go).
    SELECT a.id, p.url, a.title, a.text INTO sq FROM articles a JOIN pages p ON p.id = a.page_id
    WHERE a.url = p_url AND p.url <> (SELECT url FROM pages WHERE id = p_page);
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
    DELETE FROM articles
    WHERE page_id IN (SELECT id FROM pages WHERE url = (SELECT url FROM pages WHERE id = p_page)) AND url <> p_url;
    INSERT INTO articles (page_id, url, outlet, title, byline, published_at, modified_at, text,
                          extractor_version, extracted_at, section, lang, authors, emails, captions, sketch,
                          outlet_name)
    VALUES (p_page, p_url, p_outlet, p_title, p_byline, p_published, p_modified, p_text, p_version, p_at,
            p_section, p_lang, p_authors::jsonb, p_emails::jsonb, p_captions::jsonb, p_sketch,
            (SELECT source FROM pages WHERE id = p_page))
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
    DELETE FROM facts WHERE facts.article_id = article_prepare.article_id;
    PERFORM page_extracted(p_page, p_version, NULL, p_charset, p_at);
    status := 'ok';
    IF NOT p_link THEN
        RETURN;
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
    WHERE n.kind = 'money' AND a.published_utc BETWEEN p_from AND p_to;
END
$$;
