// What kind of thing a name is (a country, a person, an organisation …) and which names stand for
// the same thing, so a card's options are of one type (no person among countries) and never offer
// one entity twice under two names (IAEA and 国際原子力機関（IAEA）, 米国 and 米政府, 北朝鮮 and
// 北朝鮮側). General data only: country names and international bodies from the extractor's world
// knowledge (lib/extract/data/sides.ts, read, not changed), and the heads that mark a title, an
// organisation or a group. Nothing here is about one document's subject.
import { COUNTRY_ABBREVIATIONS, INTERNATIONAL_BODIES, PERSON_TITLES, countryNames } from "@/lib/extract/data/sides";
import { normalizeAnswer } from "./normalize-answer";

export type EntityKind = "country" | "body" | "person" | "organisation" | "legal" | "source" | "group" | "generic" | "other";

/** A head noun alone (会社, 政党, 法人): a kind of thing, not a name; never a blank or an option among names. */
const GENERIC_NOUN =
  /^(?:会社|企業|政党|法人|団体|政府|当局|国|各国|諸国|機関|組合|内閣|議会|国会|裁判所|専門家|関係者|株主|住民|市民|国民|メディア|研究者|者)$/;

const COUNTRY_NAMES = countryNames();
const BODY_NAMES = new Map(INTERNATIONAL_BODIES.flatMap((forms) => forms.map((f) => [f, forms[0]!] as const)));
const TITLES = new RegExp(`(?:${[...PERSON_TITLES].sort((a, b) => b.length - a.length).join("|")})$`);
/** Heads of organisations (省, 裁判所, 内閣, 党 …): the phrase names a body of people. */
const ORGANISATION_HEAD =
  /(?:省|庁|党|裁判所|高裁|地裁|最高裁|委員会|機構|機関|政府|議会|国会|内閣|軍|銀行|会社|協会|連盟|組合|研究所|大学|通信|新聞|放送|財団|評議会|理事会|当局|事務局|官邸|総局|法人|製鉄|公社|特使団|代表団|使節団|報道機関)$/;
/** The parties of a case and its courts (検察, 弁護側, 上告人, 札幌地方裁判所): options of one another. */
const LEGAL_HEAD =
  /(?:裁判所|高裁|地裁|最高裁|上告人|被上告人|原告|被告|被告人|控訴人|被控訴人|検察側?|弁護側|弁護人|弁護団|検察官|申立人|被申立人|訴願人|訴願庁|原審)$/;
/** Unnamed sources (複数のメディア, 先の外交筋, 専門家): options of one another, never among states. */
const SOURCE_HEAD = /(?:メディア|筋|報道|専門家|関係者|研究者|アナリスト)$/;
/** Several states named together (中・露・朝の3か国, EC諸国): they stand among countries. */
const STATES_HEAD = /(?:か国|カ国|ヵ国|諸国)$/;
/** Heads of groups and roles (団体, 住民, 野党, 株主). */
const GROUP_HEAD = /(?:団体|グループ|住民|市民|有権者|野党|与党|労組|支持者|反対派|賛成派|株主|各国|両国|同盟国|首脳|者)$/;
/** A side named by its speaker role (北朝鮮側, 米国側): the side itself. */
const SIDE_SUFFIX = /(?:側|政府|当局)$/;

/** The kind of a name; "other" when nothing general tells (a place, a person without a title). */
export function entityKind(name: string): EntityKind {
  const n = name.trim().replace(/[（(][^）)]*[）)]$/, "");
  if (GENERIC_NOUN.test(n)) return "generic";
  if (LEGAL_HEAD.test(n)) return "legal";
  if (SOURCE_HEAD.test(n)) return "source";
  if (STATES_HEAD.test(n) || isListOfCountries(n)) return "country";
  if (GROUP_HEAD.test(n)) return "group";
  if (COUNTRY_NAMES.has(n) || COUNTRY_NAMES.has(n.replace(SIDE_SUFFIX, ""))) return "country";
  if (BODY_NAMES.has(n)) return "body";
  if (TITLES.test(n)) return "person";
  if (ORGANISATION_HEAD.test(n)) return "organisation";
  return "other";
}

const COUNTRY_PATTERN = new RegExp(
  [...COUNTRY_NAMES.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
);
/** Compounds of one-character country names (米朝, 日中韓, 南北) before an event or relation noun. */
const COUNTRY_COMPOUND = new RegExp(`(?:南北|[${Object.keys(COUNTRY_ABBREVIATIONS).join("")}]{2,4})(?=首脳|会談|外相|協議|交渉|関係|共同|国交|間|貿易|経済|自由貿易)`);

/** True when the text names a country or a body of states (米国, 北朝鮮, 米朝首脳会談, IAEA). */
export function namesStates(text: string): boolean {
  return COUNTRY_PATTERN.test(text) || COUNTRY_COMPOUND.test(text) || [...BODY_NAMES.keys()].some((b) => b.length >= 2 && text.includes(b));
}

/** 中国とロシア, 日・米・韓: several sides named together. */
function isListOfCountries(name: string): boolean {
  const parts = name.split(/[・と、]/);
  return parts.length >= 2 && parts.every((p) => COUNTRY_NAMES.has(p) || (p.length === 1 && /\p{sc=Han}/u.test(p)));
}

/**
 * The entity a name stands for, as a comparable key: the country behind 米政府 or 北朝鮮側, the
 * body behind 国際原子力機関（IAEA）, else the normalised name.
 */
export function entityKey(name: string): string {
  const n = name.trim();
  const inParens = /^(.*?)[（(]([^）)]+)[）)]$/.exec(n);
  const forms = inParens ? [inParens[1]!, inParens[2]!] : [n];
  for (const form of forms) {
    const body = BODY_NAMES.get(form);
    if (body) return `body:${body}`;
    const country = COUNTRY_NAMES.get(form) ?? COUNTRY_NAMES.get(form.replace(SIDE_SUFFIX, ""));
    if (country) return `country:${country}`;
  }
  return normalizeAnswer(forms[0]!);
}

/** True when two names stand for the same entity (IAEA and 国際原子力機関（IAEA）, 米国 and 米国側, 金党委員長 and 金正恩朝鮮労働党委員長). */
export function sameEntity(a: string, b: string): boolean {
  return (
    entityKey(a) === entityKey(b) ||
    (entityKind(a) === "person" && entityKind(b) === "person" && mayBeSamePerson(a, b)) ||
    withAndWithoutGivenName(a.trim(), b.trim()) ||
    abbreviates(a.trim(), b.trim())
  );
}

/**
 * 自民党 and 自由民主党: the shorter is the longer's characters kept in order, with its first and last
 * (the usual Japanese abbreviation); not when what is dropped is a rank (米国大統領, 米国副大統領).
 */
function abbreviates(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short.length === long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  const dropped: string[] = [];
  for (const ch of long) {
    if (ch === short[at]) at++;
    else dropped.push(ch);
  }
  return at === short.length && !dropped.some((ch) => "副元前次新旧".includes(ch));
}

/** 飯島首相秘書官 and 飯島勲首相秘書官: one name is the other without the given name between family name and title. */
function withAndWithoutGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const title = short.slice(2);
  if (short === long || short.length < 4 || !long.startsWith(short.slice(0, 2)) || !long.endsWith(title)) return false;
  // What stands between is a given name, not a rank (米国大統領 and 米国副大統領 are two people).
  const between = long.slice(2, long.length - title.length);
  return between.length >= 1 && between.length <= 3 && !/^[副元前次新旧]/.test(between);
}

/** Titles that name one office (首相 and 内閣総理大臣, 外相 and 外務大臣): a person under either is one person. */
const SAME_OFFICE: readonly (readonly string[])[] = [
  ["内閣総理大臣", "総理大臣", "首相", "総理"],
  ["外務大臣", "外相"],
  ["財務大臣", "財務相", "大蔵大臣", "蔵相"],
  ["防衛大臣", "防衛相"],
  ["官房長官", "内閣官房長官"],
];
const officeOf = (name: string) => SAME_OFFICE.findIndex((titles) => titles.some((t) => name.endsWith(t)));

/**
 * Two names of one person: same first character and same title ending (金党委員長,
 * 金正恩朝鮮労働党委員長), or the same family name under two titles of one office (小泉首相,
 * 小泉純一郎内閣総理大臣).
 */
export function mayBeSamePerson(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3 || a[0] !== b[0]) return false;
  if (a.slice(-2) === b.slice(-2)) return true;
  const office = officeOf(a);
  return office >= 0 && office === officeOf(b) && a.slice(0, 2) === b.slice(0, 2);
}

/**
 * True when a holder reads as a name (米国, 北朝鮮の金星国連大使, 中・露・朝の3か国), not as a
 * description an extraction took for one (国際連合の役割, 北朝鮮のミサイル開発, AのBとCのD): a phrase
 * with の is a name only when its head says what it names (a title, an organisation, states).
 */
export function readsAsName(name: string): boolean {
  const n = name.trim();
  return n.length > 0 && !(entityKind(n) === "other" && /の/.test(n));
}

/** The states a list names (中・露・朝の3か国 → 中国, ロシア, 北朝鮮), as entity keys; empty for one name. */
function listedStates(name: string): string[] {
  const n = name.trim().replace(/の?[0-9０-９一二三四五六七八九十]+(?:か国|カ国|ヵ国)$/, "");
  const parts = n.split(/[・と、]/).filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  return parts.map((p) => entityKey(COUNTRY_ABBREVIATIONS[p] ?? p));
}

/** True when one name is a list of states that includes the other (中・露・朝の3か国 and 北朝鮮側): partly the same answer. */
export function overlapsAsList(a: string, b: string): boolean {
  const inList = (list: string, one: string) => listedStates(list).includes(entityKey(one));
  return inList(a, b) || inList(b, a) || listedStates(a).some((k) => listedStates(b).includes(k));
}

/** Two kinds that can stand as options of one question: the same, or both bodies of states (country, body). */
export function kindsComparable(a: EntityKind, b: EntityKind): boolean {
  if (a === b) return true;
  const states: EntityKind[] = ["country", "body"];
  return states.includes(a) && states.includes(b);
}
