// Statement cues: the predicate that makes a clause a stated position (表明した, と非難した, を求めた …).

export interface Cue {
  /** Offset of the cue word in the scanned text. */
  start: number;
  end: number;
  word: string;
}

/** Kanji nouns that state a position when used as a verb (表明し, 提案。) or quoted (との主張). */
const NOUN_CUES = [
  "表明", "要求", "主張", "非難", "提案", "約束", "強調", "警告", "拒否", "批判", "指摘", "示唆", "言明",
  "反発", "反対", "支持", "歓迎", "評価", "否定", "懸念", "要請", "抗議", "発言", "言及", "重要視", "重視",
  "一蹴", "糾弾", "牽制", "表示", "誓約", "断言", "明言", "宣言", "通告", "標ぼう", "標榜",
  // A court's or a summit's findings: …と判示した, …ことを確認した, …を是認した.
  "判示", "確認", "再確認", "是認", "公言", "予想",
  // Directives and requests: …を擁立するよう指示した, …を要望した, …を申し入れた.
  "指示", "要望", "申し入れ", "声明", "通知", "助言", "回答",
];
/** Verbs of saying that need reported content (「…」と / …と) before them. */
const SAYING_CUES = [
  "述べ", "語っ", "語り", "語る", "話し", "話す", "論じ", "言っ", "発言", "言及", "説明", "報じ", "伝え", "アピール", "発表", "報道",
  "考え", "思っ", "思い", "思う", "実感", "確信",
];
/** Verbs that state a demand or appeal by themselves. */
const VERB_CUES = ["求め", "求める", "迫っ", "迫る", "迫り", "訴え", "呼びかけ", "呼び掛け", "命じ", "促し", "促す"];

/** Verb cues whose dictionary or past form may modify a noun instead of ending the clause. */
const ADNOMINAL_CUES = new Set(["求め", "求める", "訴え", "呼びかけ", "呼び掛け", "命じ", "促す"]);
/** Noun cues that, in the passive with a thing as subject, report that something was done. */
const PASSIVE_NOUN_CUES = new Set(["宣言", "表明", "確認", "決定"]);
const NOUN_CUE = new RegExp(`(${NOUN_CUES.join("|")})(?=し|す|さ|せ|。|、|，|$)`, "g");
const QUOTED_NOUN_CUE = new RegExp(`との(${NOUN_CUES.join("|")})`, "g");
const VERB_CUE = new RegExp(`(${VERB_CUES.join("|")})`, "g");
const SAYING_CUE = new RegExp(`(?:と|旨)(?:[^。「」]{0,10}?)(${SAYING_CUES.join("|")})`, "g");
const STATEMENT_OBJECT_CUE = /(?:声明|談話|報道文|文書|見解|立場)を(発表|公表|発出)/g;
const STANCE_CUE = /(?:意向|姿勢|立場|考え|方針|意欲|用意|意思|決意)[^。、，「」]{0,12}?を[^。、，「」]{0,8}?(示|伝え|伝達|明らかにし|表し)/g;
const DEADLINE_CUE = /期限[^。]{0,12}?(設定|設け)/g;
/** A view held in common: …との認識を共有した, …で意見が一致した, …と判断した. */
const SHARED_VIEW_CUE = /(?:認識|見解|意見|考え)(?:を|で|が)(共有し|一致し|一致を見)|と(判断し|判断す|結論づけ|結論付け)/g;
/** A stated intention or conviction of the one speaking: …を主導していく, …歩を進めていきます, …を強く実感しています. */
const INTENTION_CUE = /(?:て|で)(いきます|いきたい|まいります|まいりたい|参ります|参りたい|いく考え|いく決意|いく所存|いく(?=。|$))/g;

/** The cue was only the time of something else: 約束した後も, 表明する前に. */
const SUBORDINATE_TIME = /^(?:し|す)(?:た|る)?(?:後|前|際|以降|以来|直後|直前|のを受け|ことを受け)/;
/**
 * The cue only describes a noun (…の破棄を求める決議を行った, 支持する声明): the clause's own predicate is
 * what happened to that noun. And a passive with a thing for subject (…の開始が宣言された) narrates an event.
 */
const ADNOMINAL = /^(?:る|する|した|する旨の|した旨の)?[\p{Script=Han}\p{Script=Katakana}]{2}/u;
const PASSIVE_OF_THING = /^され/;
/** …の計画を予想していたイギリス軍も: a cue in a clause that describes a noun is not the sentence's predicate. */
const MODIFIES_NOUN = /^(?:し|さ)?(?:ていた|ている|てきた|た|れた|れる)(?=[\p{Script=Han}\p{Script=Katakana}]{2})/u;
/** …を書面により表示できることになった: what can be done is no statement. */
const ABILITY = /^(?:することが)?(?:でき|可能)/;
/** …判決を支持して上告を棄却した: a て-form with no pause leads on to the clause's real predicate. */
const LEADS_ON = /^し?て(?![いおきくま、，])[^、，。]{2,}/;

/**
 * Statement cues outside quoted speech, in text order. `depths` gives the bracket depth per offset,
 * so cues inside 「…」 (the quoted content) are not the speaker's own predicate.
 */
export function findCues(text: string, depths: Uint8Array): Cue[] {
  const cues: Cue[] = [];
  const add = (start: number, word: string) => {
    const end = start + word.length;
    if (depths[start] !== 0) return;
    if (SUBORDINATE_TIME.test(text.slice(end))) return;
    if (LEADS_ON.test(text.slice(end))) return;
    // (A reported statement that describes a noun — 「…存在しないと主張してきた施設」 — still states a position.)
    if ((MODIFIES_NOUN.test(text.slice(end)) && !/(?:と|旨)$/.test(text.slice(Math.max(0, start - 2), start))) || ABILITY.test(text.slice(end))) return;
    if (ADNOMINAL_CUES.has(word) && ADNOMINAL.test(text.slice(end))) return;
    if (PASSIVE_NOUN_CUES.has(word) && PASSIVE_OF_THING.test(text.slice(end)) && text[start - 1] === "が") return;
    if (cues.some((c) => c.start < end && start < c.end)) return;
    cues.push({ start, end, word });
  };
  for (const m of text.matchAll(NOUN_CUE)) add(m.index, m[1]!);
  for (const m of text.matchAll(QUOTED_NOUN_CUE)) add(m.index + 2, m[1]!);
  for (const m of text.matchAll(VERB_CUE)) add(m.index, m[1]!);
  for (const m of text.matchAll(SAYING_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(STATEMENT_OBJECT_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(STANCE_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(SHARED_VIEW_CUE)) {
    const word = m[1] ?? m[2]!;
    add(m.index + m[0].length - word.length, word);
  }
  for (const m of text.matchAll(DEADLINE_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(INTENTION_CUE)) add(m.index + 1, m[1]!);
  return cues.sort((a, b) => a.start - b.start);
}

/** A sentence that forecasts or speculates (…とみられる, …が考えられる) states no fact. */
export const SPECULATIVE_ENDING =
  /(?:考えられる|とみられる|と見られる|予想される|見込まれる|見込まれた|だろう|かもしれない|見通しだ|可能性がある|と思われる|懸念される)。?$/;
