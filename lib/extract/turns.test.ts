// Transcripts read turn by turn: whose turn it is decides who holds each statement. Each rule has a transcript
// of its own, made up in the documented formats (国会会議録, press conferences, interviews) on varied subjects.
import { describe, expect, it } from "vitest";
import type { ExtractedFact } from "@/lib/facts/types";
import { cleanText } from "@/lib/ingest/clean";
import { findMetadata } from "@/lib/ingest/metadata";
import { extract } from "./__fixtures__/analysed";
import { findTurns, speakerOfTurn, turnOf } from "./turns";

/** A transcript as ingestion reads it: cleaned, dated and titled by its own text. */
function read(raw: string): ExtractedFact[] {
  const meta = findMetadata(raw);
  return extract(cleanText(raw), { publishedAt: meta.publishedAt?.value ?? null, title: meta.title });
}
const positions = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "position");
const position = (facts: ExtractedFact[], part: string) => positions(facts).find((f) => f.quote.includes(part));

const DIET_RECORD = [
  "第二百十一回国会　文部科学委員会　第五号",
  "令和五年四月十二日（水曜日）",
  "　　　　午前九時開議",
  "　出席委員",
  "　　　委員長　中村和子君",
  "　　　理事　小林健一君　理事　加藤真理君",
  "　出席国務大臣",
  "　　　文部科学大臣　吉田正男君",
  "　　―――――――――――――",
  "本日の会議に付した案件",
  "　教員の働き方改革に関する件",
  "　　―――――――――――――",
  "○委員長（中村和子君）　これより会議を開きます。",
  "　教員の働き方改革に関する件について調査を進めます。",
  "　質疑の申出がありますので、順次これを許します。小林健一君。",
  "○小林健一君　立憲民主党の小林です。",
  "　教員の長時間労働の解消は急務であります。",
  "　政府は直ちに教員定数の改善計画を示すべきです。",
  "○文部科学大臣（吉田正男君）　お答えいたします。",
  "　教員の負担軽減に全力で取り組んでまいります。",
  "○委員長（中村和子君）　次に、加藤真理君。",
  "○加藤真理君　部活動の地域移行を着実に進めることが重要です。",
].join("\n");

describe("国会会議録: ○name君 and ○office（name君） open turns", () => {
  it("the record's header (date, 出席委員, 会議に付した案件, ――― rules) is no fact, and each turn is a paragraph of its own", () => {
    const doc = cleanText(DIET_RECORD);
    const meta = doc.blocks.filter((b) => b.kind === "meta").map((b) => doc.text.slice(b.start, b.end)).join("\n");
    expect(meta).toContain("出席委員");
    expect(meta).toContain("本日の会議に付した案件");
    const facts = read(DIET_RECORD);
    expect(facts.filter((f) => /出席|案件|―/.test(f.quote))).toEqual([]);
    const bodies = doc.blocks.filter((b) => b.kind === "body").map((b) => doc.text.slice(b.start, b.end));
    expect(bodies).toContain("○小林健一君　立憲民主党の小林です。");
  });

  it("a member's views and demands in their turn are theirs, by name, dated by the meeting (the record's first line)", () => {
    const facts = read(DIET_RECORD);
    expect(position(facts, "長時間労働の解消は急務")).toMatchObject({ speaker: "小林健一", date: { value: "2023-04-12" } });
    expect(position(facts, "改善計画を示すべき")).toMatchObject({ speaker: "小林健一", date: { value: "2023-04-12" } });
    expect(position(facts, "地域移行を着実に")).toMatchObject({ speaker: "加藤真理" });
    // The turn's label is no part of the statement.
    expect(position(facts, "地域移行を着実に")?.quote.startsWith("部活動")).toBe(true);
  });

  it("a minister answering holds the commitment by name, the office standing for the government", () => {
    const found = position(read(DIET_RECORD), "負担軽減に全力で");
    expect(found).toMatchObject({ speaker: "吉田正男", date: { value: "2023-04-12" } });
    expect(found?.actors).toContain("政府");
  });

  it("a chair's procedural turns (これより会議を開きます, 調査を進めます, 次に、…君) make no positions", () => {
    const facts = read(DIET_RECORD);
    expect(facts.filter((f) => /会議を開きます|調査を進めます|許します|加藤真理君。/.test(f.quote))).toEqual([]);
    expect(positions(facts).some((f) => f.speaker === "中村和子")).toBe(false);
  });

  it("turn labels: ○name君, ○office（name君）; a ○ line without 君 opens no turn", () => {
    expect(turnOf("○山田太郎君　質問いたします。")).toMatchObject({ who: "山田太郎", office: null });
    expect(turnOf("○内閣総理大臣（山田太郎君）　お答えします。")).toMatchObject({ who: "山田太郎", office: "内閣総理大臣" });
    expect(turnOf("○本日の議題について")).toBeNull();
    expect(speakerOfTurn(turnOf("○内閣総理大臣（山田太郎君）　…")!, null)).toMatchObject({ speaker: "山田太郎", sides: ["政府"], chair: false });
    expect(speakerOfTurn(turnOf("○委員長（佐藤花子君）　…")!, null)).toMatchObject({ speaker: "佐藤花子", chair: true });
  });
});

describe("within a turn, what the speaker reports of someone else is that one's position", () => {
  const record = [
    "第百九十三回国会　農林水産委員会　第三号",
    "平成二十九年三月八日（水曜日）",
    "○委員長（森田次郎君）　これより会議を開きます。",
    "○西村美香君　大臣は、一年半前の解散時に、農家の所得を倍増すると約束されました。",
    "　総理は昨年の国会で、米の生産調整を見直すとおっしゃいました。",
    "　しかし、農家の所得は減り続けており、政府の責任は重大だと考えます。",
    "○農林水産大臣（青木浩二君）　所得の向上に引き続き取り組んでまいります。",
  ].join("\n");

  it("…と約束されました (the honorific passive) is the promise of the one the sentence is about, dated by no meeting", () => {
    const found = position(read(record), "倍増すると約束");
    // 大臣: the record's one minister (○農林水産大臣（青木浩二君）), for the government.
    expect(found).toMatchObject({ speaker: "青木浩二", date: null });
    expect(found?.actors).toContain("政府");
  });

  it("…とおっしゃいました is the other's statement, dated only by that sentence's own time (昨年 of the meeting's year)", () => {
    expect(position(read(record), "見直すとおっしゃいました")).toMatchObject({ speaker: "総理", date: { value: "2016" } });
  });

  it("the speaker's own present view in the same turn stays theirs and takes the meeting's date", () => {
    expect(position(read(record), "責任は重大だと考えます")).toMatchObject({ speaker: "西村美香", date: { value: "2017-03-08" } });
  });

  it("総理 in what a speaker reports is the 内閣総理大臣 who speaks in the record; a member's party greeting (…党の…です) is their side", () => {
    const debate = [
      "第二百八回国会　国家基本政策委員会合同審査会　第一号",
      "令和四年六月一日（水曜日）",
      "○会長（木村光子君）　これより国家基本政策委員会合同審査会を開会いたします。",
      "○石井大輔君　新進党の石井です。",
      "　総理は先月の記者会見で、防衛費を大幅に増やすとおっしゃいました。",
      "　家計への支援を拡充すべきであります。",
      "○内閣総理大臣（長谷川誠君）　賃上げの流れを中小企業にも広げていくことが重要です。",
    ].join("\n");
    const facts = read(debate);
    const reported = position(facts, "防衛費を大幅に増やす");
    expect(reported?.speaker).toBe("長谷川誠");
    expect(reported?.actors).toContain("政府");
    expect(reported?.date?.value).not.toBe("2022-06-01");
    // The occasion (先月の記者会見で) is no happening of its own: it dates the statement made at it.
    expect(reported?.date?.value).toBe("2022-05");
    expect(reported?.quote.startsWith("総理は先月の記者会見で")).toBe(true);
    expect(facts.filter((f) => f.kind === "event" && /記者会見で$/.test(f.quote))).toEqual([]);
    expect(position(facts, "家計への支援")?.actors).toContain("新進党");
    expect(position(facts, "賃上げの流れ")).toMatchObject({ speaker: "長谷川誠", date: { value: "2022-06-01" } });
  });
});

describe("the occasion a statement was made at", () => {
  it("…は2019年4月2日の講演で、「…」と述べた: one position dated by the occasion, no event of the occasion alone", () => {
    const facts = extract(cleanText("山川教授は2019年4月2日の講演で、「地方の大学こそ研究の拠点になるべきだ」と述べた。"), { publishedAt: "2019-04-05" });
    expect(facts.filter((f) => f.kind === "event")).toEqual([]);
    expect(positions(facts)).toHaveLength(1);
    expect(positions(facts)[0]).toMatchObject({ date: { value: "2019-04-02" } });
  });
});

describe("press conferences and interviews: labelled turns", () => {
  it("【記者】 and 【大臣】: the minister the title names holds the answers; the question states nothing of theirs", () => {
    const text = [
      "山田文部科学大臣記者会見録",
      "令和5年10月3日",
      "【記者】入試改革の日程について伺います。",
      "【大臣】来年の春までに結論を得たいと考えております。",
      "【記者】延期の可能性はありますか。",
      "【大臣】延期は考えておりません。予定どおり進めてまいります。",
    ].join("\n");
    const facts = read(text);
    expect(position(facts, "結論を得たい")).toMatchObject({ speaker: "山田文部科学大臣", date: { value: "2023-10-03" } });
    expect(position(facts, "予定どおり進めて")).toMatchObject({ speaker: "山田文部科学大臣" });
    // A refusal in the speaker's own words (…は考えておりません) is their position too.
    expect(position(facts, "延期は考えておりません")).toMatchObject({ speaker: "山田文部科学大臣", date: { value: "2023-10-03" } });
    expect(position(facts, "伺います")).toBeUndefined();
  });

  it("記者： and 市長： lines: each line a turn; the mayor the title names holds the answers", () => {
    const text = [
      "佐藤市長定例記者会見",
      "2024年6月12日",
      "記者：市営バスの値上げについて、市民の反発が強まっていますが。",
      "市長：値上げはやむを得ない判断だと考えております。路線の維持が必要です。",
      "記者：前市長は在任中に、値上げはしないと約束されていました。",
      "市長：財政の立て直しを最優先に進めてまいります。",
    ].join("\n");
    const facts = read(text);
    expect(position(facts, "やむを得ない判断")).toMatchObject({ speaker: "佐藤市長", date: { value: "2024-06-12" } });
    expect(position(facts, "路線の維持が必要")).toMatchObject({ speaker: "佐藤市長" });
    // The reporter reports the former mayor's promise: theirs, and not made on the day of the press conference.
    expect(position(facts, "値上げはしないと約束")).toMatchObject({ speaker: "前市長", date: null });
  });

  it("Ｑ： and Ａ：: the answers are the words of the one the interview's title names", () => {
    const text = [
      "宇宙航空研究開発機構理事長インタビュー",
      "2023年2月1日",
      "Ｑ：月面探査の意義をどう見ていますか。",
      "Ａ：国際協力の枠組みを強化することが不可欠です。",
      "Ｑ：民間企業の役割は。",
      "Ａ：民間の技術をもっと活用していくべきだと考えます。",
    ].join("\n");
    const facts = read(text);
    expect(position(facts, "枠組みを強化すること")).toMatchObject({ speaker: "宇宙航空研究開発機構理事長", date: { value: "2023-02-01" } });
    expect(position(facts, "民間の技術")).toMatchObject({ speaker: "宇宙航空研究開発機構理事長" });
  });

  it("問 and 答: the minister the title names answers", () => {
    const text = [
      "農林水産大臣記者会見概要",
      "令和4年8月5日",
      "問　米価の下落への対策は。",
      "答　生産者の経営安定に万全を期してまいります。",
      "問　輸出拡大の目標は。",
      "答　輸出額五兆円の目標を必ず達成したいと考えております。",
    ].join("\n");
    const facts = read(text);
    expect(position(facts, "経営安定に万全")).toMatchObject({ speaker: "農林水産大臣", date: { value: "2022-08-05" } });
    expect(position(facts, "五兆円の目標")).toMatchObject({ speaker: "農林水産大臣" });
  });

  it("（記者） and name： lines: a named interviewee holds their own turns", () => {
    const text = [
      "気候変動をめぐる対談",
      "2022年11月20日",
      "（記者）今回の会議の成果をどう評価しますか。",
      "高田：途上国への支援の拡充が必要です。",
      "（記者）日本の役割は。",
      "高田：日本は石炭火力からの撤退を急ぐべきだと考えます。",
    ].join("\n");
    const facts = read(text);
    expect(position(facts, "支援の拡充が必要")).toMatchObject({ speaker: "高田", date: { value: "2022-11-20" } });
    expect(position(facts, "撤退を急ぐべき")).toMatchObject({ speaker: "高田" });
  });

  it("a text with a lone 注： or 出典： line is no transcript", () => {
    expect(findTurns(["本文です。", "注：数値は速報値である。", "出典：統計局の資料による。"])).toBeNull();
    // Labels each used once are a list's headings, not voices.
    expect(findTurns(["背景：財政赤字が拡大した。", "経過：増税案が否決された。", "結果：内閣は総辞職した。"])).toBeNull();
    const facts = read("2024年5月1日\n\n市は新しい計画を発表した。\n注：計画の詳細は後日公表される予定である。");
    expect(facts.every((f) => f.speaker !== "注")).toBe(true);
  });
});
