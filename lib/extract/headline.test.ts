import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

const factsOf = (text: string, publishedAt = "2024-03-14") => extract(cleanText(text), { publishedAt });
const headlineOf = (text: string) => factsOf(text)[0]?.headline;

describe("headlines: who–what–where, no date", () => {
  it("drops the date and its particle, and ends on the act's noun", () => {
    expect(headlineOf("2018年6月12日、シンガポールで米朝首脳会談が開催された。")).toBe("シンガポールで米朝首脳会談が開催");
    expect(headlineOf("両国は1999年4月から制度を導入した。")).toBe("両国は制度を導入");
  });

  it("keeps a negation: 明らかにしなかった is never 明らかにする", () => {
    expect(headlineOf("2019年2月28日、両首脳は合意文書に署名しなかった。")).toMatch(/署名しない$/);
  });

  it("a linking clause (…の成功を受けて) stands for its object", () => {
    const facts = factsOf("2017年11月末の発射試験の成功を受けて、北朝鮮は核戦力の完成を宣言した。");
    expect(facts.map((f) => f.headline)).toContain("発射試験の成功");
  });

  it("gives an event its place and a position its content", () => {
    const [event] = factsOf("2024年3月4日、両国の外相はジャカルタで会談した。");
    expect(event).toMatchObject({ kind: "event", place: "ジャカルタ" });
    const [position] = factsOf("林外相は「協定の早期発効を目指す」と述べた。");
    expect(position).toMatchObject({ kind: "position", speaker: "林外相", content: "協定の早期発効を目指す" });
  });
});

describe("position content", () => {
  it("is not cut after a subject inside the content (…意向があることを伝えた)", () => {
    const [position] = factsOf("北朝鮮は、金英哲党副委員長を通じ、米国と対話を行う意向があることを韓国側に伝えた。");
    expect(position?.content).toContain("意向があること");
    expect(position?.content).not.toBe("あること");
  });
});
