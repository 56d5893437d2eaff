-- AlterTable
ALTER TABLE "Document" ADD COLUMN "cardsSyncedAt" DATETIME;

-- AlterTable (a plain ADD COLUMN rather than a table redefinition, so columns other
-- migrations add to "User" are never dropped)
ALTER TABLE "User" ADD COLUMN "siblingsSameDay" BOOLEAN NOT NULL DEFAULT false;
