import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "./normalize-answer";
import { checkContext, failedChecks } from "./checks";
import { isCertainlyBefore } from "./dates";
import { cardKey, generateCards, generateCardsWithReport, presentationOrder } from "./generate";
import { FIXTURE_DOCUMENT_ID, FIXTURE_FACTS, FIXTURE_RUBY, FIXTURE_TEXT, TRADE_FACTS, TRADE_TEXT } from "./test-fixtures";
import { CARD_TEMPLATES, type CardDraft, type SourceFact } from "./types";

const cards = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
const trade = generateCards(TRADE_FACTS);
const factById = new Map([...FIXTURE_FACTS, ...TRADE_FACTS].map((f) => [f.id, f]));
const ofTemplate = (t: CardDraft["template"], list = cards) => list.filter((c) => c.template === t);
const fact = (id: string) => factById.get(id)!;

describe("generateCards: determinism and identity", () => {
  it("produces every template from the two fixture subjects", () => {
    const templates = new Set([...cards, ...trade].map((c) => c.template));
    // (Neither subject is a court's judgment, a speech nor a two-sided document: judgment-outcome is made in
    // teacher-rules-second.test.ts, speaker-view in teacher-rules-third.test.ts, whose-statement in its own test.)
    for (const t of CARD_TEMPLATES.filter((t) => t !== "judgment-outcome" && t !== "speaker-view" && t !== "whose-statement")) expect(templates, t).toContain(t);
  });

  it("is deterministic and independent of input order", () => {
    expect(generateCards(FIXTURE_FACTS, FIXTURE_RUBY)).toEqual(cards);
    expect(generateCards([...FIXTURE_FACTS].reverse(), [...FIXTURE_RUBY].reverse())).toEqual(cards);
  });

  it("gives unique keys derived from fact, template and variant", () => {
    expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
    for (const c of [...cards, ...trade]) {
      const keyFact = c.template === "reading" ? null : c.factId;
      expect(c.key).toBe(cardKey(keyFact, c.template, c.variant));
    }
  });

  it("keeps the keys of existing facts' cards when a fact is added", () => {
    const extra: SourceFact = {
      ...FIXTURE_FACTS[0]!,
      id: "f-new",
      documentId: "doc-2",
      date: { value: "2018-03", precision: "month" },
      actors: ["韓国"],
      text: "2018年3月、韓国の特使団が平壌を訪問した。",
      headline: "韓国の特使団が平壌を訪問",
      place: "平壌",
      quote: "2018年3月、韓国の特使団が平壌を訪問した。",
      start: 0,
      end: 22,
    };
    const after = new Set(generateCards([...FIXTURE_FACTS, extra], FIXTURE_RUBY).map((c) => c.key));
    const singleFact = cards.filter((c) => c.template !== "which-first" && c.template !== "put-in-order");
    for (const c of singleFact) expect(after.has(c.key), `${c.template} ${c.variant}`).toBe(true);
  });
});

describe("generateCards: every card passes the checks and cites its source", () => {
  it("no generated card fails a check (run again on the output)", () => {
    for (const [list, facts] of [
      [cards, FIXTURE_FACTS],
      [trade, TRADE_FACTS],
    ] as const) {
      const ctx = checkContext(facts);
      for (const c of list) expect(failedChecks(c, ctx), `${c.template}: ${c.front}`).toEqual([]);
    }
  });

  it("cites a source sentence that is exactly the document text", () => {
    for (const c of cards) {
      expect(c.documentId).toBe(FIXTURE_DOCUMENT_ID);
      expect(FIXTURE_TEXT.slice(c.start, c.end)).toBe(c.quote);
    }
    for (const c of trade) expect(TRADE_TEXT.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reports what the checks rejected", () => {
    const report = generateCardsWithReport(FIXTURE_FACTS, FIXTURE_RUBY);
    expect(report.cards).toEqual(cards);
    expect(report.candidates).toBe(cards.length + report.rejectedCards.length);
    // The Singapore summit and the Joint Statement share 2018-06-12 and シンガポール: "what happened then" is
    // ambiguous; 「9月平壌共同宣言」 cannot answer "what happened in 2018年9月".
    const dateToEvent = report.rejectedCards.filter((r) => r.card.template === "date-to-event");
    expect(dateToEvent.map((r) => [r.card.factId, r.failed])).toEqual([
      ["f-singapore", ["unambiguous"]],
      ["f-joint-statement", ["unambiguous"]],
      ["f-pyongyang", ["noDateInEventOptions"]],
    ]);
  });

  it("makes no cards from clauses: a headline with a date, an open ending or markup gives no card", () => {
    const clause = (id: string, headline: string): SourceFact => ({ ...TRADE_FACTS[1]!, id, headline, place: null });
    const facts = [
      ...TRADE_FACTS.filter((f) => f.kind !== "event"),
      clause("c1", "2017年1月23日、米国はTPPからの離脱を表明し"),
      clause("c2", "米国は「協定」を受けて"),
      clause("c3", '離脱.md "wikilink"を表明'),
    ];
    const made = generateCards(facts).filter((c) => c.factIds.some((id) => id.startsWith("c")));
    expect(made).toEqual([]);
  });
});

describe("generateCards: templates read as questions from the structure", () => {
  it("when: the headline asks, a Japanese date answers, options share its precision", () => {
    const singapore = ofTemplate("event-to-date").find((c) => c.factId === "f-singapore")!;
    expect(singapore.front).toBe("次の出来事は何年何月何日のことか。\n史上初の米朝首脳会談をシンガポールで開催");
    expect(singapore.answer).toBe("2018年6月12日");
    for (const o of singapore.choices!) expect(o).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const hanoi = ofTemplate("event-to-date").find((c) => c.factId === "f-hanoi")!;
    expect(hanoi.front.startsWith("次の出来事は何年何月のことか。")).toBe(true);
    for (const o of hanoi.choices!) expect(o).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(hanoi.typedAnswers).toContain("2019/2");
    const statement = ofTemplate("event-to-date").find((c) => c.factId === "f-joint-statement")!;
    expect(statement.front).toBe("次の合意・宣言は何年何月何日のものか。\n「米朝共同声明」");
  });

  it("a name holding its own date is not asked when (「9月平壌共同宣言」 gives away 9月)", () => {
    expect(ofTemplate("event-to-date").find((c) => c.factId === "f-pyongyang")).toBeUndefined();
  });

  it("what happened on D: headlines of events on other dates", () => {
    const c = ofTemplate("date-to-event").find((x) => x.factId === "f-nuclear-test")!;
    expect(c.front).toBe("2017年9月3日にあったのはどれか。");
    expect(c.answer).toBe("北朝鮮が豊渓里で6回目の核実験を実施");
    expect(c.choices).toHaveLength(4);
    for (const o of c.choices!) expect(o.replace(/「[^」]*」/g, "")).not.toMatch(/\d+月/);
    expect(c.choices).not.toContain("「9月平壌共同宣言」");
  });

  it("where: the place, asked without naming it, options from other facts' places", () => {
    const c = ofTemplate("where-held").find((x) => x.factId === "f-singapore")!;
    expect(c.front).toBe("空欄に入る場所はどれか。\n2018年6月12日、史上初の米朝首脳会談を［　　］で開催");
    expect(c.answer).toBe("シンガポール");
    const places = new Set(FIXTURE_FACTS.map((f) => f.place));
    for (const o of c.choices!) expect(places.has(o)).toBe(true);
  });

  it("who said: the content asks, other speakers are the options", () => {
    const c = ofTemplate("who-said").find((x) => x.factId === "f-us-demand")!;
    expect(c.front).toBe("次のように主張したのは誰か。\n「完全な非核化まで制裁を維持すると述べた」");
    expect(c.answer).toBe("ポンペオ国務長官");
    const speakers = new Set(FIXTURE_FACTS.map((f) => f.speaker));
    for (const o of c.choices!) expect(speakers.has(o)).toBe(true);
  });

  it("who said falls back to sides when too few speakers are named", () => {
    const noSpeakers = TRADE_FACTS.map((f) => ({ ...f, speaker: f.id === "t-us-position" ? "トランプ大統領" : null }));
    const c = ofTemplate("who-said", generateCards(noSpeakers)).find((x) => x.factId === "t-us-position")!;
    expect(c.answer).toBe("米国");
    expect(c.choices!.sort()).toEqual(["EU", "ニュージーランド", "日本", "米国"].sort());
  });

  it("what did A say about T: one card per topic the statement speaks of, options other sides' statements", () => {
    const dprk = ofTemplate("side-topic-position").filter((c) => c.factId === "f-dprk-demand");
    // 相応の措置 is a topic of the fact's sentence, not of the statement (…制裁の解除を求めた): not asked.
    expect(dprk.map((c) => c.variant).sort()).toEqual(["制裁"]);
    expect(dprk[0]!.front).toMatch(/^北朝鮮は「.+」についてどのような立場をとったか。$/);
    expect(dprk[0]!.answer).toBe("寧辺の核施設廃棄の見返りに制裁の解除を求めた");
  });

  it("agreements: items of N, which is in N, which agreement has I", () => {
    const all = ofTemplate("agreement-to-items").find((c) => c.factId === "f-joint-statement")!;
    expect(all.front).toBe("「米朝共同声明」の主な内容を4つ挙げよ。");
    expect(all.back.split("\n")).toHaveLength(4);
    const includes = ofTemplate("agreement-includes-item").filter((c) => c.factId === "f-joint-statement");
    expect(includes).toHaveLength(4);
    for (const c of includes) for (const o of c.choices!) if (o !== c.answer) expect(fact("f-joint-statement").items).not.toContain(o);
    const which = ofTemplate("item-to-agreement", trade).filter((c) => c.factId === "t-japan-eu");
    expect(which).toHaveLength(3);
    expect(which[0]!.front).toMatch(/^次の内容を盛り込んだ合意・宣言はどれか。\n/);
    for (const c of which) expect(c.answer).toBe("日EU経済連携協定");
  });

  it("item→agreement is not made for an item two agreements share", () => {
    const shared = "関税の撤廃・削減";
    const facts = TRADE_FACTS.map((f) => (f.id === "t-cptpp" ? { ...f, items: [...f.items, shared] } : f));
    expect(ofTemplate("item-to-agreement", generateCards(facts)).filter((c) => c.variant === shared)).toEqual([]);
  });

  it("cloze blanks a side named in an event's headline, never a date, never inside a name", () => {
    const c = ofTemplate("cloze").find((x) => x.factId === "f-nuclear-test")!;
    expect(c.front).toBe("空欄に入る語はどれか。\n2017年9月3日、［　　］が豊渓里で6回目の核実験を実施");
    expect(c.answer).toBe("北朝鮮");
    expect(ofTemplate("cloze", trade).every((x) => fact(x.factId!).kind === "event")).toBe(true);
  });

  it("readings from ruby, citing the ruby", () => {
    const r = ofTemplate("reading").find((c) => c.variant === "寧辺")!;
    expect(r.front).toBe("「寧辺」の読み方はどれか。");
    expect(r.answer).toBe("ニョンビョン");
    expect(r.quote).toBe("寧辺");
    expect(r.factId).toBe("f-dprk-demand");
  });

  it("skips readings printed inconsistently and kana over kana", () => {
    const ruby = [
      { documentId: "d", base: "寧辺", reading: "ニョンビョン", quote: "寧辺", start: 0, end: 2 },
      { documentId: "d", base: "寧辺", reading: "ねいへん", quote: "寧辺", start: 10, end: 12 },
      { documentId: "d", base: "ハノイ", reading: "はのい", quote: "ハノイ", start: 20, end: 23 },
      ...["平壌:ピョンヤン", "豊渓里:プンゲリ", "板門店:パンムンジョム", "開城:ケソン"].map((pair, i) => {
        const [base, reading] = pair.split(":") as [string, string];
        return { documentId: "d", base, reading, quote: base, start: 30 + i * 10, end: 32 + i * 10 };
      }),
    ];
    const readings = ofTemplate("reading", generateCards([], ruby));
    expect(readings.map((c) => c.variant).sort()).toEqual(["平壌", "板門店", "豊渓里", "開城"].sort());
    expect(readings[0]!.factId).toBeNull();
  });

  it("ordering cards: four events whose order is certain, headlines without dates", () => {
    const ordering = [...ofTemplate("which-first"), ...ofTemplate("put-in-order")];
    expect(ordering.length).toBeGreaterThan(0);
    for (const c of ordering) {
      expect(c.factIds).toHaveLength(4);
      const dates = c.factIds.map((id) => fact(id).date!);
      for (let i = 0; i + 1 < dates.length; i++) expect(isCertainlyBefore(dates[i]!, dates[i + 1]!)).toBe(true);
    }
    for (const c of ofTemplate("put-in-order")) {
      const answer = c.answer as string[];
      expect([...c.choices!].sort()).toEqual([...answer].sort());
      expect(c.choices).not.toEqual(answer);
    }
    for (const c of ofTemplate("which-first")) expect(normalizeAnswer(c.answer as string)).toContain(normalizeAnswer(fact(c.factIds[0]!).headline));
  });

  it("never groups a month with a day inside it", () => {
    const facts: SourceFact[] = ["2018-06", "2018-06-12", "2018-06-20", "2018-04-27", "2018-01-02"].map((value, i) => ({
      ...FIXTURE_FACTS[2]!,
      id: `e${i}`,
      date: { value, precision: value.length === 7 ? "month" : "day" },
      headline: `出来事${i}が発生`,
      place: null,
    }));
    expect(ofTemplate("put-in-order", generateCards(facts)).every((c) => !(c.factIds.includes("e0") && c.factIds.includes("e1")))).toBe(true);
  });

  it("presentationOrder never returns the answer order", () => {
    for (let i = 0; i < 50; i++) expect(presentationOrder(["a", "b", "c"], `seed-${i}`)).not.toEqual(["a", "b", "c"]);
  });

  it("handles an empty corpus and malformed dates", () => {
    expect(generateCards([], [])).toEqual([]);
    const odd: SourceFact = { ...FIXTURE_FACTS[2]!, id: "odd", date: { value: "2018-02-30", precision: "day" } };
    expect(generateCards([...FIXTURE_FACTS.filter((f) => f.id !== "f-singapore"), odd]).some((c) => c.factId === "odd" && c.template === "event-to-date")).toBe(false);
  });
});
