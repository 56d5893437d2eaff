// Cards about positions: who said (held, demanded) X, and what side A held on topic T.
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { sidesOfSpeaker, type Corpus } from "../corpus";
import { datesOverlap, formatFactDate } from "../dates";
import { pickDistractors } from "../distractors";
import { factCard, withOptions } from "../draft";
import { entityKey, entityKind, readsAsName, sameEntity } from "../entity-kind";
import { speakerTiedTo, tiedSides, tiedState } from "../speaker-side";
import { hasSubject, pointsBack } from "../text-rules";
import { contentOf, datedFact, holderOf, sameText, sideOf } from "../fact-fields";
import type { CardDraft, SourceFact } from "../types";

/**
 * "Who said X?": the statement asks; the named speaker answers, with other speakers as options,
 * or — when the corpus has too few speakers — the side, with other sides as options.
 */
export function whoSaidCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const content = contentOf(fact);
  if (!content) return null;
  // A holder that is a description (国際連合の役割) or points back (両首脳, 同氏), not a name, answers no "who" question.
  const named = (name: string | null) => (name && readsAsName(name) && !pointsBack(name) ? name : null);
  const speaker = named(fact.speaker?.trim() || null);
  const quotes = corpus.facts.map((f) => f.quote);
  // The side a named speaker speaks for: tied by the text or the roster, else the extraction's guess.
  const speakerSides = (s: string) => {
    const tied = tiedSides(s, quotes);
    return tied.length > 0 ? tied : sidesOfSpeaker(corpus, s).map(entityKey);
  };
  // A side answers only when no one is named, or when the text ties the named speaker to it
  // (モロッコのブリタ外相 is Morocco's, whatever state the sentence also names).
  // When the extraction names no side, the one the roster or the text ties the speaker to (金党委員長 → 北朝鮮).
  const side = named(sideOf(fact)) ?? (speaker ? tiedState(speaker, quotes) : null);
  const sideAnswers = side && (!fact.speaker?.trim() || (speaker !== null && speakerTiedTo(speaker, side, quotes))) ? side : null;
  // Another speaker of the same side may have said it too (金党委員長 and 金正恩朝鮮労働党委員長, 米政府
  // and 米国側): only speakers of other sides are offered.
  const ownSides = new Set([...(speaker ? speakerSides(speaker) : []), ...(side ? [entityKey(side)] : [])]);
  const speakers = corpus.speakers.filter(
    (s) => !speakerSides(s).some((k) => ownSides.has(k)) && !(speaker && mayBeSamePerson(s, speaker)),
  );
  return (
    (speaker && whoSaid(fact, content, speaker, speakers, corpus)) ||
    (sideAnswers && whoSaid(fact, content, sideAnswers, corpus.holders, corpus)) ||
    null
  );
}

export { mayBeSamePerson } from "../entity-kind";
import { mayBeSamePerson } from "../entity-kind";

/** Nouns of intent or view a statement may end in: the question asks who showed it. */
const SHOWN = /(意向|意思|意志|方針|考え|姿勢|立場|用意|決意|懸念|認識|見解|期待)$/;
/** Nouns of stance (…に対し支持, …に反対): the question asks who took the position. */
const STANCE = /(?:支持|反対|容認|拒否)$/;
/** Nouns of demand: the question asks who asked for it. */
const DEMANDED = /(?:要求|見返り|保証|措置|必要|必要性)$/;

/**
 * The question of a "who said" card, worded for what the statement is: a view or intent
 * (…意向 → 次の意向を示したのは誰か), a demand (…見返り → 次のことを求めたのは誰か), or a
 * statement (…しない → 次のように主張したのは誰か). A short statement without its own subject
 * (寧辺以外には存在しない) names the topic it is about.
 */
export function whoSaidQuestion(content: string, topics: readonly string[]): string {
  const bare = content.replace(/[」』）)]+$/u, "");
  const shown = SHOWN.exec(bare);
  const noun = shown?.[1] ?? (STANCE.test(bare) ? "立場" : null);
  const ask = noun ? `次の${noun}を示したのは誰か。` : DEMANDED.test(bare) ? "次のことを求めたのは誰か。" : "次のように主張したのは誰か。";
  const topic = topics.find((t) => !content.includes(t));
  const about = topic && content.length < 16 && !hasSubject(content) ? `「${topic}」について、` : "";
  return `${about}${ask}\n「${content}」`;
}

/** The holder on a card's back: the side, and the speaker in parentheses when it names someone else (米国（トランプ大統領）). */
export function holderLabel(side: string, speaker: string | null): string {
  if (!speaker || sameEntity(side, speaker) || speaker.includes(side) && entityKind(speaker) !== "person") return speaker ?? side;
  return `${side}（${speaker}）`;
}

function whoSaid(fact: SourceFact, content: string, holder: string, pool: string[], corpus: Corpus): CardDraft | null {
  const card = factCard(fact, "who-said", "", {
    front: whoSaidQuestion(content, fact.topics),
    back: `${holderOf(fact)}：${content}`,
    answer: holder,
    typedAnswers: [holder],
  });
  // Holders who said the same, and the fact's co-actors (they may share the position), are never offered.
  const sameSaid = corpus.facts
    .filter((f) => f.id !== fact.id && sameText(contentOf(f), content))
    .flatMap((f) => [f.speaker, sideOf(f)]);
  const exclude = [...fact.actors, ...sameSaid].filter((x): x is string => !!x && normalizeAnswer(x) !== normalizeAnswer(holder));
  const made = withOptions(card, pickDistractors({ answer: holder, candidates: pool, exclude, seed: card.key, entities: true }));
  return made && { ...made, front: askedOf(made.front, made.choices ?? []) };
}

/** "Who" asked of states is "which country" (どの国か), of states and bodies "which country or body" (どの国・機関か). */
function askedOf(front: string, choices: readonly string[]): string {
  const kinds = new Set(choices.map(entityKind));
  const which = [...kinds].every((k) => k === "country") ? "どの国か" : [...kinds].every((k) => k === "country" || k === "body") ? "どの国・機関か" : null;
  return which ? front.replace(/は誰か。/, `は${which}。`) : front;
}

/**
 * "What did A say about T?", for the first topic T the statement speaks of. When A held several positions on T, the
 * question names the time, and is not made when the times overlap.
 */
export function sideTopicCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const side = sideOf(fact);
  const content = contentOf(fact);
  if (fact.kind !== "position" || !side || !readsAsName(side) || !content) return [];
  const positions = corpus.facts.filter((f) => f.kind === "position" && contentOf(f) !== null);
  const ownStatements = positions.filter((f) => sideOf(f) === side).map((f) => contentOf(f)!);
  // Only topics the statement itself is about: the answer must answer "about T".
  for (const topic of [...new Set(fact.topics)].filter((t) => speaksOf(content, t))) {
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
      back: `${holderLabel(side, fact.speaker)}：${content}`,
      answer: content,
    });
    // Other sides on the same topic are the plausible distractors (at least one speaking of it); other topics fill in.
    // (A statement that needs its own topic to be understood is no option on another's.)
    const others = positions.filter((f) => sideOf(f) !== side && !needsItsTopic(contentOf(f)!));
    const sameTopic = others.filter((f) => f.topics.includes(topic)).map((f) => contentOf(f)!);
    const otherTopic = others.filter((f) => !f.topics.includes(topic)).map((f) => contentOf(f)!);
    const first = pickDistractors({ answer: content, candidates: sameTopic, exclude: ownStatements, seed: card.key });
    // The answer must not be the only option that speaks of the topic: the word alone would pick it.
    if (!first.some((s) => speaksOf(s, topic))) continue;
    const rest = pickDistractors({
      answer: content,
      candidates: otherTopic,
      exclude: [...ownStatements, ...first],
      count: Math.max(0, 3 - first.length),
      seed: `${card.key}:other-topics`,
    });
    const made = withOptions(card, [...first, ...rest]);
    // One card per statement: a second topic would ask the same with the same answer.
    if (made) return [made];
  }
  return [];
}

/** A short statement with neither subject nor object (寧辺以外には存在しない) says nothing without its topic. */
export function needsItsTopic(content: string): boolean {
  return content.length < 16 && !hasSubject(content) && !/を/.test(content);
}

/**
 * True when the statement speaks of the topic: the topic's characters appear in it in order,
 * close together (核施設 in 寧辺の核関連施設, ミサイル in 弾道ミサイル試射).
 */
export function speaksOf(content: string, topic: string): boolean {
  const chars = [...topic.replace(/[「」]/g, "")];
  if (chars.length === 0) return false;
  const pattern = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(`.{0,${Math.max(2, chars.length)}}`), "u");
  return pattern.test(content);
}

export function positionCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const who = whoSaidCard(fact, corpus);
  return [...(who ? [who] : []), ...sideTopicCards(fact, corpus)];
}
