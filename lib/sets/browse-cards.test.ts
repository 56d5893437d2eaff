import { describe, expect, it } from "vitest";
import { browseCards, browseFilterSchema, studyStatesOf, type BrowsableCard, type BrowsedState } from "./browse-cards";

const NOW = new Date("2026-03-01T00:00:00Z");
const card = (id: string, over: Partial<BrowsableCard> = {}): BrowsableCard => ({
  id, template: "date-to-event", front: `問い${id}`, back: `答え${id}`, choices: [], answer: `答え${id}`, documentId: "d1", ...over,
});
const cards = [
  card("a", { front: "シンガポールで何が合意された？", template: "date-to-event" }),
  card("b", { front: "いつ会談した？", back: "2018年6月12日", template: "event-to-date", documentId: "d2" }),
  card("c", { front: "寧辺の読みは？", back: "ニョンビョン", template: "reading", choices: ["ヨンビョン", "ニョンビョン"] }),
  card("d", { template: "put-in-order", answer: ["首脳会談", "共同声明"] }),
];
const states = new Map<string, BrowsedState>([
  ["b", { state: "review", due: new Date("2026-02-01T00:00:00Z") }],
  ["c", { state: "learning", due: new Date("2026-03-02T00:00:00Z") }],
  ["d", { state: "review", due: new Date("2026-04-01T00:00:00Z") }],
]);
const run = (params: Record<string, string>, pageSize?: number) => browseCards(cards, states, browseFilterSchema.parse(params), NOW, pageSize);
const ids = (r: { cards: BrowsableCard[] }) => r.cards.map((c) => c.id);

describe("browseCards", () => {
  it("searches front, back, answers and options, ignoring width and kana", () => {
    expect(ids(run({ q: "しんがぽーる" }))).toEqual(["a"]);
    expect(ids(run({ q: "２０１８" }))).toEqual(["b"]);
    expect(ids(run({ q: "よんびょん" }))).toEqual(["c"]);
    expect(ids(run({ q: "共同声明" }))).toEqual(["d"]);
    expect(ids(run({ q: "会談 いつ" }))).toEqual(["b"]);
    expect(ids(run({ q: "見つからない" }))).toEqual([]);
  });

  it("filters by template, by source document and by the viewer's study state", () => {
    expect(ids(run({ template: "reading" }))).toEqual(["c"]);
    expect(ids(run({ doc: "d2" }))).toEqual(["b"]);
    expect(ids(run({ state: "new" }))).toEqual(["a"]);
    expect(ids(run({ state: "review" }))).toEqual(["b", "d"]);
    expect(ids(run({ state: "learning" }))).toEqual(["c"]);
    expect(ids(run({ state: "due" }))).toEqual(["b"]);
    expect(ids(run({ state: "review", doc: "d1" }))).toEqual(["d"]);
  });

  it("pages the matches and clamps a page past the end", () => {
    expect(run({ page: "1" }, 3)).toMatchObject({ total: 4, page: 1, pages: 2 });
    expect(ids(run({ page: "2" }, 3))).toEqual(["d"]);
    expect(run({ page: "99" }, 3)).toMatchObject({ page: 2 });
    expect(run({ q: "無い" }, 3)).toMatchObject({ total: 0, page: 1, pages: 1 });
  });

  it("drops malformed parameters instead of failing", () => {
    expect(browseFilterSchema.parse({ state: "suspended", page: "-3", q: ["シンガポール", "x"], template: "" })).toEqual({
      q: "シンガポール", template: undefined, state: undefined, doc: undefined, page: 1,
    });
  });
});

describe("studyStatesOf", () => {
  it("counts never-studied cards as new and due cards also as due", () => {
    expect(studyStatesOf(undefined, NOW)).toEqual(["new"]);
    expect(studyStatesOf({ state: "relearning", due: NOW }, NOW)).toEqual(["learning", "due"]);
    expect(studyStatesOf({ state: "review", due: new Date(NOW.getTime() + 1) }, NOW)).toEqual(["review"]);
  });
});
