// Pass 5b — a fact's short forms, from the analysed words of its quote: a headline (who–what–where,
// no date, the predicate in its noun or dictionary form: 「シンガポールで米朝首脳会談を開催」), the place
// an event was held, and what a position holds (its quote or と-clause, without the holder).
import type { ExtractedFact } from "@/lib/facts/types";
import type { ActorLexicon } from "./actors";
import type { Token } from "./analyse";
import { isStatementPredicate, ownWordsStance } from "./cues";
import { TIMES_RELATIVE_CLAUSE } from "./clauses";
import { scanDates } from "./dates";
import { fitHeadline, titlesAfterNames } from "./headline-fit";
import { isParty } from "./ruling";
import { placeOf } from "./places";

const MAX_HEADLINE = 40;
const ANY_CONTEXT = { year: 2000, month: 1, day: 1, published: { year: 2000, month: 1, day: 1 } };
/** Sentence-initial connectives and frames that carry no content of the fact (not その後数年間: a later time than the fact's). */
const LEADING =
  /^(?:しかし|また|さらに|更に|なお|ただし|ただ|一方で?|そして|これを受けて|これに対して|これに対し|これに関して|これについて|その後(?![0-9０-９数何])|その直後|実際に|まず|次に|初めに|加えて|そのため|このため|そこで|特に|当然|その結果|結果的に|結局|最終的に|こうして|しかも|ところが|例えば|たとえば|もっとも|すると|これで|これによって|それにより|それによって|やがて|ついに|これにより|その際|その頃|そのころ|同日|当日|その日|同夜|いずれにせよ|いずれにしても|要するに|すなわち|したがって|従って|よって|それゆえ|そうすると|とはいえ|もちろん)(?![のにはがをもと])[、，,]?/;
/** A time of day opening the headline goes with the date (午後3時より臨時閣議が開催 → 臨時閣議が開催). */
const TIME_OF_DAY = /^(?:当日|同日)?(?:(?:午前|午後)?[0-9０-９一二三四五六七八九十]{1,2}時(?:[0-9０-９]{1,2}分|半)?|正午|未明|早朝|深夜)(?:より|から|頃|ごろ|[、，]|に(?=[^、，]*[がは]))[、，]?/;
/** Words after which a date is only the time of the clause: 2018年6月12日、/ 9月に / 7月28日から31日まで / 31日まで、. */
const AFTER_DATE = /^(?:[（(][^）)]{0,6}[）)])?(?:から[^、，。]{0,12}?まで(?:の間)?|まで(?:に|の間)?|にかけて|以降|以来|頃|ごろ|には|に|は|、|，|,)*[、，,]?/;
/** Nouns that only frame the predicate (開催される予定です, 実施する方針だ). */
const FRAME_NOUNS = new Set(["予定", "方針", "見通し", "見込み", "こと", "もの", "考え", "つもり", "意向", "ところ"]);
/** Light verbs after a サ変 noun or an object: the noun carries the meaning (署名した → 署名, 会談を行った → 会談). */
const LIGHT_VERBS = new Set(["する", "いたす", "行う", "実施", "実施する", "おこなう"]);
const LINKING_VERBS = new Set(["受ける", "通じる", "経る", "伴う", "契機"]);

export function describeFact(fact: ExtractedFact, tokens: Token[], lex: ActorLexicon): ExtractedFact {
  const inQuote = tokens.filter((t) => t.start >= fact.start && t.end <= fact.end);
  let headline = fact.kind === "agreement" && fact.name ? fact.name : headlineOf(fact, inQuote);
  headline = demandHeadline(fact, inQuote, headline) ?? headline;
  // 原判決を破棄 → 最高裁判所が原判決を破棄: an act with an object but no subject names its one actor.
  const [actor] = fact.actors;
  if (fact.kind === "event" && fact.actors.length === 1 && actor && /を/.test(headline) && !/[がはも]|のみ|だけ/.test(headline) && !lex.find(headline).length) {
    headline = `${actor}が${headline}`;
  }
  return {
    ...fact,
    headline,
    place: fact.kind === "event" ? placeOf(inQuote, lex) : null,
    content: fact.kind === "position" ? contentOf(fact, inQuote, lex) : null,
  };
}

/** The order a party asks for, as the court is asked to give it: 原判決を取り消す, …を確認する, …を支払え. */
const ORDER_WORDS: Array<[RegExp, string]> = [
  [/を(?:取り消す|取消す)$/, "の取消し"],
  [/を(確認|棄却|却下)(?:する)?$/, "の$1"],
];

/**
 * A party's demand (控訴の趣旨) reads as a demand, by the party: 控訴人は…処分の取消しを求める, never
 * 被控訴人が…を取り消す or 被控訴人は…を支払え, which would read as what happened or as the court's order.
 */
function demandHeadline(fact: ExtractedFact, tokens: Token[], headline: string): string | null {
  const party = fact.speaker;
  if (fact.kind !== "position" || !party || !isParty(party)) return null;
  const quote = fact.quote.replace(/[。\s]+$/, "");
  const said = headline.replace(new RegExp(`^${party}(?:は|が)[、，]?`), "");
  for (const [order, noun] of ORDER_WORDS) {
    const m = order.exec(said);
    if (m && order.test(quote.replace(/する$/, ""))) return `${party}は${said.slice(0, m.index)}${noun.replace("$1", m[1] ?? "")}を求める`;
  }
  // …を支払え: the imperative's verb in its dictionary form, asked for (…を支払うよう求める).
  const last = tokens.filter((t) => t.pos !== "記号").at(-1);
  if (last?.pos === "動詞" && last.form.startsWith("命令") && said.endsWith(last.surface)) {
    const asked = said.slice(0, -last.surface.length).replace(new RegExp(`^(${PARTY_IN_ORDER})は[、，]?`), "$1が");
    return `${party}は、${asked}${last.lemma}よう求める`;
  }
  return null;
}

/** The side an order is addressed to, opening it (被控訴人は、控訴人に対し…支払え): its subject, once asked for. */
const PARTY_IN_ORDER = "[^、，。はが]{1,8}?人|被告|原告|相手方";

/** Whether a date in the headline is the fact's own (then the card asks it and the headline must not show it). */
function isOwnDate(text: string, mention: { start: number; end: number }, fact: ExtractedFact): boolean {
  if (!fact.date || /^(?:翌|同|前|当|昨|今|本|先|来)/.test(text.slice(mention.start, mention.end))) return true;
  // Only a date that times a relative clause of its own (5日に行った公式練習) can stay; beside another date it goes with it.
  if (!TIMES_RELATIVE_CLAUSE.test(text.slice(mention.end)) || /(?:[日月年](?:と|や|から|～|〜|、)|から|～|〜)$/.test(text.slice(0, mention.start))) return true;
  const [year, month, day] = fact.date.value.split("-").map(Number);
  const own = scanDates(text.slice(mention.start, mention.end), { year: year!, month, day, published: { year: year!, month, day } }).mentions[0];
  if (!own) return true;
  return fact.date.value.startsWith(own.date.value) || own.date.value.startsWith(fact.date.value);
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/[「『]/g)?.length ?? 0) > (before.match(/[」』]/g)?.length ?? 0);
}

/** How the reporter learnt it (…ことが、…の取材で分かった): the news is what comes before. */
const REPORTING_FRAME = /(?:(?:こと|の)が|(?<=[たるい])と)[、，]?[^。「」]{0,40}?(?:取材|調べ|調査|発表|発言|報道)(?:で|により|によって|から)[、，]?(?:分か|わか|判明|明らかにな)/;

function headlineOf(fact: ExtractedFact, tokens: Token[]): string {
  const frame = REPORTING_FRAME.exec(fact.quote);
  if (frame) tokens = tokens.filter((t) => t.end <= fact.start + frame.index);
  // A table row's citation line (「ワシントン・ポスト」（7月30日付け）) is the row's source, not its content.
  const firstLine = tokens.filter((t) => t.start < (fact.quote.includes("\n") ? fact.start + fact.quote.indexOf("\n") : fact.end));
  // A footnote's number after a predicate (…を開始しています3。) is no word of the sentence.
  const unmarked = firstLine.filter((t, k) => !(t.pos1 === "数" && /^(?:助動詞|動詞)$/.test(firstLine[k - 1]?.pos ?? "") && (!firstLine[k + 1] || firstLine[k + 1]!.pos === "記号")));
  const words = predicateWords(unmarked);
  let text = words.map((t) => t.surface).join("");
  // Dates out: the headline of an event is asked *with* its date, never shows it.
  for (;;) {
    // Any context will do: only where the dates stand matters here, not what they resolve to.
    // A date inside 「…」 is part of the quoted words (「8月30日公示、9月11日投票案」): it stays.
    // A date other than the fact's own stays where it times something else (5日に行った公式練習の最中に転倒し…棄権).
    const mention = scanDates(text, ANY_CONTEXT).mentions.find((m) => !insideQuote(text, m.start) && isOwnDate(text, m, fact));
    if (!mention) break;
    const tail = text
      .slice(mention.end)
      .replace(/^(?:上旬|中旬|下旬|初め|初旬|末|半ば|頃|ごろ)/, "")
      // 令和５年度には, 11月18日付けで: the date's own suffix goes with it.
      .replace(/^(?:度(?:[（(][^）)]{0,10}[）)])?|付け?(?:で|の)?)/, "")
      // 5月27日と6月5日には… : the word joining two dates goes with the first.
      .replace(/^(?:と|や|、|，|及び|および|から|～|〜)(?=[0-9０-９〇一二三四五六七八九十]+[年月日])/, "")
      .replace(/^の/, "")
      .replace(AFTER_DATE, "");
    const before = text.slice(0, mention.start).replace(/(?:翌|同|去る|来る)$/, "");
    // …を構築し、同年11月から実証実験を開始: after a clause the date's particle goes too.
    const afterClause = /(?<=[しりきいちみびぎてで])[、，]$/.test(before);
    const head = before.replace(/(?:の|に|、|，)$/, "");
    // …制度を1999年4月から導入 → …制度を導入: the particle that only tied the date goes with it.
    text = head + (afterClause || /[をがはにで]$/.test(head) || !head.trim() ? tail.replace(/^(?:から(?:は)?|より|まで(?:に)?|に(?:は)?|で(?:は)?)[、，,]?/, "") : tail);
  }
  // (Twice: 「しかし、その後、…」.)
  // (ウ　…: a judgment's item mark is no word of the fact.)
  text = text.replace(/^[\s　]+/, "").replace(/^【[^】]*】/, "").replace(/^[ア-ン][　 ]+/, "").replace(TIME_OF_DAY, "").replace(LEADING, "").replace(/^[、，,\s]+/, "").replace(LEADING, "").replace(/^[、，,\s]+/, "");
  // A marker before the sentence ((金メダル)…) labels it; short asides elsewhere stay.
  text = text.replace(/^[（(][^（）()]{1,12}[）)]/, "").replace(/[（(][^（）()]*[）)]/g, (paren) => (paren.length > 12 ? "" : paren));
  // (A cut may leave a connective at the start again: 「…、なお、同命令書は…」.)
  if (text.length > MAX_HEADLINE) text = fitHeadline(text, MAX_HEADLINE, titlesAfterNames(words), LEADING).replace(LEADING, "").replace(/^[、，,\s]+/, "");
  // A date taken out of its parentheses leaves 「（）」; a clause that went on (…を発表するとともに) ends at its verb.
  text = text.replace(/[（(]\s*[）)]/g, "").replace(/[（(]$/, "").replace(/[、，,。\s]+$/, "");
  text = text.replace(/(?<=[るたい])(?:とともに|と共に|ほか|一方)$/, "");
  // …を選択し（訪中 → …を選択: an unclosed aside goes, and a サ変 verb left in its て/連用 form ends as its noun.
  text = text.replace(/[（(][^）)]*$/, "").replace(/[、，,\s]+$/, "").replace(/(?<=\p{Script=Han}{2})し$/u, "");
  text = text.replace(/[、，,。\s]+$/, "");
  // A cleft whose focus was the date (成長率が落ち込んだのは、一月…であります): what happened is before のは.
  text = text.replace(/(?<=[たるいだ])のは[、，]?$/, "");
  // A quotation the predicate's cut left open is closed again (蓮舫氏は「東京を変える」).
  if ((text.match(/「/g)?.length ?? 0) > (text.match(/」/g)?.length ?? 0) && /「[^「」]+$/.test(text)) text += "」";
  return text || fact.text;
}

/**
 * The quote's words up to its main predicate, the predicate in its noun form (a サ変 noun before a light
 * verb) or dictionary form (開かれた → 開かれる), auxiliaries and frames (予定です) dropped.
 */
function predicateWords(tokens: Token[]): Token[] {
  // …しなければならない(かった) is a duty, not a negation: never 「…しない」, which says the opposite.
  const duty = tokens.findIndex(
    (t, k) => (t.surface === "なけれ" || t.surface === "ね") && tokens[k + 1]?.surface === "ば" && /^(?:なら|いけ|なり)$/.test(tokens[k + 2]?.surface ?? ""),
  );
  // (Only as the main predicate: what follows is its endings or a short …と考えます.)
  if (duty > 0 && tokens.slice(duty + 3).map((t) => t.surface).join("").length <= 10) {
    const past = tokens.slice(duty + 3).some((t) => t.pos === "助動詞" && t.lemma === "た");
    return [...tokens.slice(0, duty), { ...tokens[duty]!, surface: past ? "なければならなかった" : "なければならない" }];
  }
  let end = tokens.length;
  const isTail = (t: Token) =>
    t.pos === "記号" || t.pos === "助動詞" || (t.pos === "助詞" && t.pos1 !== "格助詞") || (t.pos === "動詞" && t.pos1 === "非自立") ||
    (t.pos === "名詞" && (t.pos1 === "非自立" || FRAME_NOUNS.has(t.surface))) || (t.pos === "動詞" && t.pos1 === "接尾");
  while (end > 0 && isTail(tokens[end - 1]!)) end--;
  // …することとなった / …予定となりました: a frame verb after a frame noun (not 重要な動きがありました).
  const afterFrame = (k: number) => {
    const prev = tokens[k - 1]?.surface === "と" || tokens[k - 1]?.surface === "に" ? tokens[k - 2] : tokens[k - 1];
    return !!prev && (FRAME_NOUNS.has(prev.surface) || prev.pos === "助動詞" || (prev.pos === "動詞" && prev.pos1 === "非自立"));
  };
  while (end > 1 && tokens[end - 1]!.pos === "動詞" && ["なる", "いる", "ある", "おる"].includes(tokens[end - 1]!.lemma) && afterFrame(end - 1)) {
    end--;
    while (end > 0 && isTail(tokens[end - 1]!)) end--;
    // …を強いることになる → …を強いる: the frame noun's particle goes with it (never 「…強いることに」).
    if (end > 2 && /^[にと]$/.test(tokens[end - 1]!.surface) && FRAME_NOUNS.has(tokens[end - 2]!.surface) && tokens[end - 3]!.pos !== "名詞") {
      end -= 2;
      while (end > 0 && isTail(tokens[end - 1]!)) end--;
    }
  }
  if (end === 0) return tokens;
  const last = tokens[end - 1]!;
  // A negated predicate keeps its negation: 明らかにしなかった → 明らかにしない, never 明らかにする.
  const negated = tokens.slice(end).some((t) => t.pos === "助動詞" && /^(?:ない|ぬ|ん)$/.test(t.lemma));
  if (negated) {
    const firstNeg = tokens.findIndex((t, k) => k >= end && t.pos === "助動詞" && /^(?:ない|ぬ|ん)$/.test(t.lemma));
    // …できなかった stays past: 「できない」 would read as a lasting inability.
    const past = tokens.slice(firstNeg + 1, firstNeg + 2).some((t) => t.pos === "助動詞" && t.lemma === "た");
    return [...tokens.slice(0, firstNeg), { ...tokens[firstNeg]!, surface: past ? "なかった" : "ない" }];
  }
  const kept = tokens.slice(0, end);
  // A court's 「…というべきである」 is its holding: 「…というべき」, never the hearsay 「…という」.
  const oughtAt = tokens.findIndex((t, k) => k >= end && t.pos === "助動詞" && t.lemma === "べし");
  // …認められるべき keeps its voice (never 「認めべき」): the auxiliaries before べき stay, in their plain form.
  if (oughtAt >= 0) {
    const voice = tokens.slice(end, oughtAt).filter((t) => (t.pos === "助動詞" || (t.pos === "動詞" && t.pos1 === "接尾")) && /^(?:れる|られる|せる|させる)$/.test(t.lemma));
    return [...kept, ...voice.map((t) => ({ ...t, surface: t.lemma })), { ...tokens[oughtAt]!, surface: "べき" }];
  }
  if (last.pos === "動詞") {
    const before = tokens[end - 2];
    if (LIGHT_VERBS.has(last.lemma) && before?.pos === "名詞" && before.pos1 === "サ変接続") return kept.slice(0, -1);
    // …の成功を受けて / …を通じ: the clause only links to what follows; the happening is its object.
    if (LINKING_VERBS.has(last.lemma) && before?.surface === "を") return kept.slice(0, -2);
    if (LIGHT_VERBS.has(last.lemma) && before?.surface === "を" && tokens[end - 3]?.pos === "名詞") return kept.slice(0, -2);
    // Passive or causative after the verb stays: 開か+れ → 開かれる.
    // (IPADIC tags れ of 開かれた as a suffix verb, 動詞/接尾, and られ of 認められた as an auxiliary.)
    const aux = tokens
      .slice(end, end + 2)
      .filter((t) => (t.pos === "助動詞" || (t.pos === "動詞" && t.pos1 === "接尾")) && /^(?:れる|られる|せる|させる)$/.test(t.lemma));
    if (aux.length) {
      const voice = aux[0]!;
      return [...kept, { ...voice, surface: voice.lemma }];
    }
    // A demand's imperative stays one (…円を支払え): its dictionary form would tell a payment that never was.
    if (last.form.startsWith("命令")) return kept;
    // …に進むことができた stays past: 「できる」 would read as a standing ability.
    if (last.lemma === "できる" && tokens[end]?.lemma === "た") return [...kept.slice(0, -1), { ...last, surface: "できた" }];
    return [...kept.slice(0, -1), { ...last, surface: last.lemma }];
  }
  if (last.pos === "形容詞") return [...kept.slice(0, -1), { ...last, surface: last.lemma }];
  if (last.pos === "名詞" && last.pos1 === "サ変接続") return kept;
  return kept;
}

/** A particle that ends reported content: …と, …旨, …との, …などと, …とも. */
const QUOTATIVE_PARTICLE = /^(?:と|旨|との|などと|とも)$/;

/** Where a quotative particle begins at token i, if it closes a clause (…すると, 問題ないと, 「…」と), not a noun (各国との). */
function quotativeAt(tokens: Token[], i: number): number | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // The analyser reads …するとの as the conjunction すると: its と is the particle.
  if (t.pos === "接続詞" && t.surface === "すると" && tokens[i + 1]?.surface === "の") return t.start + 2;
  const particle = (QUOTATIVE_PARTICLE.test(t.surface) && (t.pos === "助詞" || t.surface === "旨")) || (t.surface === "など" && tokens[i + 1]?.surface === "と");
  if (!particle || !prev) return null;
  // (…取り組むようにとの指示: a request's ように closes it too.)
  const closesClause = prev.pos === "動詞" || prev.pos === "助動詞" || prev.pos === "形容詞" || /[」』]$/.test(prev.surface) || (prev.surface === "に" && tokens[i - 2]?.surface === "よう");
  // After a noun only when the predicate follows at once: …意志の現れと強調した (yet not 各国との連携を確認, and not
  // 国民の理解と支持が不可欠, where と joins two nouns and the second is no predicate).
  const namesContent = prev.pos === "名詞" && t.surface === "と" && tokens[i + 1] !== undefined && isStatementPredicate(tokens, i + 1) && usedAsPredicate(tokens, i + 1);
  return closesClause || namesContent ? t.start : null;
}

/** A noun of saying or stance used as the predicate (強調した, 支持し、), not as a noun (支持が, 支持を得る). */
function usedAsPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "名詞") return true;
  const next = tokens[i + 1];
  return !next || next.lemma === "する" || (next.pos === "記号" && /^[。、，,]$/.test(next.surface));
}

/**
 * Where the reported content of a statement ends, as an offset in the quote: the last quotative particle
 * followed, within a few words, by a saying or stance predicate (…と述べた, …旨を伝えた, …との認識を示した).
 * Reported speech reported again (…しないと表明した旨発表した) gives the innermost content.
 */
function reportedContentEnd(fact: ExtractedFact, inQuote: Token[]): number | null {
  const found: Array<{ particle: number; predicateEnd: number }> = [];
  for (let i = 0; i < inQuote.length; i += 1) {
    const at = quotativeAt(inQuote, i);
    if (at === null) continue;
    // …を満たさないとする決定的な理由を明らかにすることなく: とする/という before a noun describes the noun; the words
    // are another's, not what the holder says.
    const verb = inQuote[i + 1];
    const after = inQuote[i + 2];
    // (…一致したとする共同報道文を発表し: a document or a statement of the holder's own still carries their words.)
    let n = i + 2;
    while (inQuote[n]?.pos === "名詞") n += 1;
    const noun = inQuote.slice(i + 2, n).map((t) => t.surface).join("");
    const describes = after && (after.pos === "名詞" || after.pos === "連体詞" || after.pos === "形容詞") && !STATEMENT_NOUN.test(noun);
    if (verb && /^(?:する|いう|言う)$/.test(verb.lemma) && verb.form.startsWith("基本形") && describes) continue;
    for (let j = i + 1; j < inQuote.length && inQuote[j]!.start - at <= 14 && !/[。、，「」]/.test(inQuote[j]!.surface); j += 1) {
      if (isStatementPredicate(inQuote, j)) {
        found.push({ particle: at, predicateEnd: inQuote[j]!.end });
        break;
      }
    }
  }
  let k = found.length - 1;
  if (k < 0) return null;
  while (k > 0 && found[k]!.particle - found[k - 1]!.predicateEnd <= 3) k -= 1;
  return found[k]!.particle - fact.start;
}

function contentOf(fact: ExtractedFact, inQuote: Token[], lex: ActorLexicon): string | null {
  const quote = fact.quote.replace(/。$/, "");
  // A quotation attached to the saying verb: 「…」と述べた.
  // A quotation the saying verb reports (「…」と述べた), not one named in passing (「法の支配」とその中核を担う国連).
  const quoted = [...quote.matchAll(/「([^「」]{4,})」(?=と|との|など|とも|$)/g)]
    .filter((m) => {
      const after = fact.start + m.index + m[0].length;
      const at = inQuote.findIndex((t) => t.start >= after);
      // と followed by a noun (「法の支配」とその中核) joins two nouns, unless a saying verb follows at once.
      const next = inQuote[at + 1];
      // (「ご要望には応じかねます」との処分: a quotation naming a thing (処分), not words of a statement or view.)
      const namesThing = inQuote[at]?.surface === "と" && next?.surface === "の" && inQuote[at + 2]?.pos === "名詞" && !isStatementPredicate(inQuote, at + 2) && !VIEW_NOUN.test(inQuote[at + 2]!.surface);
      if (namesThing) return false;
      const joinsNouns = inQuote[at]?.surface === "と" && (next?.pos === "名詞" || next?.pos === "連体詞");
      return at < 0 || !joinsNouns || inQuote.slice(at, at + 5).some((_, k) => isStatementPredicate(inQuote, at + k));
    })
    .at(-1)?.[1];
  if (quoted) return quoted;
  // (A transcript's turn label 【佐藤知事】 names the holder too.)
  const holderEnd = Math.max(holderBoundary(quote, fact, lex), /^【[^】]*】/.exec(quote)?.[0].length ?? 0);
  // A holding in the negative (…違法の評価を受けるものとはいえない) is the whole clause: its object or its と-clause
  // alone would state the very claim it rejects.
  if (/(?:とは|とも)(?:いえ|言え|認められ|解され)(?:ない|ず)$|(?:ない|なかった|ず|ません|難い|がたい)$/.test(quote)) {
    const whole = quote.slice(holderEnd).replace(/^[、，\s]+/, "");
    if (whole.length >= 4) return whole;
  }
  // …国際社会から高く評価された、このように考えております: what is thought is the clause before.
  const thus = /[、，](?:このように|そのように|こう|そう)(?:考え|思)/.exec(quote);
  if (thus && thus.index > holderEnd + 4) return quote.slice(holderEnd, thus.index).replace(/^[、，\s]+/, "");
  const cut = reportedContentEnd(fact, inQuote);
  if (cut !== null && cut > holderEnd) {
    // (小泉総理から…取り組むようにとの指示: the one it came from is the holder, not the content.)
    const raw = quote.slice(holderEnd, cut).replace(/^[、，\s]+/, "");
    const from = fact.speaker && raw.startsWith(`${fact.speaker}から`) ? /^[^、，]*?から(?:は|も)?[、，,]?/.exec(raw)![0] : "";
    const content = raw.slice(from.length);
    if (content.length >= 4) return content;
  }
  // A view or commitment in the speaker's own words (…を進めていきます, …が不可欠であります) is the stance itself:
  // the whole clause in their words; its object alone (更に歩) would say nothing.
  if ((ownWordsStance(fact.quote) && !DEMAND_ENDING.test(quote)) || INTENTION_ENDING.test(quote)) {
    const whole = quote.slice(holderEnd).replace(OWN_OPENING, "");
    if (whole.length >= 4) return whole;
  }
  // An object of a stance verb: …の完全な非核化を求めた → 完全な非核化.
  const object = /([^、，。]{2,60})を(?:[^、，。を]{0,12})$/.exec(quote.slice(holderEnd));
  if (object) return object[1]!.replace(/^[、，\s]+/, "");
  const rest = quote.slice(holderEnd).replace(/^[、，\s]+/, "");
  return rest.length >= 4 ? rest : null;
}

/** Nouns of a statement or a document that carries one: …とする共同報道文, …という声明. */
const STATEMENT_NOUN = /(?:声明|報道文|文書|談話|書簡|決議|宣言|主張|見解|認識|考え|意見|方針|立場|発表|発言|談話|表明)$/;
/** Nouns a quotation states the holder's view in: 「…」との認識, 「…」との考え. */
const VIEW_NOUN = /^(?:認識|考え|見解|意見|立場|方針|意向|見方|姿勢|声|指摘|思い)$/;
/** Demands keep their object as content (…の撤回を求めます → …の撤回). */
const DEMAND_ENDING = /(?:求め|訴え)ます$/;
/** …を主導していく, …を取っていく: an intention stated in the plain form. */
const INTENTION_ENDING = /[てで]いく$/;
/** The first person and connectives opening a speaker's own sentence: 私自身、, 私は、, そして、. */
const OWN_OPENING = /^(?:[、，\s]*(?:私|わたくし)(?:自身)?(?:[（(][^）)]{0,20}[）)])?(?:は|も|が)?[、，]?|[、，\s]*(?:そして|また|さらに|更に|特に|まず|次に|その上で|そのうえで)[、，])+/;

/** Where the holder's phrase ends: after the first topic or subject particle that follows an actor. */
function holderBoundary(quote: string, fact: ExtractedFact, lex: ActorLexicon): number {
  const holder = fact.speaker;
  for (const m of quote.matchAll(/(?:は|が|も)[、，]?/g)) {
    const before = quote.slice(0, m.index);
    // The particle must follow the actor itself (北朝鮮は), not a phrase that merely names one (米国と対話を行う意向が).
    const last = lex.find(before).at(-1);
    const endsInActor = last !== undefined && last.end === before.length;
    if ((holder && before.endsWith(holder)) || (before.length <= 30 && endsInActor && !/[「」]/.test(before))) {
      return m.index + m[0].length;
    }
  }
  return 0;
}
