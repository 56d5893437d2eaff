// The one schema for the environment, validated at start-up (scripts/start.ts and
// instrumentation.ts). A missing or invalid variable stops start-up with its name.
import path from "node:path";
import { z } from "zod";

const databaseUrl = z
  .string()
  .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "must start with file: (SQLite) or postgresql:// (PostgreSQL)");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: databaseUrl.optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (start.ts generates one into .env.local)"),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Code that lets someone sign up as an instructor; instructor sign-up is off without it. */
  INSTRUCTOR_CODE: z.string().min(8, "must be at least 8 characters").optional(),
  /** off: this instance never starts an ingestion worker (scripts/ingest-worker.ts); another one does. */
  INGEST_WORKER: z.enum(["on", "off"]).optional(),
  /** The ingestion worker's idle exit, job lease, time budget per document (ms) and analysis heap (MB). */
  INGEST_WORKER_IDLE_MS: z.coerce.number().int().min(1000).optional(),
  INGEST_LEASE_MS: z.coerce.number().int().min(1000).optional(),
  INGEST_JOB_TIMEOUT_MS: z.coerce.number().int().min(1000).optional(),
  INGEST_THREAD_MEMORY_MB: z.coerce.number().int().min(64).optional(),
  /** Sign-ups allowed per client address per hour (a class behind one school address signs up together). */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Set to 1 behind a reverse proxy that sets X-Forwarded-For: client addresses are then read from it. */
  TRUST_PROXY: z.enum(["0", "1", "true", "false"]).optional().transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof envSchema> & { DATABASE_URL: string };

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable counts as unset (DATABASE_URL= means "use the default").
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? `file:${path.join(env.DATA_DIR, "app.db")}`,
  };
}

let cached: Env | undefined;
/** The validated environment of this process (parsed once). */
export function env(): Env {
  return (cached ??= parseEnv());
}
