// Cards about agreements: what are the items of N, which of these is in N, which agreement contains I.
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import type { Corpus } from "../corpus";
import { pickDistractors } from "../distractors";
import { circled, factCard, withOptions } from "../draft";
import { agreementItems, agreementName } from "../fact-fields";
import type { CardDraft, SourceFact } from "../types";

export function agreementCards(fact: SourceFact, corpus: Corpus): CardDraft[] {
  const name = agreementName(fact);
  const items = agreementItems(fact);
  if (!name || items.length === 0) return [];
  const list = items.map((item, i) => `${circled(i)}${item}`).join("\n");
  const cards: CardDraft[] = [];
  if (items.length >= 2)
    cards.push(
      factCard(fact, "agreement-to-items", "all", {
        front: `「${name}」の主な内容を${items.length}つ挙げよ。`,
        back: list,
        answer: list,
      }),
    );

  const others = corpus.agreements.filter((f) => f.id !== fact.id && normalizeAnswer(agreementName(f)!) !== normalizeAnswer(name));
  const otherItems = others.flatMap(agreementItems);
  for (const item of items) {
    // "Which of these is in N?": other agreements' items, minus any that N also contains.
    const includes = factCard(fact, "agreement-includes-item", item, {
      front: `「${name}」に盛り込まれた内容はどれか。`,
      back: list,
      answer: item,
    });
    const inN = withOptions(includes, pickDistractors({ answer: item, candidates: otherItems, exclude: items, seed: includes.key }));
    if (inN) cards.push(inN);

    // "Which agreement contains I?" (the ambiguity check drops it when another agreement has I too).
    const which = factCard(fact, "item-to-agreement", item, {
      front: `次の内容を盛り込んだ合意・宣言はどれか。\n${item}`,
      back: `「${name}」`,
      answer: name,
      typedAnswers: [name],
    });
    const names = others.map((f) => agreementName(f)!);
    const whichN = withOptions(which, pickDistractors({ answer: name, candidates: names, seed: which.key }));
    if (whichN) cards.push(whichN);
  }
  return cards;
}
