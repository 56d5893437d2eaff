// Gold-free checks on the first-person documents of ../shared/corpus-dev (a preface, press conferences, a
// speech): five sentences per document a teacher would quiz, and the fact expected from each, written before
// the rules they check (speaker, kind, date, and words the content must keep). Prints how many come out right.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "@/lib/ingest/ingest";
import { extract } from "./__fixtures__/analysed";

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS_DEV = process.env.CORPUS_DEV_DIR ?? path.resolve(here, "../..", "../shared/corpus-dev");
/** Right at the time of writing: 21 of 25 (7 before the rules of first-person.test.ts). */
const FLOOR = 20;

type E = { at: string; kind: "position" | "event"; speaker?: string; date?: (d: string | null) => boolean; content?: string[] };
const is = (v: string) => (d: string | null) => d === v;
const notIn = (...v: (string | null)[]) => (d: string | null) => !v.includes(d);
const EXPECT: Record<string, E[]> = {
  "06": [
    { at: "日本の存在感が高まっていることを強く実感", kind: "position", speaker: "外務大臣", date: notIn("2019"), content: ["日本の存在感が高まっている"] },
    { at: "様々な問題解決を主導していく", kind: "position", speaker: "外務大臣", date: notIn("2019"), content: ["調整力へと転換", "主導していく"] },
    { at: "毅然とした対応を取っていく", kind: "position", speaker: "外務大臣", date: notIn("2019"), content: ["毅然とした対応を取っていく"] },
    { at: "の目指すところです", kind: "position", speaker: "外務大臣", date: notIn("2019"), content: ["包容力と力強さを兼ね備えた外交"] },
    { at: "更に歩を進めていきます", kind: "position", speaker: "外務大臣", date: notIn("2019"), content: ["焦点を当て", "歩を進めてい"] },
  ],
  "09": [
    { at: "日米両政府の認識を明確に示すもの", kind: "position", speaker: "林外務大臣", date: is("2022-07-27"), content: ["分けて考えることができない", "示す"] },
    { at: "経済にまたがる緊密な連携を確認する予定です", kind: "position", speaker: "林外務大臣", date: is("2022-07-27"), content: ["緊密な連携を確認"] },
    { at: "米国ワシントンD.C.を訪問する予定", kind: "event", date: (d) => !!d && d.startsWith("2022-07") },
    { at: "これに向けた緊密な連携を改めて確認する予定", kind: "position", speaker: "林外務大臣", date: is("2022-07-27"), content: ["日米同盟の更なる強化", "確認"] },
    { at: "第1回会合が開催をされます", kind: "event", date: (d) => !!d && d.startsWith("2022-07") },
  ],
  "10": [
    { at: "強いメッセージを打ち出したいと考えております", kind: "position", speaker: "上川外務大臣", date: is("2023-09-16"), content: ["国連の機能強化", "打ち出したい"] },
    { at: "しっかり議論をする予定", kind: "position", speaker: "上川外務大臣", date: is("2023-09-16"), content: ["議論"] },
    { at: "積極的に発信する予定", kind: "position", speaker: "上川外務大臣", date: is("2023-09-16"), content: ["発信"] },
    { at: "各国との緊密な連携を確認する予定", kind: "position", speaker: "上川外務大臣", date: is("2023-09-16"), content: ["緊密な連携"] },
    { at: "歴史の転換点ともいうべき時代を迎えております", kind: "position", speaker: "上川外務大臣", date: is("2023-09-16"), content: ["転換点"] },
  ],
  "12": [
    { at: "兼ね備えた外交」を進めることができたと考えております", kind: "position", speaker: "茂木外務大臣", date: is("2021-11-03"), content: ["包容力と力強さを兼ね備えた外交", "進めることができた"] },
    { at: "これについてはうまくいったと考えております", kind: "position", speaker: "茂木外務大臣", date: is("2021-11-03"), content: ["うまくいった"] },
    { at: "国際社会から高く評価された", kind: "position", speaker: "茂木外務大臣", date: is("2021-11-03"), content: ["高く評価された"] },
    { at: "52か国を訪問し", kind: "event", date: notIn("2019-09") },
    { at: "COVAXワクチン・サミットを共催", kind: "event", date: notIn("2019-09") },
  ],
  "13": [
    { at: "外交を目指すと申し上げました", kind: "position", speaker: "川口外務大臣", date: is("2002-03"), content: ["わかり易い", "外交を目指す"] },
    { at: "しっかり取り組むようにとのご指示", kind: "position", speaker: "小泉総理", content: ["外務省改革にしっかり取り組む"] },
    { at: "国民の理解と支持が不可欠であります", kind: "position", speaker: "川口外務大臣", date: is("2003-08-27"), content: ["国民の理解と支持が不可欠"] },
    { at: "外交を進める必要があります", kind: "position", speaker: "川口外務大臣", date: is("2003-08-27"), content: ["必要があ"] },
    { at: "外務省改革に邁進してきました", kind: "position", speaker: "川口外務大臣", content: ["外務省改革に邁進"] },
  ],
};

describe("first-person documents of the development corpus: what a teacher would quiz", () => {
  it(`at least ${FLOOR} of the expected facts come out right`, async () => {
    expect(fs.existsSync(CORPUS_DEV)).toBe(true);
    let right = 0;
    let all = 0;
    const missed: string[] = [];
    for (const [id, list] of Object.entries(EXPECT)) {
      const file = fs.readdirSync(CORPUS_DEV).find((n) => n.startsWith(id))!;
      const publishedAt = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? null;
      const doc = await ingestDocument({ bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS_DEV, file))), filename: file, publishedAt });
      const facts = extract(doc.cleaned, { publishedAt: doc.publishedAt, title: doc.title });
      for (const e of list) {
        all += 1;
        const at = doc.cleaned.text.indexOf(e.at);
        expect(at, e.at).toBeGreaterThanOrEqual(0);
        const good = facts.some(
          (f) =>
            f.start < at + e.at.length && at < f.end && f.kind === e.kind && (!e.speaker || f.speaker === e.speaker) &&
            (!e.date || e.date(f.date?.value ?? null)) && (e.content ?? []).every((c) => (f.content ?? "").includes(c)),
        );
        if (good) right += 1;
        else missed.push(`${id} ${e.at}`);
      }
    }
    console.log(`[first-person] expected facts right: ${right}/${all}; missed: ${missed.join(" / ")}`);
    expect(right).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);
});
