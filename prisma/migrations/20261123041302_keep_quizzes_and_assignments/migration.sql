-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "setId" TEXT,
    "quizId" TEXT,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeLimitSec" INTEGER,
    "targetReviews" INTEGER,
    "targetMastery" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CardSet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("classId", "createdAt", "dueAt", "id", "kind", "opensAt", "quizId", "setId", "targetMastery", "targetReviews", "timeLimitSec", "title", "updatedAt") SELECT "classId", "createdAt", "dueAt", "id", "kind", "opensAt", "quizId", "setId", "targetMastery", "targetReviews", "timeLimitSec", "title", "updatedAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "kinds" JSONB NOT NULL,
    "timeLimitSec" INTEGER,
    "perQuestionSec" INTEGER,
    "shuffle" BOOLEAN NOT NULL DEFAULT true,
    "attemptsAllowed" INTEGER,
    "showAnswers" TEXT NOT NULL DEFAULT 'after_submit',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quiz_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CardSet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quiz_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("attemptsAllowed", "createdAt", "id", "kinds", "ownerId", "perQuestionSec", "questionCount", "setId", "showAnswers", "shuffle", "timeLimitSec", "title", "updatedAt") SELECT "attemptsAllowed", "createdAt", "id", "kinds", "ownerId", "perQuestionSec", "questionCount", "setId", "showAnswers", "shuffle", "timeLimitSec", "title", "updatedAt" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
