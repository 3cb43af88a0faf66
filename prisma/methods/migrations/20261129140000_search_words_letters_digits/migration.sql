-- A word is a run of letters and digits, in a method's indexed text as in a search (tsQueryText in
-- services/methods/src/data/method-store.ts). The migration before split the text at [[:punct:]] only,
-- and the parser decides the rest by the database's ctype: where that is C (the embedded PostgreSQL,
-- initdb --locale=C, packages/core/src/postgres.ts), it reads every non-ASCII character as a letter, so
-- "Finsam Blekinge" with a no-break space, as text pasted from a word processor has it, was one word
-- that "Blekinge" never found. Everything that is not a letter or digit ([[:alnum:]]: Unicode's
-- Alphabetic and decimal digits under the embedded PostgreSQL's builtin PG_UNICODE_FAST, and glibc's
-- letters and digits under C.UTF-8) now becomes a space. The function keeps its oid, so
-- method_search_document calls the new body; the index is built again from it.
CREATE OR REPLACE FUNCTION "search_words"("input" TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace("fold_diacritics"("input"), '[^[:alnum:]]+', ' ', 'g');

REINDEX INDEX "method_search_idx";
