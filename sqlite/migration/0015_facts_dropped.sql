-- 0015: how many facts of an article were found and not kept. extract
-- keeps at most its bound of facts per article (extract -max-facts,
-- 20,000 by default): a hostile page of half a million amounts would hold
-- them all in memory until the article is saved. 0 for every article but
-- such a page's.

ALTER TABLE articles ADD COLUMN facts_dropped INTEGER NOT NULL DEFAULT 0;
