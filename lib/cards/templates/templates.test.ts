// Unit tests of the template helpers; the templates themselves are exercised through
// generateCards in ../generate.test.ts (they need a corpus for their options).
import { describe, expect, it } from "vitest";
import { describeCorpus } from "../corpus";
import { FIXTURE_FACTS, TRADE_FACTS } from "../test-fixtures";
import { standsAlone } from "../text-rules";
import { dateToEventCard, eventToDateCard, whereHeldCard, withPlaceBlanked } from "./events";
import { mayBeSamePerson, whoSaidCard } from "./positions";
import { agreementCards } from "./agreements";
import { clozeCards, namesItsState } from "./cloze";
import { sampleFact } from "../test-fixtures";

const korea = describeCorpus(FIXTURE_FACTS);
const trade = describeCorpus(TRADE_FACTS);
const fact = (id: string) => [...FIXTURE_FACTS, ...TRADE_FACTS].find((f) => f.id === id)!;

describe("corpus pools", () => {
  it("places come from the facts' place fields, sides from actors, never a place", () => {
    expect(korea.places).toEqual(["シンガポール", "ハノイ", "平壌", "板門店", "豊渓里"].sort());
    expect(trade.sides).toContain("EU");
    expect(trade.sides.some((s) => trade.places.includes(s))).toBe(false);
  });
});

describe("event templates", () => {
  it("withPlaceBlanked blanks the place where it stands as a word, or gives up", () => {
    expect(withPlaceBlanked("史上初の米朝首脳会談をシンガポールで開催", "シンガポール")).toBe("史上初の米朝首脳会談を［　　］で開催");
    // A place inside a named place is told by it (シンガポールの［　　］): no blank.
    expect(withPlaceBlanked("米朝首脳会談はシンガポールのセントーサ島で開催", "セントーサ島")).toBeNull();
    expect(withPlaceBlanked("板門店宣言", "板門店")).toBeNull();
    expect(withPlaceBlanked("米国がTPPからの離脱を表明", "ワシントン")).toBeNull();
  });
  it("never offers, as a wrong date, a date its own sentence gives another fact", () => {
    const decided = { ...fact("t-us-withdrawal"), id: "t-decided", date: { value: "2017-11-17", precision: "day" as const }, headline: "改正の発効が決まる" };
    const enters = { ...fact("t-us-withdrawal"), id: "t-enters", date: { value: "2019-01-01", precision: "day" as const }, headline: "改正が発効" };
    // Twenty seeds: without the rule, the date beside the answer is picked for some of them.
    for (let i = 0; i < 20; i += 1) {
      const asked = { ...decided, id: `t-decided-${i}` };
      const card = eventToDateCard(asked, describeCorpus([...TRADE_FACTS, asked, enters]))!;
      expect(card.answer).toBe("2017年11月17日");
      expect(card.choices).not.toContain("2019年1月1日");
    }
  });

  it("builds each card only from a usable headline", () => {
    expect(eventToDateCard(fact("t-us-withdrawal"), trade)?.answer).toBe("2017年1月23日");
    expect(eventToDateCard({ ...fact("t-us-withdrawal"), headline: "2017年1月23日、米国が離脱を表明" }, trade)).toBeNull();
    expect(dateToEventCard(fact("f-nuclear-test"), korea)?.front).toBe("2017年9月3日にあったのはどれか。");
    // (The trade subject has one other event: an event is asked among events only, so too few options.)
    expect(dateToEventCard(fact("t-us-withdrawal"), trade)).toBeNull();
    expect(whereHeldCard(fact("t-japan-eu"), trade)).toBeNull(); // agreements are not "held"
    // The fact's place is not in its headline (nor its sentence): no "where" card claims it.
    expect(whereHeldCard(fact("t-us-withdrawal"), trade)).toBeNull();
    expect(whereHeldCard(fact("t-tpp"), trade)).toBeNull(); // an agreement
    const summit = whereHeldCard(fact("f-singapore"), korea)!;
    expect(summit.front).toBe("空欄に入る場所はどれか。\n2018年6月12日、史上初の米朝首脳会談を［　　］で開催");
    expect(summit.answer).toBe("シンガポール");
  });
});

describe("position templates", () => {
  it("who said needs a statement that reads as one", () => {
    // 欧州委員会 is the only organisation that speaks, so the side answers, among other sides.
    expect(whoSaidCard(fact("t-eu-position"), trade)?.answer).toBe("EU");
    expect(whoSaidCard({ ...fact("t-eu-position"), content: "共同歩調" }, trade)).toBeNull();
  });
  it("never offers another name of the same person", () => {
    expect(mayBeSamePerson("金党委員長", "金正恩朝鮮労働党委員長")).toBe(true);
    expect(mayBeSamePerson("トランプ大統領", "文在寅大統領")).toBe(false);
  });
});

describe("agreement templates", () => {
  it("lists items as ①②③ and asks which agreement holds an item", () => {
    const cards = agreementCards(fact("t-japan-us"), trade);
    expect(cards.find((c) => c.template === "agreement-to-items")!.back).toBe("①牛肉の関税引き下げ\n②工業品関税の撤廃\n③デジタル貿易のルール");
    expect(cards.filter((c) => c.template === "item-to-agreement")).toHaveLength(3);
  });
});

describe("cloze", () => {
  it("standsAlone: a whole word, not part of a longer name", () => {
    expect(standsAlone("北朝鮮は実験を実施", "北朝鮮")).toBe(true);
    expect(standsAlone("金正恩党委員長と会見", "金正")).toBe(false);
    expect(standsAlone("韓国大統領特使団が訪朝", "韓国")).toBe(false);
    expect(standsAlone("中国・ロシアとの協議", "ロシア")).toBe(true);
  });
});

describe("cloze on a state's organ", () => {
  it("namesItsState: a country's name before 政府, 軍 or 側, never inside another word", () => {
    expect(namesItsState("タイ政府は英米に対して宣戦布告", "タイ")).toBe(true);
    expect(namesItsState("日本軍はタイ南部へ奇襲上陸", "日本")).toBe(true);
    expect(namesItsState("日本軍はタイ南部へ奇襲上陸", "タイ")).toBe(false); // タイ南部 is a region
    expect(namesItsState("タイ政府庁舎を公開", "タイ")).toBe(false);
    expect(namesItsState("韓国政府は反発し、韓国は抗議", "韓国")).toBe(false); // every occurrence must be the organ
    expect(namesItsState("自民党政府の方針", "自民党")).toBe(false); // not a country
  });

  it("blanks the state before its government, with the date as context and other states as options", () => {
    const facts = [
      sampleFact("war", { headline: "タイ政府は英米に対して宣戦布告", actors: ["タイ", "米国"], date: { value: "1942-01-25", precision: "day" } }),
      sampleFact("a", { headline: "日本とフランスが停戦協定に調印", actors: ["日本", "フランス"], date: { value: "1941-05-09", precision: "day" } }),
      // (An option is a name the sources use as a word somewhere.)
      sampleFact("b", { headline: "タイは中立を宣言", actors: ["タイ"], date: { value: "1939-09-05", precision: "day" } }),
      sampleFact("c", { headline: "米国は日本への石油輸出を禁止", actors: ["米国", "日本"], date: { value: "1941-08-01", precision: "day" } }),
    ];
    const [card] = clozeCards(facts[0]!, describeCorpus(facts));
    expect(card!.front).toBe("空欄に入る語はどれか。\n1942年1月25日、［　　］政府は英米に対して宣戦布告");
    expect(card!.answer).toBe("タイ");
    // 米国 stands in the headline as 米 of 英米: never an option.
    expect([...card!.choices!].sort()).toEqual(["タイ", "フランス", "日本"].sort());
  });
});
