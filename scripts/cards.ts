// Batch card generation: npm run cards -- --json FILE... [--published YYYY-MM-DD] [--report]
// Ingests the files as the app does, extracts their facts (all treated as approved), generates
// the cards of all files together (as the built-in corpus is) and prints them.
import path from "node:path";
import { readFileOrSay, runBatchCli, type BatchArgs } from "./support/batch-cli";
import { generateCardsWithReport } from "@/lib/cards/generate";
import { factsFromFile, type FileFacts } from "@/lib/cards/facts-from-file";
import { CARD_TEMPLATES } from "@/lib/cards/types";
import { isIngestError } from "@/lib/ingest/errors";

const USAGE = `usage: npm run cards -- [--json] [--report] FILE... [--published YYYY-MM-DD]

  --json                 print {"cards":[{"template","front","back","choices","answer","quote","factId"}]}
  --report               print, per check, how many candidate cards it rejected, and cards per template
  --published DATE       publication date (YYYY, YYYY-MM or YYYY-MM-DD) for every FILE
  -h, --help             show this help`;

async function main(parsed: BatchArgs): Promise<number> {
  const documents: FileFacts[] = [];
  for (const file of parsed.files) {
    const bytes = readFileOrSay("cards", file);
    if (!bytes) return 1;
    try {
      documents.push(await factsFromFile(bytes, path.basename(file), parsed.published));
    } catch (error) {
      if (!isIngestError(error)) throw error;
      process.stderr.write(`cards: ${file}: ${error.code}: ${error.message}\n`);
      return 1;
    }
  }
  const result = generateCardsWithReport(
    documents.flatMap((d) => d.facts),
    documents.flatMap((d) => d.ruby),
  );
  const cards = result.cards.map((c) => ({
    template: c.template,
    front: c.front,
    back: c.back,
    choices: c.choices ?? [],
    answer: c.answer,
    quote: c.quote,
    factId: c.factId,
  }));
  const perTemplate = Object.fromEntries(CARD_TEMPLATES.map((t) => [t, cards.filter((c) => c.template === t).length]));
  if (parsed.json) {
    const report = parsed.switches.has("--report") ? { report: { candidates: result.candidates, cards: cards.length, rejected: result.rejected, perTemplate } } : {};
    process.stdout.write(`${JSON.stringify({ cards, ...report }, null, 2)}\n`);
    return 0;
  }
  if (parsed.switches.has("--report")) {
    process.stdout.write(`candidates ${result.candidates}, cards ${cards.length}\nrejected per check:\n`);
    for (const [name, n] of Object.entries(result.rejected)) process.stdout.write(`  ${name.padEnd(22)} ${n}\n`);
    process.stdout.write("cards per template:\n");
    for (const [t, n] of Object.entries(perTemplate)) process.stdout.write(`  ${t.padEnd(24)} ${n}\n`);
    process.stdout.write("rejected candidates:\n");
    for (const { card, failed } of result.rejectedCards)
      process.stdout.write(`  [${card.template}] ${failed.join(",")}: ${card.front.replace(/\n/g, " / ")} → ${String(card.answer).replace(/\n/g, " ")} | ${(card.choices ?? []).join(" | ")}\n`);
    return 0;
  }
  for (const c of cards) {
    process.stdout.write(`[${c.template}] ${c.front.replace(/\n/g, " / ")}\n`);
    if (c.choices.length) process.stdout.write(`  options: ${c.choices.join(" | ")}\n`);
    process.stdout.write(`  answer: ${Array.isArray(c.answer) ? c.answer.join(" → ") : c.answer.replace(/\n/g, " ")}\n`);
  }
  return 0;
}

runBatchCli("cards", USAGE, main, ["--report"]);
