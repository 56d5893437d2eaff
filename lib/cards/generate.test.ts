import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "./normalize-answer";
import { datesOverlap, isCertainlyBefore, maskDates } from "./dates";
import { checkChoices } from "./distractors";
import { cardKey, generateCards, presentationOrder } from "./generate";
import { FIXTURE_DOCUMENT_ID, FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT } from "./test-fixtures";
import { CARD_TEMPLATES, type CardDraft, type SourceFact } from "./types";

const cards = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
const factById = new Map(FIXTURE_FACTS.map((f) => [f.id, f]));
const ofTemplate = (t: CardDraft["template"], list = cards) => list.filter((c) => c.template === t);
const fact = (id: string) => factById.get(id)!;

function position(over: Partial<SourceFact> & { id: string; text: string }): SourceFact {
  return {
    kind: "position",
    date: null,
    actors: ["北朝鮮"],
    speaker: null,
    name: null,
    items: [],
    topics: ["非核化"],
    quote: over.text,
    start: 0,
    end: over.text.length,
    documentId: "doc-x",
    headline: over.text,
    place: null,
    content: null,
    ...over,
  };
}

describe("generateCards: determinism and identity", () => {
  it("produces every template from the fixture corpus", () => {
    const templates = new Set(cards.map((c) => c.template));
    for (const t of CARD_TEMPLATES) expect(templates, t).toContain(t);
  });

  it("is deterministic and independent of input order", () => {
    expect(generateCards(FIXTURE_FACTS, FIXTURE_RUBY)).toEqual(cards);
    expect(generateCards([...FIXTURE_FACTS].reverse(), [...FIXTURE_RUBY].reverse())).toEqual(cards);
  });

  it("gives unique keys derived from fact, template and variant", () => {
    expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
    for (const c of cards) {
      const keyFact = c.template === "reading" ? null : c.factId;
      expect(c.key).toBe(cardKey(keyFact, c.template, c.variant));
    }
  });

  it("keeps the keys of existing facts' cards when a fact is added", () => {
    const extra: SourceFact = {
      id: "f-new",
      documentId: "doc-2",
      kind: "event",
      date: { value: "2018-03", precision: "month" },
      actors: ["韓国"],
      speaker: null,
      text: "2018年3月、韓国の特使団が平壌を訪問した。",
      headline: "韓国の特使団が平壌を訪問",
      place: "平壌",
      content: null,
      name: null,
      items: [],
      topics: [],
      quote: "2018年3月、韓国の特使団が平壌を訪問した。",
      start: 0,
      end: 22,
    };
    const after = new Set(generateCards([...FIXTURE_FACTS, extra], FIXTURE_RUBY).map((c) => c.key));
    const singleFact = cards.filter((c) => c.template !== "which-first" && c.template !== "put-in-order");
    for (const c of singleFact) expect(after.has(c.key), `${c.template} ${c.variant}`).toBe(true);
  });
});

describe("generateCards: grounding and ambiguity", () => {
  it("cites a source sentence that is exactly the document text", () => {
    for (const c of cards) {
      expect(c.documentId).toBe(FIXTURE_DOCUMENT_ID);
      expect(FIXTURE_TEXT.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote.length).toBeGreaterThan(0);
    }
  });

  it("every multiple-choice card has exactly one correct option and no clashing options", () => {
    const withChoices = cards.filter((c) => c.choices && typeof c.answer === "string");
    expect(withChoices.length).toBeGreaterThan(20);
    for (const c of withChoices) expect(checkChoices(c.choices!, c.answer as string), `${c.template} ${c.front}`).toEqual([]);
  });

  it("no front gives away a short answer", () => {
    for (const c of cards) {
      if (typeof c.answer !== "string" || c.template === "agreement-to-items" || c.template === "side-topic-position") continue;
      if (c.template === "date-to-event" || c.template === "which-first" || c.template === "agreement-includes-item") continue;
      expect(normalizeAnswer(c.front).includes(normalizeAnswer(c.answer)), `${c.template}: ${c.front}`).toBe(false);
    }
  });

  it("asks dates at the source precision and masks dates in the question", () => {
    const hanoi = ofTemplate("event-to-date").find((c) => c.factId === "f-hanoi")!;
    expect(hanoi.answer).toBe("2019年2月");
    expect(hanoi.front).toContain("年月で答えよ");
    expect(hanoi.front).not.toMatch(/2019年|2月/);
    for (const option of hanoi.choices!) expect(option).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(hanoi.typedAnswers).toContain("2019/2");

    const singapore = ofTemplate("event-to-date").find((c) => c.factId === "f-singapore")!;
    expect(singapore.answer).toBe("2018年6月12日");
    for (const option of singapore.choices!) expect(option).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it("date→event distractors never happened on a possibly-same date", () => {
    for (const c of ofTemplate("date-to-event")) {
      const date = fact(c.factId!).date!;
      for (const option of c.choices ?? []) {
        if (option === c.answer) continue;
        const sources = FIXTURE_FACTS.filter((f) => normalizeAnswer(maskDates(f.text).trim()) === normalizeAnswer(option));
        expect(sources.length).toBeGreaterThan(0);
        for (const s of sources) expect(datesOverlap(s.date!, date), option).toBe(false);
      }
    }
    // The Singapore summit and the Joint Statement share 2018-06-12: neither is the other's distractor.
    const summit = ofTemplate("date-to-event").find((c) => c.factId === "f-singapore")!;
    expect(summit.choices!.some((o) => o.includes("米朝共同声明"))).toBe(false);
  });

  it("cloze blanks key terms and offers same-type distractors", () => {
    const place = ofTemplate("cloze").find((c) => c.factId === "f-singapore" && c.variant === "シンガポール")!;
    expect(place.front).toBe("2018年6月12日、［　　］で史上初の米朝首脳会談が開かれた。");
    expect(place.tags).toContain("term:place");
    for (const o of place.choices!) expect(["シンガポール", "ハノイ", "板門店", "平壌", "寧辺", "豊渓里", "東倉里", "ワシントン", "ソウル", "北京", "ウラジオストク", "ストックホルム", "開城"]).toContain(o);

    const agreement = ofTemplate("cloze").find((c) => c.factId === "f-joint-statement")!;
    expect(agreement.front).toBe("米朝首脳が「［　　］」に署名した。");
    expect(agreement.choices!.sort()).toEqual(["9月平壌共同宣言", "板門店宣言", "米朝共同声明"].sort());

    const reading = ofTemplate("cloze").find((c) => c.variant === "寧辺")!;
    expect(reading.typedAnswers).toEqual(["寧辺", "ニョンビョン"]);
  });

  it("cloze never offers as distractor a term still visible in the sentence", () => {
    for (const c of ofTemplate("cloze")) {
      for (const o of c.choices ?? []) if (o !== c.answer) expect(c.front.includes(o), `${c.front} / ${o}`).toBe(false);
    }
  });

  it("agreement cards: items, membership and which agreement", () => {
    const all = ofTemplate("agreement-to-items").find((c) => c.factId === "f-joint-statement")!;
    expect(all.front).toBe("「米朝共同声明」の項目を挙げよ（4項目）。");
    expect(all.back.split("\n")).toHaveLength(4);

    const ownItems = fact("f-joint-statement").items;
    const includes = ofTemplate("agreement-includes-item").filter((c) => c.factId === "f-joint-statement");
    expect(includes).toHaveLength(4);
    for (const c of includes) {
      const wrong = c.choices!.filter((o) => o !== c.answer);
      for (const o of wrong) expect(ownItems).not.toContain(o);
    }

    const which = ofTemplate("item-to-agreement").filter((c) => c.factId === "f-joint-statement");
    expect(which).toHaveLength(4);
    for (const c of which) expect(c.answer).toBe("米朝共同声明");
  });

  it("item→agreement is skipped for an item two agreements share", () => {
    const shared = "朝鮮半島の完全な非核化";
    const facts = FIXTURE_FACTS.map((f) => (f.id === "f-joint-statement" ? { ...f, items: [...f.items, shared] } : f));
    const generated = generateCards(facts, []);
    const which = ofTemplate("item-to-agreement", generated).filter((c) => c.variant === shared);
    expect(which).toHaveLength(0);
    // and "which is in X" never offers it as a wrong option for either agreement that has it
    const holders = ofTemplate("agreement-includes-item", generated).filter(
      (c) => c.factId === "f-joint-statement" || c.factId === "f-panmunjom",
    );
    expect(holders.length).toBeGreaterThan(0);
    for (const c of holders) if (c.answer !== shared) expect(c.choices).not.toContain(shared);
  });

  it("who said: side and speaker, with the holder masked", () => {
    const dprk = ofTemplate("who-said").find((c) => c.factId === "f-dprk-demand")!;
    expect(dprk.answer).toBe("北朝鮮（金正恩）");
    expect(dprk.front).not.toContain("北朝鮮");
    expect(dprk.front).toContain("相応の措置");
    const us = ofTemplate("who-said").find((c) => c.factId === "f-us-demand")!;
    expect(us.answer).toBe("米国（ポンペオ国務長官）");
  });

  it("who said offers other sides as choices when no speaker is named", () => {
    const facts = [
      position({ id: "p1", text: "北朝鮮は段階的な非核化を主張した。", actors: ["北朝鮮"] }),
      position({ id: "p2", text: "米国は完全な非核化を要求した。", actors: ["米国"] }),
      position({ id: "p3", text: "中国は対話を促した。", actors: ["中国"] }),
      position({ id: "p4", text: "ロシアは制裁緩和を求めた。", actors: ["ロシア"] }),
    ];
    const c = ofTemplate("who-said", generateCards(facts)).find((x) => x.factId === "p1")!;
    expect(c.answer).toBe("北朝鮮");
    expect(c.choices).toHaveLength(4);
    expect(checkChoices(c.choices!, "北朝鮮")).toEqual([]);
    expect(c.typedAnswers).toEqual(["北朝鮮"]);
  });

  it("who said is skipped when two sides said the same thing", () => {
    const facts = [
      position({ id: "p1", text: "北朝鮮は対話の継続を求めた。", actors: ["北朝鮮"] }),
      position({ id: "p2", text: "韓国は対話の継続を求めた。", actors: ["韓国"] }),
    ];
    expect(ofTemplate("who-said", generateCards(facts))).toHaveLength(0);
  });

  it("side + topic → position, one card per topic", () => {
    const dprk = ofTemplate("side-topic-position").filter((c) => c.factId === "f-dprk-demand");
    expect(dprk.map((c) => c.variant).sort()).toEqual(["制裁", "相応の措置"]);
    expect(dprk[0]!.front).toMatch(/^北朝鮮は「.+」についてどのような立場をとったか。$/);
  });

  it("side + topic names the time when one side held two positions, and drops indistinguishable ones", () => {
    const dated = generateCards([
      position({ id: "a", text: "北朝鮮は非核化交渉を拒否した。", date: { value: "2017-09", precision: "month" } }),
      position({ id: "b", text: "北朝鮮は非核化の意思を示した。", date: { value: "2018-04", precision: "month" } }),
    ]);
    const fronts = ofTemplate("side-topic-position", dated).map((c) => c.front).sort();
    expect(fronts).toEqual([
      "2017年9月時点で、北朝鮮は「非核化」についてどのような立場をとったか。",
      "2018年4月時点で、北朝鮮は「非核化」についてどのような立場をとったか。",
    ]);
    const same = generateCards([
      position({ id: "a", text: "北朝鮮は非核化交渉を拒否した。", date: { value: "2018", precision: "year" } }),
      position({ id: "b", text: "北朝鮮は非核化の意思を示した。", date: { value: "2018-04", precision: "month" } }),
    ]);
    expect(ofTemplate("side-topic-position", same)).toHaveLength(0);
  });

  it("reading cards from ruby, citing the ruby", () => {
    const r = ofTemplate("reading").find((c) => c.variant === "寧辺")!;
    expect(r.front).toBe("「寧辺」の読みは？");
    expect(r.answer).toBe("ニョンビョン");
    expect(r.quote).toBe("寧辺");
    expect(FIXTURE_TEXT.slice(r.start, r.end)).toBe("寧辺");
    expect(r.factId).toBe("f-dprk-demand");
    expect(r.typedAnswers).toEqual(["ニョンビョン"]);
  });

  it("skips readings printed inconsistently and kana over kana", () => {
    const ruby = [
      { documentId: "d", base: "寧辺", reading: "ニョンビョン", quote: "寧辺", start: 0, end: 2 },
      { documentId: "d", base: "寧辺", reading: "ねいへん", quote: "寧辺", start: 10, end: 12 },
      { documentId: "d", base: "ハノイ", reading: "はのい", quote: "ハノイ", start: 20, end: 23 },
      { documentId: "d", base: "平壌", reading: "ピョンヤン", quote: "平壌", start: 30, end: 32 },
      { documentId: "d", base: "平壌", reading: "ﾋﾟｮﾝﾔﾝ", quote: "平壌", start: 40, end: 42 },
    ];
    const readings = ofTemplate("reading", generateCards([], ruby));
    expect(readings.map((c) => c.variant)).toEqual(["平壌"]);
    expect(readings[0]!.factId).toBeNull();
  });

  it("ordering cards use events whose order is certain", () => {
    const ordering = [...ofTemplate("which-first"), ...ofTemplate("put-in-order")];
    expect(ordering.length).toBeGreaterThan(0);
    for (const c of ordering) {
      const dates = c.factIds.map((id) => fact(id).date!);
      expect(c.factIds).toHaveLength(c.template === "which-first" ? 3 : 4);
      for (let i = 0; i + 1 < dates.length; i++) expect(isCertainlyBefore(dates[i]!, dates[i + 1]!)).toBe(true);
    }
    for (const c of ofTemplate("put-in-order")) {
      const answer = c.answer as string[];
      expect([...c.choices!].sort()).toEqual([...answer].sort());
      expect(c.choices).not.toEqual(answer);
      for (const item of answer) expect(item).not.toMatch(/\d+年/);
    }
    for (const c of ofTemplate("which-first")) expect(c.answer).toBe(maskDates(fact(c.factIds[0]!).text).trim());
  });

  it("never groups a month with a day inside it", () => {
    const facts: SourceFact[] = ["2018-06", "2018-06-12", "2018-06-20", "2018-04-27"].map((value, i) => ({
      ...FIXTURE_FACTS[2]!,
      id: `e${i}`,
      date: { value, precision: value.length === 7 ? "month" : "day" },
      text: `出来事${i}が起きた。`,
    }));
    expect(ofTemplate("put-in-order", generateCards(facts))).toHaveLength(0);
    expect(ofTemplate("which-first", generateCards(facts)).every((c) => !c.factIds.includes("e0"))).toBe(true);
  });

  it("presentationOrder never returns the answer order", () => {
    for (let i = 0; i < 50; i++) {
      const items = ["a", "b", "c"];
      expect(presentationOrder(items, `seed-${i}`)).not.toEqual(items);
    }
  });

  it("handles an empty corpus and undated or malformed facts", () => {
    expect(generateCards([], [])).toEqual([]);
    const odd: SourceFact = { ...FIXTURE_FACTS[2]!, id: "odd", date: { value: "2018-02-30", precision: "day" } };
    const out = generateCards([odd]);
    expect(out.some((c) => c.template === "event-to-date")).toBe(false);
    expect(out.some((c) => c.template === "cloze")).toBe(true);
  });
});
