// Court judgments (判決): their facts are the disposition (主文) and the reasoning (理由), which state the
// court's findings without any verb of saying. Every Japanese judgment has these two sections, so the
// structure, not the subject, tells this pass where the decision and the arguments are.
import type { CleanedDocument, ExtractedFact, FactDate, TextBlock } from "@/lib/facts/types";
import { makeFact, trimQuote } from "./build-fact";
import { scanDates } from "./dates";
import { bracketDepths, splitSentences, type Span } from "./segment";

export interface RulingSections {
  /** Body blocks of 主文: what the court ordered. */
  disposition: TextBlock[];
  /** Body blocks of 理由 up to the judges' list or a separate opinion. */
  reasons: TextBlock[];
}

const squeeze = (s: string) => s.replace(/[\s　]+/g, "");
/** Headings that end the reasoning: the bench, a judge's separate opinion, annexes. */
const AFTER_REASONS = /裁判官|意見|別紙|目録|別表/;

export function findRulingSections(doc: CleanedDocument): RulingSections | null {
  const blocks = [...doc.blocks].sort((a, b) => a.start - b.start);
  const headingAt = (name: string) =>
    blocks.findIndex((b) => (b.kind === "heading" || b.kind === "body") && squeeze(doc.text.slice(b.start, b.end)) === name);
  const main = headingAt("主文");
  const reasons = Math.max(headingAt("理由"), headingAt("事実及び理由"));
  if (main < 0 || reasons < main) return null;
  const bodyUntil = (from: number, stop: (b: TextBlock) => boolean) => {
    const out: TextBlock[] = [];
    for (const b of blocks.slice(from + 1)) {
      if (stop(b)) break;
      if (b.kind === "body") out.push(b);
    }
    return out;
  };
  return {
    disposition: bodyUntil(main, (b) => b.kind === "heading" || b.start >= blocks[reasons]!.start),
    reasons: bodyUntil(reasons, (b) => b.kind === "heading" && AFTER_REASONS.test(doc.text.slice(b.start, b.end))),
  };
}

/** The court as a side: 最高裁判所, 東京高等裁判所, 大阪地方裁判所 … from the title, else the text. */
export function courtOf(title: string | null | undefined, text: string): string {
  const court = /[\p{Script=Han}]{0,4}?(?:高等|地方|家庭|簡易)裁判所|最高裁判所/u;
  return court.exec(title ?? "")?.[0] ?? court.exec(text)?.[0] ?? "裁判所";
}

/** The party whose arguments the reasons answer: 上告人, 控訴人, 抗告人 … (not 被上告人). */
export function appellantOf(text: string): string {
  return /(?<!被)(上告人|控訴人|抗告人|申立人)/.exec(text)?.[1] ?? "上告人";
}

/** A sentence that reports the appellant's argument: 論旨は…, 所論は…. */
const ARGUMENT_OPENER = /^(?:(?:しかし|なお|また)[、，])?(?:論旨|所論|上告理由|控訴理由|抗告理由)は[、，]?(?:要するに[、，]?)?/;
/** How the court answers an argument it reports: 採用することができない, 理由がない, 失当である. */
const VERDICT_ON_ARGUMENT = /(?:採用することができない|採用できない|採用し得ない|理由がない|失当である|採るを得ない|当たらない|当らない|すぎない|過ぎない)。?$/;
/** A finding stated by the court: 違法である, …とはいい得ない, 首肯するに足る, 採るを得ない … */
const FINDING_ENDING =
  /(?:である|であり|ない|得ない|足る|過ぎない|相当とする|べきである|ならない|当らない|当たらない|明らかである|解される|認められる)(?:のである)?。?$/;
/** A label opening the parties' claims: 原告の主張, 被告らの主張, 当事者の主張. */
const PARTY_LABEL = /(?:(原告|被告|控訴人|被控訴人|上告人|被上告人|申立人|相手方|検察官|弁護人)ら?の)?主張/;
/** Section labels (上告理由第二点について。) and the closing formula (主文のとおり判決する) are no findings. */
const NOT_A_FINDING = /について。?$|主文のとおり|次のとおり/;
/** Costs orders are procedure, not the decision a learner studies. */
const COSTS = /費用/;

/**
 * Facts of a judgment: each order of 主文 is an event of the court on the judgment date; in 理由, the
 * appellant's arguments and the court's findings are positions. A finding's quote is its last clause, where
 * a judgment puts its conclusion (…手続であり、この両者は…ものではない).
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
  // Whose words a passage of the reasons gives: the court's, unless a label opens the parties' claims
  // (第2 当事者の主張, 原告の主張); 当裁判所の判断 gives the floor back to the court.
  let holder = court;
  for (const block of sections.reasons) {
    const label = squeeze(text.slice(block.start, block.end));
    if (label.length <= 30 && !label.includes("。")) {
      const party = PARTY_LABEL.exec(label);
      if (party) holder = party[1] ?? "当事者";
      else if (/判断/.test(label)) holder = court;
      continue;
    }
    for (let sentence of sentencesOf(block)) {
      // …しなければならないのである（同法二〇九条参照）。: the citation after the finding is no part of it.
      const cited = /[（(][^（）()]*[）)]。?$/.exec(text.slice(sentence.start, sentence.end));
      if (cited) sentence = { start: sentence.start, end: sentence.end - cited[0].length };
      const said = text.slice(sentence.start, sentence.end).trim();
      if (NOT_A_FINDING.test(said)) continue;
      const opener = ARGUMENT_OPENER.exec(said);
      // 論旨は、ひつきよう…を非難するものにすぎず、採用することができない: the court's verdict on the argument.
      if (opener && !VERDICT_ON_ARGUMENT.test(said)) {
        const span = trimQuote(text, { start: sentence.start + (text.slice(sentence.start).indexOf(opener[0]) + opener[0].length), end: stopAt(text, sentence) });
        if (span.end - span.start < 16) continue;
        const fact = makeFact(text, "position", span, date, [appellant], appellant);
        facts.push({ ...fact, content: fact.text });
        continue;
      }
      // 論旨は理由がない, それ故論旨は採るを得ない: the verdict on an argument says nothing alone.
      if (!FINDING_ENDING.test(said) || (said.length < 30 && /論旨|所論/.test(said))) continue;
      const span = lastClause(text, depths, withoutStop(text, sentence));
      if (span.end - span.start < 10) continue;
      const fact = makeFact(text, "position", span, holder === court ? date : null, [holder], holder);
      facts.push({ ...fact, content: fact.text });
    }
  }
  return facts;
}

function stopAt(text: string, sentence: Span): number {
  return text[sentence.end - 1] === "。" ? sentence.end - 1 : sentence.end;
}

function withoutStop(text: string, sentence: Span): Span {
  return trimQuote(text, { start: sentence.start, end: stopAt(text, sentence) });
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
