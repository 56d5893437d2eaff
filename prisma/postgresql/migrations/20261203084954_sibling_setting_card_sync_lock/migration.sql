-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "cardsSyncedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "siblingsSameDay" BOOLEAN NOT NULL DEFAULT false;
