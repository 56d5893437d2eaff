-- AlterTable (a column with a constant default: no table rebuild)
ALTER TABLE "Document" ADD COLUMN "published" BOOLEAN NOT NULL DEFAULT false;
