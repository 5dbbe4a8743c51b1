-- 0011: how many facts of an article were found and not kept, as
-- sqlite/migration/0015. article_save (0009) does not write the column:
-- SaveArticle sets it after the call, in the same transaction, when facts
-- were dropped, and a save of the article starts it at 0 again, here.

ALTER TABLE articles ADD COLUMN facts_dropped integer NOT NULL DEFAULT 0;

-- articles_facts_dropped_reset sets facts_dropped to 0 when an article is
-- saved again (article_save sets extracted_at): the new extraction's count
-- is written after it.
CREATE FUNCTION articles_facts_dropped_reset() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.facts_dropped := 0;
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_facts_dropped_reset BEFORE UPDATE OF extracted_at ON articles
FOR EACH ROW EXECUTE FUNCTION articles_facts_dropped_reset();
