// Stores generated card drafts: a card row per draft keyed by the draft's stable key, so
// regeneration keeps identity and everyone's progress. Rows are only written when their
// content changed; cards of the scope no longer generated are retired (never deleted).
import type { Db, DbTx } from "@/lib/db/client";
import type { CardDraft } from "./types";

export interface PersistResult {
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
}

function rowOf(d: CardDraft) {
  return {
    origin: "generated",
    template: d.template,
    factId: d.factId,
    documentId: d.documentId,
    front: d.front,
    back: d.back,
    choices: d.choices ?? [],
    answer: d.answer,
    typedAnswers: d.typedAnswers ?? [],
    tags: d.tags,
    quote: d.quote,
    start: d.start,
    end: d.end,
    retired: false,
  };
}

type Row = ReturnType<typeof rowOf>;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function differs(stored: Record<string, unknown>, next: Row): boolean {
  for (const [k, v] of Object.entries(next)) {
    const s = stored[k];
    if (typeof v === "object" && v !== null ? !sameJson(s, v) : s !== v) return true;
  }
  return false;
}

/**
 * Upserts `drafts`. `retireScope`: the documents whose generated cards the drafts fully
 * describe; generated cards of those documents missing from `drafts` are retired.
 */
export async function persistCardDrafts(db: Db, drafts: readonly CardDraft[], retireScope: readonly string[] = []): Promise<PersistResult> {
  const plan = await planCardWrites(db, drafts, retireScope);
  if (plan.writes.length) await db.$transaction(plan.writes.map((write) => write(db)));
  return plan.result;
}

/** As persistCardDrafts, inside the caller's interactive transaction. */
export async function persistCardDraftsIn(tx: DbTx, drafts: readonly CardDraft[], retireScope: readonly string[] = []): Promise<PersistResult> {
  const plan = await planCardWrites(tx, drafts, retireScope);
  for (const write of plan.writes) await write(tx);
  return plan.result;
}

async function planCardWrites(db: Db | DbTx, drafts: readonly CardDraft[], retireScope: readonly string[]) {
  const ids = drafts.map((d) => d.key);
  const existing = await db.card.findMany({
    where: { OR: [{ id: { in: ids } }, ...(retireScope.length ? [{ origin: "generated", documentId: { in: [...retireScope] } }] : [])] },
  });
  const byId = new Map(existing.map((c) => [c.id, c]));
  const wanted = new Set(ids);
  const creates: (Row & { id: string })[] = [];
  const updates: (Row & { id: string })[] = [];
  let unchanged = 0;
  for (const d of drafts) {
    const row = rowOf(d);
    const stored = byId.get(d.key);
    if (!stored) creates.push({ id: d.key, ...row });
    else if (differs(stored as unknown as Record<string, unknown>, row)) updates.push({ id: d.key, ...row });
    else unchanged++;
  }
  const toRetire = existing.filter((c) => c.origin === "generated" && !c.retired && !wanted.has(c.id) && retireScope.includes(c.documentId ?? "")).map((c) => c.id);
  const writes = [
    ...(creates.length ? [(c: Db | DbTx) => c.card.createMany({ data: creates })] : []),
    ...updates.map(({ id, ...data }) => (c: Db | DbTx) => c.card.update({ where: { id }, data })),
    ...(toRetire.length ? [(c: Db | DbTx) => c.card.updateMany({ where: { id: { in: toRetire } }, data: { retired: true } })] : []),
  ];
  return { writes, result: { created: creates.length, updated: updates.length, retired: toRetire.length, unchanged } satisfies PersistResult };
}
