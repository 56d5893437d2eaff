// Batch card generation: npm run cards -- --json FILE... [--published YYYY-MM-DD] [--report]
// Ingests the files as the app does, extracts their facts (all treated as approved), generates
// the cards of all files together (as the built-in corpus is) and prints them.
import fs from "node:fs";
import path from "node:path";
import { generateCardsWithReport } from "@/lib/cards/generate";
import { factsFromFile, type FileFacts } from "@/lib/cards/facts-from-file";
import { CARD_TEMPLATES } from "@/lib/cards/types";
import { isIngestError } from "@/lib/ingest/errors";

const USAGE = `usage: npm run cards -- [--json] [--report] FILE... [--published YYYY-MM-DD]

  --json                 print {"cards":[{"template","front","back","choices","answer","quote","factId"}]}
  --report               print, per check, how many candidate cards it rejected, and cards per template
  --published DATE       publication date (YYYY, YYYY-MM or YYYY-MM-DD) for every FILE
  -h, --help             show this help`;

interface Args {
  json: boolean;
  report: boolean;
  published: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, report: false, published: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") args.json = true;
    else if (arg === "--report") args.report = true;
    else if (arg === "--published" || arg.startsWith("--published=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return "--published needs a date YYYY-MM-DD";
      args.published = value;
    } else if (arg === "-h" || arg === "--help") return "";
    else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else args.files.push(arg);
  }
  return args.files.length ? args : "no FILE given";
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === "string") {
    if (parsed) process.stderr.write(`cards: ${parsed}\n`);
    process.stderr.write(`${USAGE}\n`);
    return parsed ? 2 : 0;
  }
  const documents: FileFacts[] = [];
  for (const file of parsed.files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      process.stderr.write(`cards: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    try {
      documents.push(await factsFromFile(new Uint8Array(bytes), path.basename(file), parsed.published));
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
    const report = parsed.report ? { report: { candidates: result.candidates, cards: cards.length, rejected: result.rejected, perTemplate } } : {};
    process.stdout.write(`${JSON.stringify({ cards, ...report }, null, 2)}\n`);
    return 0;
  }
  if (parsed.report) {
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

// exitCode, not exit(): a piped stdout is written asynchronously, and exit() would cut a long JSON short.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cards: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
