// Which side a named speaker speaks for, when something other than the extraction's guess says so.
// A "which country said …" card names a side as the answer: it is only made when the side is tied
// to the speaker by the speaker's own name (トランプ米国大統領, 北朝鮮の金星国連大使), by the text's
// apposition (モロッコのブリタ外相), or by the built-in corpus's roster of people (actors.json:
// トランプ → 米国). A side the extraction took from a co-occurring state, or from a minister's
// title alone (外相 → 日本), is a guess a learner must not be graded against.
import roster from "@/content/corpus/actors.json" with { type: "json" };
import { COUNTRY_ABBREVIATIONS, INTERNATIONAL_BODIES, countryNames } from "@/lib/extract/data/sides";
import { entityKey } from "./entity-kind";

const COUNTRY_NAMES = countryNames();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Names of states and international bodies (EUの欧州委員会 is the EU's). */
const SIDE_NAMES = new Map<string, string>([...COUNTRY_NAMES, ...INTERNATIONAL_BODIES.flatMap((forms) => forms.filter((f) => f.length >= 2).map((f) => [f, forms[0]!] as [string, string]))]);
const NAMES_LONGEST_FIRST = [...SIDE_NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
/** A state's or body's name (or a country's one-character form before 政府, 側, 当局, a title's first kanji) in a name. */
const STATE_IN_NAME = new RegExp(`(${NAMES_LONGEST_FIRST})|^([${Object.keys(COUNTRY_ABBREVIATIONS).join("")}])(?=政府|側|当局|[大副国首外])`, "gu");
/** The state standing right before a name in the text (モロッコのブリタ外相, 米国・トランプ大統領). */
const APPOSITION = new RegExp(`(${NAMES_LONGEST_FIRST})(?:の|・|、)?$`, "u");

const ALIASES: Array<[string, string]> = Object.entries((roster as { aliases: Record<string, string[]> }).aliases).flatMap(([side, names]) =>
  names.filter((n) => n.length >= 2).map((n) => [n, side] as [string, string]),
);

/** The states a name itself names (トランプ米国大統領 → 米国; 米政府 → 米国; 北朝鮮の代表 → 北朝鮮), as entity keys. */
export function statesInName(name: string): string[] {
  const keys = [...name.matchAll(STATE_IN_NAME)].map((m) => (m[1] ? SIDE_NAMES.get(m[1])! : COUNTRY_ABBREVIATIONS[m[2]!]!));
  return [...new Set(keys.map(entityKey))];
}

/**
 * The sides the text and the roster tie a speaker to, as entity keys: states the name holds, states
 * written right before the name in any of the quotes, and the roster's side for a name it lists.
 */
export function tiedSides(speaker: string, quotes: readonly string[]): string[] {
  const s = speaker.trim();
  if (!s) return [];
  const keys = new Set(statesInName(s));
  for (const quote of quotes) {
    for (let at = quote.indexOf(s); at >= 0; at = quote.indexOf(s, at + 1)) {
      const before = APPOSITION.exec(quote.slice(Math.max(0, at - 14), at));
      if (before) keys.add(entityKey(SIDE_NAMES.get(before[1]!)!));
    }
  }
  for (const [alias, side] of ALIASES) if (s.includes(alias)) keys.add(entityKey(side));
  return [...keys];
}

/**
 * True when the text or the roster ties the speaker to the side and to no other state (a body inside a
 * title, 国連 in 金星国連大使, is no second side).
 */
export function speakerTiedTo(speaker: string, side: string, quotes: readonly string[]): boolean {
  const key = entityKey(side);
  const tied = tiedSides(speaker, quotes);
  return tied.includes(key) && tied.every((k) => k === key || k.startsWith("body:"));
}

/** The one state the text or the roster ties the speaker to, by its short name (金党委員長 → 北朝鮮); null when none or several. */
export function tiedState(speaker: string, quotes: readonly string[]): string | null {
  const states = tiedSides(speaker, quotes).filter((k) => k.startsWith("country:"));
  return states.length === 1 ? states[0]!.slice("country:".length) : null;
}
