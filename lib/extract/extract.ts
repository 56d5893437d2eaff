// Rule-based extraction of dated events, named agreements and stated positions from a cleaned document.
// Only body and table blocks are read; every fact quotes a clause or sentence of the cleaned text.
//
// One fact per clause: a clause whose predicate states something (表明, と非難 …) is a position; a
// clause naming an agreement in 「」 that is signed or dated is an agreement; any other clause with a
// date is an event (one per date it names). Clauses without a date or cue join their neighbours.

import type { CleanedDocument, ExtractedFact, FactDate } from "@/lib/facts/types";
import type { ActorAliases, ActorLexicon } from "./actors";
import type { Token } from "./analyse";
import { ownWordsStance, tellsNoHappening } from "./cues";
import { publishedContext, scanDates, type DateContext } from "./dates";
import { carriedContext, continuesNarration, headingDate, summarisesWhatStands } from "./narration";
import { bracketDepths, splitClauses, type Span } from "./segment";
import { eachSpeaker, interviewFrames, resolveSpeaker } from "./holder";
import { findSubjects, isSpeakerLike } from "./speaker";
import { isoDate, makeFact, statementOf, trimQuote } from "./build-fact";
import { findRulingSections, rulingFacts, startsPeriod } from "./ruling";
import { AGREEMENT_NAME, contentsOf, listedContents, MADE_BY, ordinalItem, partiesOf } from "./agreements";
import {
  describeClause,
  eventDatesOf,
  withoutRangeEnds,
  insideQuote,
  mergeSegments,
  roleDate,
  splitTrigger,
  uniqueDates,
  type Clause,
  type RoledDate,
  type Segment,
} from "./clauses";
import { documentVoice } from "./voice";
import { findTurns, holderOfOffice, officeHolders, partyOfGreeting, PROCEDURAL, speakerOfTurn, turnOf, type TurnSpeaker } from "./turns";
import { blockSentences, readTables } from "./tables";
import { agreementFact, attachListedContents } from "./agreement-facts";

export interface ExtractContext {
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD): anchors 今月, 昨年 and years left out. */
  publishedAt?: string | null;
  /** The document's title: names the court of a judgment, among others. */
  title?: string | null;
  /** Names of one corpus's people and bodies by the side they speak for (data of that corpus). */
  actorAliases?: ActorAliases;
}

/** A meeting named as the setting of what follows: …で行った首脳会談では, …に際して行われた軍事パレードでは. */
const SETTING_EVENT =
  /(?:行った|行われた|開催された|開かれた|実施された)[^、，,。「」（）()]{0,16}?(?:会談|会議|協議|会合|サミット|パレード|式典|演習|フォーラム|大会)(?=では|において|で[、，,]|に際して)/g;
/** A parenthetical that narrates its own happening: （実際には，栗戦書…が…として訪朝）. */
const PAREN_EVENT =
  /[（(]((?:実際には|実際は)?[，、,]?)([^（）()]{2,60}?[がは][^（）()]{2,40}?(?:訪朝|訪中|訪韓|訪米|訪日|訪露|会談|会見|出席|参加|派遣|署名))[）)]/g;
/** Main predicates that only attribute (…と語った) or characterize behaviour (…をアピールした) narrate no event. */
const NOT_EVENT_PREDICATE =
  /(?:語った|述べた|話した|説明した|報じた|伝えた|アピールした|誇示した|うかがわせた|努めた|見せた|示した|図った|なった|である|(?<!ん)だ|ない|ある|いる|ていた|でいた|であった|だった|様子だった|可能性(?:は|が)高い)。?$/;
const PAST_PREDICATE = /(?:た|んだ|なかった|予定(?:です|でございます|である|だ)?|予定となっております)。?$/;
/** What stood, not what happened: …であった, …続けていた, …の一つ, …人目 (a dated clause of these narrates no happening). */
const STATIVE_PREDICATE = /(?:(?<!予定)(?:でした|です|である|であった|でございます)|(?:が|は|点|から)ございます|ものです|ものである|に当たります|にあたる|の一つ|の総称|を指す|[0-9０-９一二三四五六七八九十]+(?:例|番|度|回|人|件)目|(?<!と|旨)(?:してい|てい|でい)た|可能性(?:は|が)高い)$/;

/** A sentence under a date heading that tells an earlier time (前回の北京大会では…) is not that day's. */
const LOOKS_BACK = /前回|前大会|過去|かつて|以前|これまで/;
/** …前回のオリンピックで金メダルを獲得した平野歩夢選手は…: a look back inside a relative clause only names who acts now. */
const LOOKS_BACK_IN_RELATIVE = /(?:前回|前大会|過去|かつて|以前|これまで)[^、，。]*?(?:した|った|いた|れた|んだ|えた|けた)(?=[\p{Script=Han}\p{Script=Katakana}])/gu;
const looksBack = (sentence: string) => LOOKS_BACK.test(sentence.replace(LOOKS_BACK_IN_RELATIVE, ""));
const FIRST_PERSON = /^(?:私|わたくし|わたし|僕)(?:自身)?(?:[（(]([^（）()]{2,20})[）)])?$/;
const LONG_HELD = /長年|かねて(?:から|より)?|以前から|従来から|たびたび|度々|繰り返し|一貫して/;
const PASSIVE_AFTER_CUE = /^(?:さ|ら)?れ/;
const THOUGHT_AFTER = /^[^。、，]{0,4}[、，](?:このように|そのように|こう|そう)(?:考え|思)/;
const RECEIVED_AFTER_CUE = /^を(?:頂|いただ|受け|賜)/;
const AGENT = /([\p{Script=Han}\p{Script=Katakana}ー・]{2,16})(?:など|ら)?(?:から(?:は|も)?|によって|により)[、，]?[^、，。]{0,40}$/u;
/** A sentence that tells what was said or done before (…と申し上げました, …してきました): not a view held now. */
const PAST_SAYING = /(?:た|でした|ました)[」』）)]?。?$/;
const URL = /https?:\/\/|www\.[a-z]/i;
/** Verbs of thinking: in the polite first person (考えます, 思っております) the one speaking holds the thought. */
const THINKING = new Set(["考える", "思う"]);


export function extractFacts(doc: CleanedDocument, lex: ActorLexicon, tokens: Token[], ctx: ExtractContext = {}): ExtractedFact[] {
  const text = doc.text;
  const depths = bracketDepths(text);
  const tables = readTables(doc);
  const facts: ExtractedFact[] = [];
  /** Each agreement once: where it was first named, and whether a date was attached to that name. */
  const seenAgreements = new Map<string, { index: number; attached: boolean }>();
  /** The agreement named last, while the next sentences may still state what it contains. */
  let openAgreement: { index: number; sentencesLeft: number; ordinals?: string[] } | null = null;
  let dateContext: DateContext = publishedContext(ctx.publishedAt);
  const published = isoDate(ctx.publishedAt);
  /** The date the document stands on: its publication, else that of the agreement its title names. */
  let documentDate = published;
  /** A news report (its lead names the day before it appeared): its undated statements are the reactions of its days. */
  let news = false;
  const timedElsewhere = new Set<ExtractedFact>();
  const title = (ctx.title ?? "").replace(/[\s　]+/g, "");

  // A judgment's disposition and reasons have their own pass (ruling.ts); the rest of it is read as prose.
  const ruling = findRulingSections(doc);
  // In the reasons, prose gives only the dated happenings they recite (平成二年一月三一日頃、申立人は…建築した).
  // 主文 and a party's demands (控訴の趣旨) are the ruling pass's alone: a demand cites acts, it tells none.
  const rulingOnly = new Set([...(ruling?.disposition ?? []), ...(ruling?.demands ?? [])]);
  // An older judgment's 事実 tells the case and the pleadings: its happenings are read as prose, whose words
  // its statements are only the ruling pass knows (the party's, undated).
  const pleadings = new Set(ruling?.told ?? []);
  const reasons = new Set(ruling?.reasons.filter((b) => !pleadings.has(b)) ?? []);
  if (ruling) facts.push(...rulingFacts(doc, ruling, { title: ctx.title, publishedAt: published }));
  const readable = doc.blocks
    .filter((b) => (b.kind === "body" || b.kind === "table") && !rulingOnly.has(b))
    .sort((a, b) => a.start - b.start);
  /** Whose words the whole document is (a speech the title names, a record's [演説者], a signed preface): its views are theirs. */
  const speechBy = documentVoice(doc, ctx.title);
  /** A transcript (a Diet record, a press conference's questions and answers): each turn's label names its speaker. */
  const transcript = findTurns(readable.filter((b) => b.kind === "body").map((b) => text.slice(b.start, b.end)));
  /** The current turn: 【林外務大臣】, ○環境大臣（山本五郎君）, 記者： opens it and it holds until the next one. */
  let turn: TurnSpeaker | null = null;
  /** Who holds each office the record's turns name (内閣総理大臣 → 山田太郎): 総理 in what a speaker reports is that one. */
  const holders = officeHolders(transcript ? readable.flatMap((b) => turnOf(text.slice(b.start, b.end)) ?? []) : []);
  let turnSpeaker: string | null = null;
  /** The day a section's narration stands on, for a paragraph that goes on telling it (午後7時に…). */
  let sectionDay: FactDate | null = null;
  /** The date a section's heading gives (2月5日): every paragraph under it stands on it. */
  let sectionHeadingDate: FactDate | null = null;
  // Sections timed by their headings come in a series; one dated line under the title is the document's dateline.
  const datedSections = doc.blocks.filter((b) => b.kind === "heading" && headingDate(text.slice(b.start, b.end), { year: 2000 })).length >= 2;
  let previousEnd = 0;
  let previousSentence = "";
  const firstBlock = readable.find((b) => b.kind === "body");
  for (const block of readable) {
    const isFirstBlock = block === firstBlock;
    const table = block.kind === "table" ? tables.get(block.start) : undefined;
    const headings = doc.blocks.filter((b) => b.kind === "heading" && b.start >= previousEnd && b.start < block.start);
    if (headings.length) {
      // A heading that is a date (2月5日, ### 1998年) times its section: the paragraphs under it tell that day.
      const dated = datedSections ? headingDate(text.slice(headings.at(-1)!.start, headings.at(-1)!.end), dateContext) : null;
      if (dated) dateContext = dated.context;
      else if (sectionHeadingDate) dateContext = { published: dateContext.published, year: dateContext.year };
      sectionHeadingDate = dated?.date ?? null;
      sectionDay = sectionHeadingDate?.precision === "day" ? sectionHeadingDate : null;
    }
    previousEnd = block.end;
    let paragraphTopic: string | null = null;
    let lastDayDate: FactDate | null = null;
    /** The last date the paragraph stated: an undated fact later in it happened then (narration carries its date). */
    let paragraphDate: FactDate | null =
      sectionHeadingDate ?? (continuesNarration(text.slice(block.start, block.end), previousSentence) ? sectionDay : null);
    const blockText = text.slice(block.start, block.end);
    // 【…】 opens a turn in any text; the other labels (記者：, ○…君) only in a transcript.
    const label = block.kind === "body" && (transcript || /^【[^】]{2,24}】/.test(blockText)) ? turnOf(blockText) : null;
    if (label) {
      turn = speakerOfTurn(label, speechBy);
      turnSpeaker = turn.speaker;
    }

    for (const told of blockSentences(text, block, depths)) {
      // The turn's label (○鈴木一郎君　, 記者：) is no part of what is said.
      const sentence = label && told.start === block.start && told.end > block.start + label.length ? { ...told, start: block.start + label.length } : told;
      const sentenceText = text.slice(sentence.start, sentence.end);
      // A chair's procedural sentences (これより会議を開きます, 次に、高橋次郎君。) state and tell nothing.
      if (turn?.chair && PROCEDURAL.test(sentenceText)) continue;
      // 新進党の石井です: the party a member introduces themselves by is their side in the turn.
      const party = turn && sentence !== told ? partyOfGreeting(sentenceText) : null;
      if (turn && party) turn = { ...turn, sides: [...turn.sides, party] };
      // A footnote or reference line (a URL in it) tells no happening, and its dates (…/2023/08/23/…) time nothing.
      if (URL.test(sentenceText)) continue;
      previousSentence = sentenceText;
      const scanned = scanDates(sentenceText, dateContext);
      // A date inside 「…」 belongs to the quoted words (「8月30日公示、9月11日投票案」), not to the sentence's act.
      const dates = scanned.mentions.filter((m) => !insideQuote(sentenceText, m.start)).map((m) => roleDate(sentenceText, m, sentence.start));
      dateContext = carriedContext(dateContext, scanned.context, dates, sentenceText, sentence.start);
      const isTitle = table !== undefined && sentence.start === block.start;
      if (isTitle) continue;

      // 「…拉致問題の解決、…の清算、…の開始などが盛り込まれた」: the contents of the agreement just named. The
      // agreement fact moves to this sentence with its items; its signing stays an event of its own.
      if (openAgreement && openAgreement.sentencesLeft-- > 0) {
        const items = /「[^」]*(?:協定|条約|宣言|声明|議定書|決議|覚書|合意書)」/.test(sentenceText) ? [] : contentsOf(sentenceText);
        const agreement: ExtractedFact = facts[openAgreement.index]!;
        // …2002年9月17日、…の際に調印された宣言文: a later sentence gives the signing day of an agreement dated by year.
        const refined = agreement.date?.precision !== "day" && new RegExp(`(?:${MADE_BY}|(?:署名|調印|締結|採択|発効|公布|批准)され)`).test(sentenceText)
          ? scanDates(sentenceText, dateContext).mentions.find((m) => m.date.precision === "day" && (!agreement.date || m.date.value.startsWith(agreement.date.value)))
          : undefined;
        if (refined) facts[openAgreement.index] = { ...agreement, date: refined.date };
        // 第一に…。第二に…。: items told one a sentence, in order.
        const ordinal = ordinalItem(sentenceText, openAgreement.ordinals?.length ?? 0);
        if (ordinal && (!agreement.items.length || openAgreement.ordinals?.length)) {
          const ordinals: string[] = [...(openAgreement.ordinals ?? []), ordinal];
          if (ordinals.length >= 2) facts[openAgreement.index] = { ...facts[openAgreement.index]!, items: ordinals };
          openAgreement = { index: openAgreement.index, sentencesLeft: 1, ordinals };
        }
        if (items.length >= 2 && !agreement.items.length) {
          const quote = trimQuote(text, { start: sentence.start, end: sentence.end - (sentenceText.endsWith("。") ? 1 : 0) });
          facts.push({ ...agreement, kind: "event", name: null, items: [], headline: agreement.text, text: statementOf(agreement.quote) });
          facts[openAgreement.index] = {
            ...agreement,
            quote: text.slice(quote.start, quote.end),
            start: quote.start,
            end: quote.end,
            items,
          };
          // The sentence after its contents may still give the day it was signed or promulgated (…に公布され).
          openAgreement = agreement.date?.precision === "day" ? null : { index: openAgreement.index, sentencesLeft: 1 };
          continue;
        }
      }

      const subjects = findSubjects(text, depths, sentence.start, sentence.end, lex);
      const speculative = block.kind === "body" && tellsNoHappening(sentenceText);
      const clauses = splitClauses(text, sentence, depths).map((span) =>
        describeClause(text, depths, span, dates, tokens),
      );
      // In a speaker's own words (a transcript's turn, a speech) a view needs no verb of saying:
      // 「…を強化していくことが重要です」 is the speaker's position.
      const last = clauses.at(-1);
      const view = ownWordsStance(sentenceText);
      if (last && !last.cue && !clauses.some((c) => c.cue) && view && (turnSpeaker || speechBy) && block.kind === "body") {
        const at = sentence.start + view.start;
        last.cue = { start: at, end: sentence.start + view.end, word: view.word, ownWords: true };
      }

      const before = facts.length;
      const segments = mergeSegments(clauses, text, sentence);
      const interviewed = interviewFrames(text, segments);
      if (block.kind === "body" && !speculative) {
        facts.push(...settingEvents(lex, text, depths, sentence, clauses, segments, paragraphTopic));
      }
      for (const raw of segments) {
        // "…11月末の…発射試験の成功を受けて「核戦力の完成」を標ぼう": the dated trigger is an event of its own.
        const [trigger, segment] = splitTrigger(text, depths, raw);
        if (trigger) {
          const quote = trimQuote(text, trigger);
          const topic = subjects.find((s) => s.strong && s.at < trigger.end)?.phrase ?? paragraphTopic;
          const mentioned = lex.find(text.slice(quote.start, quote.end)).flatMap((m) => m.actors);
          for (const d of uniqueDates(eventDatesOf(withoutRangeEnds(trigger.dates, text)))) {
            facts.push(makeFact(text, "event", quote, d.date, sidesOf(lex, topic, mentioned), null));
          }
        }
        if (segment.agreement) {
          const at = segment.agreement.at;
          const attached = segment.dates.some((d) => d.end <= at && /^の?$/.test(text.slice(d.end, at)) && !d.relative);
          const seen = seenAgreements.get(segment.agreement.name);
          // 1972年9月の「日中共同声明」 beats an earlier mention that only named it (本年は「日中共同声明」の…).
          if (!seen || (attached && !seen.attached)) {
            const fact = agreementFact(lex, text, sentence, segment, tables, table, lastDayDate, dates);
            if (!documentDate && fact.date && title.includes(segment.agreement.name)) documentDate = fact.date;
            if (seen) facts[seen.index] = fact;
            else facts.push(fact);
            seenAgreements.set(segment.agreement.name, { index: seen?.index ?? facts.length - 1, attached });
            if (!fact.items.length) openAgreement = { index: seen?.index ?? facts.length - 1, sentencesLeft: 2 };
            continue;
          }
        }
        // Rows of a table that lists an agreement's items are that agreement's content, not facts.
        if (table?.agreementName || speculative || segment.agreement) continue;
        const quote = trimQuote(text, segment);
        const mentions = lex.find(text.slice(quote.start, quote.end));
        const mentioned = mentions.flatMap((m) => m.actors);
        if (segment.cue) {
          // …の重要性が指摘されています: a saying in the passive names its speaker only as its agent (…からは, …により).
          // (…からの指示を頂いた, …から要請を受けた: what one received was said by the one it came from.)
          const passive = PASSIVE_AFTER_CUE.test(text.slice(segment.cue.end, segment.cue.end + 4)) || RECEIVED_AFTER_CUE.test(text.slice(segment.cue.end, segment.cue.end + 6));
          // In a speech or a turn, a commitment or view in the speaker's own words is theirs, whatever subject its
          // clause names (…新たなルール作りを日本が主導する経済外交…に焦点を当て、更に歩を進めていきます).
          const voice = turnSpeaker ?? speechBy;
          // 大臣は、…削減すると約束されました: one speaking of another person's words honours them with the passive form;
          // the one the sentence is about (Xは) said them.
          const honoured = passive && voice && !RECEIVED_AFTER_CUE.test(text.slice(segment.cue.end, segment.cue.end + 6))
            ? subjects.find((s) => text[s.at] === "は" && s.at >= sentence.start && s.at < segment.cue!.start && !FIRST_PERSON.test(s.phrase))?.phrase ?? null
            : null;
          const agent = passive ? AGENT.exec(text.slice(segment.start, segment.cue.start))?.[1] ?? honoured : null;
          // (…べきだと考えます, …と思っております: thinking told in the polite first person at the sentence's end is the
          // one speaking's own view, whatever topic the thought names — 日本は…を急ぐべきだと考えます.)
          const ownThought = voice !== null && THINKING.has(segment.cue.word) && ownWordsStance(text.slice(segment.cue.start, sentence.end)) !== null;
          // …国際社会から高く評価された、このように考え(ております): the passive is what the one speaking thinks.
          const thought = voice !== null && THOUGHT_AFTER.test(text.slice(segment.cue.end, segment.end));
          const named = passive && !thought ? agent : thought ? voice : (interviewed.get(segment) ?? ((segment.cue.ownWords || ownThought) && voice ? voice : (resolveSpeaker(lex, text, segment, sentence, subjects, paragraphTopic) ?? voice)));
          // 同氏は…と述べた: the speaker is the person 同氏 refers to, and their side.
          const reference = named ? lex.inRange(sentence.start, sentence.end).find((m) => m.kind === "reference" && m.form === named) : undefined;
          // 私(上川大臣)は…: the first person is the turn's or the speech's speaker, else the name it gives.
          const self = named ? FIRST_PERSON.exec(named) : null;
          const told_ = self ? (turnSpeaker ?? speechBy ?? self[1] ?? named) : (reference?.refersTo ?? named);
          // 総理は…とおっしゃいました in a record where 内閣総理大臣（山田太郎君） speaks: 山田太郎 said it.
          const holder = told_ && holders.size ? holderOfOffice(told_, holders) : null;
          const speaker = holder ?? told_;
          // The side the turn's office stands for (内閣総理大臣 → 政府) is the speaker's.
          const officeSides = turn && speaker === turn.speaker ? turn.sides : holder && told_ && /大臣|総理|首相/.test(told_) ? ["政府"] : [];
          const sides = reference ? [...new Set([...reference.actors, ...mentioned])] : [...new Set([...officeSides, ...sidesOf(lex, speaker, mentioned)])];
          // (A limit or a plan inside the statement — …を2020年までに全廃すると表明 — is not when it was said.)
          const found = segment.dates.find((d) => d.role === "primary") ?? segment.dates.find((d) => (d.role === "qualifying" && !d.ofObject) || d.role === "adnominal");
          // (本年…を務める日本として…打ち出したい, said in a press conference of 2023-09-16: the day it was said, not 2023.)
          const primary = found?.relative && documentDate && tellsLessThan(found.date, documentDate) ? { date: documentDate } : found;
          // 蓮舫氏は「…」、石丸伸二氏は「…」とそれぞれ訴えた: each speaker their own statement.
          const each = eachSpeaker(text, quote, segment.cue.start);
          if (each.length >= 2 && !passive) {
            for (const part of each) facts.push(makeFact(text, "position", part.span, primary?.date ?? null, sidesOf(lex, part.speaker, lex.find(part.speaker).flatMap((m) => m.actors)), part.speaker));
            continue;
          }
          // 「…」としつつ「…」とする疑問の声も上がっている: the statement ends where its speaker goes on to something else.
          const goesOn = /^(?:つつ|ながら)/.exec(text.slice(segment.cue.end)) ?? (/(?:つつ|ながら)$/.test(segment.cue.word) ? [""] : null);
          const span = goesOn && quote.end > segment.cue.end + goesOn[0].length + 2 ? { start: quote.start, end: segment.cue.end + goesOn[0].length } : quote;
          facts.push(makeFact(text, "position", span, primary?.date ?? null, sides, speaker));
          // What an interview drew out was said when the interview took place, which the sentence does not tell.
          // (So do the other statements of a sentence an interview frames: …としており、ある…関係者は「…」としつつ.)
          if ((interviewed.has(segment) || interviewed.size > 0) && !primary) timedElsewhere.add(facts.at(-1)!);
        } else {
          // In a turn, what the sentence tells with no subject of its own (…を訪問する予定でございます) the one speaking does.
          const topic = subjects.find((s) => s.strong && s.at < segment.end)?.phrase ?? paragraphTopic ?? turnSpeaker;
          // A dated clause that only describes or labels (…でした, …ものです, …ございます) narrates no happening.
          if (STATIVE_PREDICATE.test(text.slice(quote.start, quote.end).replace(/[。\s]+$/, ""))) continue;
          const found = uniqueDates(eventDatesOf(withoutRangeEnds(segment.dates, text)));
          // Under a date heading, a day that only times a qualifying clause (5日に行った練習で転倒し…棄権) yields to the heading's.
          // (…12日に行われた決勝で銅メダルを獲得している recalls that day: a perfect keeps the clause's date.)
          const recalls = /ている。?$|ていた。?$/.test(text.slice(quote.start, quote.end));
          const eventDates = sectionHeadingDate && !recalls && found.every((d) => d.role === "qualifying") ? [] : found;
          const onlyElsewhere = segment.dates.length > 0 && segment.dates.every((d) => d.role === "elsewhere");
          // …予定のフリーで、最終順位が決まる: timed only by a plan and told in the non-past, it has not happened.
          if (!eventDates.length && onlyElsewhere && /[うくすつぬむるぐぶ]。?$/.test(text.slice(quote.start, quote.end))) continue;
          if (!eventDates.length) {
            const actors = sidesOf(lex, subjects.find((s) => s.at < segment.end)?.phrase ?? topic, mentioned);
            facts.push(makeFact(text, "event", quote, null, actors, null));
            // Its only dates time something else (…までに, 法律第83号): no date from the paragraph either.
            // (Nor does a total counted over a span: 在任中に…5回輝いた.)
            if (segment.tally || (segment.dates.length && segment.dates.every((d) => d.role === "elsewhere"))) timedElsewhere.add(facts.at(-1)!);
          }
          for (const d of eventDates) {
            facts.push(makeFact(text, "event", quote, d.date, sidesOf(lex, topic, mentioned), null));
          }
        }
      }
      // Every agreement the sentence names with its date (1972年9月の「日中共同声明」及び1978年の「日中平和友好条約」).
      if (block.kind === "body") {
        for (const d of dates) {
          const named = /^の「([^「」]{2,30})」/.exec(text.slice(d.end, sentence.end));
          if (!named || d.relative || !AGREEMENT_NAME.test(named[1]!)) continue;
          const seen = seenAgreements.get(named[1]!);
          if (seen?.attached) continue;
          const quote = trimQuote(text, { start: sentence.start, end: sentence.end - (sentenceText.endsWith("。") ? 1 : 0) });
          const parties = partiesOf(lex, named[1]!, sentenceText) ?? lex.find(named[1]!).flatMap((m) => m.actors);
          const fact = { ...makeFact(text, "agreement", quote, d.date, parties, null), name: named[1]!, text: `「${named[1]!}」` };
          if (seen) facts[seen.index] = fact;
          else facts.push(fact);
          seenAgreements.set(named[1]!, { index: seen?.index ?? facts.length - 1, attached: true });
        }
      }
      // A sentence that narrates an undated happening (…が訪朝し，…と会見した。) is an event without a date.
      if (facts.length === before && block.kind === "body" && !speculative) {
        // Under a heading that dates it, a sentence needs no named subject to tell a happening (開会式が行われた).
        const event = undatedEvent(lex, text, sentence, subjects, sectionHeadingDate !== null);
        if (event) facts.push(event);
      }
      if (block.kind === "body" && !speculative) {
        facts.push(...parentheticalEvents(lex, text, { ...sentence, dates, cue: null, agreement: null }, dates, paragraphTopic));
      }

      // A happening the turn's first sentence tells keeps the label, which names who did it (【林外務大臣】まず、…を訪問する).
      if (sentence !== told) {
        for (let i = before; i < facts.length; i += 1) {
          const f = facts[i]!;
          if (f.kind === "event" && f.start === sentence.start) facts[i] = { ...f, ...makeFact(text, "event", { start: told.start, end: f.end }, f.date, f.actors, f.speaker) };
        }
      }
      // Only a topic (Xは) carries over to later sentences; Xが is local to its clause.
      const topic = subjects.filter((s) => text[s.at] === "は" && isSpeakerLike(s.phrase, lex)).at(-1);
      if (topic && lex.find(topic.phrase).length) paragraphTopic = topic.phrase;
      // A statement the text leaves undated was made when the paragraph's narration stands, else when the
      // document was issued (a speech, a press conference, a ruling). An event takes only a day the same
      // paragraph stated (the narration of one day); never the document's date — a wrong 「いつ」 card is
      // worse than none.
      if (pleadings.has(block)) {
        const events = facts.slice(before).filter((f) => f.kind === "event");
        facts.splice(before, facts.length - before, ...events);
        continue;
      }
      if (reasons.has(block)) {
        const stated = new Set(dates.filter((d) => d.role === "primary" && !startsPeriod(text, d)).map((d) => d.date.value));
        const recited = facts.slice(before).filter((f) => f.kind === "event" && f.date && stated.has(f.date.value));
        facts.splice(before, facts.length - before, ...recited);
        continue;
      }
      // …2010年のインタビューで…は「…」と述べ、「…」と指摘した: one occasion, so one date for the speaker's statements in it.
      for (let i = before; i < facts.length; i += 1) {
        const f = facts[i]!;
        if (f.kind !== "position" || f.date) continue;
        const dated = facts.slice(before).find((o) => o.kind === "position" && o.date && o.speaker === f.speaker);
        if (dated) facts[i] = { ...f, date: dated.date };
      }
      // …昨年3月に…スピーチを行う機会を頂き、…を目指すと申し上げました: a statement told in the past on the occasion an
      // earlier clause of the sentence dates was made then.
      if (PAST_SAYING.test(sentenceText)) {
        for (let i = before; i < facts.length; i += 1) {
          const f = facts[i]!;
          const occasion = f.kind === "position" && !f.date ? dates.filter((d) => d.role === "primary" && !d.approximate && d.end <= f.start).at(-1) : undefined;
          if (occasion) facts[i] = { ...f, date: occasion.date };
        }
      }
      // A view held for long (長年にわたり…批判もあった, かねてから…主張してきた) was made on no one day.
      const longHeld = LONG_HELD.test(sentenceText) || summarisesWhatStands(sentenceText);
      // News tells of the day its lead names (…が20日告示され) and appears a day or two later: the lead's day, not
      // the publication's, is when its undated statements were made.
      if (isFirstBlock && published && documentDate === published) {
        const leadDay = scanned.mentions.find((m) => m.date.precision === "day" && !m.approximate && daysBefore(m.date.value, published.value) !== null);
        if (leadDay) {
          documentDate = leadDay.date;
          news = true;
        }
      }
      // 本年 in a press conference of 2023-09-16 tells less than the day it was held: the finer date carries.
      const finer = paragraphDate && documentDate && tellsLessThan(paragraphDate, documentDate) ? documentDate : paragraphDate;
      // In a speech, what was said or done before (…とのご指示を頂き…邁進してきました) is not dated by the speech.
      const toldBefore = (turnSpeaker ?? speechBy) !== null && PAST_SAYING.test(sentenceText);
      const carried = longHeld ? null : (finer ?? (toldBefore ? null : documentDate));
      // The one speaking states a view or a commitment (…と考えております, …していきます) when they speak, not
      // when the paragraph's narration stands (一昨年の9月に就任…): the speech's own date, or none.
      const voice = turnSpeaker ?? speechBy;
      const saidNow = voice !== null && block.kind === "body" && !PAST_SAYING.test(sentenceText);
      const heldNow = (f: ExtractedFact) => saidNow && f.kind === "position" && !f.date && f.speaker === voice && !timedElsewhere.has(f);
      for (let i = before; i < facts.length; i += 1) if (heldNow(facts[i]!)) facts[i] = { ...facts[i]!, date: documentDate };
      if (carried) {
        for (let i = before; i < facts.length; i += 1) {
          if (facts[i]!.date || timedElsewhere.has(facts[i]!) || heldNow(facts[i]!)) continue;
          if (facts[i]!.kind === "position") facts[i] = { ...facts[i]!, date: news && recalledLongBefore(carried, documentDate) ? documentDate : carried };
          else if (facts[i]!.kind === "event" && paragraphDate && (paragraphDate.precision === "day" || paragraphDate === sectionHeadingDate) && !(paragraphDate === sectionHeadingDate && looksBack(sentenceText))) {
            facts[i] = { ...facts[i]!, date: paragraphDate };
          }
        }
      }
      const lastDay = scanned.mentions.filter((m) => m.date.precision === "day" && !m.approximate).at(-1);
      if (lastDay) lastDayDate = lastDay.date;
      const lastStated = scanned.mentions.filter((m) => !m.approximate && !insideQuote(sentenceText, m.start)).at(-1);
      // Under a heading that dates the section, a day a sentence mentions in passing (12日に行われた決勝で…獲得している) does not re-date the next one.
      if (lastStated && !sectionHeadingDate) paragraphDate = lastStated.date;
    }
    sectionDay = paragraphDate?.precision === "day" ? paragraphDate : null;
  }
  attachListedContents(facts, listedContents(text, doc.blocks), title);
  return dedupe(facts).sort(compareFacts);
}

function sidesOf(lex: ActorLexicon, speaker: string | null, mentioned: string[]): string[] {
  const side = speaker ? lex.sideOf(speaker) : null;
  const speakerSides = speaker ? lex.find(speaker).flatMap((m) => m.actors) : [];
  return [...new Set([...(side ? [side] : []), ...speakerSides, ...mentioned])];
}

/** Meetings named as the setting of a statement or act: 「2月に…がベトナムで行った首脳会談では」. */
function settingEvents(
  lex: ActorLexicon,
  text: string,
  depths: Uint8Array,
  sentence: Span,
  clauses: Clause[],
  segments: Segment[],
  paragraphTopic: string | null,
): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  for (const m of sentenceText.matchAll(SETTING_EVENT)) {
    const at = sentence.start + m.index;
    if (depths[at] !== 0) continue;
    const clause = clauses.find((c) => at >= c.start && at < c.end);
    if (!clause) continue;
    const span = trimQuote(text, { start: clause.start, end: at + m[0].length });
    const inside = clause.dates.filter((d) => d.start >= span.start && d.end <= span.end);
    // Dated in the span itself, else by the statement it is the setting of (…において…表明する（9月）).
    const segment = segments.find((g) => at >= g.start && at < g.end);
    const date = (inside[0] ?? eventDatesOf(segment?.dates ?? clause.dates)[0])?.date ?? null;
    const mentioned = lex.find(text.slice(span.start, span.end)).flatMap((a) => a.actors);
    const sides = mentioned.length ? mentioned : sidesOf(lex, paragraphTopic, []);
    out.push(makeFact(text, "event", span, date, [...new Set(sides)], null));
  }
  return out;
}

/** Happenings told in a parenthesis of their own, dated by the segment around them. */
function parentheticalEvents(
  lex: ActorLexicon,
  text: string,
  segment: Segment,
  sentenceDates: RoledDate[],
  paragraphTopic: string | null,
): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  const segmentText = text.slice(segment.start, segment.end);
  for (const m of segmentText.matchAll(PAREN_EVENT)) {
    const start = segment.start + m.index + 1 + m[1]!.length;
    const span = { start, end: start + m[2]!.length };
    const inside = sentenceDates.filter((d) => d.start >= span.start && d.end <= span.end);
    // Dated inside, else by the nearest date before it (9月の…を招請するなど…（実際には…訪朝）).
    const outside = segment.dates.filter((d) => d.end <= span.start && !d.approximate).at(-1);
    const date = (inside[0] ?? outside)?.date ?? null;
    const mentioned = lex.find(m[2]!).flatMap((a) => a.actors);
    out.push(makeFact(text, "event", span, date, sidesOf(lex, paragraphTopic, mentioned), null));
  }
  return out;
}

/** One event for a sentence whose past-tense main predicate narrates what a side did, with no date given. */
function undatedEvent(
  lex: ActorLexicon,
  text: string,
  sentence: Span,
  subjects: ReturnType<typeof findSubjects>,
  timedBySection = false,
): ExtractedFact | null {
  // The main predicate comes before a closing aside: …を北京に招いた（実際には…）。
  const aside = /[（(][^（）()]*[）)]。?$/.exec(text.slice(sentence.start, sentence.end));
  const end = aside ? sentence.start + aside.index : sentence.end;
  const sentenceText = text.slice(sentence.start, end);
  if (!PAST_PREDICATE.test(sentenceText) || NOT_EVENT_PREDICATE.test(sentenceText)) return null;
  if (!timedBySection && !subjects.some((s) => s.at < end)) return null;
  const quote = trimQuote(text, { start: sentence.start, end: end - (sentenceText.endsWith("。") ? 1 : 0) });
  const mentioned = lex.find(text.slice(quote.start, quote.end)).flatMap((m) => m.actors);
  return makeFact(text, "event", quote, null, sidesOf(lex, subjects[0]?.phrase ?? null, mentioned), null);
}

/** A year or month that holds the document's day (本年 beside 2023-09-16): it says less about when. */
function tellsLessThan(date: FactDate, day: FactDate): boolean {
  return date.precision !== "day" && day.value.startsWith(date.value);
}

/**
 * A news report recalls the background (2024年3月に…爆発事故が起きた) and then quotes today's reactions: a date
 * more than a month before the report's own day is what was recalled, not when its undated statements were made.
 */
function recalledLongBefore(carried: FactDate, day: FactDate | null): boolean {
  return day !== null && Date.parse(day.value) - Date.parse(carried.value) > 31 * 86_400_000;
}

/** Days from a date to a later one, when it is 1 or 2 (a news article's lead day before its publication). */
function daysBefore(value: string, published: string): number | null {
  const days = (Date.parse(published) - Date.parse(value)) / 86_400_000;
  return days >= 1 && days <= 2 ? days : null;
}

function dedupe(facts: ExtractedFact[]): ExtractedFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.kind}|${f.start}|${f.end}|${f.date?.value ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compareFacts(a: ExtractedFact, b: ExtractedFact): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    a.kind.localeCompare(b.kind) ||
    (a.date?.value ?? "").localeCompare(b.date?.value ?? "")
  );
}
