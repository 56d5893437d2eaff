// One fixture per rule: a card that passes it and cards that fail it.
import { describe, expect, it } from "vitest";
import {
  CHECK_NAMES,
  answerNotInQuestion,
  applyChecks,
  checkContext,
  enoughOptions,
  failedChecks,
  noDateInEventOptions,
  noFragments,
  noIsoDates,
  noMasks,
  noOpenClause,
  optionsDistinct,
  optionsSameKind,
  unambiguous,
  withinLengths,
} from "./checks";
import { FIXTURE_FACTS } from "./test-fixtures";
import type { CardDraft, SourceFact } from "./types";

const good: CardDraft = {
  key: "k",
  factId: "f-singapore",
  factIds: ["f-singapore"],
  template: "event-to-date",
  variant: "",
  front: "次の出来事は何年何月何日のことか。\n史上初の米朝首脳会談をシンガポールで開催",
  back: "2018年6月12日　史上初の米朝首脳会談をシンガポールで開催",
  answer: "2018年6月12日",
  choices: ["2018年6月12日", "2018年4月27日", "2019年6月30日", "2017年9月3日"],
  tags: [],
  documentId: "doc-talks",
  start: 0,
  end: 1,
  quote: "…",
};
const card = (over: Partial<CardDraft>): CardDraft => ({ ...good, ...over });
const ctx = checkContext(FIXTURE_FACTS);

describe("card checks: the well-formed card passes every rule", () => {
  it("passes", () => expect(failedChecks(good, ctx)).toEqual([]));
});

describe("answerNotInQuestion", () => {
  it.each([
    "次の出来事は何年何月何日のことか。\n2018年6月12日、米朝首脳会談を開催",
    "次の出来事は何年何月何日のことか。\n米朝首脳会談（2018-06-12）",
    "次の出来事は何年何月何日のことか。\n平成30年6月12日の米朝首脳会談",
    "次の出来事は何年何月何日のことか。\n6月12日の米朝首脳会談",
    "次の出来事は何年何月何日のことか。\n２０１８年６月の米朝首脳会談",
  ])("rejects a date question naming its date: %s", (front) => expect(answerNotInQuestion(card({ front }))).toBe(false));

  it("accepts a question naming another date", () =>
    expect(answerNotInQuestion(card({ front: "2017年9月3日の次の出来事は何年何月何日のことか。" }))).toBe(true));

  it("rejects a name answer inside the question, also in another width or as part of 側（人）", () => {
    expect(answerNotInQuestion(card({ front: "ＥＵが評価したのは誰か。", answer: "EU" }))).toBe(false);
    expect(answerNotInQuestion(card({ front: "ポンペオ国務長官の主張はどれか。", answer: "米国（ポンペオ国務長官）" }))).toBe(false);
    expect(answerNotInQuestion(card({ front: "次のように主張したのは誰か。", answer: "米国" }))).toBe(true);
  });
});

describe("noMasks", () => {
  it("rejects 〇〇 and ［　］ in answers, options and backs", () => {
    expect(noMasks(card({ back: "〇〇、シンガポールで開催" }))).toBe(false);
    expect(noMasks(card({ choices: ["［　　］で開催", "a", "b"] }))).toBe(false);
    expect(noMasks(card({ answer: "＿＿＿" }))).toBe(false);
  });
  it("lets a cloze question keep its own blank", () =>
    expect(noMasks(card({ template: "cloze", front: "空欄に入る語はどれか。\n［　　］が核実験を実施", answer: "北朝鮮", back: "北朝鮮が核実験を実施" }))).toBe(true));
  it("accepts a kanji zero", () => expect(noMasks(card({ back: "〇の字" }))).toBe(true));
});

describe("noIsoDates", () => {
  it("rejects ISO dates anywhere visible", () => {
    expect(noIsoDates(card({ back: "「米朝共同声明」（2018-06-12）" }))).toBe(false);
    expect(noIsoDates(card({ choices: ["2018-06", "a", "b"] }))).toBe(false);
    expect(noIsoDates(card({ front: "２０１８－０６－１２の出来事" }))).toBe(false);
  });
  it("ignores typed answers (accepted input, never shown)", () => expect(noIsoDates(card({ typedAnswers: ["2018-06-12"] }))).toBe(true));
});

describe("noOpenClause", () => {
  it.each(["「米朝共同声明」を受けて", "会談するとともに", "核実験を行ったほか", "非核化を約束したものの", "制裁を維持しつつ", "会談し", "会談で", "協議したが", "拉致問題など", "ミサイルを発射、"])(
    "rejects an option ending open: %s",
    (open) => expect(noOpenClause(card({ choices: [open, "a", "b"] }))).toBe(false),
  );
  it("rejects an open clause inside 「」 in the question", () =>
    expect(noOpenClause(card({ front: "「米朝共同声明を受けて訪朝し」はいつか。" }))).toBe(false));
  it("accepts complete phrases, and readings ending in し or で", () => {
    expect(noOpenClause(card({ choices: ["合意に至らず", "北朝鮮が核実験を実施", "首脳会談を開催した。"] }))).toBe(true);
    const reading = card({ template: "reading", front: "「岸」の読み方はどれか。", back: "岸（きし）", answer: "きし", choices: ["きし", "うで", "みなと"] });
    expect(noOpenClause(reading)).toBe(true);
  });
});

describe("noFragments", () => {
  it("rejects unclosed brackets, markup and sentence continuations", () => {
    expect(noFragments(card({ back: "「米朝共同声明」を受けて「訪朝" }))).toBe(false);
    expect(noFragments(card({ choices: ['核実験を強行したこと.md "wikilink"', "a", "b"] }))).toBe(false);
    expect(noFragments(card({ choices: ["Category:日朝関係", "a", "b"] }))).toBe(false);
    expect(noFragments(card({ choices: ["ところが実験が行われた", "a", "b"] }))).toBe(false);
  });
});

describe("enoughOptions", () => {
  it("needs three options with the answer exactly once", () => {
    expect(enoughOptions(card({ choices: ["2018年6月12日", "2018年4月27日"] }))).toBe(false);
    expect(enoughOptions(card({ choices: ["2018年4月27日", "2019年6月30日", "2017年9月3日"] }))).toBe(false);
    expect(enoughOptions(card({ choices: ["2018年6月12日", "２０１８年６月１２日", "2019年6月30日"] }))).toBe(false);
    expect(enoughOptions(card({ choices: ["2018年6月12日", "2019年6月30日", "2017年9月3日"] }))).toBe(true);
  });
  it("lets only list recall go without options; ordering options are the answer's items", () => {
    expect(enoughOptions(card({ choices: undefined }))).toBe(false);
    expect(enoughOptions(card({ template: "agreement-to-items", choices: undefined, answer: "1. a\n2. b" }))).toBe(true);
    expect(enoughOptions(card({ template: "put-in-order", answer: ["a", "b", "c"], choices: ["c", "a", "b"] }))).toBe(true);
    expect(enoughOptions(card({ template: "put-in-order", answer: ["a", "b", "c"], choices: ["c", "a", "d"] }))).toBe(false);
  });
});

describe("optionsDistinct", () => {
  it("rejects options that read the same or contain one another", () => {
    expect(optionsDistinct(card({ choices: ["米国", "米国側", "中国"] }))).toBe(false);
    expect(optionsDistinct(card({ choices: ["ソウル", "そうる", "中国"] }))).toBe(false);
    expect(optionsDistinct(card({ choices: ["米国", "韓国", "中国"] }))).toBe(true);
  });
});

describe("optionsSameKind", () => {
  it("rejects dates of mixed precision, dates among phrases, and wildly different lengths", () => {
    expect(optionsSameKind(card({ choices: ["2018年6月12日", "2018年4月", "2019年"] }))).toBe(false);
    expect(optionsSameKind(card({ choices: ["2018年6月12日", "シンガポール", "2019年6月30日"] }))).toBe(false);
    expect(optionsSameKind(card({ answer: "米国", choices: ["米国", "中国", "国連安全保障理事会の決議に基づき制裁を強化する方針を決めた加盟国"] }))).toBe(false);
  });
  it("readings are all kana", () => {
    expect(optionsSameKind(card({ template: "reading", answer: "プンゲリ", choices: ["プンゲリ", "ニョンビョン", "平壌"] }))).toBe(false);
    expect(optionsSameKind(card({ template: "reading", answer: "プンゲリ", choices: ["プンゲリ", "ニョンビョン", "ピョンヤン"] }))).toBe(true);
  });
});

describe("noDateInEventOptions", () => {
  const eventCard = (choices: string[]) =>
    card({ template: "date-to-event", front: "2018年9月にあったのはどれか。", answer: choices[0]!, choices });
  it("rejects event options that carry a date, or an answer whose name holds the asked date", () => {
    expect(noDateInEventOptions(eventCard(["核実験を実施", "6月12日に首脳会談を開催", "面会"]))).toBe(false);
    expect(noDateInEventOptions(eventCard(["「9月平壌共同宣言」", "核実験を実施", "面会"]))).toBe(false);
    expect(noDateInEventOptions(eventCard(["核実験を実施", "「9月平壌共同宣言」", "面会"]))).toBe(true);
  });
  it("accepts a name with a date in an ordering card, and dates as options of a date question", () => {
    expect(noDateInEventOptions(card({ template: "which-first", front: "次のうち、最も早いものはどれか。", answer: "「9月平壌共同宣言」", choices: ["「9月平壌共同宣言」", "核実験", "面会"] }))).toBe(true);
    expect(noDateInEventOptions(good)).toBe(true);
  });
});

describe("withinLengths", () => {
  it("question ≤ 120, options ≤ 60", () => {
    expect(withinLengths(card({ front: "あ".repeat(121) }))).toBe(false);
    expect(withinLengths(card({ choices: ["あ".repeat(61), "b", "c"] }))).toBe(false);
    expect(withinLengths(card({ front: "あ".repeat(120) }))).toBe(true);
  });
});

describe("unambiguous", () => {
  const fact = (id: string, over: Partial<SourceFact>): SourceFact => ({ ...FIXTURE_FACTS[2]!, id, ...over });
  it("rejects 'what happened on D' when two events share D, unless the question names a place that tells them apart", () => {
    const facts = [fact("a", { place: "シンガポール" }), fact("b", { headline: "米朝共同声明に署名", place: "シンガポール" })];
    const c = card({ template: "date-to-event", factId: "a", front: "2018年6月12日にシンガポールであったのはどれか。" });
    expect(unambiguous(c, checkContext(facts))).toBe(false);
    const apart = [facts[0]!, fact("b", { headline: "閣議で方針を決定", place: "東京" })];
    expect(unambiguous(c, checkContext(apart))).toBe(true);
    expect(unambiguous(card({ ...c, front: "2018年6月12日にあったのはどれか。" }), checkContext(apart))).toBe(false);
  });
  it("rejects 'what did A say about T' when A said two things on T and the question does not name when", () => {
    const pos = (id: string, date: SourceFact["date"]) =>
      fact(id, { kind: "position", actors: ["北朝鮮"], topics: ["非核化"], content: `主張${id}を述べた`, date });
    const facts = [pos("p1", { value: "2017-09", precision: "month" }), pos("p2", { value: "2018-04", precision: "month" })];
    const base = card({ template: "side-topic-position", factId: "p1", variant: "非核化", answer: "主張p1を述べた" });
    expect(unambiguous({ ...base, front: "北朝鮮は「非核化」についてどのような立場をとったか。" }, checkContext(facts))).toBe(false);
    expect(unambiguous({ ...base, front: "2017年9月、北朝鮮は「非核化」についてどのような立場をとったか。" }, checkContext(facts))).toBe(true);
  });
  it("rejects 'who said X' when another holder said the same", () => {
    const pos = (id: string, side: string) => fact(id, { kind: "position", actors: [side], speaker: null, content: "対話の継続を求めた" });
    const c = card({ template: "who-said", factId: "p1", answer: "北朝鮮" });
    expect(unambiguous(c, checkContext([pos("p1", "北朝鮮"), pos("p2", "韓国")]))).toBe(false);
    expect(unambiguous(c, checkContext([pos("p1", "北朝鮮")]))).toBe(true);
  });
  it("rejects ordering cards whose dates could coincide", () => {
    const facts = [fact("a", { date: { value: "2018-06", precision: "month" } }), fact("b", { headline: "別の出来事" }), fact("c", { headline: "三つ目", date: { value: "2019", precision: "year" } })];
    expect(unambiguous(card({ template: "which-first", factIds: ["a", "b", "c"] }), checkContext(facts))).toBe(false);
  });
});

describe("applyChecks", () => {
  it("keeps passing cards and counts each failed rule", () => {
    const bad = card({ key: "bad", back: "〇〇（2018-06-12）" });
    const out = applyChecks([good, bad], ctx);
    expect(out.cards).toEqual([good]);
    expect(out.rejected.noMasks).toBe(1);
    expect(out.rejected.noIsoDates).toBe(1);
    expect(Object.keys(out.rejected).sort()).toEqual([...CHECK_NAMES].sort());
    expect(out.rejectedCards).toEqual([{ card: bad, failed: ["noMasks", "noIsoDates"] }]);
  });
});
