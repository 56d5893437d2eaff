// Batch extraction: npm run extract -- --json FILE... [--published YYYY-MM-DD]
// Prints the cleaned documents and their facts; every fact's quote is text.slice(start, end).

import { createHash } from "node:crypto";
import path from "node:path";
import { readFileOrSay, runBatchCli, type BatchArgs } from "./support/batch-cli";
import { factFingerprint, runExtraction } from "@/lib/extract";
import { isIngestError } from "@/lib/ingest/errors";
import { ingestDocument } from "@/lib/ingest/ingest";

const USAGE = `usage: npm run extract -- [--json] FILE... [--published YYYY-MM-DD]

  --json                 print {"documents":[…],"facts":[…]} as JSON (otherwise a readable summary)
  --published DATE       publication date (YYYY, YYYY-MM or YYYY-MM-DD) for every FILE; anchors
                         relative dates such as 今月1日 when the text does not give one
  -h, --help             show this help`;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

async function main(parsed: BatchArgs): Promise<number> {
  const documents: Array<{ id: string; title: string | null; publishedAt: string | null; text: string }> = [];
  const facts: Array<Record<string, unknown>> = [];
  for (const file of parsed.files) {
    const bytes = readFileOrSay("extract", file);
    if (!bytes) return 1;
    try {
      const doc = await ingestDocument({ bytes: bytes, filename: path.basename(file), publishedAt: parsed.published });
      const id = `doc_${sha1(doc.cleaned.text).slice(0, 16)}`;
      documents.push({ id, title: doc.title, publishedAt: doc.publishedAt, text: doc.cleaned.text });
      for (const fact of await runExtraction(doc.cleaned, { publishedAt: doc.publishedAt, title: doc.title })) {
        facts.push({
          id: `fact_${sha1(`${id}|${factFingerprint(fact)}`).slice(0, 16)}`,
          document: id,
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
