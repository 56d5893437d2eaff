-- CreateTable
CREATE TABLE "IngestJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "documentId" TEXT,
    "createdById" TEXT NOT NULL,
    "inputBytes" BYTEA,
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
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "IngestJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IngestJob_status_createdAt_idx" ON "IngestJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IngestJob_contentHash_idx" ON "IngestJob"("contentHash");

-- CreateIndex
CREATE INDEX "IngestJob_documentId_idx" ON "IngestJob"("documentId");

-- CreateIndex
CREATE INDEX "IngestJob_createdById_idx" ON "IngestJob"("createdById");

-- AddForeignKey
ALTER TABLE "IngestJob" ADD CONSTRAINT "IngestJob_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestJob" ADD CONSTRAINT "IngestJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
