-- The förbund registry (schema "registry"). Written in the form `prisma migrate dev` produces, so
-- `prisma migrate deploy` can take over wherever Prisma's schema engine is available.

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN');

-- CreateEnum
CREATE TYPE "BoardRole" AS ENUM ('LEDAMOT', 'ERSATTARE');

-- CreateEnum
CREATE TYPE "BoardOfficer" AS ENUM ('CHAIR', 'VICE_CHAIR');

-- CreateTable
CREATE TABLE "lan" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "lan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "kommun" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "lan_code" VARCHAR(2) NOT NULL,

    CONSTRAINT "kommun_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "party" (
    "id" TEXT NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "kommun_code" VARCHAR(4),
    "lan_code" VARCHAR(2),

    CONSTRAINT "party_pkey" PRIMARY KEY ("id"),
    -- A kommun party names its kommun; no other kind does (Lag 2003:1210, 1 §: "en eller flera kommuner").
    CONSTRAINT "party_kommun_check" CHECK (("kind" = 'KOMMUN') = ("kommun_code" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "forbund" (
    "id" TEXT NOT NULL,
    "org_number" VARCHAR(11),
    "formed_on" DATE,
    "active_since_year" INTEGER NOT NULL,
    "dissolved_on" DATE,
    "merged_into_id" TEXT,
    "lan_code" VARCHAR(2) NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "forbund_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "forbund_id_slug_check" CHECK ("id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "forbund_org_number_check" CHECK ("org_number" ~ '^[0-9]{6}-[0-9]{4}$'),
    CONSTRAINT "forbund_dates_check" CHECK ("dissolved_on" IS NULL OR "formed_on" IS NULL OR "dissolved_on" >= "formed_on"),
    -- Lag (2003:1210) came into force on 2004-01-01: no förbund predates it.
    CONSTRAINT "forbund_active_since_check" CHECK ("active_since_year" >= 2004 AND ("formed_on" IS NULL OR "active_since_year" = EXTRACT(YEAR FROM "formed_on")))
);

-- CreateTable
CREATE TABLE "forbund_name" (
    "id" SERIAL NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "source" TEXT NOT NULL,

    CONSTRAINT "forbund_name_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "forbund_name_period_check" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" SERIAL NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "party_id" TEXT NOT NULL,
    "joined_on" DATE,
    "left_on" DATE,
    "source" TEXT NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "membership_period_check" CHECK ("left_on" IS NULL OR "joined_on" IS NULL OR "left_on" >= "joined_on")
);

-- CreateTable
CREATE TABLE "board_seat" (
    "id" SERIAL NOT NULL,
    "forbund_id" TEXT NOT NULL,
    "party_id" TEXT NOT NULL,
    "role" "BoardRole" NOT NULL,
    "officer" "BoardOfficer",
    "source" TEXT NOT NULL,

    CONSTRAINT "board_seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "forbund_id" TEXT,
    "changes" JSONB NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "lan_name_key" ON "lan"("name");

-- CreateIndex
CREATE INDEX "kommun_lan_code_idx" ON "kommun"("lan_code");

-- CreateIndex
CREATE UNIQUE INDEX "party_kommun_code_key" ON "party"("kommun_code");

-- CreateIndex
CREATE UNIQUE INDEX "forbund_org_number_key" ON "forbund"("org_number");

-- CreateIndex
CREATE INDEX "forbund_lan_code_idx" ON "forbund"("lan_code");

-- CreateIndex
CREATE UNIQUE INDEX "forbund_name_forbund_id_valid_from_key" ON "forbund_name"("forbund_id", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "membership_forbund_id_party_id_joined_on_key" ON "membership"("forbund_id", "party_id", "joined_on");

-- CreateIndex
CREATE INDEX "membership_party_id_idx" ON "membership"("party_id");

-- CreateIndex
CREATE INDEX "board_seat_forbund_id_idx" ON "board_seat"("forbund_id");

-- CreateIndex
CREATE INDEX "audit_entry_forbund_id_idx" ON "audit_entry"("forbund_id");

-- AddForeignKey
ALTER TABLE "kommun" ADD CONSTRAINT "kommun_lan_code_fkey" FOREIGN KEY ("lan_code") REFERENCES "lan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_kommun_code_fkey" FOREIGN KEY ("kommun_code") REFERENCES "kommun"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_lan_code_fkey" FOREIGN KEY ("lan_code") REFERENCES "lan"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forbund" ADD CONSTRAINT "forbund_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "forbund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forbund" ADD CONSTRAINT "forbund_lan_code_fkey" FOREIGN KEY ("lan_code") REFERENCES "lan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forbund_name" ADD CONSTRAINT "forbund_name_forbund_id_fkey" FOREIGN KEY ("forbund_id") REFERENCES "forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_forbund_id_fkey" FOREIGN KEY ("forbund_id") REFERENCES "forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_seat" ADD CONSTRAINT "board_seat_forbund_id_fkey" FOREIGN KEY ("forbund_id") REFERENCES "forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_seat" ADD CONSTRAINT "board_seat_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
