-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "allowBack" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "practice" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Quiz_ownerId_practice_idx" ON "Quiz"("ownerId", "practice");
