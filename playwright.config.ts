import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's chromium: Playwright cannot download its own browsers here.
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3210);
/** The same app on PostgreSQL (tests/e2e/serve-postgres.ts). */
export const POSTGRES_PORT = PORT + 1;
export const E2E_INSTRUCTOR_CODE = "e2e-instructor-code";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `.tmp/e2e-results-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /responsive\.spec\.ts|postgresql\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
    {
      name: "postgresql",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${POSTGRES_PORT}` },
      testMatch: /postgresql\.spec\.ts/,
    },
  ],
  webServer: [{
    // A fresh data directory each run: the e2e tests start from an empty database.
    command: `node -e "require('fs').rmSync('.tmp/e2e-data-${PORT}',{recursive:true,force:true})" && npx tsx scripts/start.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: `.tmp/e2e-data-${PORT}`,
      DATABASE_URL: "",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      INSTRUCTOR_CODE: E2E_INSTRUCTOR_CODE,
      // Every e2e browser signs up from 127.0.0.1: far more than a real address in an hour.
      SIGNUP_LIMIT_PER_HOUR: "100000",
    },
  }, {
    command: "npx tsx tests/e2e/serve-postgres.ts",
    url: `http://127.0.0.1:${POSTGRES_PORT}/api/health`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(POSTGRES_PORT),
      E2E_WAIT_FOR: `http://127.0.0.1:${PORT}/api/health`,
      NEXTAUTH_URL: `http://127.0.0.1:${POSTGRES_PORT}`,
      INSTRUCTOR_CODE: E2E_INSTRUCTOR_CODE,
      SIGNUP_LIMIT_PER_HOUR: "100000",
    },
  }],
});
