// Whether learners can read a quiz's questions before taking it ("open book"). A quiz asks its
// set's cards: when the set is built-in, public or shared, or assigned for study (learners of
// that class can open it), anyone can read — or export — every answer. A private set may still
// contain cards that are also in such a set (the same generated card); those count as exposed.
// Cards the instructor wrote or edited in a private set are theirs alone (lib/sets).
import type { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db/client";

/** Sets other people can read: built-in, public, shared by link, or assigned to a class for study. */
export const READABLE_BY_OTHERS: Prisma.CardSetWhereInput = {
  OR: [{ builtin: true }, { visibility: { in: ["public", "shared"] } }, { assignments: { some: { kind: "study" } } }],
};

export type ExposureReason = "builtin" | "public" | "shared" | "assigned";

export interface SetExposure {
  setId: string;
  /** Why the whole set is readable, or null when it is private to its owner. */
  reason: ExposureReason | null;
  cards: number;
  /** Cards learners can read elsewhere (all of them when `reason` is set). */
  exposedCards: number;
  openBook: boolean;
}

export async function setExposure(db: Db, setIds: readonly string[]): Promise<Map<string, SetExposure>> {
  const out = new Map<string, SetExposure>();
  if (!setIds.length) return out;
  const sets = await db.cardSet.findMany({
    where: { id: { in: [...setIds] } },
    select: { id: true, builtin: true, visibility: true, _count: { select: { cards: true, assignments: { where: { kind: "study" } } } } },
  });
  const privateIds = sets.filter((s) => !s.builtin && s.visibility === "private" && s._count.assignments === 0).map((s) => s.id);
  const exposedRows = privateIds.length
    ? await db.setCard.findMany({
        where: { setId: { in: privateIds }, card: { sets: { some: { set: READABLE_BY_OTHERS } } } },
        select: { setId: true },
      })
    : [];
  const exposedBySet = new Map<string, number>();
  for (const r of exposedRows) exposedBySet.set(r.setId, (exposedBySet.get(r.setId) ?? 0) + 1);
  for (const s of sets) {
    const reason: ExposureReason | null = s.builtin
      ? "builtin"
      : s.visibility === "public"
        ? "public"
        : s.visibility === "shared"
          ? "shared"
          : s._count.assignments > 0
            ? "assigned"
            : null;
    const exposedCards = reason ? s._count.cards : (exposedBySet.get(s.id) ?? 0);
    out.set(s.id, { setId: s.id, reason, cards: s._count.cards, exposedCards, openBook: exposedCards > 0 });
  }
  return out;
}
