// Cards about positions: who said (held, demanded) X, and what side A held on topic T.
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { sidesOfSpeaker, type Corpus } from "../corpus";
import { datesOverlap, formatFactDate } from "../dates";
import { pickDistractors } from "../distractors";
import { factCard, withOptions } from "../draft";
import { contentOf, datedFact, holderOf, sameText, sideOf } from "../fact-fields";
import type { CardDraft, SourceFact } from "../types";

/**
 * "Who said X?": the statement asks; the named speaker answers, with other speakers as options,
 * or — when the corpus has too few speakers — the side, with other sides as options.
 */
export function whoSaidCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const content = contentOf(fact);
  if (!content) return null;
  const speaker = fact.speaker?.trim() || null;
  const side = sideOf(fact);
  // Another speaker of the same side may have said it too (金党委員長 and 金正恩朝鮮労働党委員長, 米政府
  // and 米国側): only speakers of other sides are offered.
  const speakers = corpus.speakers.filter(
    (s) => (!side || !sidesOfSpeaker(corpus, s).includes(side)) && !(speaker && mayBeSamePerson(s, speaker)),
  );
  return (speaker && whoSaid(fact, content, speaker, speakers, corpus)) || (side && whoSaid(fact, content, side, corpus.holders, corpus)) || null;
}

/** Two names of one person (金党委員長, 金正恩朝鮮労働党委員長): same first character and same title ending. */
export function mayBeSamePerson(a: string, b: string): boolean {
  return a !== b && a.length >= 3 && b.length >= 3 && a[0] === b[0] && a.slice(-2) === b.slice(-2);
}

function whoSaid(fact: SourceFact, content: string, holder: string, pool: string[], corpus: Corpus): CardDraft | null {
  const card = factCard(fact, "who-said", "", {
    front: `次のように主張したのは誰か。\n「${content}」`,
    back: `${holderOf(fact)}：${content}`,
    answer: holder,
    typedAnswers: [holder],
  });
  // Holders who said the same, and the fact's co-actors (they may share the position), are never offered.
  const sameSaid = corpus.facts
    .filter((f) => f.id !== fact.id && sameText(contentOf(f), content))
    .flatMap((f) => [f.speaker, sideOf(f)]);
  const exclude = [...fact.actors, ...sameSaid].filter((x): x is string => !!x && normalizeAnswer(x) !== normalizeAnswer(holder));
  return withOptions(card, pickDistractors({ answer: holder, candidates: pool, exclude, seed: card.key }));
}

/**
 * "What did A say about T?", one card per topic. When A held several positions on T, the
 * question names the time, and is not made when the times overlap.
 */
export function sideTopicCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const side = sideOf(fact);
  const content = contentOf(fact);
  if (fact.kind !== "position" || !side || !content) return [];
  const positions = corpus.facts.filter((f) => f.kind === "position" && contentOf(f) !== null);
  const ownStatements = positions.filter((f) => sideOf(f) === side).map((f) => contentOf(f)!);
  const cards: CardDraft[] = [];
  for (const topic of [...new Set(fact.topics)]) {
    const rivals = positions.filter((f) => f.id !== fact.id && sideOf(f) === side && f.topics.includes(topic));
    const date = datedFact(fact);
    let when = "";
    if (rivals.length > 0) {
      const apart = date !== null && rivals.every((r) => datedFact(r) !== null && !datesOverlap(datedFact(r)!, date));
      if (!apart || !date) continue;
      when = `${formatFactDate(date)}、`;
    }
    const card = factCard(fact, "side-topic-position", topic, {
      front: `${when}${side}は「${topic}」についてどのような立場をとったか。`,
      back: `${side}${fact.speaker ? `（${fact.speaker}）` : ""}：${content}`,
      answer: content,
    });
    // Other sides on the same topic are the plausible distractors; other topics fill in.
    const others = positions.filter((f) => sideOf(f) !== side);
    const sameTopic = others.filter((f) => f.topics.includes(topic)).map((f) => contentOf(f)!);
    const otherTopic = others.filter((f) => !f.topics.includes(topic)).map((f) => contentOf(f)!);
    const first = pickDistractors({ answer: content, candidates: sameTopic, exclude: ownStatements, seed: card.key });
    const rest = pickDistractors({
      answer: content,
      candidates: otherTopic,
      exclude: [...ownStatements, ...first],
      count: Math.max(0, 3 - first.length),
      seed: `${card.key}:other-topics`,
    });
    const made = withOptions(card, [...first, ...rest]);
    if (made) cards.push(made);
  }
  return cards;
}

export function positionCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const who = whoSaidCard(fact, corpus);
  return [...(who ? [who] : []), ...sideTopicCards(fact, corpus)];
}
