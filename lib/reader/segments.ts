// Splits a block of the cleaned text into runs that share the same covering facts, keeping
// each ruby base whole, so the reader can highlight facts and show readings together.
import type { RubyAnnotation } from "@/lib/facts/types";

export interface Segment {
  start: number;
  end: number;
  factIds: string[];
  reading: string | null;
}

export function buildSegments(
  blockStart: number,
  blockEnd: number,
  facts: { id: string; start: number; end: number }[],
  ruby: RubyAnnotation[],
): Segment[] {
  const rubies = ruby.filter((r) => r.start >= blockStart && r.end <= blockEnd);
  // A fact boundary inside a ruby base moves to the base's start: a reading is never split.
  const snap = (p: number) => rubies.find((r) => p > r.start && p < r.end)?.start ?? p;
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const f of facts) {
    if (f.end <= blockStart || f.start >= blockEnd) continue;
    cuts.add(snap(Math.max(f.start, blockStart)));
    cuts.add(snap(Math.min(f.end, blockEnd)));
  }
  for (const r of rubies) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const r = rubies.find((x) => x.start === start && x.end === end);
    out.push({
      start,
      end,
      factIds: facts.filter((f) => f.start < end && f.end > start).map((f) => f.id),
      reading: r?.reading ?? null,
    });
  }
  return out;
}
