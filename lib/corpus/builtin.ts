// The built-in sample corpus shipped under content/corpus (see its index.json).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const entrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  publishedAt: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  publishedPrecision: z.enum(["year", "month", "day"]).nullable(),
  format: z.string(),
  source: z.string(),
});
export type BuiltinEntry = z.infer<typeof entrySchema>;

export function corpusDir(root = process.cwd()): string {
  return path.join(root, "content", "corpus");
}

/** The sample corpus's people and bodies by side (content/corpus/actors.json): data, not extractor code. */
export function readBuiltinActorAliases(root = process.cwd()): Record<string, string[]> {
  const file = path.join(corpusDir(root), "actors.json");
  const parsed = z.object({ aliases: z.record(z.string(), z.array(z.string())) }).parse(JSON.parse(fs.readFileSync(file, "utf8")));
  return parsed.aliases;
}

export function readBuiltinCorpus(root = process.cwd()): (BuiltinEntry & { rawText: string })[] {
  const dir = corpusDir(root);
  const index = z.object({ documents: z.array(entrySchema) }).parse(JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8")));
  return index.documents.map((entry) => ({ ...entry, rawText: fs.readFileSync(path.join(dir, entry.file), "utf8") }));
}
