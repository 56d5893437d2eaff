// Ready-made sets from the built-in corpus (a 2018 timeline, the US–DPRK Joint Statement,
// each side's positions …). Filled in by the cards/sets work (issue 4); called after the
// built-in corpus is loaded and its facts extracted.
import type { Db } from "@/lib/db/client";

export async function syncBuiltinSets(_db: Db): Promise<{ sets: number; cards: number }> {
  return { sets: 0, cards: 0 };
}
