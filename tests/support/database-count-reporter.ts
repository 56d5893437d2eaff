// Prints how many tests ran on each database: integration tests name their provider
// ("[sqlite] …", "[postgresql] …"), and this counts the passed ones of each.
import type { Reporter, TestModule } from "vitest/node";

export default class DatabaseCountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const counts: Record<string, { passed: number; failed: number }> = {};
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const m = /\[(sqlite|postgresql)\]/.exec(test.fullName);
        if (!m) continue;
        const c = (counts[m[1]!] ??= { passed: 0, failed: 0 });
        const state = test.result().state;
        if (state === "passed") c.passed++;
        else if (state === "failed") c.failed++;
      }
    }
    for (const db of ["sqlite", "postgresql"]) {
      const c = counts[db] ?? { passed: 0, failed: 0 };
      console.log(`database ${db}: ${c.passed} passed, ${c.failed} failed`);
    }
  }
}
