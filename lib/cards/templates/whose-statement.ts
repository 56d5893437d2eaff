// "Which of these did A say?" — the question a teacher asks when a document has two sides and no third:
// a ruling's parties (控訴人 and 被控訴人, 原告 and 被告 …) or a debate's two speakers. "Who said X?"
// needs three holders to offer; here the options are statements instead: one of A's, the others those
// of A's opponent, so the learner must know which side argued what. The court is no party: its holdings
// may agree with either side, so they are never options.
import { pickDistractors } from "../distractors";
import { factCard, withOptions } from "../draft";
import { entityKind, readsAsName } from "../entity-kind";
import { contentOf, holderOf, sameText } from "../fact-fields";
import { hasSubject, pointsBack } from "../text-rules";
import type { Corpus } from "../corpus";
import type { CardDraft, SourceFact } from "../types";

/** The parties of a case, each with its opponent. */
const PARTY_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["原告", "被告"],
  ["控訴人", "被控訴人"],
  ["上告人", "被上告人"],
  ["申請人", "被申請人"],
  ["申立人", "相手方"],
  ["抗告人", "相手方"],
];
const OPPONENT = new Map(PARTY_PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as Array<[string, string]>));
/** A party as the record names it (控訴人ら, 被告会社 → 控訴人, 被告). */
const partyOf = (holder: string) => holder.replace(/(?:ら|等|会社)$/, "");
/** Every party's name and the court's: a statement naming one tells whose it is not. */
const NAMES_A_SIDE = /原告|被告|控訴人|上告人|申請人|申立人|抗告人|相手方|裁判所|当裁判所|当審/;
/** A statement that closes as a claim (…である, …ない, …べきだ, …ます), not a noun phrase (…の取消し, …すること). */
const CLOSES_AS_CLAIM = /(?:である|であり|ない|べきだ|べき|です|ます|ません|した|だ|[うくすつぬむるい])$/u;
/** A connective that ties the statement to the one before (よって、本件回答は…): no part of an option. */
const LEADING_CONNECTIVE = /^(?:よって|したがって|従って|そして|また|さらに|更に|しかし|なお|そうすると)、\s*/u;
/** At most this many cards per holder: the question is the same, only the options change. */
const PER_HOLDER = 3;

/** A statement that can stand as an option: a closed claim, naming no side. */
function optionStatement(fact: SourceFact): string | null {
  const content = contentOf(fact)?.replace(LEADING_CONNECTIVE, "") ?? null;
  if (!content || content.length < 12 || content.length > 60) return null;
  // A statement with no subject, topic or object (行政処分に当たるというべきである) does not say what it is about.
  const saysOfWhat = hasSubject(content) || /[をはが]/u.test(content);
  return saysOfWhat && CLOSES_AS_CLAIM.test(content) && !NAMES_A_SIDE.test(content) && !pointsBack(content) ? content : null;
}

/** A person by title (林外務大臣, 蓮舫氏), or by a transcript's bare name (佐藤一郎, its turn label without 君). */
const PERSON_KINDS = new Set(["person", "other"]);

/** Named persons holding statements, when a document has exactly two: a debate's two speakers. */
function twoSpeakers(positions: readonly SourceFact[]): Map<string, string> {
  const persons = [...new Set(positions.map((f) => f.speaker?.trim() ?? "").filter((s) => s && readsAsName(s) && !pointsBack(s) && PERSON_KINDS.has(entityKind(s)) && !NAMES_A_SIDE.test(s)))];
  return persons.length === 2 ? new Map([[persons[0]!, persons[1]!], [persons[1]!, persons[0]!]]) : new Map();
}

/** Cards "次のうち、Aが主張したものはどれか", up to three per holder, per document. */
export function whoseStatementCards(corpus: Corpus): CardDraft[] {
  const cards: CardDraft[] = [];
  const byDocument = new Map<string, SourceFact[]>();
  for (const f of corpus.facts) if (f.kind === "position") byDocument.set(f.documentId, [...(byDocument.get(f.documentId) ?? []), f]);
  for (const positions of byDocument.values()) {
    const speakers = twoSpeakers(positions);
    const made = new Map<string, number>();
    for (const fact of positions) {
      const holder = holderOf(fact);
      const statement = optionStatement(fact);
      if (!holder || !statement || (made.get(holder) ?? 0) >= PER_HOLDER) continue;
      const party = OPPONENT.has(partyOf(holder)) ? partyOf(holder) : null;
      const opponent = party ? OPPONENT.get(party)! : speakers.get(holder);
      if (!opponent) continue;
      const holds = (f: SourceFact, who: string) => {
        const h = holderOf(f);
        return !!h && (party ? partyOf(h) === who : h === who);
      };
      const own = positions.filter((f) => holds(f, party ?? holder)).map(optionStatement).filter((c): c is string => c !== null);
      const theirs = positions.filter((f) => holds(f, opponent)).map(optionStatement).filter((c): c is string => c !== null);
      // A statement both sides made answers for both: not asked.
      if (theirs.some((t) => sameText(t, statement))) continue;
      const verb = party ? "主張した" : "述べた";
      const card = factCard(fact, "whose-statement", statement, {
        front: `次のうち、${party ?? holder}が${verb}ものはどれか。`,
        back: `${party ?? holder}：${statement}`,
        answer: statement,
      });
      const options = pickDistractors({ answer: statement, candidates: theirs, exclude: own, seed: card.key });
      const withThem = withOptions(card, options);
      if (!withThem) continue;
      cards.push(withThem);
      made.set(holder, (made.get(holder) ?? 0) + 1);
    }
  }
  return cards;
}
