// Cards about what a speaker said in their own words (a speech, a press conference's turn): "What did
// S say about T?", where T is the subject the sentence itself puts before the statement
// (外交を行うに際しては、国民の理解と支持が不可欠であります → T 外交を行うに際して), so the answer does
// not repeat the question's words. The options are S's other statements and other holders', none of
// them about T.
import { datesOverlap, formatFactDate } from "../dates";
import { pickDistractors } from "../distractors";
import { factCard, withOptions } from "../draft";
import { readsAsName } from "../entity-kind";
import { contentOf, datedFact, holderOf } from "../fact-fields";
import { normalizeAnswer } from "../normalize-answer";
import { isCleanPhrase, pointsBack } from "../text-rules";
import type { Corpus } from "../corpus";
import type { CardDraft, SourceFact } from "../types";
import { needsItsTopic, speaksOf } from "./positions";

/** A subject put before a statement: …について(は)、…に際して(は)、…に関して(は)、…をめぐって(は)、. */
const TOPIC_BEFORE = /(?:^|[、。」\s])([^、。「」\s][^、。]{1,28}?)(について|に際して|に関して|をめぐって|に向けて)(?:は)?[、，]?\s*$/u;

export interface StatedTopic {
  /** What the statement is about, with its particle (外交を行うに際して, 経済協力について). */
  phrase: string;
  /** The bare subject (外交を行う, 経済協力), to test that no option speaks of it. */
  subject: string;
}

/**
 * The subject the sentence puts right before the statement, when the statement follows it in the
 * quote and does not repeat it: null otherwise.
 */
export function statedTopic(quote: string, statement: string): StatedTopic | null {
  const at = quote.indexOf(statement);
  if (at <= 0) return null;
  const m = TOPIC_BEFORE.exec(quote.slice(0, at));
  if (!m) return null;
  const subject = m[1]!.trim();
  const phrase = `${subject}${m[2]!}`;
  if (pointsBack(subject) || !isCleanPhrase(subject, { maxLength: 28, dateless: true }) || speaksOf(statement, subject)) return null;
  return { phrase, subject };
}

/** A statement in the speaker's own words: its content, the topic phrase taken off its front when the extraction kept it. */
function ownStatement(fact: SourceFact): string | null {
  const content = contentOf(fact);
  if (!content) return null;
  const topic = TOPIC_BEFORE.exec(content.slice(0, Math.max(0, content.search(/[、，]/) + 1)));
  const rest = topic ? content.slice(topic.index + topic[0].length).trim() : content;
  return rest.length >= 8 ? rest : null;
}

/** "What did S say about T?": one card per statement whose sentence names its subject; null when no subject or too few options. */
export function speakerViewCard(fact: SourceFact, corpus: Corpus): CardDraft | null {
  const holder = holderOf(fact);
  const statement = ownStatement(fact);
  if (fact.kind !== "position" || !holder || !readsAsName(holder) || pointsBack(holder) || !statement) return null;
  const topic = statedTopic(fact.quote, statement);
  if (!topic) return null;
  const positions = corpus.facts.filter((f) => f.kind === "position" && f.id !== fact.id);
  // A second statement by the same holder on the same subject would answer too: the question then names
  // the time, and is not made when the times overlap.
  const rivals = positions.filter((f) => holderOf(f) === holder && speaksOf(f.quote, topic.subject));
  const date = datedFact(fact);
  let when = "";
  if (rivals.length > 0) {
    if (!date || !rivals.every((r) => datedFact(r) !== null && !datesOverlap(datedFact(r)!, date))) return null;
    when = `${formatFactDate(date)}、`;
  }
  const card = factCard(fact, "speaker-view", topic.phrase, {
    front: `${when}${holder}は、${topic.phrase}、どのように述べたか。`,
    back: `${holder}：${topic.phrase}、${statement}`,
    answer: statement,
  });
  const others = positions
    .map((f) => ownStatement(f))
    .filter((s): s is string => s !== null && !needsItsTopic(s) && !speaksOf(s, topic.subject) && normalizeAnswer(s) !== normalizeAnswer(statement));
  return withOptions(card, pickDistractors({ answer: statement, candidates: others, seed: card.key }));
}
