// Card (re)generation runs one at a time per document. Two quick fact approvals each start a
// sync after their response; without this, a sync that read the facts before the second
// approval could commit after the sync that saw it and retire the new fact's cards.
//
// Every sync writes its documents' `cardsSyncedAt` first, inside one transaction: on
// PostgreSQL that row lock makes a second sync of the document wait until the first commits;
// on SQLite a write transaction is exclusive anyway. The cards are generated before the
// transaction (it is CPU work, and on SQLite every other write waits while a transaction is
// open) and written only if the approved facts they came from are still the current ones;
// otherwise the sync starts over, and after a few tries generates inside the lock.
import crypto from "node:crypto";
import type { Db, DbTx } from "@/lib/db/client";

/** Generous: a sync may wait for another sync of the same document to finish. */
const CARD_SYNC_TIMEOUT_MS = 60_000;
const OPTIMISTIC_TRIES = 3;

export type ApprovedFactRow = Awaited<ReturnType<typeof readApprovedFacts>>["rows"][number];

/** The approved facts of the documents, in a fixed order, and a fingerprint of their content. */
export async function readApprovedFacts(client: Db | DbTx, documentIds: readonly string[]) {
  const rows = await client.fact.findMany({
    where: { documentId: { in: [...documentIds] }, status: "approved" },
    orderBy: [{ documentId: "asc" }, { start: "asc" }, { id: "asc" }],
  });
  const version = crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  return { rows, version };
}

/**
 * Generates from the documents' approved facts and writes the result, holding the documents'
 * sync lock while writing. `generate` must be a pure function of the rows; `write` gets the
 * transaction and what `generate` returned for the facts current at that moment.
 */
export async function syncUnderLock<G, T>(
  db: Db,
  documentIds: readonly string[],
  generate: (rows: ApprovedFactRow[]) => G,
  write: (tx: DbTx, generated: G) => Promise<T>,
): Promise<T> {
  // A fixed order, so two syncs that lock several documents cannot deadlock.
  const ids = [...new Set(documentIds)].sort();
  for (let attempt = 0; ; attempt++) {
    const optimistic = attempt < OPTIMISTIC_TRIES;
    const before = optimistic ? await readApprovedFacts(db, ids) : null;
    const generated = before ? generate(before.rows) : null;
    const outcome = await db.$transaction(
      async (tx) => {
        for (const id of ids) await tx.document.updateMany({ where: { id }, data: { cardsSyncedAt: new Date() } });
        const current = await readApprovedFacts(tx, ids);
        if (before && current.version !== before.version) return { stale: true as const };
        return { stale: false as const, value: await write(tx, before ? (generated as G) : generate(current.rows)) };
      },
      { maxWait: CARD_SYNC_TIMEOUT_MS, timeout: CARD_SYNC_TIMEOUT_MS },
    );
    if (!outcome.stale) return outcome.value;
  }
}
