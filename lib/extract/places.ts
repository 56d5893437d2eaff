// Pass 6 (describe) — where an event happened, when the text says it happened there: a place name right
// before において / にて, or before で when the clause goes on to an act that is held somewhere (開催, 行われた,
// 署名, 会談 …), or the object of a visit (ワシントンを訪問). The name is the noun phrase alone: no punctuation
// (a blog's half-width comma), no date or counter before it (「月,」「回」), and its head is a place — a
// region or country the analyser or the lexicon knows, or a building (…館, …室, …ホテル).
import type { ActorLexicon } from "./actors";
import type { Token } from "./analyse";

/** An act that happens at a place: the clause after …で must go on to one for …で to name where. */
const HELD_THERE = /開催|開か|開い|行わ|行なわ|行っ|行な|実施|挙行|署名|調印|採択|締結|会談|会見|会合|会議|協議|交渉|発表|発出|演説|出席|参加|開幕|閉幕|到着|集ま|集会/;
/** Nouns that end the name of a building or a site. */
const FACILITY = /(?:館|室|場|ホテル|ホール|センター|宮殿|宮|官邸|公邸|庁舎|本部|大学|空港|港|基地)$/;
/** Punctuation that never stands inside a place name (D.C.'s full stops do). */
const PUNCTUATION = /^[,，、:：;；/／|｜]+$/;
const MAX_PLACE = 20;

export function placeOf(tokens: Token[], lex: ActorLexicon): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || t.pos !== "名詞" || !marksPlace(tokens, i + 1)) continue;
    const phrase = nounPhraseEndingAt(tokens, i);
    if (!phrase || phrase.text.length > MAX_PLACE) continue;
    // 山口県岩国市、長崎県佐世保市、青森県三沢市で: the last of several places is not where it happened.
    const before = tokens[phrase.from - 1];
    if (before && /^(?:、|，|,|や|と|及び|および)$/.test(before.surface) && tokens[phrase.from - 2]?.pos2 === "地域") return null;
    if (isPlaceName(tokens.slice(phrase.from, i + 1), phrase.text, lex)) return phrase.text;
  }
  return null;
}

/** Whether the particle at token k says that the noun before it is where something happened. */
function marksPlace(tokens: Token[], k: number): boolean {
  const p = tokens[k]!;
  if (/^(?:において|にて|於)$/.test(p.surface)) return true;
  if (p.surface === "を") return /^(?:訪問|訪れる|訪ねる|歴訪)$/.test(tokens[k + 1]?.lemma ?? "");
  if (p.surface !== "で" || p.pos !== "助詞") return false;
  // The clause after …で, up to its next comma or the sentence's end, holds the act.
  const rest: string[] = [];
  for (let j = k + 1; j < tokens.length && !/^[、，,。]$/.test(tokens[j]!.surface); j++) rest.push(tokens[j]!.surface);
  return HELD_THERE.test(rest.join(""));
}

/** The noun phrase ending at token i: nouns and 中黒, without a date or a counter before it. */
function nounPhraseEndingAt(tokens: Token[], i: number): { from: number; text: string } | null {
  let j = i;
  const joins = (x: Token) => (x.pos === "名詞" || x.surface === "・") && !PUNCTUATION.test(x.surface) && x.pos1 !== "数" && x.pos2 !== "助数詞";
  if (!joins(tokens[i]!)) return null;
  while (j > 0 && joins(tokens[j - 1]!)) j--;
  // 11月,…: the word right after a number is its counter (月, 日), not part of the name.
  while (j <= i && (tokens[j - 1]?.pos1 === "数" || tokens[j]!.surface === "・")) j++;
  if (j > i) return null;
  // 首都・平壌, 首都キガリ: a common noun before the place's own name is no part of it.
  const region = tokens.slice(j, i + 1).findIndex((x) => x.pos2 === "地域");
  if (region > 0 && tokens.slice(j, j + region).every((x) => x.pos1 !== "固有名詞")) j += region;
  return { from: j, text: tokens.slice(j, i + 1).map((x) => x.surface).join("") };
}

function isPlaceName(words: Token[], phrase: string, lex: ActorLexicon): boolean {
  const head = words.at(-1)!;
  if (head.pos2 === "地域" || FACILITY.test(phrase)) return true;
  // A country the lexicon knows as the whole phrase (not 日中韓 inside 日中韓サミット).
  return lex.find(phrase).some((m) => m.kind === "country" && phrase.endsWith(m.form));
}
