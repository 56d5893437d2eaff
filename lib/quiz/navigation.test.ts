import { describe, expect, it } from "vitest";
import { mayReplaceAnswer, navigationMode, nextAfterAnswer, questionToShow } from "./navigation";

const items = (answered: boolean[]) => answered.map((a, position) => ({ position, answered: a }));

describe("navigationMode", () => {
  it("is sequential unless the quiz allows going back", () => {
    expect(navigationMode({ allowBack: false, perQuestionSec: null })).toBe("sequential");
    expect(navigationMode({ allowBack: true, perQuestionSec: null })).toBe("free");
  });
  it("stays sequential with a per-question time limit (its clock starts when first shown)", () => {
    expect(navigationMode({ allowBack: true, perQuestionSec: 30 })).toBe("sequential");
  });
});

describe("questionToShow", () => {
  it("sequential: the first unanswered question, ignoring a request to go back", () => {
    expect(questionToShow(items([true, false, false]), "sequential", 0)).toBe(1);
    expect(questionToShow(items([true, false, false]), "sequential", null)).toBe(1);
  });
  it("sequential: skips questions whose own time ran out", () => {
    expect(questionToShow([{ position: 0, answered: false, expired: true }, { position: 1, answered: false }], "sequential", null)).toBe(1);
  });
  it("free: the requested question, answered or not", () => {
    expect(questionToShow(items([true, true, false]), "free", 0)).toBe(0);
    expect(questionToShow(items([true, true, false]), "free", 2)).toBe(2);
  });
  it("free: without a valid request, the first unanswered one", () => {
    expect(questionToShow(items([true, false, false]), "free", null)).toBe(1);
    expect(questionToShow(items([true, false, false]), "free", 7)).toBe(1);
  });
  it("null when everything is answered and nothing is requested", () => {
    expect(questionToShow(items([true, true]), "free", null)).toBeNull();
    expect(questionToShow(items([true, true]), "sequential", 0)).toBeNull();
  });
});

describe("nextAfterAnswer", () => {
  it("goes to the next question in order, answered or not", () => {
    expect(nextAfterAnswer(items([true, true, false]), 0)).toBe(1);
  });
  it("after the last question, goes back to the first unanswered one", () => {
    expect(nextAfterAnswer(items([false, true, true]), 2)).toBe(0);
  });
  it("null when every other question is answered", () => {
    expect(nextAfterAnswer(items([true, true, false]), 2)).toBeNull();
  });
});

describe("mayReplaceAnswer", () => {
  it("only in free navigation", () => {
    expect(mayReplaceAnswer("free")).toBe(true);
    expect(mayReplaceAnswer("sequential")).toBe(false);
  });
});
