// Loads the built-in corpus into the database. Idempotent: keyed by slug, so a second
// start adds nothing; a changed source or cleaner updates the stored text in place.
import { contentHash } from "@/lib/documents/content-hash";
import { readBuiltinActorAliases, readBuiltinCorpus } from "./builtin";
import type { Db } from "@/lib/db/client";
import { extractDocument } from "@/lib/documents/extract-document";
import { prepareText } from "@/lib/documents/prepare-text";
import { toJson } from "@/lib/db/json";

export async function seedBuiltinCorpus(db: Db, root = process.cwd()): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  // The sample's people roster is data of the corpus, given to its extraction only.
  const actorAliases = readBuiltinActorAliases(root);
  for (const entry of readBuiltinCorpus(root)) {
    const cleaned = prepareText(entry.rawText);
    const data = {
      title: entry.title,
      publisher: entry.publisher,
      publishedAt: entry.publishedAt,
      publishedPrecision: entry.publishedPrecision,
      origin: "builtin",
      format: entry.format,
      contentHash: contentHash(entry.rawText),
      rawText: entry.rawText,
      text: cleaned.text,
      annotations: toJson({ ruby: cleaned.ruby, blocks: cleaned.blocks }),
    };
    const existing = await db.document.findUnique({
      where: { slug: entry.slug },
      select: { id: true, text: true, title: true, contentHash: true },
    });
    let id = existing?.id;
    if (!existing) {
      id = (await db.document.create({ data: { slug: entry.slug, ...data }, select: { id: true } })).id;
      created++;
    } else if (existing.text !== data.text || existing.title !== data.title || existing.contentHash !== data.contentHash) {
      await db.document.update({ where: { slug: entry.slug }, data });
      updated++;
    }
    // The built-in corpus is checked against gold fixtures (lib/extract/quality.test.ts),
    // so its extracted facts are approved for cards without a review. Extraction runs on
    // every load (milliseconds here): an improved extractor reaches existing databases, and
    // unchanged facts keep their ids (matched by fingerprint), so nothing is duplicated.
    if (id) await extractDocument(db, id, { autoApprove: true, actorAliases });
  }
  return { created, updated };
}
