// Reading cards from the ruby a document printed (寧辺 → ニョンビョン).
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { pickDistractors } from "../distractors";
import { cardKey, withOptions } from "../draft";
import { compareStrings } from "../random";
import type { CardDraft, RubyReading, SourceFact } from "../types";

/** First printed occurrence of each base, dropping bases printed with conflicting readings (ambiguous) or kana over kana. */
export function consistentReadings(ruby: readonly RubyReading[]): Map<string, RubyReading> {
  const byBase = new Map<string, RubyReading[]>();
  for (const r of [...ruby].sort(
    (a, b) => compareStrings(a.documentId, b.documentId) || a.start - b.start || compareStrings(a.reading, b.reading),
  )) {
    const base = r.base.trim();
    if (!base || !r.reading.trim()) continue;
    byBase.set(base, [...(byBase.get(base) ?? []), r]);
  }
  const readings = new Map<string, RubyReading>();
  for (const [base, rs] of byBase) {
    const first = rs[0];
    const forms = new Set(rs.map((r) => normalizeAnswer(r.reading)));
    if (!first || forms.size !== 1 || normalizeAnswer(base) === normalizeAnswer(first.reading)) continue;
    readings.set(base, { ...first, base, reading: first.reading.trim() });
  }
  return readings;
}

/**
 * A person's name read with a dot between family and given name (キム・ジョンウン); a place reads as
 * one word (ピョンヤン). A reading card offers readings of the same kind only.
 */
export const isPersonReading = (r: RubyReading) => r.reading.includes("・");

export function readingCards(readings: Map<string, RubyReading>, facts: readonly SourceFact[]): CardDraft[] {
  const all = [...readings.values()].sort((a, b) => compareStrings(a.base, b.base));
  return all.flatMap((ruby) => {
    // Keyed by the base alone: the fact around the first occurrence may change between extractions.
    const key = cardKey(null, "reading", ruby.base);
    const container = facts.find((f) => f.documentId === ruby.documentId && f.start <= ruby.start && ruby.end <= f.end);
    const card = withOptions(
      {
        key,
        factId: container?.id ?? null,
        factIds: container ? [container.id] : [],
        template: "reading",
        variant: ruby.base,
        front: `「${ruby.base}」の読み方はどれか。`,
        back: `${ruby.base}（${ruby.reading}）`,
        answer: ruby.reading,
        typedAnswers: [ruby.reading],
        tags: ["reading"],
        documentId: ruby.documentId,
        start: ruby.start,
        end: ruby.end,
        quote: ruby.quote,
      },
      pickDistractors({ answer: ruby.reading, candidates: all.filter((r) => r !== ruby && isPersonReading(r) === isPersonReading(ruby)).map((r) => r.reading), seed: key }),
    );
    return card ? [card] : [];
  });
}
