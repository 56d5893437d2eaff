// Batch extraction: npm run extract -- --json FILE... [--published YYYY-MM-DD]
// Prints the cleaned documents and their facts; every fact's quote is text.slice(start, end).

import path from "node:path";
import { readFileOrSay, runBatchCli, type BatchArgs } from "./support/batch-cli";
import { factsFromFile } from "@/lib/cards/facts-from-file";
import { isIngestError } from "@/lib/ingest/errors";

const USAGE = `usage: npm run extract -- [--json] FILE... [--published YYYY-MM-DD]

  --json                 print {"documents":[…],"facts":[…]} as JSON (otherwise a readable summary)
  --published DATE       publication date (YYYY, YYYY-MM or YYYY-MM-DD) for every FILE; anchors
                         relative dates such as 今月1日 when the text does not give one
  -h, --help             show this help`;

async function main(parsed: BatchArgs): Promise<number> {
  const documents: Array<{ id: string; title: string | null; publishedAt: string | null; text: string }> = [];
  const facts: Array<Record<string, unknown>> = [];
  for (const file of parsed.files) {
    const bytes = readFileOrSay("extract", file);
    if (!bytes) return 1;
    try {
      // Ingested and extracted as `npm run cards` does, so a card's factId names a fact printed here.
      const read = await factsFromFile(bytes, path.basename(file), parsed.published);
      documents.push({ id: read.documentId, title: read.title, publishedAt: read.publishedAt, text: read.text });
      for (const fact of read.facts) {
        facts.push({
          id: fact.id,
          document: read.documentId,
          kind: fact.kind,
          date: fact.date,
          actors: fact.actors,
          speaker: fact.speaker,
          text: fact.text,
          headline: fact.headline,
          place: fact.place,
          content: fact.content,
          name: fact.name,
          items: fact.items,
          topics: fact.topics,
          quote: fact.quote,
          start: fact.start,
          end: fact.end,
        });
      }
    } catch (error) {
      if (!isIngestError(error)) throw error;
      process.stderr.write(`extract: ${file}: ${error.code}: ${error.message}\n`);
      return 1;
    }
  }
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify({ documents, facts }, null, 2)}\n`);
  } else {
    for (const doc of documents) {
      process.stdout.write(`# ${doc.title ?? doc.id} (${doc.publishedAt ?? "undated"})\n`);
      for (const f of facts.filter((x) => x.document === doc.id)) {
        const date = (f.date as { value: string } | null)?.value ?? "—";
        process.stdout.write(`${String(f.kind).padEnd(9)} ${date.padEnd(10)} ${(f.actors as string[]).join("・")}  ${f.text}\n`);
      }
    }
  }
  return 0;
}

runBatchCli("extract", USAGE, main);
