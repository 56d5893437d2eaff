import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { generateCards } from "./generate";
import { parseQuestionStem } from "./question-stem";
import { FIXTURE_FACTS, FIXTURE_RUBY, TRADE_FACTS } from "./test-fixtures";

const messages = (locale: string) =>
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../messages/${locale}/cardQuestion.json`), "utf8")) as { cardQuestion: Record<string, string> })
    .cardQuestion;
const render = (locale: string, front: string) => {
  const parsed = parseQuestionStem(front)!;
  const { key, ...params } = parsed.stem;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? "none"]));
  return new IntlMessageFormat(messages(locale)[key]!, locale).format(values) as string;
};

describe("question stems: the app's words of a card, read back for the English UI", () => {
  const cards = [...generateCards(FIXTURE_FACTS, FIXTURE_RUBY), ...generateCards(TRADE_FACTS)];

  it("every generated card's question is a known stem, and the Japanese message gives it back exactly", () => {
    for (const c of cards) {
      const first = c.front.split("\n")[0]!;
      expect(parseQuestionStem(c.front), c.front).not.toBeNull();
      expect(render("ja", c.front), c.front).toBe(first);
    }
  });

  it("the English UI shows English stems and keeps the source's words", () => {
    expect(render("en", "次の出来事は何年何月何日のことか。\n史上初の米朝首脳会談を開催")).toBe("When did this happen? (give the date)");
    expect(parseQuestionStem("次の出来事は何年何月何日のことか。\n史上初の米朝首脳会談を開催")!.rest).toBe("史上初の米朝首脳会談を開催");
    expect(render("en", "2018年6月12日にシンガポールであったのはどれか。")).toBe("What happened in シンガポール on 2018年6月12日?");
    expect(render("en", "北朝鮮は「制裁」についてどのような立場をとったか。")).toBe("What position did 北朝鮮 take on “制裁”?");
    expect(render("en", "1975年2月25日、最高裁判所が言い渡した判決の結論はどれか。")).toBe("What did 最高裁判所 decide in its judgment of 1975年2月25日?");
    expect(render("ja", "1975年2月25日、最高裁判所が言い渡した判決の結論はどれか。")).toBe("1975年2月25日、最高裁判所が言い渡した判決の結論はどれか。");
    for (const c of cards) expect(render("en", c.front), c.front).not.toMatch(/[。]|どれか|誰か/);
  });

  it("who said asked of states, and what a speaker said on a subject, read back in both languages", () => {
    for (const front of [
      "次のように主張したのはどの国か。\n「漁業資源の共同管理を提案した」",
      "次の意向を示したのはどの国・機関か。\n「対話に応じる意向」",
      "川口外務大臣は、外交を行うに際して、どのように述べたか。",
      "1998年10月8日の合意・宣言はどれか。",
      "2003年8月27日、川口外務大臣は、イラクの復興について、どのように述べたか。",
      "次の出来事が始まったのは何年何月何日か。\n林外務大臣が米国ワシントンD.C.を訪問",
    ])
      expect(render("ja", front)).toBe(front.split("\n")[0]);
    expect(render("en", "1998年10月8日の合意・宣言はどれか。")).toBe("Which agreement or declaration is of 1998年10月8日?");
    expect(render("en", "次の出来事が始まったのは何年何月何日か。\n林外務大臣が米国ワシントンD.C.を訪問")).toBe("When did this begin? (give the date)");
    expect(render("en", "次のように主張したのはどの国か。\n「漁業資源の共同管理を提案した」")).toBe("Which country said this?");
    expect(render("en", "次の意向を示したのはどの国・機関か。")).toBe("Which country or body expressed this (意向)?");
    expect(render("en", "川口外務大臣は、外交を行うに際して、どのように述べたか。")).toBe("What did 川口外務大臣 say on “外交を行うに際して”?");
  });

  it("a front no template wrote (edited by its owner) is left as it is", () => {
    expect(parseQuestionStem("自分で書いた問題：板門店はどこか？")).toBeNull();
  });
});
