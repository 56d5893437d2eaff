// Multiple-choice distractors. The rules that make a question unambiguous live here:
// exactly one correct option, no two options that read the same after normalisation
// (width, kana, punctuation, spaces), no option that contains another, and for dates no
// option equal to the answer at the answer's precision. All picks are seeded, never random.
import type { FactDate } from "@/lib/facts/types";
import { entityKind, kindsComparable, overlapsAsList, readsAsName, sameEntity } from "./entity-kind";
import { normalizeAnswer } from "./normalize-answer";
import { datesOverlap, formatFactDate, shiftDate, truncateDate } from "./dates";
import { compareStrings, rankByHash, seededShuffle } from "./random";

/** A multiple-choice card shows the answer and up to three distractors; fewer than two distractors is no choice. */
export const MAX_DISTRACTORS = 3;
export const MIN_DISTRACTORS = 2;

/** True when a learner could read `a` and `b` as the same answer, or one as part of the other. */
export function optionsClash(a: string, b: string): boolean {
  const na = normalizeAnswer(a);
  const nb = normalizeAnswer(b);
  if (na === "" || nb === "") return true;
  return na === nb || na.includes(nb) || nb.includes(na);
}

export interface PickDistractorsInput {
  answer: string;
  /** Same-type candidates (other actors, other agreements' items, …); order does not matter. */
  candidates: readonly string[];
  /** Texts that are also correct or give the answer away; candidates clashing with them are dropped. */
  exclude?: readonly string[];
  count?: number;
  /** The card key; the same seed and candidates always give the same distractors. */
  seed: string;
  /**
   * The options are names (of sides, people, places): only names of the answer's kind are
   * offered (no person among countries), and never one entity under a second name.
   */
  entities?: boolean;
  /** With `entities`: places, where a city may stand among countries (シンガポール, ハノイ); only the second-name rule holds. */
  anyKind?: boolean;
  /**
   * With `entities`: when the answer's name ends in a head of a kind (党, 委員会, 省 …), only names with that
   * head (公明党 among 社民党, not 行政府 among parties: the one name of its kind would be the answer).
   */
  sameHead?: boolean;
}

/** Up to `count` distractors, none clashing with the answer, the exclusions or each other. */
export function pickDistractors(input: PickDistractorsInput): string[] {
  const count = input.count ?? MAX_DISTRACTORS;
  const blocked = [input.answer, ...(input.exclude ?? [])];
  // Sort first so the input order never changes the result; ranking by hash then keeps the
  // pick stable when unrelated candidates are added.
  const kind = entityKind(input.answer);
  // Names: never the answer's entity under a second name, nor a list of states that holds it.
  const clash = (a: string, b: string) => optionsClash(a, b) || (!!input.entities && (sameEntity(a, b) || overlapsAsList(a, b)));
  const pool = [...new Set(input.candidates.map((c) => c.trim()))]
    .filter((c) => !input.entities || readsAsName(c))
    .filter((c) => !blocked.some((b) => clash(c, b)))
    .filter((c) => !input.entities || input.anyKind || kindsComparable(entityKind(c), kind))
    .sort(compareStrings);
  // Names with the answer's head (自由党 → 公明党 before アスキス内閣; 三木内閣 → 宮澤内閣) come first:
  // the same kind of thing at the same granularity.
  const head = input.entities ? headOf(input.answer) : null;
  const ranked = rankByHash(pool, input.seed, (c) => c);
  const ordered = head
    ? [...ranked.filter((c) => headOf(c) === head), ...(input.sameHead ? [] : ranked.filter((c) => headOf(c) !== head))]
    : input.sameHead && input.entities
      ? ranked.filter((c) => headOf(c) === null)
      : ranked;
  const picked: string[] = [];
  for (const candidate of ordered) {
    if (picked.length >= count) break;
    if (picked.some((p) => clash(p, candidate))) continue;
    picked.push(candidate);
  }
  return picked;
}

/** The head of a name when it is a kanji suffix of a kind (党, 内閣, 委員会, 裁判所 …); null otherwise. */
function headOf(name: string): string | null {
  const m = /(?:委員会|裁判所|内閣|政府|[党省庁院会団])$/.exec(name.trim());
  return m && name.trim().length > m[0].length ? m[0] : null;
}

export interface PickDateDistractorsInput {
  answer: FactDate;
  /** Dates of other facts; they are asked at the answer's precision or dropped if less precise. */
  candidates: readonly FactDate[];
  /** The period the corpus covers (inclusive years); synthetic dates stay inside it. */
  period?: { fromYear: number; toYear: number };
  count?: number;
  seed: string;
  /** Dates that would also be right (a day inside the span the source gives: 7月28日から31日まで). */
  alsoRight?: (d: FactDate) => boolean;
}

/**
 * Date distractors at the answer's precision: first other dates of the corpus, then, if
 * too few, the answer shifted by a few units (a month or a few days away) inside the period.
 */
export function pickDateDistractors(input: PickDateDistractorsInput): FactDate[] {
  const count = input.count ?? MAX_DISTRACTORS;
  const precision = input.answer.precision;
  const inPeriod = (d: FactDate) => {
    if (!input.period) return true;
    const year = Number(d.value.slice(0, 4));
    return year >= input.period.fromYear && year <= input.period.toYear;
  };
  const usable = (d: FactDate | null): d is FactDate => d !== null && !datesOverlap(d, input.answer) && !input.alsoRight?.(d);

  // A real date far from the answer (2020年 beside 1978年) is told apart by its era alone: only those
  // within a plausible distance are offered, and the answer shifted fills in.
  const near = (d: FactDate) => Math.abs(dayNumber(d) - dayNumber(input.answer)) <= PLAUSIBLE_DAYS;
  const real = uniqueByValue(input.candidates.map((d) => truncateDate(d, precision)).filter(usable).filter(near));
  const picked: FactDate[] = rankByHash(real, input.seed, (d) => d.value).slice(0, count);
  if (picked.length < count) {
    const shifts = [-3, -2, -1, 1, 2, 3, -6, 6, -12, 12];
    const synthetic = uniqueByValue(
      shifts.map((s) => shiftDate(input.answer, s)).filter(usable).filter(inPeriod),
    ).filter((d) => !picked.some((p) => p.value === d.value));
    picked.push(...rankByHash(synthetic, input.seed + ":synthetic", (d) => d.value).slice(0, count - picked.length));
  }
  return picked;
}

/**
 * How far (in days) a real date may lie from the answer and still be a plausible option: fifteen years, so
 * a court case's or a treaty's steps over a decade stay options of one another, and another era does not.
 */
const PLAUSIBLE_DAYS = 15 * 366;

/** Days since the epoch of a date's first day (2018 → 2018-01-01). */
function dayNumber(d: FactDate): number {
  const [y, m = "01", day = "01"] = d.value.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(day)) / 86_400_000;
}

function uniqueByValue(dates: FactDate[]): FactDate[] {
  const seen = new Set<string>();
  return dates
    .filter((d) => (seen.has(d.value) ? false : (seen.add(d.value), true)))
    .sort((a, b) => compareStrings(a.value, b.value));
}

/** Formats date distractors like the answer so all options share one precision. */
export function formatDateOptions(dates: readonly FactDate[]): string[] {
  return dates.map(formatFactDate);
}

/** Answer plus distractors in a seeded order. */
export function buildChoices(answer: string, distractors: readonly string[], seed: string): string[] {
  return seededShuffle([answer, ...distractors], seed + ":choices");
}

export type ChoiceProblem = "no_correct_option" | "several_correct_options" | "clashing_options" | "too_few_options";

/** Checks a finished option list; an empty result means the question is unambiguous. */
export function checkChoices(choices: readonly string[], answer: string): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const correct = choices.filter((c) => normalizeAnswer(c) === normalizeAnswer(answer)).length;
  if (correct === 0) problems.push("no_correct_option");
  if (correct > 1) problems.push("several_correct_options");
  for (let i = 0; i < choices.length; i++)
    for (let j = i + 1; j < choices.length; j++)
      if (optionsClash(choices[i] ?? "", choices[j] ?? "")) {
        if (!problems.includes("clashing_options")) problems.push("clashing_options");
      }
  if (choices.length < MIN_DISTRACTORS + 1) problems.push("too_few_options");
  return problems;
}
