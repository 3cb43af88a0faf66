-- A search finds every word of a method as it is written (methods(search:), issue 5). The search is
-- split into words of letters and digits (tsQueryText in services/methods/src/data/method-store.ts),
-- but PostgreSQL's parser reads a word differently inside a compound than on its own: it keeps
-- "steg-4e38ab" and its part "4e38ab" whole, yet reads "4e38ab" alone as a number and a word, and it
-- keeps "www.finsamexempel.se" as one host, which the word "finsamexempel" never matched
-- (PostgreSQL manual, 12.8.1 "Parser Testing": ts_debug shows hword_numpart, sfloat and host). The
-- document's ASCII punctuation now becomes a space before parsing, so that it is read word by word, as
-- the search is. The index is built again from the new function.
DROP INDEX "method_search_idx";

CREATE OR REPLACE FUNCTION "search_words"("input" TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace("fold_diacritics"("input"), '[[:punct:]]+', ' ', 'g');

CREATE OR REPLACE FUNCTION "method_search_document"("name" TEXT, "aliases" TEXT[], "summary" TEXT, "description" TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('swedish'::regconfig, "search_words"(coalesce("name", '') || ' ' || coalesce(array_to_string("aliases", ' '), ''))), 'A')
        || setweight(to_tsvector('swedish'::regconfig, "search_words"(coalesce("summary", ''))), 'B')
        || setweight(to_tsvector('swedish'::regconfig, "search_words"(coalesce("description", ''))), 'C');

CREATE INDEX "method_search_idx" ON "method" USING GIN ("method_search_document"("name", "aliases", "summary", "description"));
