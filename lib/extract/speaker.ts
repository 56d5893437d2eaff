// Who a clause is about or who speaks in it: the noun phrase before は / が, (ポンペオ国務長官は).

import type { ActorLexicon } from "./actors";

export interface Subject {
  /** Offset of the particle. */
  at: number;
  phrase: string;
  /** は, からは, or が followed by a comma mark the clause's own subject; a bare が may be embedded content. */
  strong: boolean;
}

const WORD = /[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9０-９Ａ-Ｚａ-ｚ々]/u;
const MAX_PHRASE = 24;
const LEADING_TIME = /^(?:当時|現在|今回|その後|同日|今月|先月|昨年|今年|一方で?|ただ|また|さらに|なお)/;
const SPEAKER_SUFFIX =
  /(?:代表|大使|長官|大統領|首相|外相|大臣|総理|委員長|主席|政府|当局|報道官|外交筋|筋|メディア|機関|か国|各国|側|団|氏|議長|次官|首脳|報道機関|関係者|専門家|当局者|所長|研究所|通信|紙|局|省|軍|党|会)$/;
/** Phrases naming an event or a relation are topics, not speakers (米朝首脳会談は, 中朝関係は). */
const NOT_SPEAKER = /(?:会談|会議|協議|関係|情勢|問題|交渉|決議|宣言|声明|措置|施設|計画|演習|制裁)$/;

/** The noun phrase ending right before `at`, joining 「の」 and 「と」 between words (中国とロシア, 北朝鮮の代表). */
export function phraseBefore(text: string, at: number): string {
  let j = at - 1;
  while (j >= 0 && at - j <= MAX_PHRASE) {
    const ch = text[j]!;
    if (WORD.test(ch)) {
      j -= 1;
      continue;
    }
    if ((ch === "）" || ch === ")") && j > 0) {
      const open = text.lastIndexOf(ch === "）" ? "（" : "(", j);
      if (open >= 0 && j - open <= 12 && open > 0 && WORD.test(text[open - 1]!)) {
        j = open - 1;
        continue;
      }
      break;
    }
    const joiner = ch === "の" || ch === "と" || (ch === "か" && /\d/.test(text[j - 1] ?? "") && text[j + 1] === "国");
    if (joiner && j > 0 && WORD.test(text[j - 1]!) && WORD.test(text[j + 1] ?? "")) {
      j -= 1;
      continue;
    }
    break;
  }
  return text.slice(j + 1, at).replace(/^・+/, "").replace(LEADING_TIME, "");
}

export function isSpeakerLike(phrase: string, lex: ActorLexicon): boolean {
  if (!phrase || NOT_SPEAKER.test(phrase)) return false;
  return lex.isActorLike(phrase) || SPEAKER_SUFFIX.test(phrase);
}

/** Subjects at bracket depth 0 in [from, to). */
export function findSubjects(text: string, depths: Uint8Array, from: number, to: number, lex: ActorLexicon): Subject[] {
  const subjects: Subject[] = [];
  for (let i = from; i < to; i++) {
    if (depths[i] !== 0) continue;
    let particleLength = 0;
    let strong = false;
    if (text.startsWith("からは", i)) {
      particleLength = 3;
      strong = true;
    } else if (text[i] === "は") {
      particleLength = 1;
      strong = true;
    } else if (text[i] === "が") {
      particleLength = 1;
      strong = /[，、,]/.test(text[i + 1] ?? "");
    } else if (text[i] === "も" && /[，、,「]/.test(text[i + 1] ?? "")) {
      // 山本氏も「反対だ」と述べた: also-X speaks as X does; 山本氏も、 opens X's own clause.
      particleLength = 1;
      strong = true;
    } else if ((text.startsWith("のみ", i) || text.startsWith("だけ", i)) && !/[でにをとのな]/.test(text[i + 2] ?? "")) {
      // 島村農水相のみ最後まで…を拒否した: only-X is X as the subject.
      particleLength = /[がは]/.test(text[i + 2] ?? "") ? 3 : 2;
    }
    if (!particleLength) continue;
    let phrase = phraseBefore(text, i);
    if (!isSpeakerLike(phrase, lex)) {
      // A name with kana in it (請願の呼びかけ人) ends where the lexicon says, not where kanji and katakana stop.
      const window = text.slice(Math.max(from, i - MAX_PHRASE), i);
      const last = lex.find(window).at(-1);
      if (last && last.end === window.length && last.form.length > phrase.length) phrase = last.form;
    }
    // 党々首の立花孝志氏は: a person named with 氏 is the speaker; what comes before の only describes them.
    const person = /の([^の]{2,}(?:氏|さん))$/.exec(phrase);
    if (person) phrase = person[1]!;
    if (isSpeakerLike(phrase, lex)) subjects.push({ at: i, phrase, strong });
    i += particleLength - 1;
  }
  return subjects;
}

/** "主張する北朝鮮の声", "提案する金党委員長の書簡": the speaker named right after the cue. */
export function speakerAfterCue(text: string, cueEnd: number, lex: ActorLexicon): string | null {
  const m = /^(?:する|した|している|していた|してきた|し続ける)([\p{Script=Han}\p{Script=Katakana}ー・]{2,20})の/u.exec(
    text.slice(cueEnd, cueEnd + 30),
  );
  return m && isSpeakerLike(m[1]!, lex) ? m[1]! : null;
}

