// Fitting a long headline to its length: first compress what says nothing a card needs (a title after a
// name, padding such as 「との試合を行ったが、」, a verb told twice, a concessive aside), then, only if it is
// still too long, cut leading clauses — keeping the event the sentence opens with and its subject.
import type { Token } from "./analyse";

/** A word that points back: a headline opening on it names nothing (これで通算成績は…, 先にゴールした1人が…). */
const ANAPHOR = /^(?:これ|それ|この|その|あの|先に)/;
/** A subject or topic: a noun phrase before が/は/も, not a case particle's は (には, では, とは). */
const SUBJECT = /(?<![にでとへ])(?:が|は|も(?![のっしうち]))(?![らぎ])/;
/** …ホーネッカーは、 / 日本電気株式会社（ＮＥＣ）は、 / 農振除外の申請は、: a subject right before a comma. */
const SUBJECT_BEFORE_COMMA = /((?:[\p{Script=Han}\p{Script=Katakana}ー・Ａ-Ｚａ-ｚA-Za-z0-9０-９]{2,12}の)?)([\p{Script=Han}\p{Script=Katakana}ー・Ａ-Ｚａ-ｚA-Za-z0-9０-９]{2,20}(?:[（(][^（）()]{1,10}[）)])?)([がは])[、，]$/u;
/** A sentence-initial frame set off by a comma: the event the sentence is about (カーリング女子の予選で、), a noun
 *  phrase with its category (…の…), not a copula (衆議院議長で、) or a connective (ところで、). */
const FRAME = /^([^、，。「」がはをも]{1,12}の[^、，。「」がはをも]{1,12}?)で[、，]/;
/** 「…が行われ、」: the event told as a happening of its own, whose results follow. */
const HELD = /^([^、，。「」がはをも]{2,24}?)が行われ[、，]/;
/** 「…に出場した X が」: the event told as a relative clause on the subject. */
const ENTERED = /^([^、，。「」がはをもで]{2,24}?)に(?:(?:出場|進出|参加|出席|挑戦|参戦)した|(?:進ん|臨ん)だ)(?=[^、，。]{2,16}?(?:が|は|も)(?![らぎ]))/;

/** A person's title after their name (鍵山優真選手 → 鍵山優真) and a team's after its country (日本代表 → 日本). */
export function titlesAfterNames(tokens: Token[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.pos !== "助詞") continue;
    if (t.surface === "選手") {
      // The name may be cut into pieces the dictionary does not know (金井|莉|佳): one of the last three is a 人名.
      let k = i - 1;
      const name: Token[] = [];
      while (k >= 0 && i - k <= 4 && tokens[k]!.pos !== "助詞" && tokens[k]!.pos !== "記号" && tokens[k]!.pos !== "動詞") name.unshift(tokens[k--]!);
      if (name.some((n) => n.pos2 === "人名")) {
        const surface = name.map((n) => n.surface).join("");
        out.push([`${surface}選手`, surface]);
      }
    } else if (t.surface === "代表" && tokens[i - 1]!.pos2 === "地域" && tokens[i - 1]!.pos3 === "国") {
      out.push([`${tokens[i - 1]!.surface}代表`, tokens[i - 1]!.surface]);
    }
  }
  return out;
}

type Compress = (text: string, titles: Array<[string, string]>, max: number) => string;

const withoutTopicComma = (text: string) => text.replace(/((?<![にでと])[はも])[、，](?=[^、，。]*$)/, "$1");

/** Compressions in the order they are tried; each only while the headline is too long. */
const COMPRESSIONS: Compress[] = [
  // 日本代表がデンマーク代表との試合を行ったが、延長の末… → …デンマーク代表との試合で延長の末…
  (text) => text.replace(/との([^、，。をがはで]{1,6})を行(?:った|い)(?:が)?[、，]?/, "との$1で"),
  (text, titles) => titles.reduce((t, [long, short]) => t.split(long).join(short), text),
  // 吉永一貴は、グループ4着となり… → 吉永一貴はグループ4着となり…
  // (Only when that makes it fit: the comma is where a cut would go.)
  (text, _, max) => {
    const joined = withoutTopicComma(text);
    return joined.length <= max ? joined : text;
  },
  // AがXを獲得し、BはYを獲得 → AがX、BはYを獲得: the verb once.
  (text) => text.replace(/を([^、，。をがは]{1,6}?)し[、，](?=[^、，。]*を\1$)/, "、"),
  // A concessive aside between the subject and the outcome: 三木が予選を突破し…進んだものの敗れ6位に終わる.
  (text) => text.replace(/[、，][^、，。「」]{4,40}?ものの[、，]/, "、").replace(/((?<![にでと])[がはも][、，]?)[^、，。「」]{4,30}?ものの(?![、，])/, "$1"),
];

/** The headline within `max` characters where it can be said so, else cut at a comma as before; `opening` is what a
 *  headline may not start with (a connective), dropped from what a cut leaves. */
export function fitHeadline(text: string, max: number, titles: Array<[string, string]>, opening: RegExp = /^$/): string {
  let event: string | null = null;
  for (const compress of COMPRESSIONS) {
    if (text.length <= max) return text;
    text = compress(text, titles, max);
    // …が行われ、X が → …で、X が; …に出場した X が → …で、X が: the event stays, said shorter.
    if (compress === COMPRESSIONS[3] && text.length > max) {
      const held = HELD.exec(text) ?? ENTERED.exec(text);
      if (held) {
        event = held[1]!;
        text = `${event}で、${text.slice(held[0].length)}`;
      }
    }
  }
  if (text.length <= max) return text;
  // Drop leading adverbial clauses while what is left still has a subject or an object.
  // Only a comma outside 「…」 ends a clause: a cut inside a quote leaves its closing bracket alone.
  const commas = [...text.matchAll(/[、，]/g)].filter((m) => !insideQuote(text, m.index)).map((m) => m.index + 1);
  // (A rest with no particle of its own, one clause, still fits when the subject right before the comma comes with it.)
  // What a cut leaves, without an opening connective (これによって、タイは… → タイは…).
  const restAt = (at: number) => text.slice(at).replace(opening, "").replace(/^[、，\s]+/, "");
  const fits = commas.filter((at) => text.length - at <= max && (/[をがはで]/.test(text.slice(at)) || (SUBJECT_BEFORE_COMMA.test(text.slice(0, at)) && !/[、，]/.test(text.slice(at)))));
  const cut = fits.find((at) => !ANAPHOR.test(restAt(at))) ?? fits[0];
  if (cut === undefined) return text;
  const dropped = text.slice(0, cut);
  let rest = restAt(cut);
  // …に出場した三浦璃来・木原龍一ペアが、…金メダルを獲得: the cut keeps the subject it would drop;
  // また…金井莉佳も4着で終わり、…準決勝には進めなかった: the sentence's subject, however far back.
  if (!new RegExp(`^(?:[^「」]|「[^」]*」)*?${SUBJECT.source}`).test(rest)) {
    const before = SUBJECT_BEFORE_COMMA.exec(dropped);
    // A topic opening the sentence (株式会社日立製作所は、…による、…を開始) is the subject of all it says.
    const opening = /^([\p{Script=Han}\p{Script=Katakana}ー・Ａ-Ｚａ-ｚA-Za-z0-9０-９]{2,20}(?:[（(][^（）()]{1,10}[）)])?)(は)[、，]/u.exec(dropped);
    // A topic opening the sentence (…金井莉佳も4着で終わり、) is the subject of an outcome told without one or an object.
    const topic = /を/.test(rest) ? null : new RegExp(`^(?:[^、，。「」]{2,24}?で[、，]?)?(?!これ|それ|この|その|あの)[^、，。「」がはをもで]{0,24}?([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,16})(?<![にでと])([はも])(?![らぎ])`, "u").exec(dropped);
    // The longest form that fits: 農振除外の申請は before 申請は.
    const options = before ? [`${before[1]}${before[2]}${before[3]}`, `${before[2]}${before[3]}`] : opening ? [`${opening[1]}${opening[2]}`] : topic ? [`${topic[1]}${topic[2]}`] : [];
    const carried = options.find((o) => o.length + rest.length <= max + 12) ?? "";
    if (carried && !ANAPHOR.test(carried) && carried.length + rest.length <= max + 12) rest = `${carried}${rest}`;
  }
  // カーリング女子の予選で、日本代表が…: the event the sentence opens with stays when the rest does not name it.
  const frame = event ?? FRAME.exec(dropped)?.[1];
  if (frame && dropped.startsWith(frame) && !rest.includes(frame)) {
    const framed = [`${frame}で${rest}`, `${frame}で${withoutTopicComma(rest)}`].find((t) => t.length <= max + 8);
    if (framed) rest = framed;
  }
  return rest;
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/[「『]/g)?.length ?? 0) > (before.match(/[」』]/g)?.length ?? 0);
}
