-- Funding of the förbund (schema "funding"). Written in the form `prisma migrate dev` produces, so
-- `prisma migrate deploy` can take over wherever Prisma's schema engine is available.

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN');

-- CreateTable
CREATE TABLE "funding_year" (
    "id" SERIAL NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "budgeted_total" BIGINT,
    "source" TEXT,
    "reported_by" TEXT NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "funding_year_pkey" PRIMARY KEY ("id"),
    -- Lag (2003:1210) came into force on 2004-01-01: no funding year predates it.
    CONSTRAINT "funding_year_year_check" CHECK ("year" >= 2004),
    CONSTRAINT "funding_year_budgeted_total_check" CHECK ("budgeted_total" >= 0)
);

-- CreateTable
CREATE TABLE "contribution" (
    "id" SERIAL NOT NULL,
    "funding_year_id" INTEGER NOT NULL,
    "party_kind" "PartyKind" NOT NULL,
    "party_name" TEXT NOT NULL,
    "kommun_code" VARCHAR(4),
    "amount" BIGINT NOT NULL,

    CONSTRAINT "contribution_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contribution_amount_check" CHECK ("amount" >= 0),
    CONSTRAINT "contribution_party_name_check" CHECK (length(btrim("party_name")) > 0),
    -- Only a kommun line names a kommun; a KOMMUN line without one stands for all member kommuner.
    CONSTRAINT "contribution_kommun_check" CHECK ("kommun_code" IS NULL OR ("party_kind" = 'KOMMUN' AND "kommun_code" ~ '^[0-9]{4}$'))
);

-- CreateTable
CREATE TABLE "annual_accounts" (
    "funding_year_id" INTEGER NOT NULL,
    "costs" BIGINT NOT NULL,
    "result" BIGINT NOT NULL,
    "equity" BIGINT NOT NULL,

    CONSTRAINT "annual_accounts_pkey" PRIMARY KEY ("funding_year_id"),
    CONSTRAINT "annual_accounts_costs_check" CHECK ("costs" >= 0)
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "funding_year_year_idx" ON "funding_year"("year");

-- CreateIndex
CREATE UNIQUE INDEX "funding_year_forbund_id_year_key" ON "funding_year"("forbund_id", "year");

-- CreateIndex
CREATE INDEX "contribution_funding_year_id_idx" ON "contribution"("funding_year_id");

-- CreateIndex
CREATE INDEX "audit_entry_forbund_id_idx" ON "audit_entry"("forbund_id");

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_funding_year_id_fkey" FOREIGN KEY ("funding_year_id") REFERENCES "funding_year"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_accounts" ADD CONSTRAINT "annual_accounts_funding_year_id_fkey" FOREIGN KEY ("funding_year_id") REFERENCES "funding_year"("id") ON DELETE CASCADE ON UPDATE CASCADE;
