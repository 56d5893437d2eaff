// Pass 3a — actor mentions, open-domain. A document's actors are found, not listed: countries and
// international bodies from general data (data/sides.ts), people and organisations from the analyser's
// proper-noun classes and the titles that follow a name (モロッコのブリタ外相 → モロッコ), groups and legal
// roles by their heads, and co-reference (同氏, 同国, 両国, 双方) resolved to the mentions before them.
// What one corpus needs beyond that (a people roster) comes in as data: ExtractContext.actorAliases.
import type { Token } from "./analyse";
import {
  COUNTRY_ABBREVIATIONS,
  INTERNATIONAL_BODIES,
  JAPANESE_CABINET_TITLES,
  JAPANESE_OFFICES,
  PERSON_TITLES,
  TITLE_COUNTRY,
  countryNames,
} from "./data/sides";

export type ActorKind = "country" | "body" | "person" | "organisation" | "group" | "reference";

export interface ActorMention {
  start: number;
  end: number;
  form: string;
  /** The sides the mention stands for (a person → the country they speak for, when the text says). */
  actors: string[];
  kind: ActorKind;
  /** For a co-reference (同氏, 同国): the mention it was resolved to. */
  refersTo?: string;
}

/** Side → the names, titles and bodies that stand for it (content/corpus/actors.json for the sample). */
export type ActorAliases = Record<string, string[]>;

const COUNTRY_NAMES = countryNames();
const BODY_NAMES = new Map(INTERNATIONAL_BODIES.flatMap((forms) => forms.map((f) => [f, forms[0]!] as const)));
const TITLES_LONGEST_FIRST = [...PERSON_TITLES].sort((a, b) => b.length - a.length);
/** Heads of organisations: the noun phrase ending in one of these names a body. */
const ORGANISATION_HEAD =
  /(?:省|庁|党|裁判所|高裁|地裁|最高裁|委員会|機構|機関|政府|議会|国会|内閣|軍|銀行|会社|協会|連盟|組合|研究所|大学|通信|新聞|放送|財団|評議会|理事会|当局|事務局|官邸|総局|法人)$/;
/** Heads of groups and roles that hold positions without being a state or an organisation. */
const GROUP_HEAD =
  /(?:団体|グループ|住民|市民|有権者|野党|与党|労組|呼びかけ人|支持者|反対派|賛成派|専門家|関係者|上告人|被上告人|原告|被告|控訴人|被控訴人|検察側?|弁護側|弁護人|検察官|申立人|被申立人)$/;
const NOT_ACTOR_PLACES = ["朝鮮半島", "朝鮮戦争", "中東", "中南米", "中央アジア", "日本海", "日本語", "日本人", "米ドル"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ABBREVIATION_CHARS = Object.keys(COUNTRY_ABBREVIATIONS).join("");
/** Compounds of country abbreviations: 日米, 米朝, 中・露・朝, 日中韓; 南北 is the two Koreas. */
const COMPOUND = `南北(?=[首会関対協共合])|[${ABBREVIATION_CHARS}](?:・?[${ABBREVIATION_CHARS}])+(?=[首両外会関間共協同貿経交戦国政防軍通安対合・の3３三]|$)`;
const REFERENCE = `同(?:${TITLES_LONGEST_FIRST.map(escape).join("|")})|同国|同政府|両国|両政府|両首脳|双方|両者|同筋|(?<![\\p{Script=Han}\\p{Script=Katakana}])政府(?![\\p{Script=Han}])`;

export interface ActorLexicon {
  /** Every mention in a piece of text (co-references left unresolved), left to right, longest first. */
  find(text: string): ActorMention[];
  /** Every mention of the analysed document within [start, end), co-references resolved. */
  inRange(start: number, end: number): ActorMention[];
  /** The side a phrase stands for (ポンペオ国務長官 → 米国), or null. */
  sideOf(phrase: string): string | null;
  /** A phrase that names someone who can hold a position (a side, a person, a body, a group). */
  isActorLike(phrase: string): boolean;
}

export interface LexiconInput {
  text: string;
  tokens: Token[];
  aliases?: ActorAliases;
}

/** The actor lexicon of one document: general data, corpus aliases and the names the analyser found. */
export function buildLexicon({ text, tokens, aliases = {} }: LexiconInput): ActorLexicon {
  const forms = new Map<string, { actors: string[]; kind: ActorKind }>();
  const put = (form: string, actors: string[], kind: ActorKind) => {
    if (form.length < 2 && kind !== "country") return;
    const known = forms.get(form);
    if (!known || (known.actors.length === 0 && actors.length)) forms.set(form, { actors, kind });
  };
  for (const [form, side] of COUNTRY_NAMES) put(form, [side], "country");
  for (const [form, body] of BODY_NAMES) put(form, [body], "body");
  for (const [side, names] of Object.entries(aliases)) for (const form of [side, ...names]) put(form, [side], "person");
  // A person whose side the text does not give stands for no side (never for themselves).
  for (const person of findPeople(text, tokens, forms)) {
    put(person.form, person.side ? [person.side] : [], "person");
    if (person.name.length >= 2) put(person.name, person.side ? [person.side] : [], "person");
  }
  for (const org of findOrganisations(tokens, forms)) put(org.form, [org.side], "organisation");

  const alternatives = [...forms.keys(), ...NOT_ACTOR_PLACES].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp([...alternatives, COMPOUND, REFERENCE].join("|"), "gu");

  const find = (fragment: string): ActorMention[] => {
    const out: ActorMention[] = [];
    for (const m of fragment.matchAll(pattern)) {
      const form = m[0];
      const start = m.index;
      const known = forms.get(form);
      const prev = start > 0 ? fragment[start - 1]! : "";
      const next = fragment[start + form.length] ?? "";
      // A katakana name inside a longer katakana word is not that name (スタイル is not タイ).
      if (/^[\p{Script=Katakana}ー]/u.test(form) && /[\p{Script=Katakana}ー]/u.test(prev)) continue;
      if (/[\p{Script=Katakana}ー]$/u.test(form) && /[\p{Script=Katakana}ー]/u.test(next)) continue;
      // A country named as the place of something (シンガポールで開催) is where, not who.
      if (known?.kind === "country" && /^(?:で|において|にて)/.test(fragment.slice(start + form.length, start + form.length + 4))) continue;
      if (known) {
        out.push({ start, end: start + form.length, form, actors: known.actors, kind: known.kind });
        continue;
      }
      if (NOT_ACTOR_PLACES.includes(form)) continue;
      if (new RegExp(`^(?:${REFERENCE})$`, "u").test(form)) {
        out.push({ start, end: start + form.length, form, actors: [], kind: "reference" });
        continue;
      }
      // 日 right after a number is a day (28日中), not Japan.
      if (start > 0 && /[\d０-９]/.test(fragment[start - 1]!)) continue;
      const actors =
        form === "南北" ? ["韓国", "北朝鮮"] : [...form.replace(/・/g, "")].flatMap((ch) => COUNTRY_ABBREVIATIONS[ch] ?? []);
      out.push({ start, end: start + form.length, form, actors: [...new Set(actors)], kind: "country" });
    }
    return out;
  };

  const resolved = resolveReferences(find(text));
  const sideOf = (phrase: string): string | null => {
    const own = find(phrase).filter((m) => m.kind !== "reference");
    // The country that qualifies a person (モロッコのブリタ外相) is listed first, so the first side is theirs.
    return own[0]?.actors[0] ?? null;
  };
  return {
    find,
    inRange: (start, end) => resolved.filter((m) => m.start >= start && m.end <= end),
    sideOf,
    isActorLike: (phrase) =>
      find(phrase).some((m) => m.kind !== "reference" || m.actors.length > 0) ||
      ORGANISATION_HEAD.test(phrase) ||
      GROUP_HEAD.test(phrase) ||
      TITLES_LONGEST_FIRST.some((t) => phrase.endsWith(t) && phrase.length > t.length),
  };
}

interface Person {
  form: string;
  name: string;
  side: string | null;
}

/**
 * People: a name (人名 words, or a katakana/kanji noun) followed by a title (ブリタ外相, 林外務大臣,
 * バイデン米国大統領), and 人名 words without one. Their side: a country right before them (モロッコの),
 * inside the title (米国大統領), an office that implies one (国務長官), or Japan for a cabinet title in a
 * Japanese text.
 */
function findPeople(text: string, tokens: Token[], known: Map<string, { actors: string[] }>): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isName = t.pos === "名詞" && (t.pos2 === "人名" || (t.pos1 !== "数" && t.pos1 !== "代名詞" && /^[\p{Script=Katakana}ー]{2,}$/u.test(t.surface)));
    if (!isName) continue;
    // Join 姓 + 名 (小泉 純一郎).
    let j = i;
    while (tokens[j + 1]?.pos2 === "人名") j++;
    const nameStart = t.start;
    let nameEnd = tokens[j]!.end;
    // A country between name and title: バイデン米国大統領.
    const after = text.slice(nameEnd, nameEnd + 16);
    const countryInTitle = [...COUNTRY_NAMES.keys()].find((c) => c.length >= 2 && after.startsWith(c) && TITLES_LONGEST_FIRST.some((tt) => after.startsWith(c + tt)));
    const titleFrom = countryInTitle ? after.slice(countryInTitle.length) : after;
    const title = TITLES_LONGEST_FIRST.find((tt) => titleFrom.startsWith(tt));
    const name = text.slice(nameStart, nameEnd);
    if (known.has(name) && !title) continue;
    // Without a title only a full 姓+名 is a person: a lone 人名 word is too often a place (平昌, 豊渓).
    if (!title && !(t.pos3 === "姓" && tokens[i + 1]?.pos3 === "名")) continue;
    if (title) nameEnd += (countryInTitle?.length ?? 0) + title.length;
    const before = text.slice(Math.max(0, nameStart - 12), nameStart);
    const qualifier = /([\p{Script=Han}\p{Script=Katakana}ー・]{1,10})の(?:[\p{Script=Han}]{1,6})?$/u.exec(before)?.[1];
    const qualifierSide = qualifier ? sideFromPhrase(qualifier) : null;
    // A cabinet title with a kanji name and no country is Japan's in a Japanese text; ラブロフ外相 is not.
    const japaneseName = /^[\p{Script=Han}々]+$/u.test(name);
    const side =
      known.get(name)?.actors[0] ??
      (countryInTitle ? COUNTRY_NAMES.get(countryInTitle)! : null) ??
      qualifierSide ??
      (title ? (TITLE_COUNTRY[title] ?? (japaneseName && JAPANESE_CABINET_TITLES.includes(title) ? "日本" : null)) : null);
    people.push({ form: text.slice(nameStart, nameEnd), name, side });
    i = j;
  }
  // A name the dictionary does not know, made a person by the word after it (蓮舫氏, 長谷川帝勝選手, 堀島行真選手).
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1]!;
    if (people.some((p) => p.name === name || p.form.includes(name)) || known.has(name) || NOT_A_NAME.test(name)) continue;
    people.push({ form: name + m[2]!, name, side: null });
  }
  return people;
}

const HONORIFIC_NAME = /(?<![\p{Script=Han}々\p{Script=Katakana}ー・])([\p{Script=Han}々]{2,6}|[\p{Script=Katakana}ー・]{2,14})(氏|選手|さん|容疑者|被告|監督)(?=[はがもをにのと、，（(「」])/gu;
/** Runs that name a group or a role, not a person (日本選手, 女子選手, 同氏, 両氏, 各選手). */
const NOT_A_NAME = /^(?:同|両|各|当|本|前|元|現|新|全|他|諸)|代表|男子|女子|団体|日本|チーム|出場|候補|選手/;

function sideFromPhrase(phrase: string): string | null {
  for (let len = phrase.length; len >= 2; len--) {
    const tail = phrase.slice(phrase.length - len);
    const side = COUNTRY_NAMES.get(tail) ?? BODY_NAMES.get(tail);
    if (side) return side;
  }
  return null;
}

/**
 * Organisations: a run of nouns ending in an organisation's head (外務省, 最高裁判所, 自民党, 商務部) or
 * classed 組織 by the analyser. A country at its start gives its side (米国務省 → 米国; 中国商務部 → 中国);
 * one of Japan's ministries or agencies with none is Japan's (data/sides.ts); any other organisation — 国防総省
 * alone included — is a side of its own.
 */
function findOrganisations(tokens: Token[], known: Map<string, { actors: string[] }>): Array<{ form: string; side: string }> {
  const out: Array<{ form: string; side: string }> = [];
  let run: Token[] = [];
  const flush = () => {
    const form = run.map((t) => t.surface).join("");
    // An agreement's name (日豪EPA, 日英包括的経済連携協定) is not a body that acts.
    const isAgreement = /(?:EPA|FTA|TPP|RCEP|協定|条約|宣言|声明|議定書|決議|覚書|合意)$/.test(form);
    const isOrg = !isAgreement && (run.at(-1)?.pos2 === "組織" || ORGANISATION_HEAD.test(form) || GROUP_HEAD.test(form));
    // Latin-only words are classed 組織 when unknown (ICBM): acronyms of bodies come from the data.
    const latinOnly = /^[A-Za-z0-9 .\-]+$/.test(form);
    // A bare 政府 or 当局 refers to the country in view (co-reference), it is no organisation of its own.
    const bare = /^(?:政府|当局|軍)$/.test(form);
    // One common noun is a kind or an act, not a body: 通信, 離党, 脱党, 大政党 (a prefix and a common noun).
    const content = run.filter((t) => t.pos !== "接頭詞");
    // (Roles named by one word stay: 検察, 与党, 野党.)
    const headOnly = ORGANISATION_HEAD.exec(form)?.[0] === form && !/^(?:国会|議会|内閣)$/.test(form);
    const generic =
      content.length === 1 &&
      content[0]!.pos1 !== "固有名詞" &&
      !GROUP_HEAD.test(form) &&
      (content[0]!.pos1 === "サ変接続" || run.length > 1 || /^.党$/.test(form) || headOnly);
    if (run.length && isOrg && !bare && !latinOnly && !generic && form.length >= 2 && form.length <= 24 && !known.has(form)) {
      const lead = sideFromLead(form, known);
      const side = lead ?? (JAPANESE_OFFICES.has(form) || /省庁$/.test(form) ? "日本" : form);
      out.push({ form, side });
    }
    run = [];
  };
  for (const t of tokens) {
    // (The analyser reads a half-width bracket as a noun, and a counter 回 of 第6回 opens no name.)
    const bracket = /^[()（）「」『』［］[\]]$/.test(t.surface);
    const counter = t.pos1 === "接尾" && run.length === 0;
    const nounish = t.pos === "名詞" && t.pos1 !== "数" && t.pos1 !== "代名詞" && t.pos1 !== "非自立" && t.pos1 !== "副詞可能" && !bracket && !counter;
    if (nounish || (t.pos === "接頭詞" && run.length === 0)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

function sideFromLead(form: string, known: Map<string, { actors: string[] }>): string | null {
  for (let len = Math.min(form.length - 1, 12); len >= 2; len--) {
    const lead = form.slice(0, len);
    const side = COUNTRY_NAMES.get(lead) ?? BODY_NAMES.get(lead) ?? known.get(lead)?.actors[0];
    if (side) return side;
  }
  const abbreviated = COUNTRY_ABBREVIATIONS[form[0]!];
  return abbreviated && form.length > 2 && /[省軍政]/.test(form[1]!) ? abbreviated : null;
}

/** 同氏/同相 → the last person; 同国 → the last country; 両国/両首脳/双方 → the last two sides. */
function resolveReferences(mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let lastPerson: ActorMention | null = null;
  let lastCountry: ActorMention | null = null;
  const recentSides: string[] = [];
  for (const m of mentions) {
    if (m.kind !== "reference") {
      out.push(m);
      if (m.kind === "person") lastPerson = m;
      if (m.kind === "country" && m.actors.length === 1) lastCountry = m;
      for (const a of m.actors) {
        const at = recentSides.indexOf(a);
        if (at >= 0) recentSides.splice(at, 1);
        recentSides.push(a);
      }
      continue;
    }
    let actors: string[] = [];
    let refersTo: string | undefined;
    if (/^(?:両|双方)/.test(m.form)) actors = recentSides.slice(-2);
    else if (/^(?:同国|同政府|政府)$/.test(m.form)) {
      // A bare 政府 is the government of the country in view, else the source's own: Japan's.
      actors = lastCountry?.actors ?? (m.form === "政府" ? ["日本"] : []);
      refersTo = lastCountry?.form ?? (m.form === "政府" ? "日本政府" : undefined);
    } else {
      actors = lastPerson?.actors ?? [];
      refersTo = lastPerson?.form;
    }
    out.push({ ...m, actors, ...(refersTo ? { refersTo } : {}) });
  }
  return out;
}
