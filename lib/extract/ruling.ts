// Court judgments (判決): their facts are the disposition (主文) and the reasoning (理由), which state the
// court's findings without any verb of saying. Every Japanese judgment has these two sections, so the
// structure, not the subject, tells this pass where the decision and the arguments are; within 理由 the
// judgment's outline of labels (第1 控訴の趣旨, 3 当審における控訴人の主張, 第3 当裁判所の判断) tells whose words follow.
import type { CleanedDocument, ExtractedFact, FactDate, TextBlock } from "@/lib/facts/types";
import { makeFact, trimQuote } from "./build-fact";
import { scanDates } from "./dates";
import { bracketDepths, splitSentences, type Span } from "./segment";

/**
 * Whose words a passage of the reasons gives. A judgment's own outline says it: the court's (当裁判所の判断),
 * a party's arguments (控訴人の主張, 被控訴人の答弁), a party's demands (控訴の趣旨, 請求の趣旨), or the court's
 * telling of the case (事案の概要, 前提事実), which states no finding of its own.
 */
export type RulingVoice =
  | { kind: "court" }
  | { kind: "summary" }
  | { kind: "claim"; party: string }
  | { kind: "demand"; party: string };

export interface RulingSections {
  /** Body blocks of 主文: what the court ordered. */
  disposition: TextBlock[];
  /** Body blocks of 理由 up to the judges' list or a separate opinion. */
  reasons: TextBlock[];
  /** Body blocks of an older judgment's 事実 (the case and the pleadings): read as prose for their happenings too. */
  told: TextBlock[];
  /** Body blocks of 理由 that state a party's demands (控訴の趣旨): they recite acts, they tell no happening. */
  demands: TextBlock[];
  /** Whose words each body block of 理由 gives. */
  voices: Map<TextBlock, RulingVoice>;
}

const squeeze = (s: string) => s.replace(/[\s　]+/g, "");
/** Headings that end the reasoning: the bench, a judge's separate opinion, annexes — not a label that names a party's 意見. */
const AFTER_REASONS = /裁判官|別紙|目録|別表|(?:補足|反対|少数|多数|個別)意見/;

export function findRulingSections(doc: CleanedDocument): RulingSections | null {
  const blocks = [...doc.blocks].sort((a, b) => a.start - b.start);
  const headingAt = (name: string) =>
    blocks.findIndex((b) => (b.kind === "heading" || b.kind === "body") && squeeze(doc.text.slice(b.start, b.end)) === name);
  const main = headingAt("主文");
  const reasonsAt = Math.max(headingAt("理由"), headingAt("事実及び理由"));
  if (main < 0 || reasonsAt < main) return null;
  const until = (from: number, stop: (b: TextBlock) => boolean) => {
    const out: TextBlock[] = [];
    for (const b of blocks.slice(from + 1)) {
      if (stop(b)) break;
      out.push(b);
    }
    return out;
  };
  // An older judgment tells the case and each side's pleadings under 事実 before its 理由: those passages are
  // voiced by their labels too, the court's telling of the case by default (it finds nothing there).
  const factsAt = headingAt("事実");
  const told = factsAt > main && factsAt < reasonsAt ? blocks.slice(factsAt + 1, reasonsAt) : [];
  const dispositionEnd = blocks[told.length ? factsAt : reasonsAt]!.start;
  const disposition = until(main, (b) => b.kind === "heading" || b.start >= dispositionEnd).filter((b) => b.kind === "body");
  const outline = until(reasonsAt, (b) => b.kind === "heading" && AFTER_REASONS.test(doc.text.slice(b.start, b.end)));
  const voices = new Map([...voicesOf(doc.text, told, SUMMARY), ...voicesOf(doc.text, outline, COURT)]);
  const reasons = [...told, ...outline].filter((b) => b.kind === "body");
  return {
    disposition,
    reasons,
    told: told.filter((b) => b.kind === "body" && voices.get(b)?.kind !== "demand"),
    demands: reasons.filter((b) => voices.get(b)?.kind === "demand"),
    voices,
  };
}

const COURT: RulingVoice = { kind: "court" };
const SUMMARY: RulingVoice = { kind: "summary" };
/** The sides of a judgment, the longer name first (被控訴人 before 控訴人, 被告人 before 被告). */
const PARTY =
  "附帯控訴人|被控訴人|控訴人|被上告人|上告人|抗告人|被申立人|申立人|被申請人|申請人|被告人|被告|原告|相手方|債権者|債務者|検察官|弁護人|参加人|当事者";
const PARTIES = new RegExp(`(${PARTY})(?:ら|等)?`, "g");
/** Whether a name is a side of a judgment (控訴人, 被告ら). */
export const isParty = (name: string) => new RegExp(`^(?:${PARTY})(?:ら|等)?$`).test(name);
/** The side across from each party. */
const OPPOSITE: Record<string, string> = {
  原告: "被告", 被告: "原告", 控訴人: "被控訴人", 被控訴人: "控訴人", 上告人: "被上告人", 被上告人: "上告人",
  申立人: "相手方", 申請人: "被申請人", 被申請人: "申請人", 債権者: "債務者", 債務者: "債権者",
};
/** Who asks in each kind of demand (控訴の趣旨 → 控訴人), and who answers it. */
const DEMANDER: Array<[RegExp, string, string]> = [
  [/附帯控訴/, "附帯控訴人", "附帯被控訴人"],
  [/控訴/, "控訴人", "被控訴人"],
  [/上告/, "上告人", "被上告人"],
  [/抗告/, "抗告人", "相手方"],
  [/請求/, "原告", "被告"],
  [/申立て?/, "申立人", "相手方"],
  [/申請/, "申請人", "被申請人"],
];

/** 第1 > 1 > （1） > ア > （ア）: the numbering of a label gives its level; an unnumbered label is a section. */
const NUMBERING: Array<[RegExp, number]> = [
  [/^第[0-9０-９一二三四五六七八九十百]+(?![条項号章節款編])/, 1],
  [/^[0-9０-９]+(?=[　 .．、]|$)/, 2],
  [/^[一二三四五六七八九十]+(?=[　 、]|$)/, 2],
  [/^(?:[（(][0-9０-９一二三四五六七八九十]+[）)]|〔[0-9０-９]+〕)/, 3],
  [/^[ア-ン](?=[　 ]|$)/, 4],
  [/^[（(][ア-ンａ-ｚa-z][）)]/, 5],
];

/** Parenthetical asides, 「…」 and 〔…〕 markers out of a label: （本件回答の行政処分性）, （略語は…）. */
function withoutAsides(label: string): string {
  let out = label;
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(/[（(][^（）()]*[）)]/g, "");
  }
  return out;
}

/** A label: a heading, or a short line with no sentence in it (第2　原告の主張, 上告理由第一点について。). */
function labelOf(text: string, block: TextBlock): { level: number; name: string } | null {
  let line = text.slice(block.start, block.end).trim();
  if (block.kind !== "heading") {
    const bare = withoutAsides(squeeze(line)).replace(/(?<=について)。$/, "");
    if (bare.length > 30 || bare.includes("。") || bare.length === 0) return null;
  }
  let level = 1;
  for (const [mark, at] of NUMBERING) {
    const m = mark.exec(line);
    if (m) {
      level = at;
      line = line.slice(m[0].length);
      break;
    }
  }
  return { level, name: withoutAsides(squeeze(line)).replace(/^[.．、]/, "").replace(/。$/, "") };
}

const partyOf = (voice: RulingVoice) => (voice.kind === "claim" || voice.kind === "demand" ? voice.party : null);

/** Whose words a label opens, in the section it sits in (parent). */
export function voiceOfLabel(name: string, parent: RulingVoice): RulingVoice {
  // 控訴人の主張（1）に対して, 上告理由第一点について: a point within the section, in its voice.
  if (/(?:について|に対して|に関して)$/.test(name) || name === "") return parent;
  if (/^当裁判所|(?:判断|認定)$/.test(name)) return COURT;
  // …控訴人の主張に対する被控訴人の答弁: the last party named before the word is the one who speaks.
  const named = [...name.matchAll(PARTIES)].at(-1)?.[1] ?? null;
  const demander = DEMANDER.find(([kind]) => kind.test(name));
  // 請求原因 / 抗弁 / 再抗弁 and the other side's 認否 of each: the plaintiff and the defendant in turn.
  const pleading = /^(請求(?:の)?原因|抗弁|再抗弁|再々抗弁)(に対する認否)?$/.exec(name);
  if (pleading) {
    const byPlaintiff = pleading[1] !== "抗弁" && pleading[1] !== "再々抗弁";
    return { kind: "claim", party: named ?? (byPlaintiff === !pleading[2] ? "原告" : "被告") };
  }
  // 第1 請求 (a district court's heading for the claim), 控訴の趣旨, 当事者の求めた裁判.
  if (/(?:趣旨|求めた裁判|求める裁判)$|^(?:請求|控訴|上告|抗告|申立て?|申請)$/.test(name)) return { kind: "demand", party: named ?? demander?.[1] ?? partyOf(parent) ?? "当事者" };
  // 被告の主張に対する反論: an answer to one side's argument, with no other side named, is the other side's.
  const answered = new RegExp(`^(${PARTY})(?:ら|等)?の.{0,14}?に対する(?:反論|再反論|答弁|認否|反駁)(?:の要旨|要旨)?$`).exec(name);
  const sidesNamed = [...name.matchAll(PARTIES)].length;
  if (answered && sidesNamed === 1 && OPPOSITE[answered[1]!]) return { kind: "claim", party: OPPOSITE[answered[1]!]! };
  if (/(?:主張|答弁|反論|再反論|意見|弁解|認否|趣意)(?:の要旨|の骨子|要旨|等)?$/.test(name)) {
    // 控訴の趣旨に対する答弁: what the other side asks for.
    if (!named && demander && /趣旨に対する答弁$/.test(name)) return { kind: "demand", party: demander[2] };
    return { kind: "claim", party: named ?? partyOf(parent) ?? "当事者" };
  }
  // 一 申請人 under 当事者の求めた裁判: that party's demands (or arguments).
  if (named && new RegExp(`^(?:${PARTY})(?:ら|等)?$`).test(name)) return { kind: parent.kind === "demand" ? "demand" : "claim", party: named };
  if (/事案の概要|前提(?:と|となる)?事実|争いのない事実|基礎となる事実|事実関係|^争点$|経過$/.test(name)) return { kind: "summary" };
  return parent;
}

/** Each body block's voice: a label holds until the next label of the same or a higher level. */
function voicesOf(text: string, outline: TextBlock[], opening: RulingVoice): Map<TextBlock, RulingVoice> {
  const voices = new Map<TextBlock, RulingVoice>();
  const open: Array<{ level: number; voice: RulingVoice }> = [];
  for (const block of outline) {
    const label = labelOf(text, block);
    if (label) {
      while (open.length && open.at(-1)!.level >= label.level) open.pop();
      open.push({ level: label.level, voice: voiceOfLabel(label.name, open.at(-1)?.voice ?? opening) });
    } else if (block.kind === "body") {
      voices.set(block, open.at(-1)?.voice ?? opening);
    }
  }
  return voices;
}

/** …の翌日から起算して15日以内, 平成28年2月25日から支払済みまで: a date that starts a period dates no happening. */
export function startsPeriod(text: string, date: Span): boolean {
  return /^(?:から|より)[、，]?(?:起算して|支払済み|支払ずみ|完済)/.test(text.slice(date.end, date.end + 10));
}

/** The court as a side: 最高裁判所, 東京高等裁判所, 大阪地方裁判所 … from the title, else the text. */
export function courtOf(title: string | null | undefined, text: string): string {
  const court = /[\p{Script=Han}]{0,4}?(?:高等|地方|家庭|簡易)裁判所|最高裁判所/u;
  const found = court.exec(title ?? "")?.[0] ?? court.exec(text)?.[0] ?? "裁判所";
  // 令和3年5月10日判決言渡東京地方裁判所: the words before the court's name are no part of it.
  return found.replace(/^.*(?:言渡し?|判決|決定|宣告)/, "");
}

/** The party whose arguments the reasons answer: 上告人, 控訴人, 抗告人 … (not 被上告人). */
export function appellantOf(text: string): string {
  // A criminal appeal: 本件控訴の趣意は、弁護人某作成の控訴趣意書記載のとおり → the defence argues.
  const criminal = /(弁護人|検察官)[^。、]{0,20}?作成の(?:控訴|上告)趣意書/.exec(text);
  if (criminal) return criminal[1]!;
  return /(?<!被)(上告人|控訴人|抗告人|申立人)/.exec(text)?.[1] ?? "上告人";
}

/** A sentence that reports the appellant's argument: 論旨は…, 所論は…. */
const ARGUMENT_OPENER = /^(?:(?:しかし|なお|また)[、，])?(?:論旨|所論|上告理由|控訴理由|抗告理由)は[、，]?(?:要するに[、，]?)?/;
/** How the court answers an argument it reports: 採用することができない, 理由がない, 失当である. */
const VERDICT_ON_ARGUMENT = /(?:採用することができない|採用できない|採用し得ない|理由がない|失当である|採るを得ない|当たらない|当らない|すぎない|過ぎない)。?$/;
/** A finding stated by the court: 違法である, …とはいい得ない, 首肯するに足る, 採るを得ない … */
const FINDING_ENDING =
  /(?:である|であり|ない|得ない|足る|過ぎない|相当とする|べきである|ならない|当らない|当たらない|明らかである|解される|認められる)(?:のである)?。?$/;
/** 原審は、…を却下し、その他の請求を棄却した(ところ): the decision of the court below, up to where the story goes on. */
const LOWER_COURT_DECIDED = /^(原審|原判決|第一審|原裁判所)は[、，][^。]*?(?:棄却|却下|認容|取り消|変更|破棄)(?:し|され)た(?=ところ|ため|から|ので|が[、，]|$)/;
/** A party argues in more ways than a court finds: …を行うべきであった, …負担を強いることになる. */
const CLAIM_ENDING = /(?:べきであった|ことになる)。?$/;
/** Section labels (上告理由第二点について。), the closing formula (主文のとおり判決する) and a pointer to what
 * follows (次の事実が一応認められる) are no findings. */
const NOT_A_FINDING = /について。?$|主文のとおり|(?:次|以下)のとおり|(?:次|以下)の(?:各)?事実(?:が|を)/;
/** How a court weighs evidence (他に右認定を左右するに足る証拠はない, …は当事者間に争いがない): procedure, not a holding —
 * unlike …と認めるに足りる証拠はない, which holds the claim unproven. */
const EVIDENCE_FORMULA = /(?:左右する|覆す|動かす)に足り?る(?:的確な|確たる|十分な)?(?:証拠|資料)(?:は|も)(?:存しない|ない)(?:のである)?。?$|当事者間に争いが(?:ない|ないところである)。?$/;
/** 原告の主張は失当である: a verdict naming an argument only by whose it is says nothing a learner can study. */
const BARE_VERDICT = new RegExp(
  `^[^、。]{0,12}?(?:${PARTY})(?:ら|等)?の(?:[^、。]{0,8}?)(?:主張|論旨|所論|抗弁)(?:は|も)[、，]?(?:いずれも)?(?:理由がなく[、，]?)?(?:失当|理由がない|採用(?:でき|することができ)ない)`,
);
/** Costs orders are procedure, not the decision a learner studies. */
const COSTS = /費用/;

/**
 * Facts of a judgment: each order of 主文 is an event of the court on the judgment date. In 理由, each passage
 * speaks in the voice its label gives: the court's findings are its positions on the judgment date (and the
 * appellant's arguments it reports, 論旨は…); a party's arguments and demands are that party's undated
 * positions; the telling of the case gives only what the court below decided. A finding's quote is its last
 * clause with the topic it speaks of, where a judgment puts its conclusion (…手続であり、この両者は…ものではない).
 */
export function rulingFacts(
  doc: CleanedDocument,
  sections: RulingSections,
  ctx: { title?: string | null; publishedAt?: FactDate | null },
): ExtractedFact[] {
  const text = doc.text;
  const depths = bracketDepths(text);
  const court = courtOf(ctx.title, text);
  const appellant = appellantOf(text);
  const date = ctx.publishedAt ?? (ctx.title ? (scanDates(ctx.title).mentions.find((m) => m.date.precision === "day")?.date ?? null) : null);
  const facts: ExtractedFact[] = [];
  const sentencesOf = (b: TextBlock) => splitSentences(text, b.start, b.end, { depths });

  for (const block of sections.disposition) {
    for (const sentence of sentencesOf(block)) {
      const said = text.slice(sentence.start, sentence.end);
      if (COSTS.test(said) || said.trim().length < 4) continue;
      facts.push(makeFact(text, "event", withoutStop(text, sentence), date, [court], null));
    }
  }
  // Whose words a passage of the reasons gives: the judgment's outline says (voicesOf).
  for (const block of sections.reasons) {
    const voice = sections.voices.get(block) ?? COURT;
    // The court telling the case (事案の概要) states no finding; its happenings are read as prose, but for
    // what the court below decided, which a judgment tells undated (原審は、…訴えを却下し、…請求を棄却した).
    if (voice.kind === "summary") {
      for (const sentence of sentencesOf(block)) {
        const span = withoutStop(text, sentence);
        const below = LOWER_COURT_DECIDED.exec(text.slice(span.start, span.end));
        if (below) facts.push(makeFact(text, "event", { start: span.start, end: span.start + below[0].length }, null, [below[1]!], null));
      }
      continue;
    }
    if (voice.kind === "demand") {
      for (const sentence of sentencesOf(block)) facts.push(...demandFacts(text, withoutStop(text, sentence), voice.party));
      continue;
    }
    const holder = voice.kind === "claim" ? voice.party : court;
    for (let sentence of sentencesOf(block)) {
      // …しなければならないのである（同法二〇九条参照）。: the citation after the finding is no part of it.
      const cited = /[（(][^（）()]*[）)]。?$/.exec(text.slice(sentence.start, sentence.end));
      if (cited) sentence = { start: sentence.start, end: sentence.end - cited[0].length };
      const said = text.slice(sentence.start, sentence.end).trim();
      if (NOT_A_FINDING.test(said) || EVIDENCE_FORMULA.test(said) || BARE_VERDICT.test(said)) continue;
      const opener = voice.kind === "court" ? ARGUMENT_OPENER.exec(said) : null;
      // 論旨は、ひつきよう…を非難するものにすぎず、採用することができない: the court's verdict on the argument.
      if (opener && !VERDICT_ON_ARGUMENT.test(said)) {
        const span = trimQuote(text, { start: sentence.start + (text.slice(sentence.start).indexOf(opener[0]) + opener[0].length), end: stopAt(text, sentence) });
        if (span.end - span.start < 16) continue;
        const fact = makeFact(text, "position", span, date, [appellant], appellant);
        facts.push({ ...fact, content: fact.text });
        continue;
      }
      // 論旨は理由がない, それ故論旨は採るを得ない: the verdict on an argument says nothing alone.
      const stated = FINDING_ENDING.test(said) || (voice.kind === "claim" && CLAIM_ENDING.test(said));
      if (!stated || (said.length < 30 && /論旨|所論/.test(said))) continue;
      const span = findingSpan(text, depths, withoutStop(text, sentence));
      if (!span || span.end - span.start < 10) continue;
      // A party's argument names the side it blames (被控訴人は…を怠った): both are its actors; the court speaks for itself.
      const actors = voice.kind === "court" ? [holder] : [holder, ...partiesIn(text.slice(span.start, span.end)).filter((p) => p !== holder)];
      const fact = makeFact(text, "position", span, voice.kind === "court" ? date : null, actors, holder);
      facts.push({ ...fact, content: fact.text });
    }
  }
  return facts;
}

/** The sides a passage names, in order (被控訴人は、控訴人に対し → 被控訴人, 控訴人). */
function partiesIn(said: string): string[] {
  return [...new Set([...said.matchAll(PARTIES)].map((m) => m[1]!).filter((p) => p !== "当事者"))];
}

/** 原判決を取り消す, …を支払え: what a party asks the court to order. */
const ORDER_ASKED = /(?:を取り消す|を取消す|の取消しを求める|を無効とする|を確認する|を命ずる|を棄却する|を却下する|を求める|せよ|[えせ])$/;
/** 主文と同旨, 本件控訴を棄却する, 原判決を取り消す: the formulas every appeal has are no demand to study. */
const NO_DEMAND = /同旨|費用|^本件(?:控訴|上告|抗告|申請|申立て)を(?:棄却|却下)する$|^原(?:判決|決定|審判|審)を取り消す$/;

/**
 * A party's demand (控訴の趣旨, 請求の趣旨) is that party's position, never a happening; the dates it cites
 * date nothing but the act it asks to undo (被控訴人が平成26年8月25日付けでした…処分を取り消す), which is an
 * event of its own: the party's act up to the word of the demand. Interest (…から支払済みまで) dates nothing.
 */
function demandFacts(text: string, span: Span, party: string): ExtractedFact[] {
  const said = text.slice(span.start, span.end);
  if (said.length < 8 || NO_DEMAND.test(said) || !ORDER_ASKED.test(said)) return [];
  const demand = makeFact(text, "position", span, null, [party, ...partiesIn(said).filter((p) => p !== party)], party);
  const facts: ExtractedFact[] = [{ ...demand, content: demand.text }];
  const act = citedAct.exec(said);
  const dated = act ? scanDates(act[2]!).mentions.find((m) => m.date.precision === "day" && !m.relative) : undefined;
  if (act && dated) {
    // The act's own words after its date (菰観農発第1257号による…決定): its side and date are the fact's fields.
    const start = span.start + act.index + act[0].indexOf(act[2]!) + act[2]!.length;
    facts.push(makeFact(text, "event", { start, end: span.start + act.index + act[0].length }, dated.date, [act[1]!], null));
  }
  return facts;
}

/** 被控訴人が平成26年11月18日付けでした…決定(を取り消す): the act a demand cites, by the side that did it. */
const citedAct = new RegExp(
  `(${PARTY})(?:ら)?が[、，]?((?:[明大昭平令][^、。付]{1,12}|[0-9０-９]{4}年[^、。付]{1,8})付け?(?:で(?:した|された)?|を?もって(?:した|された)?|を以て(?:した)?)?)[^。]*?(?=を(?:取り消|取消)|の取消し)`,
);

function stopAt(text: string, sentence: Span): number {
  return text[sentence.end - 1] === "。" ? sentence.end - 1 : sentence.end;
}

function withoutStop(text: string, sentence: Span): Span {
  const span = trimQuote(text, { start: sentence.start, end: stopAt(text, sentence) });
  // ア　…, イ「…」: a judgment's item mark is no part of the statement.
  const mark = /^[ア-ン](?:[　 ]+|(?=[「『]))/.exec(text.slice(span.start, span.end));
  return mark ? { start: span.start + mark[0].length, end: span.end } : span;
}

/** …ことは上記のとおりである, …ことは、原判決（…）が判示するとおりである: a finding that points back. */
const POINTS_BACK = /(?:こと|の)は[、，]?(?:上記|前記|前示|既に[^、。]{0,12}?|先に[^、。]{0,12}?|[^、。]{0,40}?(?:判示|説示|認定|判断)(?:した|する|している))の?とおりである$/;
/** 控訴人の上記主張は採用できない, 右主張は理由がない: a verdict on an argument it only points to. */
const VERDICT_ON_POINTER = new RegExp(
  `(?:(?:${PARTY})(?:ら)?の)?(?:上記|前記|右|その|この|同|以上の)各?(?:主張|論旨|所論)(?:は|も|を)[、，]?[^、。]*(?:採用|理由|失当|当を得|採る|認め|当たらない|当らない)[^、。]*$`,
);

/**
 * The words of a finding in a sentence of the reasons: its last clause with the topic it speaks of; what a
 * pointer refers to (…ことは上記のとおりである → the …こと); the reason a verdict on 「上記主張」 gives
 * (…ものであるから、控訴人の上記主張は採用できない → …ものである), else nothing — which argument is lost.
 */
function findingSpan(text: string, depths: Uint8Array, whole: Span): Span | null {
  const said = text.slice(whole.start, whole.end);
  const pointer = POINTS_BACK.exec(said);
  if (pointer) {
    // Aこと、したがって、Bことは上記のとおり: A is the finding; B only follows from it.
    let end = whole.start + pointer.index;
    for (let at = text.indexOf("こと、", whole.start); at >= 0 && at < end; at = text.indexOf("こと、", at + 1)) {
      if (depths[at] === 0) {
        end = at;
        break;
      }
    }
    const claim = trimQuote(text, { start: whole.start, end });
    return claim.end - claim.start >= 16 ? claim : null;
  }
  const verdict = VERDICT_ON_POINTER.exec(said);
  if (verdict) {
    const reason = /(?:から|ので|ため)[、，]?$/.exec(said.slice(0, verdict.index));
    if (!reason) return null;
    const because = trimQuote(text, { start: whole.start, end: whole.start + reason.index });
    return withTopic(text, depths, because, lastClause(text, depths, because));
  }
  return withTopic(text, depths, whole, lastClause(text, depths, whole));
}

/** A clause that carries no subject of its own (…行政処分に該当しないというべきである) takes the sentence's topic. */
function withTopic(text: string, depths: Uint8Array, whole: Span, clause: Span): Span {
  if (clause.start <= whole.start || /[^とでにのか]は|が/.test(text.slice(clause.start, clause.end))) return clause;
  let cursor = text.lastIndexOf("、", clause.start - 1);
  while (cursor > whole.start) {
    let comma = text.lastIndexOf("、", cursor - 1);
    while (comma >= whole.start && depths[comma] !== 0) comma = text.lastIndexOf("、", comma - 1);
    const from = comma < whole.start ? whole.start : comma + 1;
    const segment = text.slice(from, cursor);
    // 本件要望のような農振除外の申請は、: the topic (not として は, には, では, とは).
    if (/は$/.test(segment) && !/(?:として|に|で|と|て|から|より)は$/.test(segment)) return trimQuote(text, { start: from, end: clause.end });
    // …としても、制度としては、したがって、いたずらに回答を遅らせ、: asides and coordinate predicates that
    // share the topic; a clause with a subject of its own ends the search.
    const aside = /(?:としては|としても|ても|でも|ながら|つつ|すなわち|また|しかし|したがって|そして|よって|もっとも|飽くまでも)$/.test(segment);
    if (!aside && (/[^とでにのか]は|が/.test(segment) || !/[\p{Script=Hiragana}]$/u.test(segment))) break;
    cursor = comma;
  }
  return clause;
}

/** The clause after the sentence's last top-level comma, widened until it says enough (≥ 16 characters). */
function lastClause(text: string, depths: Uint8Array, span: Span): Span {
  let start = span.start;
  for (let from = span.end - 1; ; ) {
    const comma = text.lastIndexOf("、", from);
    if (comma < span.start) break;
    from = comma - 1;
    if (depths[comma] !== 0) continue;
    start = comma + 1;
    if (span.end - start >= 16) break;
    start = span.start;
  }
  return trimQuote(text, { start, end: span.end });
}
