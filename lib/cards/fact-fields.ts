// The structured fields of a fact as the templates use them: cleaned, and null when unusable.
import type { FactDate } from "@/lib/facts/types";
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { datesOverlap, isValidFactDate } from "./dates";
import { entityKind } from "./entity-kind";
import { asPhrase, hasSubject, isCleanPhrase, pointsBack, readsAsEvent, readsAsStatement, repairHeadline } from "./text-rules";
import type { SourceFact } from "./types";

/** Longest statement or item shown as an option. */
export const MAX_PHRASE_LENGTH = 60;
/** Longest headline: a short who–what–where, one clause (at most one 読点). */
export const MAX_HEADLINE_LENGTH = 50;

export function datedFact(fact: SourceFact): FactDate | null {
  return fact.date && isValidFactDate(fact.date) ? fact.date : null;
}

export function isEventLike(fact: SourceFact): boolean {
  return fact.kind === "event" || fact.kind === "agreement";
}

/**
 * The headline when it reads as a short, dateless, complete phrase (米朝首脳会談をシンガポールで開催).
 * An agreement's headline is its name, shown in 「」 (a date in a name, 9月平壌共同宣言, is part of it).
 */
export function headlineOf(fact: SourceFact): string | null {
  const name = agreementName(fact);
  const raw = withTurnSpeaker(repairHeadline(fact.headline ?? ""), fact);
  const isName = !!name && (raw === name || raw === `「${name}」` || raw === "");
  const h = isName ? `「${name}」` : raw;
  const clauses = (h.match(/[、，,]/g) ?? []).length;
  if (!isName && fact.kind === "event" && !readsAsEvent(h)) return null;
  return clauses <= 1 && h.length >= 6 && !pointsBack(h) && !STARTS_ON_PARTICLE.test(h) && isCleanPhrase(h, { maxLength: MAX_HEADLINE_LENGTH, dateless: true }) ? h : null;
}

/**
 * A transcript's turn opens with its speaker (【林外務大臣】まず、米国を訪問する予定でございます): a headline
 * of that sentence without a subject of its own is the speaker's doing (林外務大臣が米国を訪問).
 */
function withTurnSpeaker(headline: string, fact: SourceFact): string {
  const label = /^【([^】]{2,20})】/.exec(fact.quote.trim());
  if (!label || !headline || fact.kind !== "event" || hasSubject(headline) || entityKind(label[1]!) !== "person") return headline;
  return `${label[1]}が${headline}`;
}

/** A headline that opens on a particle lost its subject (は「花火解散」と命名, と段階的に規制強化が図られる). */
const STARTS_ON_PARTICLE = /^[はがをにともでの](?=[\p{sc=Han}\p{sc=Katakana}「『（])/u;

/** A narrator saying what a holder left unsaid (…具体的内容は明らかにしなかった): no statement of theirs. */
const SAID_NOTHING = /(?:明らかに|言及|口に|触れ|示さ|述べ)(?:し)?なかった$/;

/**
 * A speaker announcing what they are about to say (私の考えを申し述べたい, 考え方をお示しできればと思う):
 * the speech's plan, no view of theirs.
 */
const ABOUT_TO_SPEAK = /(?:申し述べ|申し上げ|お示し|ご説明|ご報告|お話し)(?:たい|させていただ|でき(?:れば|たら)).*$/;

/** A position's content (what is held, said or demanded, without the holder), when it reads well. */
export function contentOf(fact: SourceFact): string | null {
  if (fact.kind !== "position") return null;
  const c = asPhrase(fact.content ?? "");
  return c.length >= 8 && readsAsStatement(c) && !SAID_NOTHING.test(c) && !ABOUT_TO_SPEAK.test(c) && isCleanPhrase(c, { maxLength: MAX_PHRASE_LENGTH, dateless: true }) ? c : null;
}

/** The place of an event, when it is a short name. */
export function placeOf(fact: SourceFact): string | null {
  const p = fact.place?.trim();
  return isCleanPhrase(p, { maxLength: 20, dateless: true }) ? p : null;
}

/** The side that holds a position: the first actor, by the extraction contract. */
export function sideOf(fact: SourceFact): string | null {
  return fact.actors[0]?.trim() || null;
}

/** Who a position is attributed to on a card: the named speaker, else the side. */
export function holderOf(fact: SourceFact): string | null {
  return fact.speaker?.trim() || sideOf(fact);
}

export function agreementItems(fact: SourceFact): string[] {
  const items = fact.items.map(asPhrase).filter((i) => isCleanPhrase(i, { maxLength: MAX_PHRASE_LENGTH }));
  return [...new Map(items.map((i) => [normalizeAnswer(i), i])).values()];
}

export function agreementName(fact: SourceFact): string | null {
  if (fact.kind !== "agreement") return null;
  const n = asPhrase(fact.name ?? "").replace(/^「(.*)」$/, "$1");
  return isCleanPhrase(n, { maxLength: 40 }) ? n : null;
}

export const sameText = (a: string | null, b: string | null) => !!a && !!b && normalizeAnswer(a) === normalizeAnswer(b);

export function sourceOf(fact: SourceFact) {
  return { documentId: fact.documentId, start: fact.start, end: fact.end, quote: fact.quote };
}

/** Another fact tells the same headline on a date that does not overlap: which date is right is unknown. */
export function toldOnAnotherDate(fact: SourceFact, others: readonly SourceFact[]): boolean {
  const date = datedFact(fact);
  const headline = headlineOf(fact);
  return others.some((o) => o.id !== fact.id && sameText(headlineOf(o), headline) && datedFact(o) !== null && (!date || !datesOverlap(datedFact(o)!, date)));
}
