// Named agreements in a clause: in 「」, by their usual name before or after the verb that made them, or as
// the subject an article opens on; and the items a contents sentence lists (「A、B、Cなどが盛り込まれた」).
import type { ActorLexicon } from "./actors";
import { COUNTRY_ABBREVIATIONS } from "./data/sides";
import type { Span } from "./segment";

const ABBREVIATION_CHARS = Object.keys(COUNTRY_ABBREVIATIONS).join("");

export interface AgreementMention {
  name: string;
  /** Offset of 「 before the name. */
  at: number;
}

/** Names of agreements: 「米朝共同声明」, 「板門店宣言」, 「…合意」. */
export const AGREEMENT_NAME = /(?:共同声明|声明|宣言|合意|協定|条約|議定書|覚書|コミュニケ|合意書|枠組み|憲章)$/;

export const AGREEMENT_VERB = /署名|調印|締結|採択|合意|発表|発出|交わ/;

/**
 * A named agreement that the clause signs, adopts or dates: in 「」 (2018年4月27日の「板門店宣言」, 「…」に署名),
 * after the verb that made it (1992年2月に発効した…に関する合意書), or by its usual name before that verb
 * (日泰攻守同盟条約が調印され).
 */
export function findAgreement(text: string, span: Span): AgreementMention | null {
  return findBracketedAgreement(text, span) ?? findNamedAgreement(text, span);
}

export const AGREEMENT_SUFFIX = "(?:協定|条約|宣言|共同声明|声明|議定書|決議|覚書|合意書|合意|コミュニケ|憲章)";

export const MADE_BY = "(?:署名|調印|締結|採択|発効|発出|発表|公布|批准)(?:された|した|し)";

export const AFTER_VERB = new RegExp(`${MADE_BY}([^、，。「」（）()]{4,40}?${AGREEMENT_SUFFIX})(?![\\p{Script=Han}])`, "u");

export const BEFORE_VERB = new RegExp(
  `([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,24}${AGREEMENT_SUFFIX})(?:が|を|は|に)[^。、，]{0,10}?(?:署名|調印|締結|採択|発効|発出|結ば|結ん|交わ|破棄|失効)`,
  "u",
);

export const LEAD_MADE_BY = new RegExp(`^[^。]*?(?:${MADE_BY}|(?:宣言|合意|署名|調印)した(?:文書|もの|宣言|協定|条約))`);

/** Words that name no particular agreement (同条約, 本協定, 共同声明 alone). */
export const GENERIC_AGREEMENT = /^(?:同|両|本|当|その|この|新|各|旧|基本|最終|大筋|正式|暫定|事実上の)?(?:協定|条約|宣言|共同声明|声明|議定書|決議|覚書|合意書|合意|コミュニケ|憲章)$/;

export function findNamedAgreement(text: string, span: Span): AgreementMention | null {
  const clauseText = text.slice(span.start, span.end);
  // An article that opens on its subject: 日朝平壌宣言（…）は、2002年に…で発表された…共同宣言。
  // A subtitle may follow the name (日韓共同宣言 21世紀に向けた新たな日韓パートナーシップ（…）は), and the
  // definition may end on the act itself (…との共通の決意を宣言した文書). A long name may say what it is about
  // (オゾン層を破壊する物質に関するモントリオール議定書（…）は、…採択された議定書).
  const lead = new RegExp(
    `^((?:[^、，。「」（）()]{2,40}?(?:に関する|についての|のための))?[\\p{Script=Han}\\p{Script=Katakana}ー・]{2,24}${AGREEMENT_SUFFIX})(?:[ 　][^（(、。は]{2,40})?(?:[（(][^）)]*[）)])*と?は`,
    "u",
  ).exec(clauseText);
  if (lead && LEAD_MADE_BY.test(text.slice(span.start)) && !GENERIC_AGREEMENT.test(lead[1]!)) return { name: lead[1]!, at: span.start };
  for (const re of [AFTER_VERB, BEFORE_VERB]) {
    const m = re.exec(clauseText);
    if (!m) continue;
    const name = m[1]!.replace(/^(?:の|、|，)/, "");
    if (GENERIC_AGREEMENT.test(name)) continue;
    return { name, at: span.start + m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}

export function findBracketedAgreement(text: string, span: Span): AgreementMention | null {
  const clauseText = text.slice(span.start, span.end);
  for (const m of clauseText.matchAll(/「([^「」]{2,30})」/g)) {
    const name = m[1]!;
    if (!AGREEMENT_NAME.test(name)) continue;
    const before = clauseText.slice(0, m.index);
    const after = clauseText.slice(m.index + m[0].length);
    const dated = /(?:\d|[０-９])(?:日|月|年)の$/.test(before);
    const signed =
      (AGREEMENT_VERB.test(after.slice(0, 20)) && !/を受けて/.test(after.slice(0, 6))) ||
      new RegExp(`${MADE_BY}$`).test(before);
    if (dated || signed) return { name, at: span.start + m.index };
  }
  return null;
}

/** What a contents sentence lists: 「A、B、Cなどが盛り込まれた」 → [A, B, C]. */
export const CONTENTS_VERB = /(?:が|を|は)(?:盛り込まれ|明記され|規定され|定められ|うたわれ|謳われ|記され|含まれ|列挙され)/;
/** A list closed by its count: 「A、B及びCの3項目で合意した」, 「…の2点を確認した」. */
const COUNTED_LIST = /の([0-9０-９一二三四五六七八九十]{1,2})(?:項目|点|つ|原則|本柱|分野)(?:で|を|が|に|から|について)/;
/** A list of acts agreed: 「関税を撤廃すること、投資を自由化することで合意した」. */
const AGREED_ACTS = /ことで(?:合意|一致|妥結)/;
/** A conjunction that joins two parts of one item across a comma: 相互の敵国または、第三国との…. */
const OPEN_CONJUNCTION = /(?:または|又は|もしくは|若しくは|あるいは|及び|および|並びに|ならびに|かつ)$/;
/** A frame that only says where the list is: 条約では、/ 協定には、/ 宣言において、. */
const LIST_FRAME = /^[^、，「」]{1,16}?(?:では|には|において|においては|で)[、，]/;
const COUNT_WORDS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function contentsOf(sentence: string): string[] {
  const counted = COUNTED_LIST.exec(sentence);
  const contained = counted ?? CONTENTS_VERB.exec(sentence);
  const agreed = contained ? null : AGREED_ACTS.exec(sentence);
  const verb = contained ?? agreed;
  if (!verb) return [];
  const count = counted ? countOf(counted[1]!) : null;
  let listed = sentence.slice(0, verb.index);
  // 「…を撤廃すること、…を自由化することで合意」: each act agreed keeps its こと.
  if (agreed) listed += "こと";
  listed = listed.replace(/(?:など|等|といった(?:こと)?)$/, "");
  const lastClause = listed.split(/[。]/).at(-1) ?? "";
  const items = agreed ? agreedActs(lastClause) : splitItems(lastClause, count);
  return items.length >= 2 ? items : [];
}

/**
 * The items of an enumeration: split at 、 (and at a numbered item's mark, ①… / （1）… / 1.), but not after a
 * conjunction that joins two parts of one item (…または、…); a 中黒 between two phrases (…の尊重・相互の…) parts
 * them, one between two words (交流・協力) does not; a stated count may split the last item at 及び/並びに.
 */
export function splitItems(listed: string, count: number | null = null): string[] {
  const body = listed.replace(LIST_FRAME, "").replace(/^(?:[、，\s]|など)+/, "");
  const numbered = body.split(/(?:^|[、，\s])?(?:[①-⑳]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|(?<![0-9０-９])[0-9０-９]{1,2}[.．、](?![0-9０-９])|第[一二三四五六七八九十]+に[、，]?)/);
  const pieces = (numbered.filter((p) => p.trim()).length >= 2 ? numbered : [body]).flatMap((p) => p.split(/[、，]/));
  const joined: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    const previous = joined.at(-1);
    if (previous !== undefined && OPEN_CONJUNCTION.test(previous)) joined[joined.length - 1] = previous + piece;
    else if (piece) joined.push(piece);
  }
  // 労使は、…: the sentence's topic or subject opens the list but is none of its items.
  if (joined.length >= 2 && /^[^「」]{1,16}?(?:は|が|の間で)$/.test(joined[0]!)) joined.shift();
  let items = joined.flatMap(splitPhrasesAtNakaguro);
  if (count && items.length === count - 1) {
    const last = items.at(-1)!;
    const parts = last.split(/(?:及び|および|並びに|ならびに|と(?=[^と]{4,}$))/);
    if (parts.length === 2 && parts.every((x) => x.length >= 2)) items = [...items.slice(0, -1), ...parts];
  }
  return items.map((i) => i.replace(/[。、，\s]+$/, "")).filter((s) => s.length >= 2 && s.length <= 60);
}

/** Acts agreed together, each its own こと: the sentence's topic (日米は、) is no part of the first. */
function agreedActs(listed: string): string[] {
  const acts = listed.split(/(?<=こと)(?:[、，]|と|や|及び|および|並びに)/);
  const first = acts[0]!.replace(/^[^、，「」]{1,20}?(?:は|が|では|の間で)[、，]/, "").replace(LIST_FRAME, "");
  return [first, ...acts.slice(1)].map((a) => a.trim()).filter((a) => a.length >= 4 && a.length <= 60);
}

/** 相互の独立主権の尊重・相互の敵国…: phrases (with their own particles) joined by 中黒 are two items. */
function splitPhrasesAtNakaguro(item: string): string[] {
  const parts = item.split("・");
  if (parts.length < 2) return [item];
  const phrase = (x: string) => x.length >= 4 && /\p{Script=Hiragana}/u.test(x);
  return parts.every(phrase) ? parts : [item];
}

function countOf(digits: string): number {
  const ascii = digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^[0-9]+$/.test(ascii) ? Number(ascii) : (COUNT_WORDS[digits] ?? 0);
}

/**
 * The parties of an agreement, from the text: the countries its name opens on (日中平和友好条約, 南北間の…合意書),
 * else those between whom it was made (米国と北朝鮮との間で署名された), else the side that made it
 * (G10はスミソニアン協定を締結した); null when the text says none of these.
 */
export function partiesOf(lex: ActorLexicon, name: string, sentence: string): string[] | null {
  const compound = new RegExp(`^(?:南北|[${ABBREVIATION_CHARS}](?:・?[${ABBREVIATION_CHARS}])+)(?=[\\p{Script=Han}\\p{Script=Katakana}A-Za-z])`, "u").exec(name)?.[0];
  if (compound) return compound === "南北" ? ["韓国", "北朝鮮"] : [...new Set([...compound.replace(/・/g, "")].map((ch) => COUNTRY_ABBREVIATIONS[ch]!))];
  const named = lex.find(name).filter((m) => m.kind === "country" && m.actors.length).flatMap((m) => m.actors);
  if (named.length) return [...new Set(named)];
  const at = sentence.indexOf(name);
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  const between = /([^、，。「」]{2,40})の間で(?:[^、，。]{0,12}?)$/.exec(before) ?? /([^、，。「」]{2,40})の間で/.exec(before);
  if (between) {
    const sides = lex.find(between[1]!).flatMap((m) => m.actors);
    if (sides.length >= 2) return [...new Set(sides)];
  }
  // The body it was made by: 先進5か国 (G5) 蔵相・中央銀行総裁会議により発表された.
  const agent = /([^、，。「」]{2,40})(?:により|によって)[^、，。]{0,6}?(?:発表|署名|調印|締結|採択|発出)/.exec(sentence);
  if (agent) {
    const sides = lex.find(agent[1]!).flatMap((m) => m.actors);
    if (sides.length) return [...new Set(sides)];
  }
  // The subject that made it: the last side followed by は/が before the name.
  const subject = lex.find(before).filter((m) => /^(?:は|が)/.test(before.slice(m.end, m.end + 1)) && m.actors.length).at(-1);
  return subject ? subject.actors : null;
}

/** A line of a list: ・…, •…, ①…, （1）…, 1. …, 第一条 …. */
const LIST_MARK = /^(?:[・•●○◆■\-－]|[①-⑳]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.．)）]\s*|第[0-9０-９一二三四五六七八九十]+条\s*)\s*/;
/** A heading over an agreement's contents: 宣言内容, 協定の内容, 主な項目, 規制対象物質. */
const CONTENTS_HEADING = /内容|項目|骨子|要旨|要点|条項|規定|対象/;
/** A sentence that opens a list below it: 「…、以下の点で一致した」, 「次の3項目を定めた：」. */
const LIST_INTRO = /(?:以下|次|下記)の[^。]{0,16}?(?:点|項目|内容|事項|とおり|通り|条項)|[:：]$/;
/** Headings of sections about an agreement, never its contents: its critics, its effect, its history. */
const COMMENTARY_HEADING = /問題点|批判|評価|反応|影響|論争|課題|その後|経緯|背景|歴史|脚注|関連/;

export interface ListedContents {
  /** Where the heading or the sentence that opens the list starts. */
  at: number;
  /** The heading or the opening sentence: it may name the agreement (協定の内容, …宣言では以下の点で一致した). */
  label: string;
  items: string[];
}

/**
 * Contents an agreement lists line by line: the list lines under a contents heading (宣言内容 and its topic
 * sub-headings 経済, 漁業問題 … — a heading of nouns alone; a section of commentary ends it), or after a
 * sentence that opens a list (以下の点で一致した). A list line classed as a heading (・アメリカの輸入課徴金の即時撤廃)
 * is a line of the list all the same.
 */
export function listedContents(text: string, blocks: Array<{ start: number; end: number; kind: string }>): ListedContents[] {
  const out: ListedContents[] = [];
  const lineOf = (b: { start: number; end: number }) => text.slice(b.start, b.end).trim();
  const isListLine = (b: { start: number; end: number; kind: string }) => (b.kind === "body" || b.kind === "heading") && LIST_MARK.test(lineOf(b));
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const line = lineOf(block);
    const opensByHeading = block.kind === "heading" && !isListLine(block) && CONTENTS_HEADING.test(line) && !COMMENTARY_HEADING.test(line);
    const opensBySentence = block.kind === "body" && !isListLine(block) && LIST_INTRO.test(line.split(/。(?=.)/).at(-1) ?? line);
    if (!opensByHeading && !opensBySentence) continue;
    const items: string[] = [];
    let j = i + 1;
    for (; j < blocks.length; j += 1) {
      const b = blocks[j]!;
      if (isListLine(b)) {
        items.push(lineOf(b).replace(LIST_MARK, "").replace(/[。\s]+$/, ""));
        continue;
      }
      // A topic sub-heading (経済, 漁業問題) goes on with the list when list lines follow it.
      const sub = lineOf(b);
      const topic = opensByHeading && b.kind === "heading" && !/\p{Script=Hiragana}/u.test(sub) && !COMMENTARY_HEADING.test(sub) && !CONTENTS_HEADING.test(sub);
      if (topic && blocks[j + 1] && isListLine(blocks[j + 1]!)) continue;
      break;
    }
    if (items.length >= 2) out.push({ at: block.start, label: line, items });
    i = j - 1;
  }
  return out;
}

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * The item a sentence gives when it is the next of a sequence told one a sentence: 第一に…, 第二に… (or 1つ目は…),
 * the ordinal being the one after `told` items; its topic (両国は、) is no part of it.
 */
export function ordinalItem(sentence: string, told: number): string | null {
  const n = told + 1;
  const mark = new RegExp(`^(?:第(?:${ORDINALS[n - 1]}|${n}|${String.fromCharCode(0xff10 + n)})に|(?:${ORDINALS[n - 1]}|${n})つ目(?:に|は|として))[、，]?`).exec(sentence.trim());
  if (!mark || n > 10) return null;
  const item = sentence.trim().slice(mark[0].length).replace(/^[^、，「」]{1,16}?(?:は|が)[、，]|^[^、，「」の]{1,8}?は/, "").replace(/[。\s]+$/, "");
  return item.length >= 4 && item.length <= 80 ? item : null;
}
