// Everything `npm start` and `npm run db:seed` load: the built-in documents with their
// extracted facts, then the cards and sets made from them. Idempotent.
import type { Db } from "@/lib/db/client";
import { seedBuiltinCorpus } from "./seed-builtin";
import { syncBuiltinSets } from "@/lib/sets/builtin";

export async function loadBuiltinContent(db: Db) {
  const documents = await seedBuiltinCorpus(db);
  const sets = await syncBuiltinSets(db);
  return { documents, sets };
}
