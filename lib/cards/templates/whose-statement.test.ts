// "Which of these did A say?" from documents with two sides: a ruling's parties and a debate's two speakers,
// read from made-up documents in the formats lib/extract understands (a 国会会議録's turns, a judgment's sections).
import { describe, expect, it } from "vitest";
import { factsFromFile } from "../facts-from-file";
import { generateCards } from "../generate";

const DIET_RECORD = [
  "第二百十一回国会　厚生労働委員会　第七号",
  "令和五年五月十日（水曜日）",
  "　　　　午前十時開議",
  "○委員長（山田花子君）　これより会議を開きます。",
  "　質疑の申出がありますので、これを許します。佐藤一郎君。",
  "○佐藤一郎君　国民民主党の佐藤です。",
  "　介護職員の賃金は全産業平均より大幅に低い水準にとどまっております。",
  "　政府は介護報酬の臨時改定を直ちに行うべきです。",
  "○厚生労働大臣（鈴木次郎君）　お答えいたします。",
  "　臨時改定は考えておらず、次期報酬改定で対応してまいります。",
  "○佐藤一郎君　人材の流出は既に地方の介護現場を直撃しております。",
  "○厚生労働大臣（鈴木次郎君）　地方の人材確保については、都道府県の基金を活用して支援してまいります。",
].join("\n");

const JUDGMENT = [
  "# 令和4年（ワ）第1234号 損害賠償請求事件 東京地方裁判所 判決",
  "# 主文",
  "原告の請求を棄却する。",
  "# 事実及び理由",
  "第2 当事者の主張",
  "1 原告の主張",
  "本件工事の騒音は受忍限度を超えており、違法というべきである。",
  "工事業者は事前に十分な説明会を開催する義務を怠ったものである。",
  "2 被告の主張",
  "本件工事の騒音は環境基準の範囲内にとどまっていたというべきである。",
  "説明会は着工前に2回開催しており、説明義務は尽くされているというべきである。",
  "第3 当裁判所の判断",
  "本件工事の騒音が受忍限度を超えたと認めるに足りる証拠はない。",
].join("\n\n");

async function cardsOf(text: string, name: string) {
  const doc = await factsFromFile(new TextEncoder().encode(text), name, null);
  return generateCards(doc.facts, doc.ruby).filter((c) => c.template === "whose-statement");
}

describe("whose-statement: which of these did A say, when a document has two sides", () => {
  it("a debate's two speakers: one speaker's statement among the other's", async () => {
    const cards = await cardsOf(DIET_RECORD, "diet.txt");
    const sato = cards.find((c) => c.front.includes("佐藤一郎"))!;
    expect(sato.front).toBe("次のうち、佐藤一郎が述べたものはどれか。");
    expect(sato.answer).toBe("介護報酬の臨時改定を直ちに行うべきです");
    expect(sato.choices).toHaveLength(3);
    // Every other option is the minister's.
    expect(sato.choices!.filter((c) => c !== sato.answer).every((c) => /まいります$/.test(c))).toBe(true);
  });

  it("a ruling's parties: the plaintiff's claim among the defendant's, never the court's holding", async () => {
    const cards = await cardsOf(JUDGMENT, "judgment.md");
    const plaintiff = cards.find((c) => c.front === "次のうち、原告が主張したものはどれか。")!;
    expect(plaintiff.answer).toBe("本件工事の騒音は受忍限度を超えており、違法というべきである");
    expect([...plaintiff.choices!].sort()).toEqual(
      ["本件工事の騒音は受忍限度を超えており、違法というべきである", "本件工事の騒音は環境基準の範囲内にとどまっていたというべきである", "説明義務は尽くされているというべきである"].sort(),
    );
    expect(cards.flatMap((c) => c.choices ?? []).some((c) => c.includes("証拠はない"))).toBe(false);
  });

  it("a document with one speaker, or with three, gives none (who-said asks there)", async () => {
    const monologue = DIET_RECORD.split("\n").filter((l) => !l.includes("鈴木次郎")).join("\n");
    expect(await cardsOf(monologue, "monologue.txt")).toEqual([]);
    const three = `${DIET_RECORD}\n○高橋三郎君　介護職員の確保には外国人材の受入れ拡大が欠かせないと考えます。\n○高橋三郎君　事業所の経営は物価高で急速に悪化しております。`;
    expect(await cardsOf(three, "three.txt")).toEqual([]);
  });

  it("with three speakers who-said asks, its options the speakers the turn labels name (no quote names them)", async () => {
    const three = `${DIET_RECORD}\n○委員長（山田花子君）　次に、高橋三郎君。\n○高橋三郎君　介護職員の確保には外国人材の受入れ拡大が欠かせないと考えます。`;
    const doc = await factsFromFile(new TextEncoder().encode(three), "three.txt", null);
    const whoSaid = generateCards(doc.facts, doc.ruby).filter((c) => c.template === "who-said");
    const sato = whoSaid.find((c) => c.answer === "佐藤一郎")!;
    expect(sato.front).toContain("介護報酬の臨時改定を直ちに行うべきです");
    expect([...sato.choices!].sort()).toEqual(["佐藤一郎", "鈴木次郎", "高橋三郎"].sort());
  });
});
