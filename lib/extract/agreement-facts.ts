// An agreement as a fact: its name, the date it was made (the name's own date, the sentence's, the paragraph's
// last day), its parties and its items (a table the sentence points to, or a list its contents make).
import type { ExtractedFact, FactDate } from "@/lib/facts/types";
import type { ActorLexicon } from "./actors";
import { partiesOf, type ListedContents } from "./agreements";
import { makeFact, trimQuote } from "./build-fact";
import type { RoledDate, Segment } from "./clauses";
import type { Span } from "./segment";
import { TABLE_REF, toAscii, type TableInfo } from "./tables";

/** A date the making of an agreement follows: 1987年にカナダで採択された, 2002年9月17日に署名し. */
const MADE_AFTER_DATE = /^[^、，。]{0,12}?(?:署名|調印|締結|採択|発効|公布|批准)(?:され|し)/;

/**
 * A list an agreement's contents make (under 宣言内容, after 以下の点で一致した) gives the items of the agreement
 * its label names (協定の内容 → the agreement named …協定), else of the one the title names, else of the one
 * named last before it — when that agreement has no items yet.
 */
export function attachListedContents(facts: ExtractedFact[], lists: ListedContents[], title: string): void {
  const agreements = facts.filter((f) => f.kind === "agreement" && f.name);
  for (const list of lists) {
    const generic = /(宣言|協定|条約|合意|声明|議定書|覚書|憲章|契約)/.exec(list.label)?.[1];
    const target =
      agreements.find((a) => list.label.includes(a.name!)) ??
      (generic ? agreements.filter((a) => a.name!.endsWith(generic)).sort((a, b) => Number(title.includes(b.name!)) - Number(title.includes(a.name!)))[0] : undefined) ??
      agreements.find((a) => title.includes(a.name!)) ??
      agreements.filter((a) => a.start < list.at).at(-1);
    if (!target || target.items.length) continue;
    facts[facts.indexOf(target)] = { ...target, items: list.items };
  }
}

export function agreementFact(
  lex: ActorLexicon,
  text: string,
  sentence: Span,
  segment: Segment,
  tables: Map<number, TableInfo>,
  table: TableInfo | undefined,
  lastDayDate: FactDate | null,
  sentenceDates: RoledDate[],
): ExtractedFact {
  const name = segment.agreement!.name;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const named = segment.dates.find((d) => d.end <= segment.agreement!.at && d.end >= segment.agreement!.at - 3);
  // Signed at the meeting the sentence dates (…9月17日に首脳会談を開き、「…宣言」に署名), else the paragraph's last day.
  const inSentence = sentenceDates.filter((d) => d.start < segment.agreement!.at && !d.approximate);
  const date =
    named?.date ??
    segment.dates[0]?.date ??
    (inSentence.filter((d) => d.date.precision === "day").at(-1) ?? inSentence.at(-1))?.date ??
    // …は、…1987年にカナダで採択された議定書: a sentence that opens on the name dates its making later on.
    sentenceDates.find((d) => !d.approximate && MADE_AFTER_DATE.test(text.slice(d.end, d.end + 16)))?.date ??
    lastDayDate;
  const quote = trimQuote(text, table ? segment : sentence);
  const parties = partiesOf(lex, name, sentenceText) ?? lex.find(name + sentenceText).flatMap((m) => m.actors);
  const ref = TABLE_REF.exec(sentenceText);
  let items: string[] = [];
  for (const info of tables.values()) {
    if (info === table) continue;
    if ((ref && info.number === toAscii(ref[1]!)) || info.agreementName === name) {
      items = info.items;
      break;
    }
  }
  const fact = makeFact(text, "agreement", quote, date, [...new Set(parties)], null);
  return { ...fact, name, items, text: `「${name}」` };
}
