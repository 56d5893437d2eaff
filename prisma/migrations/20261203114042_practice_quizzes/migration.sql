-- AlterTable (columns added in place rather than by redefining "Quiz", so migrations of other
-- branches that add their own columns to "Quiz" keep them whatever order they run in)
ALTER TABLE "Quiz" ADD COLUMN "practice" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Quiz" ADD COLUMN "allowBack" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Quiz_ownerId_practice_idx" ON "Quiz"("ownerId", "practice");
