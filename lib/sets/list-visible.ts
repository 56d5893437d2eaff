import type { Db } from "@/lib/db/client";
import { publicSetWhere, visibleSetWhere } from "./visibility";

export interface SetSummary {
  id: string;
  slug: string | null;
  title: string;
  description: string;
  builtin: boolean;
  visibility: string;
  ownerId: string | null;
  ownerName: string | null;
  cardCount: number;
  updatedAt: Date;
}

/**
 * Every set the user may see (built-in first, then own, then others), with its number of
 * studiable cards. `userId` null: what a signed-out visitor sees.
 */
export async function listVisibleSets(db: Db, userId: string | null): Promise<SetSummary[]> {
  const sets = await db.cardSet.findMany({
    where: userId ? visibleSetWhere(userId) : publicSetWhere,
    orderBy: [{ builtin: "desc" }, { slug: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      builtin: true,
      visibility: true,
      ownerId: true,
      updatedAt: true,
      owner: { select: { name: true } },
      _count: { select: { cards: { where: { card: { retired: false } } } } },
    },
  });
  const rank = (s: (typeof sets)[number]) => (s.builtin ? 0 : s.ownerId === userId ? 1 : 2);
  return sets
    .map((s) => ({ s, r: rank(s) }))
    .sort((a, b) => a.r - b.r)
    .map(({ s }) => ({
      id: s.id,
      slug: s.slug,
      title: s.title,
      description: s.description,
      builtin: s.builtin,
      visibility: s.visibility,
      ownerId: s.ownerId,
      ownerName: s.owner?.name ?? null,
      cardCount: s._count.cards,
      updatedAt: s.updatedAt,
    }));
}
