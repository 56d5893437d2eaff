// Statement cues: the predicate that makes a clause a stated position (表明した, と非難した, を求めた …).
import type { Token } from "./analyse";

export interface Cue {
  /** Offset of the cue word in the scanned text. */
  start: number;
  end: number;
  word: string;
  /** A view or commitment the one speaking states in their own words (…していきます, …が重要です): no verb of saying. */
  ownWords?: boolean;
}

/**
 * Predicate classes by dictionary form (the analyser's lemma), so every inflection counts: 述べた, 述べており,
 * 述べました, 語らず … A class names what the predicate needs to state a position.
 */
/** サ変 nouns that state a position by themselves, used as a verb (表明し, 提案。) or quoted (との主張). */
const STANCE_NOUNS = new Set([
  "表明", "要求", "主張", "非難", "提案", "約束", "強調", "警告", "拒否", "批判", "指摘", "示唆", "言明",
  "反発", "反対", "支持", "歓迎", "評価", "否定", "懸念", "要請", "抗議", "発言", "言及", "重要視", "重視",
  "一蹴", "糾弾", "牽制", "表示", "誓約", "断言", "明言", "宣言", "通告", "標ぼう", "標榜",
  // A court's or a summit's findings: …と判示した, …ことを確認した, …を是認した.
  "判示", "確認", "是認", "公言", "予想",
  // Directives and requests: …を擁立するよう指示した, …を要望した, …を申し入れた.
  "指示", "要望", "申し入れ", "声明", "通知", "助言", "回答",
]);
/** Verbs that state a demand, appeal or refusal by themselves: …を求めた, …を訴えている, …を拒んだ. */
const STANCE_VERBS = new Set(["求める", "迫る", "訴える", "呼びかける", "呼び掛ける", "命じる", "促す", "申し入れる", "誓う", "拒む"]);
/** Verbs and サ変 nouns of saying or thinking: a position only with reported content (…と述べた, …旨を伝えた). */
const SAYING = new Set([
  "述べる", "語る", "話す", "論じる", "言う", "報じる", "伝える", "答える", "明かす", "考える", "思う",
  // The humble verbs of saying a speaker uses of their own words: …を目指すと申し上げました.
  "申し上げる", "申す", "申し述べる",
  // The honorific one of another's words, in a debate or an interview: 総理は…とおっしゃいました.
  "おっしゃる", "仰る",
  "説明", "発言", "言及", "発表", "報道", "アピール", "実感", "確信",
  // A report's words for what others said of someone: 「…」と紹介した, 「…」と評した, 「…」と称えた.
  "紹介", "評する", "称える", "たたえる",
]);
/** Words of saying that have another sense too: a statement only right after a quotation (「…」と紹介した). */
const QUOTATION_ONLY = new Set(["紹介"]);
/**
 * Whether a word is a predicate of saying or stance (any class above, and the verbs a reported content
 * also attaches to: …と示した, …と明らかにした, …と反論した) — for finding where reported content ends.
 */
export function isStatementPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "動詞") return STANCE_VERBS.has(t.lemma) || SAYING.has(t.lemma) || t.lemma === "示す" || reportsWithSuru(tokens, i);
  if (t.pos !== "名詞") return false;
  if (t.surface === "明らか") return tokens[i + 1]?.surface === "に" && tokens[i + 2]?.lemma === "する";
  return STANCE_NOUNS.has(t.surface) || SAYING.has(t.surface) || t.surface === "反論";
}

/**
 * …問題はないとしている: する after a quotative と reports too — not after a volitional (回避せんとした, trying) and
 * not as a link to more of the same statement (…と解すべきであるとし、…違法がある、というものである).
 */
function reportsWithSuru(tokens: Token[], i: number): boolean {
  const quotative = tokens[i - 1]?.surface === "と" && tokens[i - 1]?.pos2 === "引用";
  const volitional = /^(?:う|よう|ん|む)$/.test(tokens[i - 2]?.lemma ?? "");
  // (…の意向を受けていたとされる同僚議員, …を破壊したとする「自壊」: a passive or a noun's description reports no one's words.)
  const next = tokens[i + 1];
  const describes = !next || next.pos === "名詞" || next.surface === "「" || /^(?:れる|られる)$/.test(next.lemma);
  return tokens[i]!.lemma === "する" && quotative && !volitional && next?.surface !== "、" && !describes;
}

/** Verbs of thinking: their negation is still a view held. */
const THINKING = new Set(["考える", "思う"]);
/** Stance verbs whose dictionary or past form may modify a noun instead of ending the clause. */
const ADNOMINAL_CUES = new Set(["求める", "訴える", "呼びかける", "呼び掛ける", "命じる", "促す"]);
/** Noun cues that, in the passive with a thing as subject, report that something was done. */
const PASSIVE_NOUN_CUES = new Set(["宣言", "表明", "確認", "決定"]);
/** Constructions whose stance lies in a phrase, not one word: …声明を発表した, …の意向を示した. */
const STATEMENT_OBJECT_CUE = /(?:声明|談話|報道文|文書|見解|立場)を(発表|公表|発出)/g;
const STANCE_CUE = /(?:意向|姿勢|立場|考え|方針|意欲|用意|意思|決意|持論|自説|自論)[^。、，「」]{0,12}?を[^。、，「」]{0,8}?(示|伝え|伝達|明らかにし|表し|展開し|繰り返し)/g;
const DEADLINE_CUE = /期限[^。]{0,12}?(設定|設け)/g;
/** A view held in common: …との認識を共有した, …で意見が一致した, …と判断した. */
const SHARED_VIEW_CUE = /(?:認識|見解|意見|考え)(?:を|で|が)(共有し|一致し|一致を見)|と(判断し|判断す|結論づけ|結論付け)/g;
/** A stated intention or conviction of the one speaking: …を主導していく, …歩を進めていきます, …を強く実感しています. */
const INTENTION_CUE = /(?:て|で)(いきます|いきたい|まいります|まいりたい|参ります|参りたい|いく考え|いく決意|いく所存|いく(?=。|$))/g;

/**
 * Reported words with the verb する (「…特段の制限はない」としており, …問題はないとしている, 「…」としつつ): a
 * statement when と closes a quotation or a predicate — not として (as), not 3月末とした (made it).
 */
const REPORTED_WITH_SURU = /と(しており|している|していた|しています|しました|した|しつつ|しながら|し(?=[、，])|する(?=。|$)|します)/g;

const INTENTION_WORD = /^(?:いきます|いきたい|まいります|まいりたい|参ります|参りたい|いく考え|いく決意|いく所存|いく)$/;

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
/** …遺族が拒まない場合に限り: a cue in a condition states nothing. */
const CONDITION = /^(?:し|さ|す)?(?:ない|なかった|た|る)?(?:場合|限り|ならば|なら|とき)/;
/** …ロンドンと言いましたのは: a statement turned into a noun is what the sentence is about, not its predicate. */
const NOMINALISED = /^(?:し|っ|い)?(?:まし)?た?の(?:は|が|を|も)/;
/** …判決を支持して上告を棄却した: a て-form with no pause leads on to the clause's real predicate. */
const LEADS_ON = /^し?て(?![いおきくま、，])[^、，。]{2,}/;

/** A negated predicate of saying (語らなかった, 言及しなかった) states nothing. */
const isNegation = (next: Token | undefined) => next?.pos === "助動詞" && (next.lemma === "ない" || next.lemma === "ぬ");
/** Negated after its aspect: 重要視していない, 考えておらず. `i` is the predicate's last word. */
function negatedAfter(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (tokens[j] && ((tokens[j]!.pos1 === "接続助詞" && /^[てで]$/.test(tokens[j]!.surface)) || (tokens[j]!.pos === "動詞" && tokens[j]!.pos1 === "非自立"))) j += 1;
  return isNegation(tokens[j]);
}
/** Reported content just before a saying predicate: the quotative particle (…と, …などと) or 旨 — not として. */
function reportedBefore(tokens: Token[], i: number): boolean {
  const at = tokens[i]!.start;
  // …国際社会から高く評価された、このように考えております: the clause before is what is thought.
  const lead = tokens.slice(Math.max(0, i - 3), i).map((t) => t.surface).join("");
  if (/^(?:考える|思う)$/.test(tokens[i]!.lemma) && /[、，](?:このように|そのように|こう|そう)$/.test(lead)) return true;
  for (let j = i - 1; j >= 0 && at - tokens[j]!.start <= 12; j -= 1) {
    const t = tokens[j]!;
    if (/^[。「」]$/.test(t.surface)) return false;
    if ((t.pos === "助詞" && /^(?:と|などと|とも|との)$/.test(t.surface)) || t.surface === "旨") return true;
    // …高まっていることを強く実感しています, …ということを伝えた: content made a noun.
    if (t.surface === "こと" && tokens[j + 1]?.surface === "を") return true;
  }
  return false;
}
const isPassive = (next: Token | undefined) => next?.pos1 === "接尾" && (next.lemma === "れる" || next.lemma === "られる");
/** Whose demand a passive reports: …団体などからは、…拡大を求められている. Without one (…が求められる) it is a necessity. */
const PASSIVE_AGENT = /から(?:は|も)?[、，,]?|によって|により/;

/** The noun cue a token begins (one token, or a noun and its suffix: 重要＋視), with the token after it. */
function nounCueAt(tokens: Token[], i: number): { word: string; last: number } | null {
  const t = tokens[i]!;
  if (t.pos !== "名詞") return null;
  const joined = t.surface + (tokens[i + 1]?.pos1 === "接尾" ? tokens[i + 1]!.surface : "");
  if (joined !== t.surface && STANCE_NOUNS.has(joined)) return { word: joined, last: i + 1 };
  return STANCE_NOUNS.has(t.surface) || SAYING.has(t.surface) ? { word: t.surface, last: i } : null;
}

/** A noun cue used as the predicate: 表明し, 表明。 — not 反対派, not 積極的な発言を行った (no content). */
function usedAsPredicate(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return true;
  if (next.pos === "記号" && /^[。、，,]$/.test(next.surface)) return true;
  return next.pos === "動詞" && next.lemma === "する";
}

/**
 * Statement cues outside quoted speech, in text order. `tokens` are the analyser's words of the whole
 * document (offsets in it), `base` is where `text` starts; `depths` gives the bracket depth per offset of
 * `text`, so cues inside 「…」 (the quoted content) are not the speaker's own predicate.
 */
export function findCues(text: string, depths: Uint8Array, tokens: Token[], base: number): Cue[] {
  const cues: Cue[] = [];
  const add = (start: number, word: string, end = start + word.length) => {
    if (start < 0 || end > text.length || depths[start] !== 0) return;
    // A reported statement stays one when it only times or describes something else: 「…」と声明したことを受けて,
    // 「…存在しないと主張してきた施設」.
    const reported = /(?:と|旨)$/.test(text.slice(Math.max(0, start - 2), start));
    if (SUBORDINATE_TIME.test(text.slice(end)) && !reported) return;
    if (LEADS_ON.test(text.slice(end)) || NOMINALISED.test(text.slice(end)) || CONDITION.test(text.slice(end))) return;
    if ((MODIFIES_NOUN.test(text.slice(end)) && !reported) || ABILITY.test(text.slice(end))) return;
    if (ADNOMINAL_CUES.has(word) && ADNOMINAL.test(text.slice(end))) return;
    if (PASSIVE_NOUN_CUES.has(word) && PASSIVE_OF_THING.test(text.slice(end)) && text[start - 1] === "が") return;
    if (cues.some((c) => c.start < end && start < c.end)) return;
    cues.push({ start, end, word });
  };
  const inText = tokens.filter((t) => t.start >= base && t.end <= base + text.length);
  for (let i = 0; i < inText.length; i += 1) {
    const t = inText[i]!;
    const at = t.start - base;
    if (t.pos === "動詞" && t.pos1 === "自立") {
      // Not saying (語らなかった) is no statement; not supporting or not thinking so is a stance held.
      if (negatedAfter(inText, i) && SAYING.has(t.lemma) && !THINKING.has(t.lemma)) continue;
      // It is said (言われている) names no speaker; a demand in the passive counts when its agent is named.
      if (isPassive(inText[i + 1]) && !(STANCE_VERBS.has(t.lemma) && PASSIVE_AGENT.test(text.slice(0, at)))) continue;
      // …と話したという: the hearsay という after a told past only reports the report.
      const hearsay = t.lemma === "言う" && inText[i - 1]?.surface === "と" && inText[i - 2]?.pos === "助動詞" && inText[i - 2]?.lemma === "た";
      if (hearsay) continue;
      if (STANCE_VERBS.has(t.lemma) || (SAYING.has(t.lemma) && reportedBefore(inText, i))) {
        add(at, t.lemma, at + t.surface.length);
      }
      continue;
    }
    const noun = nounCueAt(inText, i);
    if (!noun) continue;
    const end = inText[noun.last]!.end - base;
    // …との指示, …とのご指示 (an honorific prefix between): the quoted content's noun.
    const k = inText[i - 1]?.pos === "接頭詞" ? i - 1 : i;
    const quoted = inText[k - 1]?.surface === "の" && inText[k - 2]?.surface === "と";
    if (!quoted && !usedAsPredicate(inText, noun.last)) continue;
    if (inText[noun.last + 1]?.lemma === "する" && negatedAfter(inText, noun.last + 1) && SAYING.has(noun.word)) continue;
    // 紹介 also introduces a thing (…とその有様を紹介している): it reports words only right after a quotation.
    if (QUOTATION_ONLY.has(noun.word) && !(inText[i - 1]?.surface === "と" && inText[i - 2]?.surface === "」")) continue;
    if (STANCE_NOUNS.has(noun.word) || quoted || reportedBefore(inText, i)) add(at, noun.word, end);
  }
  for (const m of text.matchAll(STATEMENT_OBJECT_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  // …の意向を示した, not …意思を明示する: the construction's verb is a word of its own.
  const verbAt = (offset: number) => inText.some((t) => t.start === base + offset && (t.pos === "動詞" || t.surface === "明らか" || t.surface === "伝達" || t.surface === "展開"));
  for (const m of text.matchAll(STANCE_CUE)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (verbAt(at)) add(at, m[1]!);
  }
  for (const m of text.matchAll(SHARED_VIEW_CUE)) {
    const word = m[1] ?? m[2] ?? m[3]!;
    add(m.index + m[0].length - word.length, word);
  }
  for (const m of text.matchAll(DEADLINE_CUE)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(REPORTED_WITH_SURU)) {
    const at = m.index + 1;
    // (「…」としている問題: the reported words describe a noun.)
    if (/^[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(text.slice(at + m[1]!.length))) continue;
    const before = inText.find((t) => t.end === base + m.index);
    // (…を用いようとしたが: the volitional ようとする is trying, not saying.)
    const trying = before?.pos === "助動詞" && /^(?:う|よう)$/.test(before.lemma);
    // (…判断を先延ばしとし: a verb's 連用形 before と is a noun made of it, and とする makes something of it.)
    const terminal = before !== undefined && (before.pos === "助動詞" || (/^(?:動詞|形容詞)$/.test(before.pos) && before.form.startsWith("基本形")));
    const closes = text[m.index - 1] === "」" || (terminal && !trying);
    if (closes) add(at, m[1]!);
  }
  const intentions = text.matchAll(INTENTION_CUE);
  for (const m of intentions) add(m.index + 1, m[1]!);
  for (const c of cues) if (INTENTION_WORD.test(c.word)) c.ownWords = true;
  return cues.sort((a, b) => a.start - b.start);
}

/** A view stated without a verb of saying: …が重要です, …すべきである, …を進める必要があります, …なければなりません. */
const VIEW_ENDING =
  /(重要|必要|不可欠|大切|肝要|急務|べき)(?:だ|です|である|であります|でございます|だと考えます|があります|がある|がございます)?。?$|(?:なければ|ねば)(なりません|ならない)。?$|(?:示す|表す|象徴する)(もの)(?:です|であります|でございます)。?$/;
/**
 * What the one speaking commits to, hopes for or holds (…を進めてまいります, …と確信しています, …を歓迎します,
 * …を強く実感しています, …の所存です, …取りまとめる考えであります, …示していただきたい, …遺憾であります; a refusal,
 * …引き下げることは考えておりません): the
 * sentence's ending in the polite first person.
 */
const COMMITMENT_ENDING =
  /(まいります|参ります|いきます|いきたいと(?:思い|考え)(?:ます|ております|ています)|目指します|取り組みます|全力を尽くします|考えております|考えています|考えます|思っております|思います|確信しております|確信しています|決意です|決意であります|所存です|所存であります|求めます|訴えます|歓迎します|歓迎いたします|期待します|期待しております|期待しています|願っております|願っています|実感しております|実感しています|感じております|感じています|考えであります|考えです|考えでございます|方針であります|方針です|つもりであります|つもりです|(?:て|で)(?:いただきたい|頂きたい)(?:と(?:思います|存じます))?|遺憾であります|遺憾です|評価いたします|評価します|考えておりません|考えていません|考えはありません|つもりはありません)。?$/;

/** …について、しっかり議論をする予定でございます: a speech act the one speaking plans is what they will stand for. */
const PLANNED_SPEECH = /(?:議論|発信|説明|表明|主張|提起|意見交換|訴え|呼びかけ)(?:を)?(?:する|行う)(予定)(?:です|であります|でございます)。?$/;

/** A view or commitment in a speaker's own words, by the sentence's ending (offsets in the sentence). */
export function ownWordsStance(sentence: string): { start: number; end: number; word: string } | null {
  const m = VIEW_ENDING.exec(sentence) ?? COMMITMENT_ENDING.exec(sentence) ?? PLANNED_SPEECH.exec(sentence);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3]!;
  const start = m.index + m[0].indexOf(word);
  return { start, end: start + word.length, word };
}

/** A sentence that forecasts or speculates (…とみられる, …が考えられる) states no fact. */
export const SPECULATIVE_ENDING =
  /(?:考えられる|とみられる|と見られる|予想される|見込まれる|見込まれた|だろう|かもしれない|見通しだ|可能性がある|と思われる|懸念される|はずである|はずだった|はずであった)。?$/;

/**
 * Sentences that tell no happening of their own: a counterfactual or a projection (仮に…, …していれば,
 * このまま進むと…), an explanation (…ためである, …からである), a pointer to what follows (…は日記にこう書く,
 * 次の事実が一応認められる), a bibliography line (『…』…社、2005年), a definition (…とは、…をいう) and
 * the document telling its own structure (第1章で…を概観し).
 */
const NO_HAPPENING = [
  /^[^。]{0,12}仮に|[てで]いれば[、，]|このまま(?:進|推移|行)/,
  /(?:ためである|ためであった|ためだ|ためだった|からである|からであった|からだ|によるものである)。?$/,
  /(?:こう|次のように|以下のように|以下の通り|以下のとおり)(?:書|記|述べ|描写|答え|語|説明)|次の(?:事実|とおり)[^。]{0,8}認められる/,
  /ISBN|『[^』]+』[^。]{0,40}(?:社|書房|書店|出版|文庫|新書)[^。]{0,20}[0-9０-９]{4}年/,
  // A figure's or table's caption and its source line: ■第１-５-１図…, 資料：…, 出典：….
  /^[\s　]*(?:[■□◆◇]|(?:資料|出典|提供|写真|注)[:：]|第?[0-9０-９]+(?:[-－‐][0-9０-９]+)*(?:図|表)[\s　])/,
  // The document telling its own structure: 第1章で…を概観し, 本書では….
  /第[0-9０-９一二三四五六七八九十]+(?:章|節|部)(?:で|では|は|に)|本書|本稿|本章|本報告書|(?:この|本)(?:ページ|記事|項目|資料)(?:で|では|は)[^。]{0,60}(?:掲載|紹介|解説|説明|記述|記載|まとめ)/,
  // A definition with no date: 公害防止計画とは、「…」をいう. (…ショックとは、1957年10月4日の…打ち上げ… tells one.)
  /^[^。、，「」]{2,30}とは[、，](?!.*[0-9０-９〇一二三四五六七八九十元]年)/,
];
export const tellsNoHappening = (sentence: string) => SPECULATIVE_ENDING.test(sentence) || NO_HAPPENING.some((p) => p.test(sentence));
