import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ExtractedFact } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";
import { ingestDocument } from "@/lib/ingest/ingest";
import { SAMPLE_ALIASES, extract } from "./__fixtures__/analysed";
import { factFingerprint } from "@/lib/facts/fingerprint";
import { readSeed } from "./__fixtures__/seeds";

const here = path.dirname(fileURLToPath(import.meta.url));
// A third, hand-written news-style text (fictional quotes) to check the rules beyond the seeds.
const sample = fs.readFileSync(path.join(here, "__fixtures__/sample-news.txt"), "utf8");

function factsOf(raw: string, publishedAt?: string) {
  const doc = cleanText(raw);
  return { doc, facts: extract(doc, { publishedAt, actorAliases: SAMPLE_ALIASES }) };
}

const find = (facts: ExtractedFact[], kind: string, quotePart: string) =>
  facts.find((f) => f.kind === kind && f.quote.includes(quotePart));

describe("extractFacts on a third, hand-written news text", () => {
  const { doc, facts } = factsOf(sample, "2022-09-17");

  it("dates positions with relative dates resolved against the publication date", () => {
    expect(find(facts, "position", "考えを改めて示した")).toMatchObject({
      date: { value: "2022-09-15", precision: "day" },
      speaker: "岸田文雄首相",
    });
    expect(find(facts, "position", "全力で取り組む」と述べた")?.date?.value).toBe("2022-09-16");
    expect(find(facts, "event", "翌17日")?.date?.value).toBe("2022-09-17");
    expect(find(facts, "position", "即時帰国を求めた")?.speaker).toBe("被害者家族会");
    expect(find(facts, "position", "非難する談話を発表")?.date?.value).toBe("2021-12");
  });

  it("reads 和暦, 同年 and 翌年 against the last explicit date", () => {
    expect(find(facts, "event", "首脳会談を平壌で開き")?.date?.value).toBe("2002-09-17");
    expect(find(facts, "event", "拉致被害者5人が帰国")?.date?.value).toBe("2002-10-15");
    expect(find(facts, "position", "参加を表明")?.date?.value).toBe("2003-08");
  });

  it("finds the agreement where it is signed, with its date and parties", () => {
    const agreements = facts.filter((f) => f.kind === "agreement");
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ name: "日朝平壌宣言", date: { value: "2002-09-17", precision: "day" } });
    expect(agreements[0]!.actors).toEqual(expect.arrayContaining(["日本", "北朝鮮"]));
  });

  it("maps speakers to their side", () => {
    expect(find(facts, "position", "主張してきた")).toMatchObject({ speaker: "日本政府", actors: ["日本"] });
    expect(find(facts, "position", "参加を表明")?.actors[0]).toBe("北朝鮮");
  });

  it("takes nothing from the headline, dateline, caption or the related-links furniture", () => {
    const outside = doc.blocks.filter((b) => b.kind !== "body" && b.kind !== "table");
    expect(outside.map((b) => b.kind)).toEqual(["heading", "heading", "meta", "caption", "meta"]);
    for (const f of facts) expect(outside.some((b) => f.start < b.end && b.start < f.end)).toBe(false);
    expect(facts.some((f) => f.quote.includes("抗議"))).toBe(false);
  });
});

describe("extractFacts invariants", () => {
  const seeds = [factsOf(readSeed("naigai")), factsOf(readSeed("newsweek"), "2019-12-10"), factsOf(sample, "2022-09-17")];

  it("quotes exactly the cleaned text and sorts by start", () => {
    for (const { doc, facts } of seeds) {
      expect(facts.length).toBeGreaterThan(5);
      for (const f of facts) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
      const starts = facts.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("is deterministic, and fingerprints are stable and distinct", () => {
    const doc = cleanText(readSeed("naigai"));
    const a = extract(doc, { actorAliases: SAMPLE_ALIASES });
    const b = extract(cleanText(readSeed("naigai")), { actorAliases: SAMPLE_ALIASES });
    expect(b).toEqual(a);
    const prints = a.map(factFingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(b.map(factFingerprint)).toEqual(prints);
    expect(prints[0]).toMatch(/^event:\d+-\d+:[0-9a-f]{14}$/);
  });

  it("gives every fact a statement, a headline without dates, topics and whole-word actors", () => {
    const { facts } = seeds[0]!;
    for (const f of facts) {
      expect(f.text.length).toBeGreaterThan(0);
      expect(f.headline.length).toBeGreaterThan(0);
      expect(f.headline).not.toMatch(/\d{4}年|\d{4}-\d{2}/);
      for (const actor of f.actors) expect(actor).toMatch(/^[^\s、，。「」（）]{1,24}$/);
    }
    const sides = new Set(facts.flatMap((f) => f.actors));
    for (const side of ["北朝鮮", "米国", "韓国", "中国", "ロシア"]) expect(sides.has(side)).toBe(true);
    expect(facts.some((f) => f.topics.includes("非核化"))).toBe(true);
    expect(facts.some((f) => f.topics.includes("相応の措置"))).toBe(true);
  });

  it("takes no position from speculation or from cues inside quoted speech", () => {
    const { facts } = factsOf("北朝鮮は，「米国が一方的に非核化だけを要求した」と非難した（7月）。北朝鮮は軍事的挑発を示唆することが考えられる。", "2018-08-01");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: "position", speaker: "北朝鮮", date: { value: "2018-07" } });
  });

  it("makes one event per date named in a clause", () => {
    const { facts } = factsOf("金党委員長は，訪朝したラブロフ外相（5月）や，マトビエンコ上院議長（9月）と会見した。", "2018-12-01");
    expect(facts.map((f) => [f.kind, f.date?.value])).toEqual([
      ["event", "2018-05"],
      ["event", "2018-09"],
    ]);
  });

  it("returns nothing for an empty document", () => {
    expect(extract({ text: "", ruby: [], blocks: [] })).toEqual([]);
  });
});

describe("extractFacts on settings, triggers, asides and undated happenings (a fictional text)", () => {
  const raw = [
    "国連安保理は、2020年3月5日に緊急会合を開いた。",
    "しかし、日本政府は、同会合に代表団を送らなかった。",
    "5月にソウルで行った首脳会談では、韓国は北朝鮮に対話の再開を提案した。",
    "中国は、会談の開催を歓迎しつつ、問題に関与を続ける意向を示した。",
    "北朝鮮は、6月初めの衛星発射の失敗を受けて「宇宙開発の継続」を表明した。",
    "当時、ロシアは制裁の緩和を主張した。",
    "中国は北朝鮮の代表団を北京に招いた（実際には、李容浩外相が代表として訪中）。",
    "ある外交筋がロイターに語った。",
    "北朝鮮は今後も挑発を続けるとみられる。",
  ].join("\n\n");
  const { facts } = factsOf(raw);

  it("makes an event of a meeting named as the setting of a statement, dated like the statement", () => {
    expect(find(facts, "event", "ソウルで行った首脳会談")).toMatchObject({ date: { value: "2020-05" } });
    expect(find(facts, "position", "再開を提案")?.date?.value).toBe("2020-05");
  });

  it("splits a dated trigger (…を受けて) from the statement it prompted", () => {
    expect(find(facts, "event", "衛星発射の失敗")?.date?.value).toBe("2020-06");
    const position = find(facts, "position", "継続」を表明");
    expect(position?.quote).not.toContain("衛星発射");
  });

  it("splits …しつつ into two statements and dates 当時 by the last explicit date", () => {
    expect(find(facts, "position", "開催を歓迎しつつ")).toBeDefined();
    expect(find(facts, "position", "意向を示した")?.speaker).toBe("中国");
    expect(find(facts, "position", "緩和を主張")?.date?.value).toBe("2020-06");
  });

  it("keeps undated happenings and asides as events, but not attributions or forecasts", () => {
    // しかし… goes on with the meeting's day: the delegation was not sent to that meeting.
    expect(find(facts, "event", "代表団を送らなかった")).toMatchObject({ date: { value: "2020-03-05" }, actors: ["日本"] });
    expect(find(facts, "event", "李容浩外相が代表として訪中")?.actors).toContain("北朝鮮");
    expect(facts.some((f) => f.quote.includes("ロイターに語った"))).toBe(false);
    expect(facts.some((f) => f.quote.includes("挑発を続ける"))).toBe(false);
  });
});

describe("extractFacts: which predicate rules, and which date a fact takes", () => {
  it("a cue that only describes a noun, or a passive with a thing for subject, makes an event, not a statement", () => {
    const { facts } = factsOf("2001年7月18日、韓国議会は共同宣言の破棄を政府に求める決議を行った。\n\n2012年11月、三か国の交渉の開始が宣言された。");
    expect(find(facts, "event", "求める決議を行った")?.date?.value).toBe("2001-07-18");
    expect(find(facts, "event", "開始が宣言された")?.date?.value).toBe("2012-11");
    expect(facts.filter((f) => f.kind === "position")).toEqual([]);
  });

  it("a て-form cue leading on to another verb is not the predicate (判決を支持して上告を棄却した)", () => {
    const { facts } = factsOf("最高裁は2006年3月28日、高裁判決を支持して上告を棄却した。");
    expect(find(facts, "event", "上告を棄却")?.date?.value).toBe("2006-03-28");
    expect(facts.some((f) => f.kind === "position")).toBe(false);
  });

  it("a view held in common is a statement (認識を共有した, 意見が一致した)", () => {
    const { facts } = factsOf("両首脳は、対話が重要であるとの認識を共有した。\n\n両国は、ミサイル開発が脅威であると意見が一致した。");
    expect(find(facts, "position", "認識を共有")).toBeDefined();
    expect(find(facts, "position", "意見が一致")).toBeDefined();
  });

  it("a date inside 「…」 dates the quoted words, not the act", () => {
    const { facts } = factsOf("2005年8月8日、首相は解散した。\n\n最終的に「8月30日公示、9月11日投票案」が採用された。");
    expect(facts.some((f) => f.date?.value === "2005-08-30" || f.date?.value === "2005-09-11")).toBe(false);
  });

  it("an undated statement takes the paragraph's date, else the publication date; an undated event only a day its paragraph stated", () => {
    const dated = factsOf("外相は会見で、協議を続ける考えを示した。", "2022-07-27").facts;
    expect(find(dated, "position", "考えを示した")?.date?.value).toBe("2022-07-27");
    const narrated = factsOf("2005年8月8日、参議院は法案を否決した。首相は島村農水相を罷免した。", "2024-01-01").facts;
    expect(find(narrated, "event", "罷免")?.date?.value).toBe("2005-08-08");
    const undated = factsOf("首相は島村農水相を罷免した。", "2024-01-01").facts;
    expect(find(undated, "event", "罷免")?.date ?? null).toBeNull();
  });

  it("an article that opens on an agreement dates the agreement's contents by it, subtitle and all", () => {
    const doc = cleanText(
      [
        "日韓共同宣言 21世紀に向けた新たな日韓パートナーシップ（にっかんきょうどうせんげん）は、1998年10月8日に両国の首脳が新たなパートナーシップを構築する決意を宣言した文書。",
        "小渕は韓国の経済困難の克服に向けた努力を引き続き支持すると表明した。",
      ].join("\n\n"),
    );
    const facts = extract(doc, { title: "日韓共同宣言 21世紀に向けた新たな日韓パートナーシップ" });
    expect(facts.find((f) => f.kind === "agreement")).toMatchObject({ name: "日韓共同宣言", date: { value: "1998-10-08" } });
    expect(find(facts, "position", "引き続き支持")?.date?.value).toBe("1998-10-08");
  });
});

describe("extractFacts: dates that do not date the act", () => {
  it("a point measured from (2003年10月以来) and a month naming a noun (8月解散) date no event", () => {
    const { facts } = factsOf("2005年8月8日、衆議院は2003年10月以来1年10か月ぶりに解散した。\n\n8月解散は2例目となった。", "2024-01-01");
    expect(facts.some((f) => f.date?.value === "2003-10")).toBe(false);
    expect(find(facts, "event", "解散した")?.date?.value).toBe("2005-08-08");
  });
});

describe("extractFacts: quoted dates and a sentence's own topic", () => {
  it("a paragraph's date is never one inside 「…」, and a headline keeps the quoted words whole", () => {
    const { facts } = factsOf("2005年8月8日、首相は「選挙日程は8月30日公示、9月11日投票」ということを伝えた。午後3時より臨時閣議が開催された。", "2024-01-01");
    expect(find(facts, "event", "臨時閣議")?.date?.value).toBe("2005-08-08");
    const named = factsOf("2005年8月8日、最終的に「8月30日公示、9月11日投票案」が採用された。", "2024-01-01").facts;
    expect(find(named, "event", "採用")?.headline).toContain("「8月30日公示、9月11日投票案」");
  });

  it("a sentence that opens on its own topic is not the paragraph speaker's", () => {
    const { facts } = factsOf("亀井静香議員は「解散できるわけがない」と公言した。熊代某は法案を修正して出し直すと予想していた。");
    expect(find(facts, "position", "出し直す")?.speaker ?? null).not.toBe("亀井静香議員");
  });
});

describe("extractFacts: acts told on the way to a statement", () => {
  it("an act with its object before the statement's point is an event of its own (…52か国を訪問し、…と考えております)", () => {
    const { facts } = factsOf("【茂木外務大臣】就任以来、欧米、アジア、中東等52か国を訪問し、各国外相との間で個人的関係を築き上げることができたと考えております。", "2021-11-03");
    expect(find(facts, "event", "52か国を訪問")).toBeDefined();
    expect(find(facts, "position", "考えております")).toBeDefined();
  });
});

describe("extractFacts: counts are no happenings", () => {
  it("…は日本政治史上では2例目 describes, it narrates nothing", () => {
    const { facts } = factsOf("2005年8月8日、衆議院が解散された。8月解散は日本政治史上では2例目。", "2024-01-01");
    expect(facts.some((f) => f.quote.includes("2例目"))).toBe(false);
    expect(find(facts, "event", "解散された")?.date?.value).toBe("2005-08-08");
  });
});

describe("extractFacts: cues inside a clause that describes a noun, and abilities", () => {
  it("…を予想していたイギリス軍も…敗退した narrates an act; …表示できることになった states nothing", () => {
    const { facts } = factsOf("1941年12月、日本軍の計画を予想していたイギリス軍も、タイ領南部へ侵攻したが敗退した。\n\n2010年1月17日、親族に優先的に提供する意思を書面により表示できることになった。", "2024-01-01");
    expect(facts.filter((f) => f.kind === "position")).toEqual([]);
    expect(find(facts, "event", "敗退")).toBeDefined();
  });

  it("a reported statement that describes a noun is still a statement (…と主張してきた施設)", () => {
    const { facts } = factsOf("北朝鮮が寧辺以外には存在しないと主張してきたウラン濃縮施設について、報告書が出された。");
    expect(find(facts, "position", "存在しないと主張してきた")).toBeDefined();
  });
});

describe("extractFacts: a day's narration told over several paragraphs", () => {
  const md = (body: string) => extract(cleanText(body), { publishedAt: "2024-01-01" });
  it("a paragraph that goes on with the day (午後7時に…, しかし…, the setting just named) keeps its date; a new section or a new subject does not", () => {
    const facts = md(
      [
        "2005年8月8日、参議院で法案が否決された。",
        "午後3時より臨時閣議が開催された。",
        "臨時閣議では4閣僚が解散に反対する意見を述べた。",
        "しかし、小泉首相は辞表を受理しなかった。",
        "公明党は選挙対策本部を設置した。",
      ].join("\n\n"),
    );
    expect(find(facts, "event", "臨時閣議が開催")?.date?.value).toBe("2005-08-08");
    expect(find(facts, "position", "反対する意見を述べた")?.date?.value).toBe("2005-08-08");
    expect(find(facts, "event", "辞表を受理しなかった")?.date?.value).toBe("2005-08-08");
    expect(find(facts, "event", "選挙対策本部を設置")).toMatchObject({ date: null });
  });
});

describe("extractFacts: dates that time something other than the act", () => {
  const all = (text: string) => factsOf(text, "2024-01-01").facts;
  it("a limit (…までに), a plan that did not happen (…を予定していたが) and a later happening inside a decision date nothing", () => {
    expect(all("各国は2020年までに特定フロンを全廃した。").some((f) => f.date?.value === "2020")).toBe(false);
    expect(all("1996年の打ち上げを予定していたが、開発が遅れた。").some((f) => f.date?.value === "1996")).toBe(false);
    const decided = all("2017年11月17日には、2019年1月1日に同改正が発効することが決まった。");
    expect(decided.map((f) => f.date?.value)).toEqual(["2017-11-17"]);
  });

  it("a date in parentheses after a happening's noun is that noun's (占領終了（1952年4月28日）), after a person the act's", () => {
    expect(all("占領終了（1952年4月28日）後、日本は為替レートを固定した。").some((f) => f.date?.value === "1952-04-28")).toBe(false);
    expect(all("金党委員長は、訪朝したラブロフ外相（2018年5月）と会見した。").some((f) => f.date?.value === "2018-05")).toBe(true);
  });
});

describe("extractFacts: judgments recite dated happenings in their reasons; citations date nothing", () => {
  it("a dated happening in 理由 is an event; a law's or a precedent's number is no date", async () => {
    const judgment = [
      "# 主文", "", "本件申請を却下する。", "",
      "# 理由", "",
      "申立人は、平成二年一月三一日頃、本件建物を建築した。", "",
      "旧法（大正八年法律第三六号）による決定は、最高裁昭和五七年（行ツ）第四六号平成元年二月一七日第二小法廷判決のとおり有効である。",
    ].join("\n");
    const { cleaned } = await ingestDocument({ text: judgment, filename: "decision.md" });
    const facts = extract(cleaned, { publishedAt: "1990-08-29", title: "大阪地方裁判所 決定" });
    expect(find(facts, "event", "本件建物を建築")?.date?.value).toBe("1990-01-31");
    expect(facts.some((f) => f.kind === "event" && /^(?:1919|1982|1989)/.test(f.date?.value ?? ""))).toBe(false);
  });
});

describe("extractFacts: a speaker's run-on sentences", () => {
  it("…合意をいたしました、…が開催をされます tells two happenings; the second does not take the first's date", () => {
    const facts = factsOf("【林外務大臣】本年1月の首脳テレビ会談にて、両首脳が立ち上げに合意をいたしました、経済版「2+2」の第1回会合が開催をされます。", "2022-07-27").facts;
    expect(find(facts, "event", "第1回会合が開催")).toMatchObject({ date: null, headline: "経済版「2+2」の第1回会合が開催" });
    // The transcript's turn label is no part of a headline.
    expect(find(facts, "event", "立ち上げに合意")?.headline).toBe("首脳テレビ会談にて、両首脳が立ち上げに合意");
  });
});

describe("extractFacts: which dates set the year that later bare dates read against", () => {
  const all = (text: string) => factsOf(text, "2024-01-01").facts;
  it("a year naming a noun, an aside in parentheses or a relative year qualifying a noun does not", () => {
    const facts = all(
      [
        "1989年6月27日、両国の外相は国境の鉄条網を切断した。",
        "1961年のベルリンの壁建設以来、東独市民は西側へ出られなかった。",
        "前年誕生したネーメト政権は改革を進めた。",
        "大阪工場（同工場は2001年3月末に閉鎖された）が出荷を停止した。",
        "8月19日、ピクニックが開催された。",
      ].join(""),
    );
    expect(find(facts, "event", "ピクニックが開催")?.date?.value).toBe("1989-08-19");
  });

  it("a date that times the act does (翌年3月、…)", () => {
    const facts = all("2000年6月27日、工場が操業を停止した。翌年3月、工場が閉鎖された。4月2日、跡地が売却された。");
    expect(find(facts, "event", "跡地が売却")?.date?.value).toBe("2001-04-02");
  });
});

describe("extractFacts: what stood is no happening", () => {
  it("a state told in the past (…を続けていた, …可能性は高い) makes no event; a happening beside it does", () => {
    const facts = factsOf("1989年5月、東ドイツ市民は西側への脱出を試み続けていた。1989年8月19日、国境で集会が開かれた。", "2024-01-01").facts;
    expect(facts.some((f) => f.quote.includes("続けていた"))).toBe(false);
    expect(find(facts, "event", "集会が開かれた")?.date?.value).toBe("1989-08-19");
  });
});

describe("extractFacts: a clause's own topic speaks", () => {
  it("…民政党は斎藤に離党を勧告したが、斎藤は断固拒否した: the refusal is 斎藤's, though the lexicon does not know him", () => {
    const facts = factsOf("1940年3月1日、民政党は斎藤に離党を勧告したが、斎藤は断固拒否した。", "2024-01-01").facts;
    expect(find(facts, "position", "断固拒否")?.speaker).toBe("斎藤");
  });
});

describe("extractFacts: one event per date told", () => {
  it("a year beside a month of it (2009年、5月に…) is one event, dated the month", () => {
    const facts = factsOf("2009年、5月に世界保健機関の総会で決議が採択された。", "2024-01-01").facts;
    expect(facts.filter((f) => f.kind === "event").map((f) => f.date?.value)).toEqual(["2009-05"]);
  });
});

describe("extractFacts: a speaker's views need no verb of saying", () => {
  it("in a speech the title names, …が不可欠であります is the speaker's position; elsewhere it is no one's", () => {
    const text = "外交を行うに際しては、国民の理解と支持が不可欠であります。";
    const speech = extract(cleanText(text), { publishedAt: "2003-08-27", title: "川口外務大臣演説" });
    expect(find(speech, "position", "不可欠")).toMatchObject({ speaker: "川口外務大臣", date: { value: "2003-08-27" } });
    const article = extract(cleanText(text), { publishedAt: "2003-08-27", title: "日本外交" });
    expect(find(article, "position", "不可欠")).toBeUndefined();
  });

  it("a title naming the speaker and the kind of speech (小泉純一郎内閣総理大臣 施政方針演説) makes its commitments the speaker's", () => {
    const text = "災害に強い国づくりを一層進めてまいります。";
    const facts = extract(cleanText(text), { publishedAt: "2005-01-21", title: "小泉純一郎内閣総理大臣 施政方針演説" });
    expect(find(facts, "position", "国づくり")).toMatchObject({ speaker: "小泉純一郎内閣総理大臣", date: { value: "2005-01-21" } });
  });

  it("a title that places the speech (第204通常国会における菅義偉首相の施政方針演説) names the person, not the session", () => {
    const facts = extract(cleanText("全ての国民の安心を取り戻すことを目指します。"), { publishedAt: "2021-01-18", title: "第204通常国会における菅義偉首相の施政方針演説(全文)" });
    expect(find(facts, "position", "目指します")?.speaker).toBe("菅義偉首相");
  });

  it("in a transcript's turn, the turn's speaker holds the view", () => {
    const facts = extract(cleanText("【林外務大臣】日米同盟を更に強化していくことが重要です。"), { publishedAt: "2022-07-27" });
    expect(find(facts, "position", "重要です")?.speaker).toBe("林外務大臣");
  });
});

describe("extractFacts: a heading that is a date times its section", () => {
  it("dates the happenings under 2月5日 / 2月6日 headings, with the year the text gave before", () => {
    const text = "このページでは2026年2月に開催された大会の結果を掲載する。\n\n2月5日\n\nスノーボード男子の予選が行われ、日本代表4人全員が決勝に進んだ。\n\n2月6日\n\n開会式が行われた。\n\n反響\n\n大会は高く評価された。";
    const facts = extract(cleanText(text), {});
    expect(find(facts, "event", "予選")?.date?.value).toBe("2026-02-05");
    expect(find(facts, "event", "開会式")?.date?.value).toBe("2026-02-06");
    expect(facts.find((f) => f.quote.includes("評価"))?.date?.value).not.toBe("2026-02-06");
  });

  it("a heading that only mentions a date among other words does not time its section", () => {
    const text = "2005年の選挙について述べる。\n\n8月8日解散の経緯\n\n首相は閣議を開いた。";
    expect(extract(cleanText(text), {}).find((f) => f.quote.includes("閣議"))?.date?.value).not.toBe("2005-08-08");
  });
});

describe("extractFacts: dates that time nothing, spans and occasions", () => {
  it("a point a state is measured at (現在, 時点) or a period counted from (翌日から起算) dates no happening", () => {
    const facts = extract(cleanText("2024年3月末現在、37自治体が知見の蓄積を進めている。2023年6月時点での知見を基に指針を取りまとめた。"), {});
    expect(facts.map((f) => f.date?.value)).not.toContain("2024-03");
    expect(facts.map((f) => f.date?.value)).not.toContain("2023-06");
  });

  it("a footnote line with a URL makes no fact, and the dates in its path are no dates", () => {
    const facts = extract(cleanText("1 東京都「ガイドラインの策定について」https://www.example.jp/2023/08/23/14.html を参照した。"), {});
    expect(facts).toEqual([]);
  });

  it("a span of time is one happening dated by its start", () => {
    const facts = extract(cleanText("デジタル庁は2023年6月から10月にかけて実証実験を実施した。"), {});
    expect(facts.filter((f) => f.kind === "event").map((f) => f.date?.value)).toEqual(["2023-06"]);
  });

  it("two statements of one speaker in one sentence share the occasion's date", () => {
    const facts = extract(cleanText("2010年のインタビューで研究者のリー氏は、「記事が少ない」と述べ、「編集者も少ない」と指摘した。"), { publishedAt: "2026-05-03" });
    const positions = facts.filter((f) => f.kind === "position");
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(positions.map((f) => f.date?.value)).toEqual(positions.map(() => "2010"));
  });

  it("under a date heading, a day that times only a qualifying clause yields to the heading's", () => {
    const text = "2026年2月の大会の結果。\n\n2月7日\n\n近藤心音選手は、5日に行った公式練習の最中に転倒した影響で棄権した。\n\n2月8日\n\n閉会式が行われた。";
    expect(extract(cleanText(text), {}).find((f) => f.quote.includes("棄権"))?.date?.value).toBe("2026-02-07");
  });

  it("under a date heading, a day named in passing does not date the next sentence", () => {
    const text = "2026年2月の大会の結果。\n\n2月15日\n\n堀島選手は12日に行われた決勝で、銅メダルを獲得した。日本代表が韓国代表との試合を行ったが5対7で敗れた。\n\n2月16日\n\n閉会式が行われた。";
    const facts = extract(cleanText(text), {});
    expect(facts.find((f) => f.quote.includes("韓国代表"))?.date?.value).toBe("2026-02-15");
  });
});

describe("extractFacts: a saying in the passive", () => {
  it("names no speaker without an agent, and its agent when the text gives one", () => {
    const unsaid = extract(cleanText("ＴＲＩは新たな手法を開発した。生成ＡＩのリテラシー教育の重要性が指摘されています。"), {});
    expect(find(unsaid, "position", "指摘")?.speaker ?? null).toBeNull();
    const said = extract(cleanText("患者団体などからは、一刻も早いドナーの拡大が求められている。"), {});
    expect(find(said, "position", "求められ")?.speaker).toContain("患者団体");
  });
});

describe("extractFacts: several speakers before one saying verb", () => {
  it("Xは「…」、Yも…「…」、Zは「…」とそれぞれ訴えた gives each speaker their statement", () => {
    const facts = extract(cleanText("告示日の20日、蓮舫氏は「東京を変える」、田母神俊雄氏も演説で「日本を守る」、現職の小池氏は「東京大改革を進める」とそれぞれ訴えた。"), { publishedAt: "2024-06-21" });
    const positions = facts.filter((f) => f.kind === "position");
    expect(positions.map((f) => f.speaker)).toEqual(["蓮舫氏", "田母神俊雄氏", "小池氏"]);
    expect(positions.map((f) => f.content)).toEqual(["東京を変える", "日本を守る", "東京大改革を進める"]);
  });
});

describe("extractFacts: how a report came to be known, and views held for long", () => {
  it("a headline leaves out the reporting frame (…ことが、…の取材で分かった)", () => {
    const facts = extract(cleanText("警視庁は、掲示板の販売が違法にあたる恐れがあるとして警告していたことが、新聞社の取材で分かった。"), { publishedAt: "2024-06-21" });
    expect(facts[0]?.headline).not.toMatch(/取材/);
    expect(facts[0]?.headline).toMatch(/^警視庁は/);
  });

  it("a view held for long takes no day from the paragraph or the publication", () => {
    const facts = extract(cleanText("ウィキニュースには長年にわたり、記事の質が低いとの批判もあった。"), { publishedAt: "2026-05-03" });
    expect(facts.every((f) => f.date === null)).toBe(true);
  });
});

describe("extractFacts: news tells of the day its lead names", () => {
  it("undated statements take the lead's day when the article appeared a day or two later", () => {
    const text = "東京都知事選挙が6月20日告示され、56人が立候補した。\n\n蓮舫氏は「東京を変える」と訴えた。";
    const facts = extract(cleanText(text), { publishedAt: "2024-06-21" });
    expect(find(facts, "position", "東京を変える")?.date?.value).toBe("2024-06-20");
    const old = extract(cleanText("選挙が6月1日告示された。\n\n蓮舫氏は「東京を変える」と訴えた。"), { publishedAt: "2024-06-21" });
    expect(find(old, "position", "東京を変える")?.date?.value).toBe("2024-06-21");
  });

  it("a reaction after a recalled background keeps the report's day, not the background's", () => {
    const text = "新しい図書館が13日に開館した。建設中の2023年5月には火災も起きていた。訪れた女性は「待ちに待った」と話した。";
    const facts = extract(cleanText(text), { publishedAt: "2025-04-14" });
    expect(find(facts, "position", "待ちに待った")?.date?.value).toBe("2025-04-13");
    // A history tells its past: there the paragraph's date still dates what was said then.
    const history = extract(cleanText("1985年9月22日、5か国の蔵相が会合を開いた。竹下蔵相は「円高を容認する」と述べた。"), { publishedAt: "2020-01-01" });
    expect(find(history, "position", "円高を容認する")?.date?.value).toBe("1985-09-22");
  });
});

describe("extractFacts: a plan that names a noun", () => {
  it("…予定のフリーで、最終順位が決まる is no happening, while …開催される予定です stays one", () => {
    expect(extract(cleanText("19日に行われる予定のフリーで、最終順位が決まる。"), { publishedAt: "2026-02-17" })).toEqual([]);
    const planned = extract(cleanText("12月6日から7日まで、北京において、交渉会合が開催される予定です。"), { publishedAt: "2018-12-03" });
    expect(planned.find((f) => f.kind === "event")?.date?.value).toBe("2018-12-06");
  });
});

describe("extractFacts: what a dated section recalls", () => {
  it("a result recalled in the perfect keeps its own day; an earlier time told under the heading takes no heading date", () => {
    const text = "2026年2月の大会の結果を掲載する。\n\n2月15日\n\n堀島選手は12日に行われた決勝で、銅メダルを獲得している。前回の北京大会では高梨選手はメダルに届かなかった。日本代表が韓国代表に敗れた。\n\n2月16日\n\n閉会式が行われた。";
    const facts = extract(cleanText(text), {});
    expect(facts.find((f) => f.quote.includes("銅メダル"))?.date?.value).toBe("2026-02-12");
    expect(facts.find((f) => f.quote.includes("北京大会"))?.date?.value).not.toBe("2026-02-15");
    expect(facts.find((f) => f.quote.includes("韓国代表"))?.date?.value).toBe("2026-02-15");
  });
});

describe("extractFacts: a press conference's first person", () => {
  it("私(上川大臣) is the turn's speaker; 本年 in what is said dates it by the day it was said; a quotation named in passing is no content", () => {
    const text = "【上川外務大臣】本年、G7議長国を務める日本として、「法の支配」とその中核を担うべき国連の重要性について、強いメッセージを打ち出したいと考えております。私(上川大臣)は、各国との緊密な連携を確認したいと考えております。";
    const facts = extract(cleanText(text), { publishedAt: "2023-09-16" });
    const positions = facts.filter((f) => f.kind === "position");
    expect(positions.map((f) => f.speaker)).toEqual(positions.map(() => "上川外務大臣"));
    expect(positions.map((f) => f.date?.value)).toEqual(positions.map(() => "2023-09-16"));
    expect(positions[0]?.content).not.toBe("法の支配");
  });
});

describe("extractFacts: also-X speaks, and a report's words for what others said", () => {
  it("Xも「…」と述べた is X's statement, not the previous speaker's", () => {
    const facts = extract(cleanText("田中氏は「賛成だ」と述べた。一方、山本氏も「反対だ」と述べた。"), { publishedAt: "2025-06-04" });
    expect(find(facts, "position", "反対だ")?.speaker).toBe("山本氏");
  });

  it("「…」と紹介したほか、Yも「…」と紹介した: two statements, each its own speaker; 紹介 of a thing is none", () => {
    const facts = extract(cleanText("AP通信は「球界の巨人」と紹介したほか、AFP通信も「国民的英雄」と紹介した。"), { publishedAt: "2025-06-04" });
    expect(find(facts, "position", "球界の巨人")?.speaker).toBe("AP通信");
    expect(find(facts, "position", "国民的英雄")?.speaker).toBe("AFP通信");
    const thing = extract(cleanText("同書はその結果として当時の様子を詳しく紹介している。"), { publishedAt: "2025-06-04" });
    expect(thing.filter((f) => f.kind === "position")).toEqual([]);
  });
});
