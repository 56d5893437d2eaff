// `npm run user:role -- EMAIL learner|instructor`: changes a user's role and ends their sessions.
import { loadLocalEnv } from "./support/local-env";

async function main() {
  loadLocalEnv();
  const [email, role] = process.argv.slice(2);
  const { isRole } = await import("@/lib/auth/roles");
  if (!email || !isRole(role)) throw new Error("usage: npm run user:role -- EMAIL learner|instructor");
  const { db } = await import("@/lib/db/client");
  const { setRole } = await import("@/lib/users/set-role");
  await setRole(db, email, role);
  console.log(`${email} is now ${role}; their sessions have ended.`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
