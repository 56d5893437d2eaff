// Who holds a statement: the speaker of a clause's saying verb, found from the cue outwards (a name after it,
// the clause's topic or subject, the sentence's opening topic, the paragraph's), the one an interview frames, and
// each of several speakers listed before one saying verb.
import type { ActorLexicon } from "./actors";
import type { Segment } from "./clauses";
import type { Span } from "./segment";
import { findSubjects, phraseBefore, speakerAfterCue } from "./speaker";

/** Xに取材したところ、「…」としており: the interview frames what X said; it is no happening of its own. */
const INTERVIEW_FRAME = /(?:に|へ)(?:取材|問い合わせ|質問|聞き取り|聴取)(?:を)?(?:し|行っ)たところ[、，,]?$/;

/**
 * Segments that only frame the reported statement after them (…の関係者に取材したところ、「…」としており): each
 * joins the statement, whose speaker is the one interviewed. Returns the speaker per joined segment.
 */
export function interviewFrames(text: string, segments: Segment[]): Map<Segment, string> {
  const speakers = new Map<Segment, string>();
  for (let i = 0; i + 1 < segments.length; i += 1) {
    const frame = segments[i]!;
    const next = segments[i + 1]!;
    const m = INTERVIEW_FRAME.exec(text.slice(frame.start, frame.end).trimEnd());
    if (!m || frame.cue || frame.dates.length || !next.cue) continue;
    const who = phraseBefore(text, frame.start + m.index).replace(/^(?:ある|その|この|同)/, "");
    if (who.length < 2) continue;
    next.start = frame.start;
    segments.splice(i, 1);
    speakers.set(next, who);
  }
  return speakers;
}

export function resolveSpeaker(
  lex: ActorLexicon,
  text: string,
  segment: Segment,
  sentence: Span,
  subjects: ReturnType<typeof findSubjects>,
  paragraphTopic: string | null,
): string | null {
  const cue = segment.cue!;
  const after = speakerAfterCue(text, cue.end, lex);
  if (after) return after;
  const before = subjects.filter((s) => s.at < cue.start);
  const inSegment = before.filter((s) => s.at >= segment.start);
  const isTopic = (s: { at: number }) => text[s.at] === "は" || text[s.at] === "も";
  // Reported speech (…と指摘した) nests its own topics: the speaker is the outermost, first one.
  const quotative = /(?:と|旨|との|とも|などと)$/.test(text.slice(Math.max(sentence.start, cue.start - 4), cue.start));
  const topics = inSegment.filter(isTopic);
  // A topic (Xは) outranks a subject (Xが，): 北朝鮮は，…ロシア側が，「…」などとアピールした.
  const pick =
    (quotative ? topics[0] : topics.at(-1)) ??
    inSegment.filter((s) => s.strong).at(-1) ??
    before.filter(isTopic).at(-1) ??
    before.filter((s) => s.strong).at(-1);
  // …民政党は斎藤に離党を勧告したが、斎藤は断固拒否した: a clause with a topic of its own nearer the cue is
  // that topic's, even when the lexicon does not know the name.
  const own = [...text.slice(segment.start, cue.start).matchAll(/(?:^|[、，,])([\p{Script=Han}\p{Script=Katakana}ー・]{2,12})は[、，,]?/gu)].at(-1);
  const ownAt = own ? segment.start + own.index! + own[0].lastIndexOf("は") : -1;
  if (own && !quotative && !lex.find(own[1]!).length && (!pick || ownAt > pick.at)) return own[1]!;
  if (pick) return pick.phrase;
  // A bare Xが is the speaker only when nothing embeds it: not 「Xが…」と, Xが…ことを, Xが…よう(に), Xが…旨.
  const weak = inSegment.at(-1) ?? before.at(-1);
  if (weak && !quotative && !/ことを|必要性?を|よう|旨|」/.test(text.slice(weak.at, cue.start))) return weak.phrase;
  // A sentence that opens on a topic of its own (熊代昭彦は…と予想していた) is not the paragraph's speaker's,
  // even when that topic is no name the lexicon knows.
  const opening = /^([^、，,「」（）()]{2,20}?)は[、，,]?/.exec(text.slice(sentence.start, cue.start).replace(CONNECTIVE_OPENING, ""));
  // …を掲示した候補は、…「…」と話したという: one who talks is a speaker, whatever words name them.
  if (opening && SPEAKING.has(cue.word)) {
    const who = opening[1]!.replace(/^(?:この|その|同)/, "");
    if (/[\p{Script=Han}\p{Script=Katakana}]$/u.test(who) && !NOT_A_SPEAKER.test(who) && !isTopicOnly(who)) return who;
  }
  if (opening) return null;
  return paragraphTopic;
}

/** Verbs of talking: their subject is someone who speaks (…と話した, …と語った, …と述べた). */
const SPEAKING = new Set(["話す", "語る", "述べる", "明かす", "答える", "申し上げる", "申し述べる"]);
/** A topic that is a time, an event or a matter, not someone (今回は, 会談は, 問題は). */
const NOT_A_SPEAKER = /(?:[年月日時回度間]|今|後|前|中|会談|会議|関係|問題|情勢|計画|制度|結果)$/;
const isTopicOnly = (phrase: string) => /^(?:これ|それ|あれ|ここ|今回|今日|本日|当時)$/.test(phrase);

const CONNECTIVE_OPENING = /^(?:しかし|また|さらに|なお|ただし|一方|そして|これに対し)[、，,]?/;

/** Speakers with a quotation each, listed before one saying verb: Xは「…」、Yも…「…」、Zは「…」と(それぞれ)訴えた. */
export function eachSpeaker(text: string, quote: Span, cueStart: number): Array<{ speaker: string; span: Span }> {
  const body = text.slice(quote.start, cueStart);
  const out: Array<{ speaker: string; span: Span }> = [];
  for (const m of body.matchAll(/(?:^|[、，])(?:[^、，「」]{0,12}の)?([\p{Script=Han}\p{Script=Katakana}ー・々]{2,14})(?:は|も)[、，]?[^「」、，]{0,40}?「[^「」]{2,}」/gu)) {
    const start = quote.start + m.index! + (/^[、，]/.test(m[0]) ? 1 : 0);
    out.push({ speaker: m[1]!, span: { start, end: quote.start + m.index! + m[0].length } });
  }
  return out;
}
