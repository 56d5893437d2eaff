-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dateValue" TEXT,
    "datePrecision" TEXT,
    "actors" JSONB NOT NULL,
    "speaker" TEXT,
    "statement" TEXT NOT NULL,
    "headline" TEXT NOT NULL DEFAULT '',
    "place" TEXT,
    "content" TEXT,
    "name" TEXT,
    "items" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "origin" TEXT NOT NULL DEFAULT 'extracted',
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "fingerprint" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fact_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("actors", "createdAt", "datePrecision", "dateValue", "documentId", "edited", "end", "fingerprint", "id", "items", "kind", "name", "origin", "quote", "reviewedAt", "reviewedById", "speaker", "start", "statement", "status", "topics", "updatedAt") SELECT "actors", "createdAt", "datePrecision", "dateValue", "documentId", "edited", "end", "fingerprint", "id", "items", "kind", "name", "origin", "quote", "reviewedAt", "reviewedById", "speaker", "start", "statement", "status", "topics", "updatedAt" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE INDEX "Fact_documentId_start_idx" ON "Fact"("documentId", "start");
CREATE INDEX "Fact_status_idx" ON "Fact"("status");
CREATE UNIQUE INDEX "Fact_documentId_fingerprint_key" ON "Fact"("documentId", "fingerprint");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'learner',
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "desiredRetention", "email", "id", "locale", "name", "newPerDay", "passwordHash", "reviewsPerDay", "role", "timeZone", "updatedAt") SELECT "createdAt", "desiredRetention", "email", "id", "locale", "name", "newPerDay", "passwordHash", "reviewsPerDay", "role", "timeZone", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
