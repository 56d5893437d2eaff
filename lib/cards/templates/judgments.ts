// The outcome of a court's judgment (上告棄却, 原判決破棄・差戻し …): the first thing a teacher asks
// about a judgment. Read from the court's dated events of one document (最高裁判所が本件上告を棄却;
// 原判決を破棄 and 本件を…差し戻す on one day); the options are the other outcomes an appeal of that
// instance can have — the general vocabulary of procedure, as entity-kind holds that of names.
import { formatFactDate } from "../dates";
import { buildChoices } from "../distractors";
import { cardKey } from "../draft";
import { entityKind } from "../entity-kind";
import { datedFact, sourceOf } from "../fact-fields";
import { compareStrings } from "../random";
import type { CardDraft, SourceFact } from "../types";

/** The outcomes of an appeal, per instance: 上告審 (to the Supreme Court) and 控訴審 (to a high court). */
export const OUTCOMES = {
  上告: { dismissed: "上告棄却", rejected: "上告却下", remanded: "原判決破棄・差戻し", decided: "原判決破棄・自判" },
  控訴: { dismissed: "控訴棄却", rejected: "控訴却下", remanded: "原判決取消し・差戻し", decided: "原判決取消し・自判" },
} as const;
type Instance = keyof typeof OUTCOMES;
type Outcome = keyof (typeof OUTCOMES)[Instance];

const isCourt = (name: string) => entityKind(name) === "legal" && /(?:裁判所|高裁|地裁|最高裁)$/.test(name);
const textOf = (f: SourceFact) => `${f.headline ?? ""} ${f.quote}`;

/**
 * The outcome the facts of one court and day tell, or null when they tell none or two: 棄却 of the
 * appeal, 却下, 破棄/取消し with 差戻し, 破棄/取消し with 自判 (a 破棄 alone says neither).
 */
export function judgmentOutcome(facts: readonly SourceFact[], court: string): { instance: Instance; outcome: Outcome } | null {
  const text = facts.map(textOf).join(" ");
  const instance: Instance | null = /上告/.test(text) || /最高裁/.test(court) ? "上告" : /控訴/.test(text) ? "控訴" : null;
  if (!instance) return null;
  const found = new Set<Outcome>();
  if (new RegExp(`${instance}を?棄却`).test(text)) found.add("dismissed");
  if (new RegExp(`${instance}を?却下`).test(text)) found.add("rejected");
  const quashed = /原判決を?(?:破棄|取り?消)/.test(text);
  if (quashed && /差し?戻/.test(text)) found.add("remanded");
  if (quashed && /自判/.test(text)) found.add("decided");
  return found.size === 1 ? { instance, outcome: [...found][0]! } : null;
}

/** One card per court and day whose judgment's outcome the facts tell. */
export function judgmentCards(facts: readonly SourceFact[]): CardDraft[] {
  const groups = new Map<string, SourceFact[]>();
  for (const f of facts) {
    const date = datedFact(f);
    const court = f.actors[0]?.trim();
    if (f.kind !== "event" || !date || date.precision !== "day" || !court || !isCourt(court)) continue;
    const key = [f.documentId, court, date.value].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const cards: CardDraft[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.start - b.start || compareStrings(a.id, b.id));
    const anchor = sorted[0]!;
    const court = anchor.actors[0]!.trim();
    const found = judgmentOutcome(sorted, court);
    if (!found) continue;
    const options = OUTCOMES[found.instance];
    const answer = options[found.outcome];
    const date = formatFactDate(datedFact(anchor)!);
    const key = cardKey(anchor.id, "judgment-outcome", date);
    cards.push({
      key,
      factId: anchor.id,
      factIds: sorted.map((f) => f.id),
      template: "judgment-outcome",
      variant: date,
      front: `${date}、${court}が言い渡した判決の結論はどれか。`,
      back: `${answer}\n${sorted.map((f) => f.quote.trim()).join("\n")}`,
      answer,
      typedAnswers: [answer, answer.replace("・", "")],
      choices: buildChoices(answer, Object.values(options).filter((o) => o !== answer), key),
      tags: ["judgment-outcome", court],
      ...sourceOf(anchor),
    });
  }
  return cards;
}
