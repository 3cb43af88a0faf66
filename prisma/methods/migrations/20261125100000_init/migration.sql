-- The method library (schema "methods"). Written in the form `prisma migrate dev` produces, so
-- `prisma migrate deploy` can take over wherever Prisma's schema engine is available. The search
-- functions and the expression index at the end are beyond what Prisma models; Prisma leaves them alone.

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('YOUNG_PEOPLE_SPECIAL_NEEDS', 'NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE', 'SUBSTANCE_ABUSE', 'MENTAL_ILL_HEALTH', 'LONG_TERM_SICK_LEAVE', 'LONG_TERM_UNEMPLOYED', 'NEWLY_ARRIVED', 'DISABILITY');

-- CreateEnum
CREATE TYPE "EvidenceLevel" AS ENUM ('DOCUMENTED_EXPERIENCE', 'PROMISING', 'EVALUATED', 'EVIDENCE_BASED');

-- CreateTable
CREATE TABLE "method" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "target_groups" "TargetGroup"[] NOT NULL,
    "evidence_level" "EvidenceLevel" NOT NULL,
    "developed_from" INTEGER,
    "developed_to" INTEGER,
    "origin_forbund_id" TEXT,
    "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT false,
    "last_reviewed_on" DATE,
    "proposed_by_forbund_id" TEXT,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "method_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "method_id_slug_check" CHECK ("id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "method_name_check" CHECK (btrim("name") <> ''),
    -- Financial coordination began with trials in the 1990s, before Lag (2003:1210): nothing before 1990.
    CONSTRAINT "method_developed_check" CHECK (("developed_from" IS NULL OR "developed_from" >= 1990) AND ("developed_to" IS NULL OR "developed_from" IS NULL OR "developed_to" >= "developed_from"))
);

-- CreateTable
CREATE TABLE "method_reference" (
    "id" SERIAL NOT NULL,
    "method_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publisher" TEXT,
    "year" INTEGER,

    CONSTRAINT "method_reference_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "method_reference_url_check" CHECK ("url" IS NULL OR "url" ~ '^https?://')
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "method_id" TEXT,
    "changes" JSONB NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "method_origin_forbund_id_idx" ON "method"("origin_forbund_id");

-- CreateIndex
CREATE INDEX "method_proposed_by_forbund_id_idx" ON "method"("proposed_by_forbund_id");

-- CreateIndex
CREATE UNIQUE INDEX "method_reference_method_id_position_key" ON "method_reference"("method_id", "position");

-- CreateIndex
CREATE INDEX "audit_entry_method_id_idx" ON "audit_entry"("method_id");

-- AddForeignKey
ALTER TABLE "method_reference" ADD CONSTRAINT "method_reference_method_id_fkey" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (issue 5: "Diacritics never break a match"). Folding is done here with translate
-- rather than the unaccent extension: unaccent ships with both PostgreSQL 15 and 18 here, but it is
-- only STABLE (an index needs IMMUTABLE) and needs CREATE EXTENSION on the database. The SQL-standard
-- function bodies bind their functions and the 'swedish' configuration when created, so a caller's
-- search_path cannot change what they do. Both upper- and lower-case letters are folded explicitly
-- because lower() leaves non-ASCII letters alone under the C locale.
CREATE FUNCTION "fold_diacritics"("input" TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(translate("input",
        'ÅÄÖÆØÉÈÊËÜÚÙÛÁÀÂÍÌÎÏÓÒÔÑÇåäöæøéèêëüúùûáàâíìîïóòôñç',
        'AAOAOEEEEUUUUAAAIIIIOOONCaaoaoeeeeuuuuaaaiiiiooonc'));

-- The searchable text of a method: name and aliases weigh most, then the summary, then the description.
CREATE FUNCTION "method_search_document"("name" TEXT, "aliases" TEXT[], "summary" TEXT, "description" TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('swedish'::regconfig, "fold_diacritics"(coalesce("name", '') || ' ' || coalesce(array_to_string("aliases", ' '), ''))), 'A')
        || setweight(to_tsvector('swedish'::regconfig, "fold_diacritics"(coalesce("summary", ''))), 'B')
        || setweight(to_tsvector('swedish'::regconfig, "fold_diacritics"(coalesce("description", ''))), 'C');

-- CreateIndex
CREATE INDEX "method_search_idx" ON "method" USING GIN ("method_search_document"("name", "aliases", "summary", "description"));
