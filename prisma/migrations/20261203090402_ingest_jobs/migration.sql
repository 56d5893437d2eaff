-- CreateTable
CREATE TABLE "IngestJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "documentId" TEXT,
    "createdById" TEXT NOT NULL,
    "inputBytes" BLOB,
    "inputText" TEXT,
    "filename" TEXT,
    "origin" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "publishedAt" TEXT,
    "contentHash" TEXT,
    "result" JSONB,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "IngestJob_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "IngestJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IngestJob_status_createdAt_idx" ON "IngestJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IngestJob_contentHash_idx" ON "IngestJob"("contentHash");

-- CreateIndex
CREATE INDEX "IngestJob_documentId_idx" ON "IngestJob"("documentId");

-- CreateIndex
CREATE INDEX "IngestJob_createdById_idx" ON "IngestJob"("createdById");
