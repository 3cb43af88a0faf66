-- A year's participants by age band (issue 6: "counts per year by kön, by age band, and by situation
-- after the insats"). No seed document names the bands, so a report brings its own (from and to age,
-- inclusive); bands never overlap and together count at most the year's participants.

-- CreateTable
CREATE TABLE "participation_age_band" (
    "id" SERIAL NOT NULL,
    "participation_id" INTEGER NOT NULL,
    "from_age" INTEGER NOT NULL,
    "to_age" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,

    CONSTRAINT "participation_age_band_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "participation_age_band_check" CHECK ("from_age" >= 0 AND "from_age" <= "to_age" AND "to_age" <= 120 AND "participants" >= 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "participation_age_band_participation_id_from_age_key" ON "participation_age_band"("participation_id", "from_age");

-- AddForeignKey
ALTER TABLE "participation_age_band" ADD CONSTRAINT "participation_age_band_participation_id_fkey" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
