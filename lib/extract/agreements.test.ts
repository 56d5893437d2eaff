import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { contentsOf, listedContents, ordinalItem, partiesOf, splitItems } from "./agreements";
import { extract, lexiconOf } from "./__fixtures__/analysed";

describe("agreement items from enumerations", () => {
  it("a frame that only says where the list is (条約では、) is no item", () => {
    expect(contentsOf("協定では、関税の段階的撤廃、原産地規則の簡素化、紛争解決手続きの整備などが盛り込まれた。")).toEqual([
      "関税の段階的撤廃",
      "原産地規則の簡素化",
      "紛争解決手続きの整備",
    ]);
  });

  it("または/及び before a comma joins two parts of one item; a 中黒 between phrases parts two items", () => {
    expect(contentsOf("条約では、排出量の削減、各国の報告義務の履行・先進国または、途上国への資金の提供などが明記された。")).toEqual([
      "排出量の削減",
      "各国の報告義務の履行",
      "先進国または途上国への資金の提供",
    ]);
    // 交流・協力 is one item: two words, not two phrases.
    expect(splitItems("賃金の引き上げ、交流・協力の拡大")).toEqual(["賃金の引き上げ", "交流・協力の拡大"]);
  });

  it("a counted list (…の3項目) splits its last item at 及び", () => {
    expect(contentsOf("労使は、基本給の引き上げ、残業時間の上限設定及び育児休業の拡充の3項目で合意した。")).toEqual([
      "基本給の引き上げ",
      "残業時間の上限設定",
      "育児休業の拡充",
    ]);
  });

  it("numbered items in one sentence (①…②…, （1）…（2）…)", () => {
    expect(contentsOf("合併契約には、①新会社の本社を大阪に置くこと②社長は存続会社から出すこと③従業員の雇用を維持することが定められた。")).toEqual([
      "新会社の本社を大阪に置くこと",
      "社長は存続会社から出すこと",
      "従業員の雇用を維持すること",
    ]);
    expect(contentsOf("議定書には、（1）フロンの全廃（2）途上国への猶予期間（3）貿易の制限が盛り込まれた。")).toEqual(["フロンの全廃", "途上国への猶予期間", "貿易の制限"]);
  });

  it("acts agreed together (…すること、…することで合意) are items, the topic is none", () => {
    expect(contentsOf("両国は、関税を撤廃すること、投資を自由化することで合意した。")).toEqual(["関税を撤廃すること", "投資を自由化すること"]);
    // One act agreed is no list.
    expect(contentsOf("各国は自国通貨を増価することで合意した。")).toEqual([]);
  });
});

describe("agreement items listed line by line", () => {
  it("the list lines under a contents heading and its topic sub-headings, up to a section of commentary", () => {
    const text = "労働協約\n\n協約の内容\n\n賃金\n\n・基本給を3％引き上げる\n\n・賞与を年2回支給する\n\n労働時間\n\n・残業は月20時間までとする\n\n挙げられる問題点\n\n・非正規社員が対象外とされた\n";
    const doc = cleanText(text);
    const [list] = listedContents(doc.text, doc.blocks);
    expect(list?.items).toEqual(["基本給を3％引き上げる", "賞与を年2回支給する", "残業は月20時間までとする"]);
  });

  it("the lines after a sentence that opens a list (以下の点で一致した) are the items of the agreement it names", () => {
    const text = "2024年5月10日、両社は合併契約「さくら合意」に署名し、以下の点で一致した。\n\n1. 新会社の本社を大阪に置く\n\n2. 従業員の雇用を維持する\n\n3. 新社名を一般から公募する\n";
    const agreement = extract(cleanText(text), { publishedAt: "2024-05-11" }).find((f) => f.kind === "agreement");
    expect(agreement).toMatchObject({ name: "さくら合意", items: ["新会社の本社を大阪に置く", "従業員の雇用を維持する", "新社名を一般から公募する"] });
  });
});

describe("agreement items told one a sentence", () => {
  it("第一に…。第二に…。 after an agreement named are its items, in order", () => {
    const text = "2019年2月1日、日本とEUは経済連携協定「EPA協定」に署名した。第一に、両者はワインの関税を即時撤廃する。第二に、自動車の関税を8年で撤廃する。第三に、政府調達の市場を開放する。";
    const agreement = extract(cleanText(text), { publishedAt: "2019-02-02" }).find((f) => f.kind === "agreement");
    expect(agreement?.items).toEqual(["ワインの関税を即時撤廃する", "自動車の関税を8年で撤廃する", "政府調達の市場を開放する"]);
  });

  it("an ordinal out of sequence is no item", () => {
    expect(ordinalItem("第二に、賃金を上げる。", 0)).toBeNull();
    expect(ordinalItem("第一に、賃金を上げる。", 0)).toBe("賃金を上げる");
  });
});

describe("agreement parties and date", () => {
  it("the countries its name opens on, else those between whom it was made, else the body it was made by, else the side that made it", () => {
    const sentence = "1994年10月に米国と北朝鮮との間で署名された「合意された枠組み」を維持する。";
    const lex = lexiconOf(sentence);
    expect(partiesOf(lex, "日豪経済連携協定", "")).toEqual(["日本", "オーストラリア"]);
    expect(partiesOf(lex, "南北間の和解に関する合意書", "")).toEqual(["韓国", "北朝鮮"]);
    expect(partiesOf(lex, "合意された枠組み", sentence)).toEqual(["米国", "北朝鮮"]);
    const issued = "1985年9月22日、先進5か国 (G5) 財務相会議により発表された為替に関する合意。";
    expect(partiesOf(lexiconOf(issued), "為替合意", issued)).toEqual(["G5"]);
    const concluded = "会議において、G10は通貨協定を締結した。";
    expect(partiesOf(lexiconOf(concluded), "通貨協定", concluded)).toEqual(["G10"]);
    const signed = "2015年12月12日、フランスは気候協定を採択した。";
    expect(partiesOf(lexiconOf(signed), "気候協定", signed)).toEqual(["フランス"]);
  });

  it("an article that opens on a long name (…に関する…議定書) is about that agreement, dated where the sentence says it was made", () => {
    const text = "有害廃棄物の越境移動の規制に関するバーゼル条約（バーゼルじょうやく）は、有害廃棄物の輸出を規制することを目的とし、1989年にスイスで採択された条約。";
    const agreement = extract(cleanText(text), { publishedAt: "2024-05-11" }).find((f) => f.kind === "agreement");
    expect(agreement).toMatchObject({ name: "有害廃棄物の越境移動の規制に関するバーゼル条約", date: { value: "1989" } });
  });

  it("the day it was promulgated, told in the sentence after its contents, dates an agreement named without one", () => {
    const text = "停戦後、両国の間でアルファ条約が調印された。条約では、国境の画定、捕虜の交換、通商の再開などが明記された。1950年3月1日に公布され、両国は国交を回復した。";
    const agreement = extract(cleanText(text), { publishedAt: "2024-05-11" }).find((f) => f.kind === "agreement");
    expect(agreement).toMatchObject({ name: "アルファ条約", date: { value: "1950-03-01" }, items: ["国境の画定", "捕虜の交換", "通商の再開"] });
  });
});
