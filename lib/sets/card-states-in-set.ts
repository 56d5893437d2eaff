// The viewer's study state of each card of a set (for the card browser's state filter).
import type { Db } from "@/lib/db/client";
import type { BrowsedState } from "./browse-cards";

export async function cardStatesInSet(db: Db, userId: string | null, setId: string): Promise<Map<string, BrowsedState>> {
  if (!userId) return new Map();
  const rows = await db.cardState.findMany({
    where: { userId, card: { sets: { some: { setId } } } },
    select: { cardId: true, state: true, due: true },
  });
  return new Map(rows.map((r) => [r.cardId, { state: r.state, due: r.due }]));
}
