-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT false;
