// Positions from a speaker's own words (speeches, prefaces, press conferences) and from reported speech.
// Sentences are made up, on several subjects.
import { describe, expect, it } from "vitest";
import type { ExtractedFact } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";
import { analyser, extract, lexiconOf } from "./__fixtures__/analysed";
import { makeFact } from "./build-fact";
import { describeFact } from "./headline";

const facts = (text: string, ctx: { publishedAt?: string; title?: string } = {}) => extract(cleanText(text), ctx);
const position = (list: ExtractedFact[], part: string) => list.find((f) => f.kind === "position" && f.quote.includes(part));

describe("first-person documents: the one speaking holds their views", () => {
  it("a view held now is dated by the day it was said, not by the time the paragraph narrates", () => {
    const list = facts("【田中市長】一昨年の4月に市長に就任しました。この間、市の財政は大きく改善したと考えております。", { publishedAt: "2024-05-10" });
    expect(position(list, "改善したと考えて")).toMatchObject({ speaker: "田中市長", date: { value: "2024-05-10" } });
  });

  it("a preface with no date of its own leaves its writer's views undated, not dated by the year it recounts", () => {
    const text = "2022年は、本学にとって大きな転機の年でした。私自身、学生の皆さんの成長を強く実感しています。今後も、学長として私が掲げてきた目標に向け、教育の改革を進めていきます。";
    const list = facts(text);
    expect(position(list, "強く実感")).toMatchObject({ speaker: "学長", date: null });
    expect(position(list, "進めていきます")).toMatchObject({ speaker: "学長", date: null });
  });
});

describe("first-person documents: what the speaker said before, and whose words they received", () => {
  it("…と申し上げました is a statement of the one speaking, dated by the occasion an earlier clause names", () => {
    const text = "私は、就任後間もない昨年3月に、ここで講演を行う機会を頂き、教育の充実を目指すと申し上げました。";
    const list = facts(text, { publishedAt: "2024-05-10", title: "山田市長演説" });
    expect(position(list, "申し上げました")).toMatchObject({ speaker: "山田市長", date: { value: "2023-03" } });
    expect(position(list, "申し上げました")?.content).toContain("教育の充実を目指す");
  });

  it("…からの（ご）指示を頂いた is the instruction of the one it came from, told in the past and not dated by the speech", () => {
    const text = "知事から防災対策にしっかり取り組むようにとのご指示を頂いたことを踏まえ、対策に邁進してきました。";
    const found = position(facts(text, { publishedAt: "2024-05-10", title: "山田市長演説" }), "ご指示");
    expect(found).toMatchObject({ speaker: "知事", date: null, content: "防災対策にしっかり取り組むように" });
  });
});

describe("position content: the stance itself, not a fragment", () => {
  it("と between two nouns (理解と支持が) joins them; it ends no reported content", () => {
    const found = position(facts("改革を進めるには、職員の理解と支持が不可欠であります。", { title: "佐藤学長挨拶" }), "不可欠");
    expect(found?.content).toContain("職員の理解と支持が不可欠");
  });

  it("a commitment in one's own words is the whole clause, and the speaker's even when an inner clause names another subject", () => {
    const text = "特に三つの分野、(1)地域医療の強化、(2)企業が主導する産業振興、(3)子育て支援に焦点を当て、更に歩を進めていきます。";
    const found = position(facts(text, { title: "鈴木知事年頭挨拶" }), "歩を進め");
    expect(found?.speaker).toBe("鈴木知事");
    expect(found?.content).toContain("焦点を当て、更に歩を進めていきます");
  });

  it("a demand keeps its object, and the holder's own 「…から」 is no part of what was said", () => {
    const found = position(facts("労組側からは、賃金の引き上げが必要であるとの主張があった。"), "主張");
    expect(found?.content ?? "").not.toMatch(/^は|から/);
  });
});

describe("reported speech in news: whose words a report gives", () => {
  it("Xに取材したところ、「…」としており: X's statement, not an event of the reporter, and undated by the paragraph", () => {
    const text = "県は5月2日に会見を開いた。しかし、本紙取材班が、環境省の担当者に取材したところ、「基準値を超えない限り、特段の問題はない」としており、ある漁協の関係者は「風評被害は避けられない」としつつ「説明が足りない」とする声も上がっている。";
    const list = facts(text, { publishedAt: "2024-06-01" });
    expect(position(list, "特段の問題はない")).toMatchObject({ speaker: "環境省の担当者", date: null, content: "基準値を超えない限り、特段の問題はない" });
    const other = position(list, "風評被害");
    expect(other).toMatchObject({ speaker: "漁協の関係者", date: null, content: "風評被害は避けられない" });
    expect(other?.quote).not.toContain("説明が足りない");
    expect(list.find((f) => f.kind === "event" && f.quote.includes("取材したところ"))).toBeUndefined();
  });

  it("…は、…の調べに対して「…」と話したという: the one who talked, named by what they did, is the speaker", () => {
    const list = facts("この看板を設置した業者は、市の調べに対して「許可は不要だと思っていた」と話したという。", { publishedAt: "2024-06-01" });
    expect(position(list, "話したという")).toMatchObject({ speaker: "看板を設置した業者", content: "許可は不要だと思っていた" });
  });

  it("…ないとしている is a statement; …を用いようとした (trying), …を先延ばしとし (making it) and として are not", () => {
    expect(position(facts("厚生労働省は、安全性に問題はないとしている。"), "ないとしている")).toMatchObject({ speaker: "厚生労働省", content: "安全性に問題はない" });
    expect(position(facts("市は当初この案を用いようとしたが断念した。"), "用いようと")).toBeUndefined();
    expect(position(facts("工場は判断を先延ばしとし、翌日に回収を始めた。"), "先延ばし")).toBeUndefined();
  });

  it("党首の山田太郎氏は: a person named with 氏 speaks; what precedes の describes them", () => {
    expect(position(facts("新党の党首の山田太郎氏は「増税には反対だ」と述べた。"), "反対だ")?.speaker).toBe("山田太郎氏");
  });
});

describe("first-person documents: views stated without a verb of saying", () => {
  it("…から高く評価された、このように考えております: the passive is what the one speaking thinks, not its agent's statement", () => {
    const list = facts("【佐藤知事】本県の取組は、全国から高く評価された、このように考えております。", { publishedAt: "2024-03-01" });
    expect(position(list, "評価された")).toMatchObject({ speaker: "佐藤知事", date: { value: "2024-03-01" }, content: "本県の取組は、全国から高く評価された" });
  });

  it("a speech act the speaker plans (…について、しっかり議論をする予定でございます) is their stance; a visit they plan is not", () => {
    const list = facts("【佐藤知事】来週、東京を訪問する予定でございます。その上で、地域医療の課題について、しっかり議論をする予定でございます。", { publishedAt: "2024-03-01" });
    expect(position(list, "議論をする予定")).toMatchObject({ speaker: "佐藤知事", content: "地域医療の課題について、しっかり議論をする予定でございます" });
    expect(position(list, "訪問する予定")).toBeUndefined();
  });

  it("…を明確に示すものであります: an evaluation keeps its whole claim, not the object of 示す", () => {
    const list = facts("【佐藤知事】この協定の締結は、県と市が防災を一体で考えるという認識を明確に示すものであります。", { publishedAt: "2024-03-01" });
    expect(position(list, "示すもの")?.content).toContain("防災を一体で考えるという認識を明確に示すもの");
  });
});

describe("position content never gives another party's words as the holder's", () => {
  it("「…」との処分: a quotation naming a thing is no statement of the one who demands its revocation", () => {
    const text = "被控訴人が平成30年5月1日付けでした「申請には応じられません」との処分を取り消す";
    const fact = makeFact(text, "position", { start: 0, end: text.length }, null, [], "控訴人");
    expect(describeFact(fact, analyser(text), lexiconOf(text)).content).not.toBe("申請には応じられません");
  });

  it("…を満たさないとする理由を明らかにすることなく…不当である: the holder's claim is the whole clause, not the words they attack", () => {
    const text = "原判決は、基準を満たさないとする決定的な理由を明らかにすることなく結論を導いており、不当である";
    const fact = { ...makeFact(text, "position", { start: 0, end: text.length }, null, [], "控訴人") };
    expect(describeFact(fact, analyser(text), lexiconOf(text)).content).toContain("不当である");
  });
});
