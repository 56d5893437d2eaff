// Builds the Next.js app only when its inputs changed since the last build, so a second
// `npm start` (and the e2e server) reuse the build.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "i18n", "messages", "public", "types", "generated/.schema-hash"];
const FILES = ["next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "instrumentation.ts"];
const IGNORED = /(\.test\.ts|__fixtures__)/;

function walk(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (!IGNORED.test(entry)) out.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out);
}

export function sourceFingerprint(root = process.cwd()): string {
  const files: string[] = [];
  for (const p of [...INPUTS, ...FILES]) walk(path.join(root, p), files);
  const hash = crypto.createHash("sha256");
  for (const f of files) hash.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f));
  return hash.digest("hex");
}

export function buildIfStale(root = process.cwd()): boolean {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "genten-build-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (built) {
    console.log("Build is up to date.");
    return false;
  }
  console.log("Building the app (next build)…");
  // next build adds a custom distDir's type folders to tsconfig.json; keep the committed file.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = fs.readFileSync(tsconfig, "utf8");
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    if (fs.readFileSync(tsconfig, "utf8") !== tsconfigBefore) fs.writeFileSync(tsconfig, tsconfigBefore);
  }
  fs.writeFileSync(stamp, fingerprint);
  return true;
}
