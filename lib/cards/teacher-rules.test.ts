// One fixture per class of defect found reading every card of the seeds and the development
// documents as a teacher would (see the cards branch report): headline fragments, questions
// without their context, options of another type or the same entity twice, answers that do not
// answer the question, and unnatural template Japanese. Sentences are shaped like the ones that
// showed each defect, on other subjects where possible, so no rule is tuned to one document.
import { describe, expect, it } from "vitest";
import { pickDistractors } from "./distractors";
import { entityKind, sameEntity } from "./entity-kind";
import { headlineOf } from "./fact-fields";
import { generateCards } from "./generate";
import { holderLabel, speaksOf, whoSaidQuestion } from "./templates/positions";
import { hasSubject, readsAsEvent, repairHeadline, resolveGenericTopic } from "./text-rules";
import { sampleFact } from "./test-fixtures";
import type { RubyReading, SourceFact } from "./types";

const event = (id: string, headline: string, over: Partial<SourceFact> = {}): SourceFact => sampleFact(id, { headline, text: headline, ...over });

describe("headline fragments are repaired or refused", () => {
  it("drops empty brackets left where a date was cut out", () => {
    expect(repairHeadline("G7議長国として伊勢志摩サミット()や広島外相会合()を主催")).toBe("G7議長国として伊勢志摩サミットや広島外相会合を主催");
    expect(repairHeadline("北部の港を封鎖し（），交渉への意欲を示す")).toBe("北部の港を封鎖し，交渉への意欲を示す");
  });
  it("makes a transcript's speaker label the subject and drops the narrator's adverb", () => {
    expect(repairHeadline("【林外務大臣】まず米国ワシントンD.C.を訪問")).toBe("林外務大臣が米国ワシントンD.C.を訪問");
    expect(repairHeadline("早くもブレトンウッズ体制の終焉が訪れる")).toBe("ブレトンウッズ体制の終焉が訪れる");
  });
  it("drops a stray space between Japanese words", () =>
    expect(repairHeadline("第2の秘密施設が 「カンソン」との名称で運営")).toBe("第2の秘密施設が「カンソン」との名称で運営"));
  it("restores a passive lost in normalisation", () =>
    expect(repairHeadline("内閣により選挙法の全面的な改正が行う")).toBe("内閣により選挙法の全面的な改正が行われる"));

  it("refuses judgements, abilities and definitions: they did not happen on a date", () => {
    for (const h of ["全く進展が見えない", "現在でも見ることができる", "ここでの5カ国とはIMFの5カ国を指す", "重要な主張を含むものと認められない"])
      expect(readsAsEvent(h), h).toBe(false);
  });
  it("refuses a part of the document, and a headline continuing an earlier one (…も)", () => {
    expect(readsAsEvent("第1章で日本外交の展開について概観")).toBe(false);
    expect(readsAsEvent("続くEC諸国も変動相場制に移行")).toBe(false);
    expect(readsAsEvent("後年にはトレンチ調査も行う")).toBe(false);
    expect(readsAsEvent("米国が最も早く国交を樹立")).toBe(true);
  });
  it("refuses a dangling subject: an object with no named event and nobody doing it", () => {
    expect(readsAsEvent("拘束していた米国人を解放し，首脳会談への意欲を米国にアピール")).toBe(false);
    expect(readsAsEvent("第1回交渉会合を開催")).toBe(false);
    expect(readsAsEvent("外務大臣就任後の最初の訪問先としてニューヨークを訪問")).toBe(false);
    // A named event as the object says enough (who held it is not asked).
    expect(readsAsEvent("第6回アフリカ開発会議(TICAD VI)をケニアで開催")).toBe(true);
    expect(readsAsEvent("史上初の米朝首脳会談をシンガポールで開催")).toBe(true);
    expect(readsAsEvent("特別展示「国交正常化50年」を展示室において開催")).toBe(true);
  });
  it("refuses a description of a document (the agreement's own card asks it) and an agreement without its subject", () => {
    expect(readsAsEvent("日朝平壌宣言は北朝鮮の首都・平壌で発表された日朝両国政府による共同宣言")).toBe(false);
    expect(readsAsEvent("国防委員長と日朝首脳会談を行った際に調印された宣言文")).toBe(false);
    expect(readsAsEvent("日本、韓国及び北東アジア地域全体の平和と安全に悪影響を及ぼすと意見が一致")).toBe(false);
    expect(readsAsEvent("北朝鮮のミサイル発射は地域の安全に悪影響を及ぼすと意見が一致")).toBe(true);
    expect(readsAsEvent("両国は「日中共同声明」に署名")).toBe(true);
  });
  it("cloze never blanks a country written before its city (中国・北京)", () => {
    const facts = ["中国・北京において交渉会合が開催", "韓国がソウルで会合を開催", "日本が東京で会合を開催", "カンボジアがプノンペンで会合を開催"].map((h, i) =>
      event(`c${i}`, h, { actors: [["中国", "韓国", "日本", "カンボジア"][i]!], date: { value: `200${i}-01-01`, precision: "day" } }),
    );
    const cloze = generateCards(facts).filter((c) => c.template === "cloze");
    expect(cloze.find((c) => c.factId === "c0")).toBeUndefined();
    expect(cloze.length).toBeGreaterThan(0);
  });
  it("a は inside a reported clause (…ないとして) is no subject; らが and 使節団として are", () => {
    expect(hasSubject("賠償責任は発生しないとして第一審判決を取り消し、株主の請求を棄却")).toBe(false);
    expect(hasSubject("三島子爵らが、答礼使節団としてタイを訪問")).toBe(true);
  });
  it("a generic topic (条約は…) names the document's one agreement of its kind, or the headline is refused", () => {
    expect(resolveGenericTopic("条約は降伏文書調印により破棄", ["北洋漁業条約", "「通商協定」"])).toBe("北洋漁業条約は降伏文書調印により破棄");
    expect(resolveGenericTopic("条約は降伏文書調印により破棄", ["北洋漁業条約", "南洋航路条約"])).toBe("条約は降伏文書調印により破棄");
    expect(readsAsEvent("条約は降伏文書調印により破棄")).toBe(false);
    const facts = [
      event("t", "条約は降伏文書調印により破棄"),
      { ...event("n", "北洋漁業条約", { kind: "agreement", name: "北洋漁業条約" }) },
    ];
    const cards = generateCards(facts).filter((c) => c.factId === "t");
    for (const c of cards) expect(c.front + c.back).toContain("北洋漁業条約は降伏文書調印により破棄");
  });
  it("両国 alone points back; 日朝両国 does not", () => {
    expect(headlineOf(event("a", "両国の青少年を対象として新制度を導入"))).toBeNull();
    expect(headlineOf(event("b", "日朝両国政府が国交正常化交渉を開始"))).not.toBeNull();
  });

  it("a headline that opens on a particle lost its subject; かかる points back", () => {
    expect(headlineOf(event("c", "と段階的に規制強化が図られる"))).toBeNull();
    expect(headlineOf(event("d", "は「花火解散」と命名"))).toBeNull();
    expect(headlineOf(event("e", "かかる違法状態を是正する措置を実施"))).toBeNull();
    expect(headlineOf(event("f", "はやぶさ2が小惑星に到着"))).not.toBeNull();
  });
});

describe("options are of the answer's type, and one entity is offered once", () => {
  it("classifies names by general heads and data", () => {
    expect(entityKind("ベネズエラ")).toBe("country");
    expect(entityKind("北朝鮮側")).toBe("country");
    expect(entityKind("国際原子力機関（IAEA）")).toBe("body");
    expect(entityKind("モロッコのブリタ外相")).toBe("person");
    expect(entityKind("科学国際安全保障研究所")).toBe("organisation");
    expect(entityKind("複数のメディア")).toBe("source");
    expect(entityKind("先の外交筋")).toBe("source");
    expect(entityKind("中国とロシア")).toBe("country");
    expect(entityKind("中・露・朝の3か国")).toBe("country");
    expect(entityKind("株主")).toBe("generic");
    expect(entityKind("弁護側")).toBe("legal");
    expect(entityKind("札幌地方裁判所")).toBe("legal");
  });
  it("knows two names of one entity", () => {
    expect(sameEntity("IAEA", "国際原子力機関（IAEA）")).toBe(true);
    expect(sameEntity("米国", "米政府")).toBe(true);
    expect(sameEntity("北朝鮮", "北朝鮮側")).toBe(true);
    expect(sameEntity("金党委員長", "金正恩朝鮮労働党委員長")).toBe(true);
    expect(sameEntity("米国", "韓国")).toBe(false);
  });
  it("never offers unnamed sources among states (複数のメディア beside 中国とロシア)", () => {
    const picked = pickDistractors({ answer: "中国とロシア", candidates: ["複数のメディア", "先の外交筋", "米国", "韓国", "中国"], seed: "s", entities: true });
    expect(picked.sort()).toEqual(["米国", "韓国"].sort());
  });
  it("never offers a person or a newspaper among countries, nor the answer under a second name", () => {
    const candidates = ["米国側", "韓国", "中国", "専門家", "トランプ大統領", "読売新聞", "国連"];
    const picked = pickDistractors({ answer: "米国", candidates, seed: "s", entities: true });
    expect(picked.sort()).toEqual(["中国", "国連", "韓国"].sort());
  });
  it("offers the parties of a case together (検察, 弁護側, 裁判所)", () => {
    const picked = pickDistractors({ answer: "弁護側", candidates: ["検察", "札幌地方裁判所", "日本", "自衛隊"], seed: "s", entities: true });
    expect(picked.sort()).toEqual(["札幌地方裁判所", "検察"].sort());
  });
  it("reading cards offer people's readings for a person, places' for a place", () => {
    const r = (base: string, reading: string, start: number): RubyReading => ({ documentId: "d", base, reading, quote: base, start, end: start + base.length });
    const ruby = [
      r("金正日", "キム・ジョンイル", 0), r("金英哲", "キム・ヨンチョル", 10), r("崔善姫", "チェ・ソニ", 20), r("文在寅", "ムン・ジェイン", 30),
      r("平壌", "ピョンヤン", 40), r("寧辺", "ニョンビョン", 50), r("豊渓里", "プンゲリ", 60), r("開城", "ケソン", 70),
    ];
    for (const c of generateCards([], ruby)) {
      const person = String(c.answer).includes("・");
      for (const o of c.choices!) expect(o.includes("・"), `${c.front} ${o}`).toBe(person);
    }
  });
});

describe("the answer answers the question", () => {
  it("a side's position on T only when the statement speaks of T", () => {
    expect(speaksOf("寧辺の核関連施設を稼働させていた", "核施設")).toBe(true);
    expect(speaksOf("対話中は弾道ミサイル試射を再開しない", "ミサイル")).toBe(true);
    expect(speaksOf("制裁の解除を含めた相応の見返り", "核実験")).toBe(false);
  });
});

describe("questions say enough, in natural Japanese", () => {
  it("asks who showed an intent, who asked for a demand, who claimed a statement", () => {
    expect(whoSaidQuestion("朝鮮半島の完全な非核化に取り組む意向", [])).toBe("次の意向を示したのは誰か。\n「朝鮮半島の完全な非核化に取り組む意向」");
    expect(whoSaidQuestion("制裁の解除を含めた相応の「見返り」", [])).toBe("次のことを求めたのは誰か。\n「制裁の解除を含めた相応の「見返り」」");
    expect(whoSaidQuestion("多国間協定より二国間交渉を優先する", [])).toBe("次のように主張したのは誰か。\n「多国間協定より二国間交渉を優先する」");
  });
  it("a short statement without its subject names its topic", () => {
    expect(whoSaidQuestion("寧辺以外には存在しない", ["核施設"])).toBe("「核施設」について、次のように主張したのは誰か。\n「寧辺以外には存在しない」");
    expect(whoSaidQuestion("米国は制裁を維持する", ["制裁"])).toBe("次のように主張したのは誰か。\n「米国は制裁を維持する」");
  });
  it("the back names the holder once (IAEA, not IAEA（国際原子力機関（IAEA））)", () => {
    expect(holderLabel("IAEA", "国際原子力機関（IAEA）")).toBe("国際原子力機関（IAEA）");
    expect(holderLabel("北朝鮮", "北朝鮮")).toBe("北朝鮮");
    expect(holderLabel("米国", "トランプ米国大統領")).toBe("米国（トランプ米国大統領）");
    expect(holderLabel("韓国", null)).toBe("韓国");
  });
  it("where: the place blanked in the headline, never cut out of it (シンガポールの開催), nor inside a named place", () => {
    const places = ["セントーサ島", "平壌", "ハノイ", "ニューヨーク"];
    const facts = places.map((p, i) =>
      event(`e${i}`, i === 0 ? "米朝首脳会談はシンガポールのセントーサ島で開催" : `米朝首脳会談を${p}で開催`, {
        place: p,
        date: { value: `199${i}-01-01`, precision: "day" },
      }),
    );
    // (Third reading: シンガポールの［　　］ tells the place by its container, so e0 gives no "where" card.)
    const where = generateCards(facts).filter((c) => c.template === "where-held");
    expect(where.find((c) => c.factId === "e0")).toBeUndefined();
    expect(where.find((c) => c.factId === "e1")!.front).toBe("空欄に入る場所はどれか。\n1991年1月1日、米朝首脳会談を［　　］で開催");
  });
});
