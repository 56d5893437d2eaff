// Generates both Prisma clients (generated/sqlite, generated/postgresql) when the schema
// changed since the last run. `prisma generate` needs no engine here, but the CLI insists
// on a schema engine path: any existing file satisfies it, and nothing is downloaded.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot, schemaPath } from "@/lib/db/paths";
import { writePostgresSchema } from "./derive-postgres";

export function generateClients({ force = false } = {}): boolean {
  writePostgresSchema();
  const root = projectRoot();
  const stamp = path.join(root, "generated", ".schema-hash");
  const prismaPkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules/prisma/package.json"), "utf8"));
  const hash = crypto
    .createHash("sha256")
    .update(fs.readFileSync(schemaPath("sqlite")))
    .update(String(prismaPkg.version))
    .digest("hex");
  const outputsExist = ["sqlite", "postgresql"].every((p) => fs.existsSync(path.join(root, "generated", p, "client.ts")));
  if (!force && outputsExist && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return false;

  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
  for (const provider of ["sqlite", "postgresql"] as const) {
    execFileSync(process.execPath, [cli, "generate", "--schema", schemaPath(provider)], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  fs.writeFileSync(stamp, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const force = process.argv.includes("--force");
  console.log(generateClients({ force }) ? "Prisma clients generated" : "Prisma clients up to date");
}
