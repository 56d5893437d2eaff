import { describe, expect, it } from "vitest";
import { generateCards } from "@/lib/cards/generate";
import { FIXTURE_FACTS, FIXTURE_RUBY } from "@/lib/cards/test-fixtures";
import { assembleQuiz, pairwiseOrderScore, scoreAttempt, supportedKinds, type QuizQuestion } from "./assemble";

const cards = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
const allKinds = ["multiple_choice", "ordering", "typed"] as const;

describe("assembleQuiz", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = assembleQuiz({ cards, count: 6, kinds: allKinds, shuffle: true, seed: "attempt-1" });
    const b = assembleQuiz({ cards, count: 6, kinds: allKinds, shuffle: true, seed: "attempt-1" });
    const c = assembleQuiz({ cards, count: 6, kinds: allKinds, shuffle: true, seed: "attempt-2" });
    expect(a).toEqual(b);
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
    expect(a).toHaveLength(6);
  });

  it("mixes the requested kinds and uses only those", () => {
    // One card per fact: an ordering card competes with its anchor event's other cards, so not every
    // draw holds all three kinds — some of twenty do, and none holds a kind not asked for.
    const draws = Array.from({ length: 20 }, (_, i) => assembleQuiz({ cards, count: 12, kinds: allKinds, shuffle: true, seed: `mix-${i}` }));
    expect(draws.some((quiz) => new Set(quiz.map((q) => q.kind)).size === 3)).toBe(true);
    const typedOnly = assembleQuiz({ cards, count: 5, kinds: ["typed"], shuffle: false, seed: "t" });
    expect(typedOnly.every((q) => q.kind === "typed" && q.accepted!.length > 0 && q.options === undefined)).toBe(true);
  });

  it("never holds two cards of one fact, even when more questions are asked for", () => {
    for (const seed of ["facts", "s1", "s2", "s3"]) {
      const quiz = assembleQuiz({ cards, count: 100, kinds: allKinds, shuffle: true, seed });
      const factIds = quiz.map((q) => cards.find((c) => c.key === q.cardKey)!.factId);
      expect(quiz.length).toBeGreaterThanOrEqual(5);
      expect(new Set(factIds).size).toBe(factIds.length);
    }
  });

  it("never holds a question whose answer another question shows in its prompt or options", () => {
    const norm = (x: string) => x.replace(/\s/g, "");
    for (const seed of ["g1", "g2", "g3", "g4", "g5"]) {
      const quiz = assembleQuiz({ cards, count: 100, kinds: allKinds, shuffle: true, seed });
      for (const q of quiz) {
        if (typeof q.answer !== "string") continue;
        for (const other of quiz) {
          if (other === q) continue;
          const card = cards.find((c) => c.key === other.cardKey)!;
          const shown = [card.front, ...(card.choices ?? [])].map(norm);
          expect(shown.some((text) => text.includes(norm(q.answer as string)))).toBe(false);
        }
      }
    }
  });

  it("drops the later of two questions when one's answer is in the other's prompt or options", () => {
    const source = { documentId: "d", start: 0, end: 1, quote: "x" };
    const when = { key: "when", factId: "f1", front: "米朝首脳会談が開かれたのはいつか。", back: "2018年6月12日", answer: "2018年6月12日", typedAnswers: ["2018年6月12日"], ...source };
    const what = { key: "what", factId: "f2", front: "2018年6月12日に何があったか。", back: "米朝首脳会談", answer: "米朝首脳会談", typedAnswers: ["米朝首脳会談"], ...source };
    const option = { key: "opt", factId: "f3", front: "シンガポールで開かれた会談は。", back: "米朝首脳会談", answer: "第1回米朝首脳会談", choices: ["第1回米朝首脳会談", "南北首脳会談", "米中首脳会談"], ...source };
    const other = { key: "other", factId: "f4", front: "板門店宣言に署名したのは誰か。", back: "韓国と北朝鮮", answer: "韓国と北朝鮮", typedAnswers: ["韓国と北朝鮮"], ...source };
    const quiz = assembleQuiz({ cards: [when, what, option, other], count: 4, kinds: ["typed", "multiple_choice"], shuffle: false, seed: "x" });
    // "what" names the date "when" asks for, so it goes; the others give nothing away.
    expect(quiz.map((q) => q.cardKey)).toEqual(["when", "opt", "other"]);
    // "opt" shows "what"'s answer among its options: with "what" chosen first, it goes.
    const second = assembleQuiz({ cards: [what, option, other], count: 4, kinds: ["typed", "multiple_choice"], shuffle: false, seed: "x" });
    expect(second.map((q) => q.cardKey)).toEqual(["what", "other"]);
  });

  it("never holds an ordering question together with a question that shows one of its events with its date", () => {
    const source = { documentId: "d", start: 0, end: 1, quote: "x" };
    const items = ["米朝首脳会談を開催", "北朝鮮が核実験を実施", "南北首脳会談を板門店で開催"];
    const order = { key: "order", factId: "f1", front: "次を古い順に並べよ。", back: "…", answer: items, choices: [items[2]!, items[0]!, items[1]!], ...source };
    // The cloze shows 北朝鮮が核実験を実施 with its date; its answer, the blanked name, is in the ordering item,
    // so the rule "no answer shown in another question" already keeps the two apart.
    const cloze = { key: "cloze", factId: "f2", front: "空欄に入る語はどれか。\n2017年9月3日、［　　］が核実験を実施", back: items[1]!, answer: "北朝鮮", choices: ["北朝鮮", "韓国", "中国"], ...source };
    // A date with some other event, or an event without its date, tells nothing of the order.
    const elsewhere = { key: "else", factId: "f3", front: "空欄に入る語はどれか。\n2018年2月9日、［　　］で冬季五輪が開幕", back: "平昌で冬季五輪が開幕", answer: "平昌", choices: ["平昌", "東京", "北京"], ...source };
    const when = { key: "when", factId: "f4", front: "次の出来事は何年何月何日のことか。\n南北首脳会談を板門店で開催", back: "…", answer: "2018年4月27日", choices: ["2018年4月27日", "2018年5月26日", "2018年9月18日"], ...source };
    const pick = (cards: (typeof order | typeof cloze)[]) =>
      assembleQuiz({ cards, count: 4, kinds: ["ordering", "multiple_choice"], shuffle: false, seed: "x" }).map((q) => q.cardKey);
    expect(pick([order, cloze, elsewhere, when])).toEqual(["order", "else", "when"]);
    expect(pick([cloze, order, elsewhere, when])).toEqual(["cloze", "else", "when"]);
  });

  it("on generated cards: no question comparing events beside a cloze or place question dating one of them", () => {
    const dated = (front: string) => front.split("\n").slice(1).map((l) => /^(.*?[年月日])、(.+)$/.exec(l)).filter((m) => m !== null);
    const blankAsAny = (line: string) => new RegExp(`^${line.split(/［[\s　]*］/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".{1,30}")}$`);
    let checked = 0;
    for (const seed of ["o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"]) {
      const quiz = assembleQuiz({ cards, count: 100, kinds: allKinds, shuffle: true, seed });
      for (const q of quiz) {
        const events = [...(Array.isArray(q.answer) ? q.answer : []), ...(q.options ?? [])];
        for (const other of quiz.filter((x) => x !== q)) {
          for (const m of dated(other.prompt)) {
            checked++;
            expect(events.some((item) => blankAsAny(m[2]!).test(item)), `${other.prompt} beside ${q.prompt}`).toBe(false);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("returns fewer questions when the cards cannot supply more; unique ids", () => {
    const quiz = assembleQuiz({ cards, count: 10_000, kinds: allKinds, shuffle: false, seed: "all" });
    expect(quiz.length).toBeLessThan(10_000);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    expect(assembleQuiz({ cards, count: 0, kinds: allKinds, shuffle: true, seed: "x" })).toEqual([]);
    expect(assembleQuiz({ cards, count: 5, kinds: [], shuffle: true, seed: "x" })).toEqual([]);
    expect(() => assembleQuiz({ cards, count: -1, kinds: allKinds, shuffle: true, seed: "x" })).toThrow(RangeError);
  });

  it("multiple choice keeps exactly one correct option; ordering is never presented solved", () => {
    const quiz = assembleQuiz({ cards, count: 10_000, kinds: allKinds, shuffle: true, seed: "check" });
    for (const q of quiz) {
      if (q.kind === "multiple_choice") expect(q.options!.filter((o) => o === q.answer)).toHaveLength(1);
      if (q.kind === "ordering") {
        expect(q.options).not.toEqual(q.answer);
        expect([...q.options!].sort()).toEqual([...(q.answer as string[])].sort());
      }
      expect(q.source.quote.length).toBeGreaterThan(0);
      expect(q.explanation.length).toBeGreaterThan(0);
    }
  });

  it("supportedKinds reflects what a card can be asked as", () => {
    const order = cards.find((c) => c.template === "put-in-order")!;
    const reading = cards.find((c) => c.template === "reading")!;
    const list = cards.find((c) => c.template === "agreement-to-items")!;
    expect(supportedKinds(order)).toEqual(["ordering"]);
    expect(supportedKinds(reading)).toEqual(["multiple_choice", "typed"]);
    expect(supportedKinds(list)).toEqual([]);
  });
});

describe("scoreAttempt", () => {
  const mc: QuizQuestion = {
    id: "mc",
    cardKey: "k1",
    kind: "multiple_choice",
    prompt: "?",
    options: ["米国", "北朝鮮", "韓国"],
    answer: "北朝鮮",
    explanation: "",
    source: { documentId: "d", start: 0, end: 1, quote: "x" },
  };
  const typed: QuizQuestion = { ...mc, id: "typed", kind: "typed", options: undefined, answer: "ニョンビョン", accepted: ["ニョンビョン"] };
  const order: QuizQuestion = { ...mc, id: "order", kind: "ordering", options: ["c", "a", "d", "b"], answer: ["a", "b", "c", "d"] };

  it("scores each kind; unanswered is 0", () => {
    const r = scoreAttempt([mc, typed, order], { mc: "北朝鮮", typed: "にょんびょん", order: ["a", "b", "c", "d"] });
    expect(r.perQuestion.map((q) => q.score)).toEqual([1, 1, 1]);
    expect(r.percent).toBe(100);
    const empty = scoreAttempt([mc, typed, order], {});
    expect(empty.score).toBe(0);
    expect(empty.perQuestion.every((q) => !q.answered && !q.correct)).toBe(true);
  });

  it("rejects an option that was not offered and wrong answer types", () => {
    expect(scoreAttempt([mc], { mc: "北朝鮮 " }).score).toBe(0);
    expect(scoreAttempt([mc], { mc: ["北朝鮮"] }).score).toBe(0);
    expect(scoreAttempt([order], { order: "a,b,c,d" }).score).toBe(0);
  });

  it("ordering is all-or-nothing by default, pairwise partial credit on request", () => {
    const oneSwap = { order: ["a", "c", "b", "d"] };
    expect(scoreAttempt([order], oneSwap).score).toBe(0);
    const partial = scoreAttempt([order], oneSwap, { orderingCredit: "partial" });
    expect(partial.score).toBeCloseTo(5 / 6, 12);
    expect(partial.perQuestion[0]!.correct).toBe(false);
    expect(partial.percent).toBe(83.3);
  });

  it("pairwiseOrderScore: reversed is 0, a non-permutation is 0", () => {
    expect(pairwiseOrderScore(["a", "b", "c"], ["c", "b", "a"])).toBe(0);
    expect(pairwiseOrderScore(["a", "b", "c"], ["a", "a", "b"])).toBe(0);
    expect(pairwiseOrderScore(["a", "b", "c"], ["a", "b"])).toBe(0);
    expect(pairwiseOrderScore(["a", "b", "c"], ["b", "a", "c"])).toBeCloseTo(2 / 3, 12);
  });

  it("an empty quiz scores 0 %", () => {
    expect(scoreAttempt([], {})).toEqual({ perQuestion: [], score: 0, maxScore: 0, percent: 0 });
  });
});
