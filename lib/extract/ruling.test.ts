import { describe, expect, it } from "vitest";
import type { CleanedDocument, TextBlock } from "@/lib/facts/types";
import { appellantOf, courtOf, findRulingSections, rulingFacts } from "./ruling";

/** A cleaned document from lines: "# x" is a heading, anything else a body block. */
function doc(lines: string[]): CleanedDocument {
  let text = "";
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    const heading = line.startsWith("# ");
    const body = heading ? line.slice(2) : line;
    if (text) text += "\n\n";
    blocks.push({ kind: heading ? "heading" : "body", start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, ruby: [], blocks };
}

const judgment = doc([
  "# 主文",
  "本件上告を棄却する。",
  "上告費用は上告人の負担とする。",
  "# 理由",
  "上告代理人の上告理由第一点について。",
  "論旨は、原判決が被上告人の処分を適法とした点に法令の解釈を誤った違法があるというのである。",
  "しかし、行政庁は処分をするに当たり関係者の意見を聴く義務を負うものではなく、原判決に所論の違法はない。",
  "論旨は採用できない。",
  "よつて、裁判官全員の一致で、主文のとおり判決する。",
  "# 裁判官一覧",
  "裁判長裁判官 某",
]);

describe("court judgments", () => {
  it("finds the disposition and the reasons by their headings, and nothing in other documents", () => {
    const sections = findRulingSections(judgment)!;
    expect(sections.disposition).toHaveLength(2);
    expect(sections.reasons).toHaveLength(5);
    expect(findRulingSections(doc(["# 概要", "2019年に首脳会談が開かれた。"]))).toBeNull();
  });

  it("the order is the court's event on the judgment date; costs are left out", () => {
    const facts = rulingFacts(judgment, findRulingSections(judgment)!, {
      title: "最高裁判所第三小法廷 判決",
      publishedAt: { value: "1975-02-25", precision: "day" },
    });
    const events = facts.filter((f) => f.kind === "event");
    expect(events.map((f) => [f.quote, f.actors, f.date?.value])).toEqual([["本件上告を棄却する", ["最高裁判所"], "1975-02-25"]]);
  });

  it("the appellant's argument and the court's finding are positions of each; verdicts on a point alone are not", () => {
    const facts = rulingFacts(judgment, findRulingSections(judgment)!, { title: "最高裁判所第三小法廷 判決", publishedAt: null });
    const positions = facts.filter((f) => f.kind === "position");
    expect(positions.map((f) => f.speaker)).toEqual(["上告人", "最高裁判所"]);
    expect(positions[0]!.quote).toBe("原判決が被上告人の処分を適法とした点に法令の解釈を誤った違法があるというのである");
    expect(positions[1]!.quote).toBe("行政庁は処分をするに当たり関係者の意見を聴く義務を負うものではなく、原判決に所論の違法はない");
    for (const f of facts) expect(judgment.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("論旨は…にすぎず、採用することができない is the court's verdict, not the appellant's argument", () => {
    const verdict = doc(["# 主文", "本件上告を棄却する。", "# 理由", "論旨は、ひつきよう、原審の専権に属する証拠の取捨判断、事実の認定を非難するものにすぎず、採用することができない。"]);
    const [position] = rulingFacts(verdict, findRulingSections(verdict)!, { title: "最高裁判所 判決", publishedAt: null }).filter((f) => f.kind === "position");
    expect(position?.speaker).toBe("最高裁判所");
  });

  it("the parties' claims in a modern judgment are theirs, the court's judgment its own", () => {
    const modern = doc([
      "# 主文",
      "原告の請求を棄却する。",
      "# 事実及び理由",
      "第2 原告の主張",
      "被告の従業員は原告に対し安全に配慮する義務を負っていたのであり、被告はその義務に違反したものである。",
      "第3 当裁判所の判断",
      "被告が原告に対して安全配慮義務に違反したと認めるに足りる証拠はない。",
    ]);
    const facts = rulingFacts(modern, findRulingSections(modern)!, { title: "東京地方裁判所 判決", publishedAt: null });
    expect(facts.filter((f) => f.kind === "position").map((f) => f.speaker)).toEqual(["原告", "東京地方裁判所"]);
  });

  it("names the court from the title and the appellant from the text", () => {
    expect(courtOf("大阪高等裁判所 判決 平成10年", "")).toBe("大阪高等裁判所");
    expect(courtOf(null, "本件について最高裁判所は")).toBe("最高裁判所");
    expect(courtOf(null, "")).toBe("裁判所");
    expect(appellantOf("被上告人の主張に対し控訴人は")).toBe("控訴人");
  });
});
