import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

const eventsOf = (text: string) => extract(cleanText(text), { publishedAt: "2026-02-22" }).filter((f) => f.kind === "event");

describe("a happening told again is one fact (issue 8: duplicates)", () => {
  it("a count of the same result (…に続き、今大会2つ目の…) is no second event", () => {
    const events = eventsOf("2026年2月15日、スピードスケート女子500mに出場した髙木美帆選手が銅メダルを獲得した。髙木選手は女子1000mに続き、今大会2つ目の銅メダルを獲得した。");
    expect(events).toHaveLength(1);
    expect(events[0]!.headline).toContain("500m");
    const titles = eventsOf("2025年11月3日、囲碁の名人戦で井上一郎九段が名人位を獲得した。井上九段は本因坊に続き、今年3つ目のタイトルを獲得した。");
    expect(titles).toHaveLength(1);
  });

  it("a recap in the perfect (…12日に行われた…で、…を獲得している) is no second event", () => {
    const events = eventsOf(
      "2026年2月12日、スキーモーグル男子の決勝に進出した堀島行真選手が銅メダルを獲得した。2026年2月15日、デュアルモーグル男子に出場した堀島行真選手が銀メダルを獲得した。堀島選手は12日に行われた男子モーグルの決勝で、銅メダルを獲得している。",
    );
    expect(events.map((e) => e.date?.value)).toEqual(["2026-02-12", "2026-02-15"]);
  });

  it("two acts of one actor on one day both stay when neither recaps the other", () => {
    const events = eventsOf("2024年5月10日、田中外相はベトナムの外相と会談した。田中外相はまた、同日、ハノイで日系企業の代表と会談した。");
    expect(events).toHaveLength(2);
  });
});
