// "Which came first?" and "put in order" cards over event headlines whose order is certain.
import { datedEvents, type Corpus } from "../corpus";
import { compareFactDates, formatFactDate, isCertainlyBefore } from "../dates";
import { buildChoices, optionsClash } from "../distractors";
import { cardKey, circled } from "../draft";
import { datedFact, headlineOf, sourceOf } from "../fact-fields";
import { compareStrings, rankByHash, seededShuffle } from "../random";
import type { CardDraft, SourceFact } from "../types";

/** Events per card: an answer and three distractors; four events to put in order. */
const GROUP_SIZE = { "which-first": 4, "put-in-order": 4 } as const;
/** An anchor with only two others it can be ordered with (few dated events, or many on one day) gives a card of three. */
const SMALL_GROUP_SIZE = 3;
/**
 * How many ordering questions one event may take part in: a learner who has seen an event in two of them
 * gains little from a third, and one misdated event must not spoil a whole set.
 */
const MAX_ORDERINGS_PER_EVENT = 2;

/** Items in a seeded order that is never already the answer. */
export function presentationOrder(items: readonly string[], seed: string): string[] {
  const shuffled = seededShuffle(items, seed + ":order");
  const same = shuffled.every((item, i) => item === items[i]);
  return same && items.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/**
 * One ordering card per anchor event — "which came first" and "put in order" in turn — when enough events can
 * be ordered with it, no event taking part in more than MAX_ORDERINGS_PER_EVENT of them.
 */
export function orderingCards(corpus: Corpus): CardDraft[] {
  const dated = datedEvents(corpus);
  const cards: CardDraft[] = [];
  const seenGroups = new Set<string>();
  const made: Record<keyof typeof GROUP_SIZE, SourceFact[][]> = { "which-first": [], "put-in-order": [] };
  const uses = new Map<string, number>();
  const free = (f: SourceFact) => (uses.get(f.id) ?? 0) < MAX_ORDERINGS_PER_EVENT;
  for (const anchor of dated) {
    // One ordering question per anchor, the kind made less so far first: both over one anchor's events give
    // each other away.
    const fewerFirst = made["which-first"].length <= made["put-in-order"].length;
    for (const template of fewerFirst ? (["which-first", "put-in-order"] as const) : (["put-in-order", "which-first"] as const)) {
      if (!free(anchor)) break;
      const pool = dated.filter(free);
      const group = orderingGroup(anchor, pool, GROUP_SIZE[template]) ?? orderingGroup(anchor, pool, SMALL_GROUP_SIZE);
      if (!group) continue;
      const variant = group
        .map((f) => f.id)
        .sort(compareStrings)
        .join(",");
      if (seenGroups.has(template + variant)) continue;
      const chronological = [...group].sort((a, b) => compareFactDates(datedFact(a)!, datedFact(b)!));
      // Nearly the same question again (all but one event shared, and for "which first" the same
      // answer) is not asked twice: a teacher varies the events.
      if (made[template].some((other) => nearlySame(template, other, chronological))) continue;
      // Nor a "put in order" over the events of a "which first" (or the reverse): one gives the other away.
      const otherTemplate = template === "which-first" ? "put-in-order" : "which-first";
      if (made[otherTemplate].some((other) => nearlySame("put-in-order", other, chronological))) continue;
      made[template].push(chronological);
      for (const f of chronological) uses.set(f.id, (uses.get(f.id) ?? 0) + 1);
      seenGroups.add(template + variant);
      const items = chronological.map((f) => headlineOf(f)!);
      const key = cardKey(anchor.id, template, variant);
      const common = {
        key,
        factId: anchor.id,
        factIds: chronological.map((f) => f.id),
        template,
        variant,
        back: chronological.map((f, i) => `${circled(i)}${formatFactDate(datedFact(f)!)}　${headlineOf(f)}`).join("\n"),
        tags: [template, ...new Set(group.flatMap((f) => f.actors))],
        ...sourceOf(anchor),
      };
      if (template === "which-first") {
        const earliest = items[0]!;
        cards.push({ ...common, front: "次のうち、最も早いものはどれか。", choices: buildChoices(earliest, items.slice(1), key), answer: earliest });
      } else {
        cards.push({ ...common, front: "次を古い順に並べよ。", choices: presentationOrder(items, key), answer: items });
      }
      break;
    }
  }
  return cards;
}

/** Two ordering questions that share all but one event (and, for "which first", their answer). */
function nearlySame(template: keyof typeof GROUP_SIZE, a: SourceFact[], b: SourceFact[]): boolean {
  const shared = a.filter((f) => b.includes(f)).length;
  return shared >= Math.min(a.length, b.length) - 1 && (template === "put-in-order" || a[0] === b[0]);
}

/**
 * The anchor plus companions whose dates are pairwise certainly ordered (no two could be the
 * same day) and whose headlines differ. Companions are ranked by hash with the anchor, so
 * adding a fact to the corpus rarely changes an existing group.
 */
function orderingGroup(anchor: SourceFact, dated: SourceFact[], size: number): SourceFact[] | null {
  const group = [anchor];
  const ordered = (a: SourceFact, b: SourceFact) => {
    const da = datedFact(a)!;
    const db = datedFact(b)!;
    return isCertainlyBefore(da, db) || isCertainlyBefore(db, da);
  };
  for (const candidate of rankByHash(
    dated.filter((f) => f.id !== anchor.id),
    anchor.id,
    (f) => f.id,
  )) {
    if (group.length >= size) break;
    if (group.every((g) => !optionsClash(headlineOf(g)!, headlineOf(candidate)!) && ordered(g, candidate))) group.push(candidate);
  }
  return group.length === size ? group : null;
}
