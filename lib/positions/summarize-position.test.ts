import { describe, expect, it } from "vitest";
import { positionSummary, shortenAtBoundary, SUMMARY_MAX } from "./summarize-position";

describe("shortenAtBoundary", () => {
  it("leaves short text alone", () => {
    expect(shortenAtBoundary("非核化は段階的に進めるべきだ")).toBe("非核化は段階的に進めるべきだ");
  });

  it("cuts long Japanese at a comma or after a particle ending a noun phrase, never inside a word", () => {
    const long = "北朝鮮は、米国が敵視政策を撤回し体制の安全を保証するまで、核・ミサイル開発を放棄しないとの立場を繰り返し示した";
    const short = shortenAtBoundary(long);
    expect([...short].length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(short.endsWith("…")).toBe(true);
    expect(short).toBe("北朝鮮は、米国が敵視政策を撤回し体制の安全を保証するまで、核・ミサイル開発を…");
    const noComma = "米国は完全かつ検証可能で不可逆的な非核化が実現するまで制裁を解除しないという立場を一貫して維持した";
    const cut = shortenAtBoundary(noComma);
    expect([...cut].length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(cut).toMatch(/[はがをにでとへもの]…$/);
  });

  it("cuts Latin text at a space", () => {
    expect(shortenAtBoundary("The United States will keep sanctions until denuclearization is complete", 30)).toBe("The United States will keep…");
  });
});

describe("positionSummary", () => {
  it("prefers the position's content, then its headline, then the statement, without enclosing quotes", () => {
    expect(positionSummary({ content: "「段階的な非核化を求める」", headline: "北朝鮮が段階的非核化を主張", statement: "長い文" })).toBe("段階的な非核化を求める");
    // A content that says nothing by itself (a bare noun phrase, a cut clause) yields to the headline.
    expect(positionSummary({ content: "直ちに金党委員長", headline: "北朝鮮が段階的非核化を主張", statement: "長い文" })).toBe("北朝鮮が段階的非核化を主張");
    expect(positionSummary({ content: null, headline: "北朝鮮が段階的非核化を主張", statement: "長い文" })).toBe("北朝鮮が段階的非核化を主張");
    expect(positionSummary({ content: "", headline: "", statement: "長い文" })).toBe("長い文");
    // A headline left open (…と非難した（) is no summary: the statement is.
    expect(positionSummary({ content: null, headline: "米国側が非核化だけを要求した」と非難した（", statement: "北朝鮮は米国を非難した。" })).toBe("北朝鮮は米国を非難した。");
  });
});
