-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "content" TEXT,
ADD COLUMN     "headline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "place" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
