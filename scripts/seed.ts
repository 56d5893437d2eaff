// `npm run db:seed`: loads the built-in corpus (idempotent).
import { loadLocalEnv } from "./support/local-env";

async function main() {
  loadLocalEnv();
  const { db } = await import("@/lib/db/client");
  const { loadBuiltinContent } = await import("@/lib/corpus/load");
  const { documents, sets } = await loadBuiltinContent(db);
  console.log(`Built-in corpus: ${documents.created} created, ${documents.updated} updated; ${sets.sets} sets, ${sets.cards} cards`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
