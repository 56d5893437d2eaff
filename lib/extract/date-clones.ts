// Facts one clause gives once per date it names (「12月2日・3日に行われた」, 「2013年には国民栄誉賞、2021年には文化勲章を
// 受章した」) share the clause's quote and headline, so each would teach every date with the whole clause. A list of days
// is one happening from its first day; gapped coordination (each date with its own object, one verb for all) gives each
// date its own object in the headline; anything else is left as told.
import type { ExtractedFact } from "@/lib/facts/types";
import { scanDates } from "./dates";

/** Between two dates of one list: 2日・3日, 2日と3日, 2日、3日 (nothing else). */
const LIST_JOINER = /^(?:[・、，,]|と|や|及び|および|から|～|〜|-|－)$/;
/** What a gapped part may hold: a plain noun phrase with its date's particle (には国民栄誉賞、), no predicate. */
const GAPPED_PART = /^(?:には|では|に|は|、|，)*([^、，。をがはにでとし]{2,30}?)(?:を|、|，)*$/;

export function separateDateClones(facts: ExtractedFact[]): ExtractedFact[] {
  const groups = new Map<string, ExtractedFact[]>();
  for (const f of facts) {
    if (!f.date) continue;
    const key = `${f.kind}:${f.start}:${f.end}:${f.headline}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const replaced = new Map<ExtractedFact, ExtractedFact | null>();
  for (const group of groups.values()) {
    if (new Set(group.map((f) => f.date!.value)).size < 2) continue;
    for (const [fact, next] of separate(group)) replaced.set(fact, next);
  }
  if (replaced.size === 0) return facts;
  return facts.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const next = replaced.get(f);
    return next ? [next] : [];
  });
}

function separate(group: ExtractedFact[]): Array<[ExtractedFact, ExtractedFact | null]> {
  const quote = group[0]!.quote;
  // Each fact's date as the clause writes it, in the order the clause names them.
  // (A day without its year, 3日, is found by month and day: the quote alone does not give the year.)
  const year = Number(group[0]!.date!.value.slice(0, 4));
  const mentions = scanDates(quote, { year }).mentions;
  const same = (a: string, b: string) => a === b || (a.length > 4 && a.slice(4) === b.slice(4));
  const placed = group
    .map((fact) => ({ fact, mention: mentions.find((m) => same(m.date.value, fact.date!.value)) }))
    .sort((a, b) => (a.mention?.start ?? Infinity) - (b.mention?.start ?? Infinity));
  const last = placed.at(-1)!;
  // Otherwise each date is left its fact: the quote names them all, and dropping any lost real happenings.
  const leaveAsTold = () => placed.map(({ fact }): [ExtractedFact, ExtractedFact | null] => [fact, fact]);
  if (placed.some((p) => !p.mention)) return leaveAsTold();

  const between = placed.slice(1).map((p, i) => quote.slice(placed[i]!.mention!.end, p.mention!.start));
  if (between.every((gap) => LIST_JOINER.test(gap.trim()))) {
    // One happening over the days listed: the first day, its headline without the list's joiners.
    const first = placed[0]!.fact;
    return placed.map(({ fact }) => [fact, fact === first ? { ...fact, headline: withoutJoinerDebris(fact.headline) } : null]);
  }

  // 2013年には国民栄誉賞、2021年には文化勲章を受章した: each date's own object, the verb the last one has.
  const parts = placed.map((p, i) => {
    const to = i + 1 < placed.length ? placed[i + 1]!.mention!.start : quote.length;
    return quote.slice(p.mention!.end, to);
  });
  const objects = parts.slice(0, -1).map((part) => GAPPED_PART.exec(part)?.[1]?.trim() ?? null);
  const headline = last.fact.headline;
  const lastObject = /^(?:には|では|に|は|、|，)*([^、，。をが]{2,30}?)を/.exec(parts.at(-1)!)?.[1]?.trim();
  const firstObject = objects[0];
  // The last part's object must be a plain noun like the others (福岡へ支店 is a place and an object: not parallel).
  if (!lastObject || /へ|に|で|と|から|まで/.test(lastObject) || objects.some((o) => !o) || !firstObject) return leaveAsTold();
  const lastAt = headline.lastIndexOf(lastObject);
  const firstAt = headline.indexOf(firstObject);
  if (lastAt < 0 || firstAt < 0 || firstAt > lastAt) return leaveAsTold();
  const subject = headline.slice(0, firstAt);
  const predicate = headline.slice(lastAt + lastObject.length);
  const own = [...(objects as string[]), lastObject];
  return placed.map(({ fact }, i) => [fact, { ...fact, headline: `${subject}${own[i]}${predicate}` }]);
}

/** ストライキは・行われる: a joiner the removed dates left beside a particle or at an end. */
function withoutJoinerDebris(headline: string): string {
  return headline
    .replace(/(?<=[はがをにでと、])[・、，]+|^[・、，]+|[・、，]+$/g, "")
    .replace(/[・、，]+(?=[はがをにで])/g, "");
}
