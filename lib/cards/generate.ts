// Card generation: pure and deterministic. The same facts and readings always give the same
// cards with the same keys, so regenerating after a re-extraction keeps every card that is
// still grounded (and the learner's progress on it). Each card cites one source sentence.
import type { FactDate } from "@/lib/facts/types";
import { normalizeAnswer } from "./normalize-answer";
import {
  compareFactDates,
  dateTypedAnswers,
  datesOverlap,
  formatFactDate,
  isCertainlyBefore,
  isValidFactDate,
  maskDates,
} from "./dates";
import {
  MIN_DISTRACTORS,
  buildChoices,
  checkChoices,
  formatDateOptions,
  pickDateDistractors,
  pickDistractors,
} from "./distractors";
import { compareStrings, rankByHash, seededShuffle, stableKey } from "./random";
import { CARD_TEMPLATES, type CardDraft, type CardTemplate, type RubyReading, type SourceFact } from "./types";

/** Places of the 2017–2019 talks, used to find cloze terms the extractor does not mark. */
export const KNOWN_PLACES = [
  "シンガポール",
  "ハノイ",
  "板門店",
  "平壌",
  "寧辺",
  "豊渓里",
  "東倉里",
  "ワシントン",
  "ソウル",
  "北京",
  "ウラジオストク",
  "ストックホルム",
  "開城",
] as const;

export const BLANK = "［　　］";
export const ACTOR_MASK = "〇〇";

export interface GenerateOptions {
  /** Most cloze cards per fact (key terms in order of appearance). Default 3. */
  maxClozePerFact?: number;
  /** Extra places to treat as cloze terms. */
  places?: readonly string[];
}

type TermType = "actor" | "person" | "agreement" | "place" | "term";

/** What the templates need to know about the whole corpus: pools of same-type terms, dates. */
interface Corpus {
  facts: SourceFact[];
  agreementNames: string[];
  actors: string[];
  speakers: string[];
  places: string[];
  quotedTerms: string[];
  period: { fromYear: number; toYear: number } | undefined;
  readingOf: Map<string, RubyReading>;
}

/** Generates every card the facts and readings support, sorted by source position. */
export function generateCards(
  facts: readonly SourceFact[],
  ruby: readonly RubyReading[] = [],
  options: GenerateOptions = {},
): CardDraft[] {
  const sorted = [...facts].sort(
    (a, b) => compareStrings(a.documentId, b.documentId) || a.start - b.start || compareStrings(a.id, b.id),
  );
  const readings = consistentReadings(ruby);
  const corpus = describeCorpus(sorted, options, readings);
  const cards: CardDraft[] = [];
  for (const fact of sorted) {
    cards.push(...eventToDateCards(fact, corpus));
    cards.push(...dateToEventCards(fact, corpus));
    cards.push(...clozeCards(fact, corpus, options.maxClozePerFact ?? 3));
    cards.push(...agreementCards(fact, corpus));
    cards.push(...whoSaidCards(fact, corpus));
    cards.push(...positionCards(fact, corpus));
  }
  cards.push(...orderingCards(corpus));
  cards.push(...readingCards(readings, sorted));

  const unique = new Map<string, CardDraft>();
  for (const card of cards) if (!unique.has(card.key)) unique.set(card.key, card);
  const templateRank = (t: CardTemplate) => CARD_TEMPLATES.indexOf(t);
  return [...unique.values()].sort(
    (a, b) =>
      compareStrings(a.documentId, b.documentId) ||
      a.start - b.start ||
      templateRank(a.template) - templateRank(b.template) ||
      compareStrings(a.variant, b.variant) ||
      compareStrings(a.key, b.key),
  );
}

/** The key of a card: stable as long as its fact, template and variant are. */
export function cardKey(factId: string | null, template: CardTemplate, variant: string): string {
  return stableKey([factId ?? "", template, variant]);
}

function describeCorpus(facts: SourceFact[], options: GenerateOptions, readingOf: Map<string, RubyReading>): Corpus {
  const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))].sort(compareStrings);
  const years = facts
    .map((f) => f.date)
    .filter((d): d is FactDate => d !== null && isValidFactDate(d))
    .map((d) => Number(d.value.slice(0, 4)));
  return {
    facts,
    agreementNames: uniq(facts.filter((f) => f.kind === "agreement" && f.name).map((f) => f.name ?? "")),
    actors: uniq(facts.flatMap((f) => f.actors)),
    speakers: uniq(facts.map((f) => f.speaker ?? "")),
    places: uniq([...KNOWN_PLACES, ...(options.places ?? [])]),
    quotedTerms: uniq(facts.flatMap((f) => quotedTermsOf(f.text))),
    period: years.length ? { fromYear: Math.min(...years), toYear: Math.max(...years) } : undefined,
    readingOf,
  };
}

function quotedTermsOf(text: string): string[] {
  return [...text.matchAll(/「([^「」]{1,40})」/g)].map((m) => m[1] ?? "").filter((t) => t.length > 0);
}

function datedFact(fact: SourceFact): FactDate | null {
  return fact.date && isValidFactDate(fact.date) ? fact.date : null;
}

/** The fact as a question or option: its text with dates masked so it does not give away when. */
function eventDescription(fact: SourceFact): string {
  return maskDates(fact.text).trim();
}

function isEventLike(fact: SourceFact): boolean {
  return fact.kind === "event" || fact.kind === "agreement";
}

function sourceOf(fact: SourceFact) {
  return { documentId: fact.documentId, start: fact.start, end: fact.end, quote: fact.quote };
}

/** True when the front contains the answer after normalisation: such a card teaches nothing. */
function frontRevealsAnswer(front: string, answer: string): boolean {
  const a = normalizeAnswer(answer);
  return a.length > 0 && normalizeAnswer(front).includes(a);
}

/** Attaches choices when they are valid, and returns null when a card that needs them cannot have them. */
function withChoices(
  card: Omit<CardDraft, "choices">,
  distractors: string[],
  required: boolean,
): CardDraft | null {
  const answer = typeof card.answer === "string" ? card.answer : "";
  if (distractors.length >= MIN_DISTRACTORS) {
    const choices = buildChoices(answer, distractors, card.key);
    if (checkChoices(choices, answer).length === 0) return { ...card, choices };
  }
  return required ? null : card;
}

function baseTags(template: CardTemplate, fact: SourceFact): string[] {
  return [template, fact.kind, ...fact.actors, ...fact.topics];
}

function eventToDateCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const date = datedFact(fact);
  if (!date || !isEventLike(fact)) return [];
  const description = eventDescription(fact);
  // Two facts described the same way would make "when?" ambiguous.
  const twin = corpus.facts.some(
    (f) => f.id !== fact.id && normalizeAnswer(eventDescription(f)) === normalizeAnswer(description),
  );
  if (twin || description.length === 0) return [];
  const answer = formatFactDate(date);
  const precisionHint = { year: "年で答えよ", month: "年月で答えよ", day: "年月日で答えよ" }[date.precision];
  const front = `次の出来事はいつか（${precisionHint}）。\n${description}`;
  if (frontRevealsAnswer(front, answer)) return [];
  const key = cardKey(fact.id, "event-to-date", "");
  const others = corpus.facts.filter((f) => f.id !== fact.id).map(datedFact).filter((d): d is FactDate => d !== null);
  const distractors = formatDateOptions(
    pickDateDistractors({ answer: date, candidates: others, period: corpus.period, seed: key }),
  );
  const card = withChoices(
    {
      key,
      factId: fact.id,
      factIds: [fact.id],
      template: "event-to-date",
      variant: "",
      front,
      back: answer,
      answer,
      typedAnswers: dateTypedAnswers(date),
      tags: baseTags("event-to-date", fact),
      ...sourceOf(fact),
    },
    distractors,
    false,
  );
  return card ? [card] : [];
}

function dateToEventCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const date = datedFact(fact);
  if (!date || !isEventLike(fact)) return [];
  const answer = eventDescription(fact);
  if (answer.length === 0) return [];
  const dateText = formatFactDate(date);
  const key = cardKey(fact.id, "date-to-event", "");
  // Any fact whose date might be the same day could also be "the" answer: never a distractor,
  // and if one exists the card is only sound as multiple choice.
  const sameTime = corpus.facts.filter((f) => {
    const d = datedFact(f);
    return f.id !== fact.id && (d === null || datesOverlap(d, date));
  });
  const candidates = corpus.facts
    .filter((f) => f.id !== fact.id && isEventLike(f) && datedFact(f) !== null && !sameTime.includes(f))
    .map(eventDescription);
  const distractors = pickDistractors({
    answer,
    candidates,
    exclude: sameTime.map(eventDescription),
    seed: key,
  });
  const hasRival = sameTime.some((f) => datedFact(f) !== null && isEventLike(f));
  const front =
    distractors.length >= MIN_DISTRACTORS ? `${dateText}の出来事はどれか。` : `${dateText}に何があったか。`;
  const card = withChoices(
    {
      key,
      factId: fact.id,
      factIds: [fact.id],
      template: "date-to-event",
      variant: "",
      front,
      back: `${dateText}　${answer}`,
      answer,
      tags: baseTags("date-to-event", fact),
      ...sourceOf(fact),
    },
    distractors,
    hasRival,
  );
  return card ? [card] : [];
}

interface Term {
  text: string;
  type: TermType;
}

/** Key terms of a fact's text, longest first when they overlap, then in order of appearance. */
function keyTermsOf(fact: SourceFact, corpus: Corpus): Term[] {
  const found: Term[] = [];
  const add = (text: string, type: TermType) => {
    if (text.length >= 2 && fact.text.includes(text) && !found.some((t) => t.text === text)) found.push({ text, type });
  };
  for (const name of [fact.name ?? "", ...corpus.agreementNames]) add(name, "agreement");
  for (const term of quotedTermsOf(fact.text))
    add(term, corpus.agreementNames.includes(term) ? "agreement" : corpus.places.includes(term) ? "place" : "term");
  for (const place of corpus.places) add(place, "place");
  for (const actor of corpus.actors) add(actor, "actor");
  if (fact.speaker) add(fact.speaker, "person");
  for (const speaker of corpus.speakers) add(speaker, "person");
  // A term inside a longer term (米朝 in 米朝共同声明) would leave half a blank.
  const whole = found.filter((t) => !found.some((o) => o !== t && o.text.includes(t.text)));
  return whole.sort((a, b) => fact.text.indexOf(a.text) - fact.text.indexOf(b.text) || compareStrings(a.text, b.text));
}

function poolFor(type: TermType, corpus: Corpus): string[] {
  switch (type) {
    case "actor":
      return corpus.actors;
    case "person":
      return corpus.speakers;
    case "agreement":
      return corpus.agreementNames;
    case "place":
      return corpus.places;
    case "term":
      return corpus.quotedTerms.filter((t) => !corpus.agreementNames.includes(t) && !corpus.places.includes(t));
  }
}

function clozeCards(fact: SourceFact, corpus: Corpus, maxPerFact: number): CardDraft[] {
  const terms = keyTermsOf(fact, corpus);
  const cards: CardDraft[] = [];
  for (const term of terms.slice(0, maxPerFact)) {
    const front = fact.text.split(term.text).join(BLANK);
    if (frontRevealsAnswer(front, term.text)) continue;
    const key = cardKey(fact.id, "cloze", term.text);
    // Every term still visible in the sentence is excluded: it cannot be the blank.
    const visible = terms.filter((t) => t !== term).map((t) => t.text);
    const distractors = pickDistractors({ answer: term.text, candidates: poolFor(term.type, corpus), exclude: visible, seed: key });
    const reading = corpus.readingOf.get(term.text)?.reading;
    const card = withChoices(
      {
        key,
        factId: fact.id,
        factIds: [fact.id],
        template: "cloze",
        variant: term.text,
        front,
        back: fact.text,
        answer: term.text,
        typedAnswers: reading ? [term.text, reading] : [term.text],
        tags: [...baseTags("cloze", fact), `term:${term.type}`],
        ...sourceOf(fact),
      },
      distractors,
      false,
    );
    if (card) cards.push(card);
  }
  return cards;
}

function agreementCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const name = fact.name?.trim();
  const items = [...new Set(fact.items.map((i) => i.trim()).filter((i) => i.length > 0))];
  if (fact.kind !== "agreement" || !name || items.length === 0) return [];
  const cards: CardDraft[] = [];
  const label = `「${name}」`;
  const source = sourceOf(fact);
  const list = items.map((item, i) => `${i + 1}. ${item}`).join("\n");
  cards.push({
    key: cardKey(fact.id, "agreement-to-items", "all"),
    factId: fact.id,
    factIds: [fact.id],
    template: "agreement-to-items",
    variant: "all",
    front: `${label}の項目を挙げよ（${items.length}項目）。`,
    back: list,
    answer: list,
    tags: baseTags("agreement-to-items", fact),
    ...source,
  });

  const otherAgreements = corpus.facts.filter(
    (f) => f.kind === "agreement" && f.name && normalizeAnswer(f.name) !== normalizeAnswer(name),
  );
  const otherItems = otherAgreements.flatMap((f) => f.items);
  for (const item of items) {
    // "Which of these is in X?": other agreements' items, minus any that X also contains.
    const includesKey = cardKey(fact.id, "agreement-includes-item", item);
    const includes = withChoices(
      {
        key: includesKey,
        factId: fact.id,
        factIds: [fact.id],
        template: "agreement-includes-item",
        variant: item,
        front: `${label}に含まれる項目はどれか。`,
        back: list,
        answer: item,
        tags: baseTags("agreement-includes-item", fact),
        ...source,
      },
      pickDistractors({ answer: item, candidates: otherItems, exclude: items, seed: includesKey }),
      true,
    );
    if (includes) cards.push(includes);

    // "Which agreement contains this item?" is ambiguous when another agreement has it too.
    const shared = otherAgreements.some((f) => f.items.some((i) => normalizeAnswer(i) === normalizeAnswer(item)));
    const front = `次の項目を含む合意はどれか。\n「${item}」`;
    if (shared || frontRevealsAnswer(front, name)) continue;
    const itemKey = cardKey(fact.id, "item-to-agreement", item);
    const whichAgreement = withChoices(
      {
        key: itemKey,
        factId: fact.id,
        factIds: [fact.id],
        template: "item-to-agreement",
        variant: item,
        front,
        back: label,
        answer: name,
        typedAnswers: [name],
        tags: baseTags("item-to-agreement", fact),
        ...source,
      },
      pickDistractors({ answer: name, candidates: corpus.agreementNames, seed: itemKey }),
      false,
    );
    if (whichAgreement) cards.push(whichAgreement);
  }
  return cards;
}

/** The side that holds a position: the first actor, by the extraction contract. */
function sideOf(fact: SourceFact): string | null {
  return fact.actors[0]?.trim() || null;
}

function holderLabel(side: string, speaker: string | null): string {
  return speaker ? `${side}（${speaker}）` : side;
}

/** The position's statement with its holder masked. */
function maskedStatement(fact: SourceFact): string {
  let text = maskDates(fact.text);
  const names = [sideOf(fact) ?? "", fact.speaker ?? ""].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  for (const name of names) text = text.split(name).join(ACTOR_MASK);
  return text.trim();
}

function whoSaidCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const side = sideOf(fact);
  if (fact.kind !== "position" || !side) return [];
  const statement = maskedStatement(fact);
  const answer = holderLabel(side, fact.speaker);
  const front = fact.speaker
    ? `次の主張・要求をしたのは誰か（側と発言者）。\n「${statement}」`
    : `次の主張・要求をしたのはどの側か。\n「${statement}」`;
  if (frontRevealsAnswer(front, side) || (fact.speaker && frontRevealsAnswer(front, fact.speaker))) return [];
  const positions = corpus.facts.filter((f) => f.kind === "position" && f.id !== fact.id);
  const twin = positions.some(
    (f) => sideOf(f) !== side && normalizeAnswer(maskedStatement(f)) === normalizeAnswer(statement),
  );
  if (twin) return [];
  const key = cardKey(fact.id, "who-said", "");
  // Distractors look like the answer: "side（speaker）" when a speaker is named, else a side.
  // Co-actors of the fact are never offered: they may share the position.
  const candidates = fact.speaker
    ? positions
        .filter((f) => f.speaker && sideOf(f) && !fact.actors.includes(sideOf(f) ?? ""))
        .map((f) => holderLabel(sideOf(f) ?? "", f.speaker))
    : corpus.actors.filter((a) => !fact.actors.includes(a));
  const card = withChoices(
    {
      key,
      factId: fact.id,
      factIds: [fact.id],
      template: "who-said",
      variant: "",
      front,
      back: answer,
      answer,
      typedAnswers: fact.speaker ? [answer, `${side}${fact.speaker}`] : [side],
      tags: baseTags("who-said", fact),
      ...sourceOf(fact),
    },
    pickDistractors({ answer, candidates, exclude: fact.actors, seed: key }),
    false,
  );
  return card ? [card] : [];
}

function positionCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const side = sideOf(fact);
  if (fact.kind !== "position" || !side) return [];
  const cards: CardDraft[] = [];
  const statement = maskedStatement(fact);
  const positions = corpus.facts.filter((f) => f.kind === "position");
  for (const topic of [...new Set(fact.topics)]) {
    // The same side may state several positions on one topic; the card then names the time,
    // and is dropped when even the time cannot tell them apart.
    const rivals = positions.filter((f) => f.id !== fact.id && sideOf(f) === side && f.topics.includes(topic));
    const date = datedFact(fact);
    let when = "";
    if (rivals.length > 0) {
      const distinct =
        date !== null &&
        rivals.every((r) => {
          const d = datedFact(r);
          return d !== null && !datesOverlap(d, date);
        });
      if (!distinct || !date) continue;
      when = `${formatFactDate(date)}時点で、`;
    }
    const key = cardKey(fact.id, "side-topic-position", topic);
    const sameTopic = positions.filter((f) => sideOf(f) !== side && f.topics.includes(topic)).map(maskedStatement);
    const otherTopic = positions.filter((f) => sideOf(f) !== side && !f.topics.includes(topic)).map(maskedStatement);
    const ownStatements = positions.filter((f) => sideOf(f) === side).map(maskedStatement);
    // Other sides on the same topic are the plausible distractors; other topics fill in.
    let distractors = pickDistractors({ answer: statement, candidates: sameTopic, exclude: ownStatements, seed: key });
    if (distractors.length < 3)
      distractors = [
        ...distractors,
        ...pickDistractors({
          answer: statement,
          candidates: otherTopic,
          exclude: [...ownStatements, ...distractors],
          count: 3 - distractors.length,
          seed: key + ":other-topics",
        }),
      ];
    const card = withChoices(
      {
        key,
        factId: fact.id,
        factIds: [fact.id],
        template: "side-topic-position",
        variant: topic,
        front: `${when}${side}は「${topic}」についてどのような立場をとったか。`,
        back: fact.text,
        answer: statement,
        tags: baseTags("side-topic-position", fact),
        ...sourceOf(fact),
      },
      distractors,
      false,
    );
    if (card) cards.push(card);
  }
  return cards;
}

/** "Which came first" (3 events) and "put in order" (4 events) cards, one of each per anchor fact. */
function orderingCards(corpus: Corpus): CardDraft[] {
  const dated = corpus.facts.filter((f) => isEventLike(f) && datedFact(f) !== null && eventDescription(f).length > 0);
  const cards: CardDraft[] = [];
  const seenGroups = new Set<string>();
  for (const anchor of dated) {
    for (const [template, size] of [
      ["which-first", 3],
      ["put-in-order", 4],
    ] as const) {
      const group = orderingGroup(anchor, dated, size);
      if (!group) continue;
      const variant = group
        .map((f) => f.id)
        .sort(compareStrings)
        .join(",");
      if (seenGroups.has(template + variant)) continue;
      seenGroups.add(template + variant);
      const chronological = [...group].sort((a, b) => compareFactDates(datedFact(a)!, datedFact(b)!));
      const items = chronological.map(eventDescription);
      const key = cardKey(anchor.id, template, variant);
      const back = chronological.map((f, i) => `${i + 1}. ${formatFactDate(datedFact(f)!)}　${eventDescription(f)}`).join("\n");
      const common = {
        key,
        factId: anchor.id,
        factIds: chronological.map((f) => f.id),
        template,
        variant,
        back,
        tags: [template, ...new Set(group.flatMap((f) => f.actors))],
        ...sourceOf(anchor),
      };
      if (template === "which-first") {
        const earliest = items[0] ?? "";
        cards.push({
          ...common,
          front: "次のうち最も早い出来事はどれか。",
          choices: buildChoices(earliest, items.slice(1), key),
          answer: earliest,
        });
      } else {
        cards.push({
          ...common,
          front: "次の出来事を古い順に並べよ。",
          choices: presentationOrder(items, key),
          answer: items,
        });
      }
    }
  }
  return cards;
}

/**
 * The anchor plus companions whose dates are pairwise certainly ordered (no two could be the
 * same day) and whose descriptions differ. Companions are ranked by hash with the anchor, so
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
    const distinctText = group.every(
      (g) => normalizeAnswer(eventDescription(g)) !== normalizeAnswer(eventDescription(candidate)),
    );
    if (distinctText && group.every((g) => ordered(g, candidate))) group.push(candidate);
  }
  return group.length === size ? group : null;
}

/** Items in a seeded order that is never already the answer. */
export function presentationOrder(items: readonly string[], seed: string): string[] {
  const shuffled = seededShuffle(items, seed + ":order");
  const same = shuffled.every((item, i) => item === items[i]);
  return same && items.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/** First printed occurrence of each base, dropping bases printed with conflicting readings (ambiguous) or kana over kana. */
function consistentReadings(ruby: readonly RubyReading[]): Map<string, RubyReading> {
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

function readingCards(readings: Map<string, RubyReading>, facts: SourceFact[]): CardDraft[] {
  const all = [...readings.values()].sort((a, b) => compareStrings(a.base, b.base));
  return all.flatMap((ruby) => {
    // Keyed by the base alone: the fact around the first occurrence may change between extractions.
    const key = cardKey(null, "reading", ruby.base);
    const container = facts.find(
      (f) => f.documentId === ruby.documentId && f.start <= ruby.start && ruby.end <= f.end,
    );
    const card = withChoices(
      {
        key,
        factId: container?.id ?? null,
        factIds: container ? [container.id] : [],
        template: "reading",
        variant: ruby.base,
        front: `「${ruby.base}」の読みは？`,
        back: ruby.reading,
        answer: ruby.reading,
        typedAnswers: [ruby.reading],
        tags: ["reading"],
        documentId: ruby.documentId,
        start: ruby.start,
        end: ruby.end,
        quote: ruby.quote,
      },
      pickDistractors({ answer: ruby.reading, candidates: all.filter((r) => r !== ruby).map((r) => r.reading), seed: key }),
      false,
    );
    return card ? [card] : [];
  });
}
