// `npm run db:seed`: loads the built-in corpus (idempotent).
import { loadLocalEnv } from "./support/local-env";

async function main() {
  loadLocalEnv();
  const { db } = await import("@/lib/db/client");
  const { seedBuiltinCorpus } = await import("@/lib/documents/seed-builtin");
  const result = await seedBuiltinCorpus(db);
  console.log(`Built-in corpus: ${result.created} created, ${result.updated} updated`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
