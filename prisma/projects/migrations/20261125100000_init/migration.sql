-- The projects subgraph (schema "projects"). Written in the form `prisma migrate dev` produces, so
-- `prisma migrate deploy` can take over wherever Prisma's schema engine is available. Structural rules
-- are CHECK constraints as well, so no write path can break them. List columns are NOT NULL (the
-- schema test treats a Prisma list as required).

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('INDIVIDUAL', 'STRUCTURAL');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('YOUNG_PEOPLE_SPECIAL_NEEDS', 'NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE', 'SUBSTANCE_ABUSE', 'MENTAL_ILL_HEALTH', 'LONG_TERM_SICK_LEAVE', 'LONG_TERM_UNEMPLOYED', 'NEWLY_ARRIVED', 'DISABILITY');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN');

-- CreateEnum
CREATE TYPE "PeriodPrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "project" (
    "id" TEXT NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "kind" "ProjectKind" NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "period_precision" "PeriodPrecision" NOT NULL DEFAULT 'DAY',
    "target_groups" "TargetGroup"[] NOT NULL,
    "party_kinds" "PartyKind"[] NOT NULL,
    "budget" BIGINT,
    "outcome" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "project_id_slug_check" CHECK ("id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "project_title_check" CHECK (length(btrim("title")) > 0),
    CONSTRAINT "project_period_check" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"),
    CONSTRAINT "project_target_groups_check" CHECK (cardinality("target_groups") >= 1),
    -- A Finsam insats involves at least two of the authorities (Lag 2003:1210, 1 §; issue 6).
    CONSTRAINT "project_party_kinds_check" CHECK (cardinality("party_kinds") >= 2),
    CONSTRAINT "project_budget_check" CHECK ("budget" IS NULL OR "budget" >= 0),
    CONSTRAINT "project_version_check" CHECK ("version" >= 1)
);

-- CreateTable
CREATE TABLE "project_method" (
    "project_id" TEXT NOT NULL,
    "method_id" TEXT NOT NULL,

    CONSTRAINT "project_method_pkey" PRIMARY KEY ("project_id","method_id")
);

-- CreateTable
CREATE TABLE "participation" (
    "id" SERIAL NOT NULL,
    "project_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,
    "women" INTEGER NOT NULL,
    "men" INTEGER NOT NULL,
    "after_work" INTEGER,
    "after_studies" INTEGER,
    "after_job_seeking" INTEGER,
    "after_other" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "participation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "participation_counts_check" CHECK ("participants" >= 0 AND "women" >= 0 AND "men" >= 0 AND "women" + "men" <= "participants"),
    CONSTRAINT "participation_year_check" CHECK ("year" >= 2004),
    -- Where participants went after the insats: all four counts or none, none negative, together at most participants.
    CONSTRAINT "participation_after_check" CHECK (
        ("after_work" IS NULL AND "after_studies" IS NULL AND "after_job_seeking" IS NULL AND "after_other" IS NULL)
        OR ("after_work" >= 0 AND "after_studies" >= 0 AND "after_job_seeking" >= 0 AND "after_other" >= 0
            AND "after_work" + "after_studies" + "after_job_seeking" + "after_other" <= "participants"))
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "project_id" TEXT,
    "forbund_id" TEXT,
    "changes" JSONB NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "project_forbund_id_idx" ON "project"("forbund_id");

-- CreateIndex
CREATE INDEX "project_method_method_id_idx" ON "project_method"("method_id");

-- CreateIndex
CREATE UNIQUE INDEX "participation_project_id_year_key" ON "participation"("project_id", "year");

-- CreateIndex
CREATE INDEX "audit_entry_project_id_idx" ON "audit_entry"("project_id");

-- AddForeignKey
ALTER TABLE "project_method" ADD CONSTRAINT "project_method_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
