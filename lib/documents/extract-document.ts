// Runs extraction over a stored document and stores the facts (keeping review work).
import type { Db } from "@/lib/db/client";
import { runExtraction } from "@/lib/extract/run";
import { syncExtractedFacts, type SyncResult } from "@/lib/facts/sync-extracted";
import type { CleanedDocument, RubyAnnotation, TextBlock } from "@/lib/facts/types";

export async function extractDocument(
  db: Db,
  documentId: string,
  opts: { autoApprove?: boolean; actorAliases?: Record<string, string[]> } = {},
): Promise<SyncResult> {
  const doc = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true, annotations: true, publishedAt: true, title: true } });
  const annotations = doc.annotations as { ruby?: RubyAnnotation[]; blocks?: TextBlock[] };
  const cleaned: CleanedDocument = { text: doc.text, ruby: annotations.ruby ?? [], blocks: annotations.blocks ?? [] };
  const facts = await runExtraction(cleaned, { publishedAt: doc.publishedAt ?? undefined, title: doc.title, actorAliases: opts.actorAliases });
  return syncExtractedFacts(db, documentId, facts, opts);
}
