import { describe, expect, it } from "vitest";
import { generateCards } from "@/lib/cards/generate";
import { FIXTURE_FACTS, FIXTURE_RUBY } from "@/lib/cards/test-fixtures";
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import { assembleQuiz, givesAwayEither, type QuizQuestion } from "./assemble";
import { applyQuestionEdit } from "./apply-question-edit";
import { attemptQuestionsFrom } from "./attempt-order";
import { editableOf, editQuestionSchema } from "./edit-question";
import { pickReplacement } from "./pick-replacement";

const cards = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
const allKinds = ["multiple_choice", "ordering", "typed"] as const;
const quiz = assembleQuiz({ cards, count: 6, kinds: allKinds, shuffle: true, seed: "fixed" });
const ofKind = (kind: QuizQuestion["kind"]) => {
  const q = assembleQuiz({ cards, count: 30, kinds: [kind], shuffle: true, seed: `kind-${kind}` })[0];
  if (!q) throw new Error(`no ${kind} question in the fixture`);
  return q;
};

describe("editQuestionSchema", () => {
  const mc = { kind: "multiple_choice", prompt: "いつ？", options: ["2018年", "2019年", "2017年"], answer: "2019年" };
  const fieldsOf = (value: unknown) => {
    const r = editQuestionSchema.safeParse(value);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("accepts a multiple-choice question whose answer is one of its options, NFC-normalised and trimmed", () => {
    const r = editQuestionSchema.parse({ ...mc, prompt: "  いつ？ " });
    expect(r).toEqual({ ...mc, prompt: "いつ？" });
  });

  it("refuses a right answer that is not an option, duplicate options, too few options and an empty prompt, with codes", () => {
    expect(fieldsOf({ ...mc, answer: "2020年" })).toEqual({ answer: "answer_not_an_option" });
    expect(fieldsOf({ ...mc, options: ["2019年", "２０１９年"] })).toMatchObject({ options: "duplicate_options" });
    expect(fieldsOf({ ...mc, options: ["2019年"] })).toMatchObject({ options: "too_few_options" });
    expect(fieldsOf({ ...mc, prompt: "  " })).toMatchObject({ prompt: "required" });
    expect(fieldsOf({ ...mc, prompt: "a\u202Eb" })).toMatchObject({ prompt: "invalid_characters" });
  });

  it("refuses unknown fields and duplicate ordering items", () => {
    expect(editQuestionSchema.safeParse({ ...mc, extra: 1 }).success).toBe(false);
    expect(fieldsOf({ kind: "ordering", prompt: "順に", items: ["A", "A"] })).toEqual({ items: "duplicate_options" });
    expect(fieldsOf({ kind: "typed", prompt: "誰？", accepted: [] })).toEqual({ accepted: "required" });
  });
});

describe("applyQuestionEdit", () => {
  it("keeps the question (and its id) when nothing changed", () => {
    for (const q of quiz) expect(applyQuestionEdit(q, editableOf(q))).toBe(q);
  });

  it("gives an edited multiple-choice question a new id, the new text and options, and keeps its source", () => {
    const q = ofKind("multiple_choice");
    const options = [...q.options!.slice(0, 2), "どれでもない"];
    const answer = options.includes(String(q.answer)) ? String(q.answer) : options[0]!;
    const edited = applyQuestionEdit(q, { kind: "multiple_choice", prompt: "書き直した問い", options, answer })!;
    expect(edited.id).not.toBe(q.id);
    expect(edited).toMatchObject({ prompt: "書き直した問い", options, answer, cardKey: q.cardKey, source: q.source, explanation: q.explanation });
  });

  it("never presents an edited ordering question in the right order", () => {
    const q = ofKind("ordering");
    const items = ["一", "二", "三"];
    const edited = applyQuestionEdit(q, { kind: "ordering", prompt: q.prompt, items })!;
    expect(edited.answer).toEqual(items);
    expect([...edited.options!].sort()).toEqual([...items].sort());
    expect(edited.options).not.toEqual(items);
  });

  it("takes the first accepted typed answer as the answer, and refuses a change of kind", () => {
    const q = ofKind("typed");
    const edited = applyQuestionEdit(q, { kind: "typed", prompt: q.prompt, accepted: ["甲", "乙"] })!;
    expect(edited).toMatchObject({ answer: "甲", accepted: ["甲", "乙"] });
    expect(applyQuestionEdit(q, { kind: "ordering", prompt: q.prompt, items: ["a", "b"] })).toBeNull();
  });
});

describe("pickReplacement", () => {
  it("replaces a question with a card not in the quiz, of the same kind, of a fact no other question asks", () => {
    const factOf = new Map(cards.map((c) => [c.key, c.factId]));
    for (const target of quiz) {
      for (const seed of ["r1", "r2", "r3"]) {
        const next = pickReplacement({ cards, questions: quiz, replacing: target.id, kinds: allKinds, seed })!;
        expect(next).not.toBeNull();
        expect(quiz.map((q) => q.cardKey)).not.toContain(next.cardKey);
        expect(next.kind).toBe(target.kind);
        const others = quiz.filter((q) => q.id !== target.id);
        expect(others.map((q) => factOf.get(q.cardKey))).not.toContain(factOf.get(next.cardKey));
        const card = cards.find((c) => c.key === next.cardKey)!;
        // Each other question as the learner sees it: a typed question shows no options.
        const shown = (o: QuizQuestion) => ({ ...cards.find((c) => c.key === o.cardKey)!, choices: o.kind === "multiple_choice" ? o.options : undefined });
        for (const o of others) expect(givesAwayEither(card, shown(o))).toBe(false);
      }
    }
  });

  it("falls back to another kind when none of the same kind is left, and to null when no card is left", () => {
    const typed = ofKind("typed");
    const onlyMc = cards.filter((c) => c.key === typed.cardKey || (c.choices && typeof c.answer === "string" && !c.typedAnswers?.length));
    const next = pickReplacement({ cards: onlyMc, questions: [typed], replacing: typed.id, kinds: allKinds, seed: "f" });
    expect(onlyMc.length).toBeGreaterThan(1);
    expect(next?.kind).toBe("multiple_choice");
    const none = pickReplacement({ cards: cards.filter((c) => c.key === typed.cardKey), questions: [typed], replacing: typed.id, kinds: allKinds, seed: "n" });
    expect(none).toBeNull();
  });
});

describe("attemptQuestionsFrom", () => {
  it("gives every attempt the same questions, re-ordered per seed when the quiz shuffles", () => {
    const a = attemptQuestionsFrom(quiz, "seed-a", true);
    const b = attemptQuestionsFrom(quiz, "seed-b", true);
    expect(a).toEqual(attemptQuestionsFrom(quiz, "seed-a", true));
    expect(new Set(a.map((q) => q.id))).toEqual(new Set(quiz.map((q) => q.id)));
    expect(a.map((q) => q.id).join()).not.toBe(b.map((q) => q.id).join());
    for (const q of a) {
      const original = quiz.find((x) => x.id === q.id)!;
      expect(q.answer).toEqual(original.answer);
      if (q.options) expect([...q.options].sort()).toEqual([...original.options!].sort());
      if (q.kind === "ordering") expect(q.options).not.toEqual(q.answer);
    }
  });

  it("keeps the instructor's order without shuffling", () => {
    expect(attemptQuestionsFrom(quiz, "x", false)).toEqual(quiz);
  });

  it("shows the right answer among the options of every multiple-choice question", () => {
    for (const q of attemptQuestionsFrom(quiz, "y", true).filter((x) => x.kind === "multiple_choice")) {
      expect(q.options!.map(normalizeAnswer)).toContain(normalizeAnswer(String(q.answer)));
    }
  });
});
