// Rules about a single piece of visible card text (a question line, an option, a back line):
// what a teacher would never hand out. The card checks apply them to every visible text; the
// templates apply them to headlines, places and statements before using them as options.
import { ISO_DATE, findDateMentions } from "./date-mentions";
import { namesStates } from "./entity-kind";

/** Blanks and masks of the old cloze cards (〇〇, ［　］, ＿＿). A single 〇 may be a kanji zero. */
const MASK = /〇〇|[［］]|＿{2,}|_{2,}|□/;

/** Remnants of markup and page furniture (wiki links, categories, Markdown links, templates, URLs). */
const MARKUP = /wikilink|Category:|[[\]{}|]|\.md\b|https?:\/\/|&[a-z]+;|\*\*|^#/;

/**
 * Endings that leave a clause open: て-form, continuative し, ほか, とともに, ものの, など, つつ,
 * a comma, a dangling particle, a conditional … (checked after closing punctuation is removed).
 */
const OPEN_ENDING =
  /(?:て|で|(?<!(?:^|[^をに])(?:差し?戻|取り?消))し|おらず|せず|ほか|とともに|ものの|など|つつ|ながら|たり|おり|ため|ので|から|ところ|れば|なら|および|及び|並びに|または|けど|けれど|一方|[するいなれ]る中|っ|により|によって|に伴い|に伴って|を受け|として|において|[、，,・：:（(「『]|[がやとのをにはへも])$/u;

const TRAILING_CLOSERS = /[。．.！？!?」』）)\s]+$/u;

export function hasMask(text: string): boolean {
  return MASK.test(text);
}

export function hasIsoDate(text: string): boolean {
  return ISO_DATE.test(text.normalize("NFKC"));
}

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** True when the text (or a part of it in 「」) ends in a form that leaves the clause open. */
export function endsOpen(text: string): boolean {
  const parts = [text, ...[...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1] ?? "")];
  return parts.some((part) => {
    const body = part.trim().replace(TRAILING_CLOSERS, "");
    if (body.length === 0) return false;
    return OPEN_ENDING.test(body);
  });
}

const PAIRS: Array<[string, string]> = [
  ["「", "」"],
  ["『", "』"],
  ["（", "）"],
  ["(", ")"],
  ["【", "】"],
];

/** Every bracket closed, in order: a cut-off quote (「…を受けて) is a fragment. */
export function bracketsBalanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    const open = PAIRS.find(([o]) => o === ch);
    if (open) {
      stack.push(open[1]);
      continue;
    }
    if (PAIRS.some(([, c]) => c === ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

/** Dates told relative to the document (今月1日, 同年, 昨年3月): meaningless on a card. */
const RELATIVE_DATE = /(?:今|本|先|昨|来|翌|同|前|当)(?:月|年|日|週)|本日|今日|昨日|明日|[0-9０-９]{1,2}日/;

export function hasDateOutsideQuotes(text: string): boolean {
  const outside = text.replace(/「[^「」]*」/g, "");
  return findDateMentions(outside).length > 0 || RELATIVE_DATE.test(outside);
}

/** Starts like the continuation of a previous sentence (ところが, しかし, また, 一方, これに対し …). */
const OPEN_START =
  /^(?:右(?=の|[\p{sc=Han}])(?![翼派側腕手足折])|当該|所論|ところが|しかし|だが|また|又|さらに|更に|併せて|あわせて|続く|続いて|直近|直後|直前|前回|今回|次回|一方|そして|その後|その際|これ|それ|この|その|こうした|そうした|いずれも|それぞれ|同[筋氏国年月日法条]|なお|ただし|ここ|そこ|[、，,）)」』]|[\p{sc=Han}]{1,4}し[、，]|(?:から|を|に|は|が|で|と|の|へ|も|や|より|まで)(?![\p{sc=Hiragana}])|(?:から|に|で)は[、，]|[0-9０-９]+[\s.．)）])/u;

/**
 * Two particles where one word was cut out between them (制度をから導入, 旧領土をに, 訪問先としてまで、
 * where a date range 9月18日から22日まで was taken out), or a topic with nothing said of it (解散はだったので,
 * 投票日はとなる, where the dates were taken out), a verbal noun left without its する (法が成立により).
 */
const BROKEN_PARTICLES =
  /を(?:から|まで|に|で|へ|が|は|を)|が(?:から|を|が)|では[とや](?![\p{sc=Hiragana}])|として(?:まで|から)[、，,]|(?<=[\p{sc=Han}\p{sc=Katakana}ー])[はが](?:だった|であった|となる$|となった)|(?<=[\p{sc=Han}\p{sc=Katakana}ー」）])が\p{sc=Han}{2}(?:により|によって)/u;

export function startsOpen(text: string): boolean {
  return OPEN_START.test(text.trim()) || BROKEN_PARTICLES.test(text);
}

/**
 * A phrase fit to stand alone as an option or inside a question: a headline, a place, a
 * statement. `dateless` also refuses date mentions (a headline must not carry its date).
 */
export function isCleanPhrase(text: string | null | undefined, opts: { maxLength: number; dateless?: boolean }): text is string {
  if (!text) return false;
  const t = text.trim();
  return (
    t.length >= 2 &&
    t.length <= opts.maxLength &&
    !/\n/.test(t) &&
    !hasMask(t) &&
    !hasIsoDate(t) &&
    !hasMarkup(t) &&
    !endsOpen(t) &&
    !startsOpen(t) &&
    bracketsBalanced(t) &&
    !(opts.dateless && hasDateOutsideQuotes(t))
  );
}

/**
 * Words that point back into the source (これを, その, 前記の, 同氏): a headline holding one means
 * nothing without the sentences before it. (A statement may refer inside itself: …とそれにより….)
 */
const ANAPHORA = /(?<![\p{sc=Han}])右(?=の|[\p{sc=Han}])(?![翼派側腕手足折])|所論|これ|それ|あれ|この|その|こうした|そうした|ここ|そこ|前記|上記|前回|今回|前述|かかる|同氏|同国|同法|同条|同協定|同条約|当該|(?<![日米中韓朝露英仏独豪印])両国|両首脳|両者|双方|自国|我が国|わが国|私/u;

export function pointsBack(text: string): boolean {
  return ANAPHORA.test(text.replace(/「[^「」]*」/g, ""));
}

/** Empty brackets, where the extraction cut a date out of 「（5月）」: removed, not shown. */
const EMPTY_BRACKETS = /\s*(?:（\s*）|\(\s*\))/g;
/** Words of the narrator that add nothing to a headline (早くも, まず, ついに, いわゆる). */
const NARRATOR_ADVERB = /^(?:まず|早くも|ついに|遂に|いよいよ|既に|すでに|いわゆる)[、，,]?/;

/**
 * A headline as a card shows it, repaired where the repair is certain: empty brackets dropped, a
 * half-width comma between Japanese words made a 読点, a first person named (私(上川大臣)は → 上川大臣は), a
 * narrator's adverb dropped, a transcript's speaker label made the subject (【林外務大臣】まず米国を
 * 訪問 → 林外務大臣が米国を訪問), and a passive lost in normalisation restored (改正が行う → 改正が行われる).
 */
export function repairHeadline(text: string): string {
  let h = asPhrase(text)
    .replace(EMPTY_BRACKETS, "")
    .replace(/[、，,]{2,}/g, "、")
    // A space the page left between Japanese words (施設が 「カンソン」) is no word boundary.
    .replace(/(?<=[^\x00-\x7F])[ \u3000]+(?=[^\x00-\x7F])/gu, "")
    // A transcript's first person with the speaker's name after it (私(上川大臣)は) is that name.
    .replace(/(?:私|わたし)[(（]([^()（）]{2,20})[)）]/gu, "$1")
    // A half-width comma between Japanese words (北京において,第14回…, a blog's copy) is the 読点.
    .replace(/(?<=[^\x00-\x7F]),(?=[^\x00-\x7F]|[A-Za-z])/gu, "、")
    .trim();
  // A citation or aside cut off at the end (…を認めた（最高裁判所大法廷判決 民集24巻): the clause before it stands.
  h = h.replace(/[（(][^（()）]*$/, "").trim();
  const label = /^【([^】]{2,20})】\s*/.exec(h);
  if (label) {
    const rest = h.slice(label[0].length).replace(NARRATOR_ADVERB, "");
    h = hasSubject(rest) ? rest : `${label[1]}が${rest}`;
  }
  h = h.replace(NARRATOR_ADVERB, "").replace(/が行う$/, "が行われる");
  // A subjectless concessive clause before a main clause that has one (審議を行ってきたが小委員長中間報告がなされ):
  // what happened is the main clause.
  const concessive = /^([^、，,。]*?(?:てきた|ていた|した|った|された))が(?=[\p{sc=Han}\p{sc=Katakana}「])/u.exec(h);
  if (concessive && !hasSubject(concessive[1]!) && hasSubject(h.slice(concessive[0].length))) h = h.slice(concessive[0].length);
  return h;
}

/** A subject or topic marked by が or は after a name (…首脳会談は, 米国が), not a kana word (はじめ). */
export function hasSubject(text: string): boolean {
  // A は or が inside a reported clause (賠償責任は発生しないとして…) is not the headline's subject.
  const main = text.replace(/^.*(?:(?<=[\p{sc=Hiragana}])として|とし[、，,]|と述べ[、，,]?)/u, "");
  return /(?<=[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9０-９）)」』ら])[はが](?![\p{sc=Hiragana}])/u.test(main.replace(/「[^「」]*」/g, "「」"));
}

/**
 * Endings of a judgement, an ability or a definition, not of something that happened; of a guess
 * or a habit (…と見られる, …ことが多い, …の可能性あり); or of a designation (最終改正は法律第83号).
 */
const NOT_AN_EVENT =
  /(?:できる|ない|ぬ|である|だ|指す|という|とされる|考える|思う|申し上げる|べき|見られる|みられる|思われる|考えられる|予想される|多い|少ない|ことがある|場合がある|(?:疑い|可能性|恐れ|おそれ)が?(?:あり|ある)|第?[0-9０-９一二三四五六七八九十百千]+号)$/;
/** A clause giving a reason or a cause (…ため, …に伴い): its subject is not the headline's. */
const REASON_CLAUSE = /^.*(?:ため|ので|に伴い|に伴って|を受けて|ことから)[、，,]?/u;
/** A description of a document (…で発表された共同宣言, …を行った際に調印された宣言文): the agreement's card asks it. */
const DEFINES_DOCUMENT = /(?:は|された|による|した|する).*(?:宣言|宣言文|声明|協定|条約|文書|合意書)$/;
/** A clause reporting what two sides agreed or recognised. */
const AGREED_THAT = /と(?:の)?(?:意見が一致|合意|認識を共有|確認)$/;
/** A part of the document itself (第1章では, 本稿): the headline describes the text, not the world. */
const SELF_REFERENCE = /^(?:第[0-9０-９一二三四五六七八九十]+(?:章|節|部)|本章|本稿|本書|本報告)/;
/** A generic noun as the topic (条約は, 会談は): which one is only said in an earlier sentence. */
const GENERIC_TOPIC = /^(条約|協定|宣言|声明|会談|会議|会合|政府|事件|判決|法案|法律|交渉|合意)[はがも]/;

/**
 * A generic topic resolved to the one name of its kind the document gives (条約は…破棄 → 日泰攻守
 * 同盟条約は…破棄, when the only treaty named is that one); unchanged otherwise.
 */
export function resolveGenericTopic(headline: string, names: readonly string[]): string {
  const m = GENERIC_TOPIC.exec(headline.trim());
  if (!m) return headline;
  const candidates = [...new Set(names.filter((n) => n.endsWith(m[1]!) && n !== m[1]))];
  return candidates.length === 1 ? candidates[0]! + headline.trim().slice(m[1]!.length) : headline;
}
/** "Also": the headline continues an earlier one (EC諸国も移行, 調査も行う). */
const ALSO = /(?<![最何誰])(?<=[\p{sc=Han}\p{sc=Katakana}ー）)」])(?:も|でも|にも)(?=[\p{sc=Han}\p{sc=Katakana}])/u;
/** Heads of nouns that name an event (会議, サミット, 会談, 展示 …). */
const EVENT_HEAD = /(?:会議|会合|合意|サミット|会談|協議|交渉|選挙|大会|式典|展示|展|事業|訪問|演習|実験|試験|宣言|声明|協定|条約)$/;
/** A name: in 「」, a Latin acronym, a katakana word of three or more. */
const NAME = /「[^「」]+」|『[^『』]+』|[A-Z][A-Za-z0-9]+|[\p{sc=Katakana}ー・]{3,}/u;

/**
 * An event's headline reads as a thing that happened, with what a learner needs to place it: not a
 * judgement or a definition, not a part of the document, not continuing an earlier sentence, and
 * with a subject — or, when the subject is left out (…を開催), a named event as its object.
 */
export function readsAsEvent(headline: string): boolean {
  const h = headline.trim();
  if (NOT_AN_EVENT.test(h) || SELF_REFERENCE.test(h) || GENERIC_TOPIC.test(h) || ALSO.test(h) || DEFINES_DOCUMENT.test(h)) return false;
  // "…と意見が一致": what was agreed must say what it is about (日本、韓国…に悪影響を及ぼすと意見が一致 does not).
  const agreed = AGREED_THAT.exec(h);
  if (agreed && !hasSubject(h.slice(0, agreed.index))) return false;
  // What happened is told by the main clause, after any reason (…短縮されたため延期: what was put off?).
  const main = h.replace(REASON_CLAUSE, "");
  if (hasSubject(main)) return true;
  // Without a subject or an object, only a named event said as a noun (平壌で開催された南北首脳会談,
  // ハノイで2回目の米朝首脳会談、合意に至らず) tells what happened; 衆議院本会議で採決 does not say what.
  if (!/を/.test(main)) return main.split(/[、，,]/).some((part) => EVENT_HEAD.test(part.trim()));
  const object = main.slice(0, main.lastIndexOf("を")).replace(/[（(][^（()）]*[）)]$/, "");
  return /「[^「」]+」/.test(object) || ((NAME.test(object) || namesStates(object)) && EVENT_HEAD.test(object));
}

/**
 * A headline or statement fit to show as a title on the timeline or in a positions cell: repaired
 * as on a card (empty brackets, speaker labels, cut-off asides) and then a whole phrase — no
 * clause left open, no bracket left unclosed, no sentence continuation. Null when it is a fragment;
 * the page then shows the source sentence.
 */
export function readableTitle(text: string | null | undefined, maxLength = 80): string | null {
  if (!text?.trim()) return null;
  const t = repairHeadline(text);
  return isCleanPhrase(t, { maxLength }) ? t : null;
}

/**
 * A source clause the extraction cut before its sentence ended, closed where that is certain: a
 * trailing connective dropped (…を発表する（4月）とともに → …を発表する（4月）), a continuative
 * し made past (…を公開し（5月） → …を公開した（5月））. Shown on the timeline when no headline reads.
 */
export function closeClause(text: string): string {
  let t = text.trim().replace(/[。．]+$/u, "").replace(EMPTY_BRACKETS, "");
  t = t.replace(/(?:とともに|ほか|ものの|など)$/u, "").replace(/[、，,]$/u, "");
  return t.replace(/(?<=[\p{sc=Han}\p{sc=Katakana}])し((?:[（(][^（()）]*[）)])?)$/u, "した$1");
}

/** Nouns a stated position may end in (…に取り組む意向, …の「保証」): what is held, intended or demanded. */
const STATEMENT_NOUNS = /(?:意向|意思|意志|方針|考え|姿勢|立場|必要|必要性|保証|要求|懸念|期待|見返り|用意|決意|反対|支持|容認|拒否|べき|不可欠|重要|急務)$/;

/**
 * A position's content reads as a statement: a predicate ending (…を求めた, …すべきだ, …しない)
 * or a noun of intent or demand; a bare noun phrase (共同歩調, 3者の連携) says too little.
 */
export function readsAsStatement(text: string): boolean {
  const body = text.trim().replace(TRAILING_CLOSERS, "");
  return !endsOpen(body) && (/[るただいうすくぐむぶつぬずん]$/.test(body) || STATEMENT_NOUNS.test(body));
}

/** Trailing 。 removed: a headline used as an option or inside a question. */
export function asPhrase(text: string): string {
  return text.trim().replace(/[。．]+$/u, "");
}

/**
 * True when every occurrence of `term` in `text` is a whole word: not glued to kanji, katakana
 * or Latin letters on either side (北朝鮮は stays; 金正 in 金正恩, 韓国 in 韓国大統領特使団 do not).
 */
export function standsAlone(text: string, term: string): boolean {
  const at = occurrences(text, term);
  return at.length > 0 && at.every((i) => isWordAt(text, term, i));
}

/** True when `term` occurs in `text` at least once as a whole word (平壌で, even beside 「9月平壌共同宣言」). */
export function appearsAsWord(text: string, term: string): boolean {
  return occurrences(text, term).some((i) => isWordAt(text, term, i));
}

const WORD_CHAR = /[\p{sc=Han}\p{sc=Katakana}ーA-Za-z0-9]/u;
const isWordAt = (text: string, term: string, i: number) =>
  !WORD_CHAR.test(text[i - 1] ?? "") && !WORD_CHAR.test(text[i + term.length] ?? "");

function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0 && term.length > 0; at = text.indexOf(term, at + 1)) out.push(at);
  return out;
}
