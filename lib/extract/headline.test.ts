import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { ingestDocument } from "@/lib/ingest/ingest";
import { extract } from "./__fixtures__/analysed";

const factsOf = (text: string, publishedAt = "2024-03-14") => extract(cleanText(text), { publishedAt });
const headlineOf = (text: string) => factsOf(text)[0]?.headline;

describe("headlines: who–what–where, no date", () => {
  it("drops the date and its particle, and ends on the act's noun", () => {
    expect(headlineOf("2018年6月12日、シンガポールで米朝首脳会談が開催された。")).toBe("シンガポールで米朝首脳会談が開催");
    expect(headlineOf("両国は1999年4月から制度を導入した。")).toBe("両国は制度を導入");
  });

  it("keeps the passive of a suffix verb: 開かれた → 開かれる, never 開く", () => {
    expect(headlineOf("2005年8月8日、臨時閣議が開かれた。")).toBe("臨時閣議が開かれる");
  });

  it("keeps a negation and its past: 署名しなかった is never 署名する, nor the lasting 署名しない", () => {
    expect(headlineOf("2019年2月28日、両首脳は合意文書に署名しなかった。")).toMatch(/署名しなかった$/);
    expect(headlineOf("2019年2月28日、両首脳は合意文書に署名しないと述べた。")).not.toMatch(/しなかった/);
  });

  it("a connective that opens a noun phrase (その後の検討を経て) stays in the headline", () => {
    expect(headlineOf("2026年3月、その後の検討を経て、理事会は読み取り専用とすることを発表した。")).toMatch(/^その後の検討/);
  });

  it("a holding in the negative keeps its negation in the position's content", () => {
    const judgment = "主文\n\n1　本件控訴を棄却する。\n\n事実及び理由\n\n第3　当裁判所の判断\n\n1　被控訴人の職員の対応が国家賠償法上違法の評価を受けるものとはいえない。\n";
    const holding = extract(cleanText(judgment), { publishedAt: "2017-08-09", title: "名古屋高等裁判所 判決" }).find((f) => f.kind === "position");
    expect(holding?.content).toBe("被控訴人の職員の対応が国家賠償法上違法の評価を受けるものとはいえない");
  });

  it("a demand's imperative stays one: …を支払え is no payment that happened", () => {
    expect(headlineOf("2017年8月9日、被控訴人は、控訴人に対し、8万5000円を支払え。")).toMatch(/支払え$/);
  });

  it("a potential told in the past stays past: 進むことができた is not a standing ability", () => {
    expect(headlineOf("2026年2月7日、救済措置により準々決勝に進むことができた。")).toMatch(/できた$/);
  });

  it("a date that times a clause of its own stays; the fact's own date goes with its suffixes (付け, 年度)", () => {
    const withdrew = factsOf("2026年2月7日、近藤心音選手は、5日に行った公式練習の最中に転倒した影響で棄権した。");
    expect(withdrew.find((f) => f.date?.value === "2026-02-07")?.headline).toContain("5日に行った公式練習");
    expect(headlineOf("令和５年度（2023年度）には、パイロット校を全国で52校指定した。")).not.toMatch(/^度/);
  });

  it("a cut to the length keeps the subject it would drop, and a leading marker goes", () => {
    const gold = factsOf("2026年2月16日、(金メダル)フィギュアスケートペアに出場した三浦璃来・木原龍一ペアが、世界歴代最高得点を更新する演技を見せて金メダルを獲得した。");
    expect(gold[0]?.headline).toMatch(/^三浦璃来・木原龍一ペアが/);
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

describe("headlines that would stop short", () => {
  it("a date taken out of its parentheses leaves no （）, and …とともに / …し end at the act", () => {
    const heads = factsOf("北朝鮮は核実験の中止決定を発表する（2018年4月）とともに、外国メディアに実験場の坑道爆破を公開し（5月）、関係改善を図った。").map((f) => f.headline);
    expect(heads.some((h) => /（）|とともに$|公開し$/.test(h))).toBe(false);
  });

  it("a long headline is never cut at a comma inside 「…」", () => {
    const heads = factsOf("2024年3月1日、地裁は「被告の行為は、器物損壊罪にも当たるが、本件では防衛器物の損害に焦点を絞っていた訴訟経過から、その余地の有無に言及するべきではない」として被告人に無罪を言い渡した。").map((f) => f.headline);
    for (const h of heads) expect((h.match(/「/g) ?? []).length).toBe((h.match(/」/g) ?? []).length);
  });

  it("two dates joined by と leave no と, and a leading からは goes with its date", () => {
    const heads = factsOf("2009年5月27日と6月5日には委員会で法案審議が行われた。2010年1月17日からは、親族への優先提供が認められた。").map((f) => f.headline);
    expect(heads).toContain("委員会で法案審議が行われる");
    expect(heads).toContain("親族への優先提供が認められる");
  });

  it("an act with an object and no subject names its one actor (原判決を破棄 → 最高裁判所が原判決を破棄)", () => {
    const doc = cleanText("主文\n\n原判決を破棄する。\n\n理由\n\n論旨は理由がない。");
    doc.blocks = doc.blocks.map((b) => (["主文", "理由"].includes(doc.text.slice(b.start, b.end)) ? { ...b, kind: "heading" } : b));
    const [event] = extract(doc, { title: "最高裁判所第三小法廷 判決", publishedAt: "1975-02-25" });
    expect(event).toMatchObject({ kind: "event", headline: "最高裁判所が原判決を破棄", date: { value: "1975-02-25" } });
  });
});

describe("position content", () => {
  it("is not cut after a subject inside the content (…意向があることを伝えた)", () => {
    const [position] = factsOf("北朝鮮は、金英哲党副委員長を通じ、米国と対話を行う意向があることを韓国側に伝えた。");
    expect(position?.content).toContain("意向があること");
    expect(position?.content).not.toBe("あること");
  });
});

describe("a position's content ends where its reported content ends", () => {
  const contentOf = (text: string) => factsOf(text).find((f) => f.kind === "position")?.content;

  it("cuts at the quotative particle before the saying predicate, whatever its inflection", () => {
    expect(contentOf("林外相は、協定の早期発効を目指していくと述べております。")).toBe("協定の早期発効を目指していく");
    expect(contentOf("首相は、改革はうまくいったと考えております。")).toBe("改革はうまくいった");
  });

  it("reported speech reported again gives the innermost content", () => {
    expect(contentOf("特使団は，北朝鮮は挑発を再開しないと表明した旨発表した。")).toBe("北朝鮮は挑発を再開しない");
  });

  it("a noun names the content only right before the predicate (…の現れと強調した), never as a partner (各国との連携を確認)", () => {
    expect(contentOf("政府は、これらの措置を決意の現れと強調した。")).toBe("これらの措置を決意の現れ");
    expect(contentOf("外相は、各国との緊密な連携を確認した。")).not.toMatch(/各国$/);
  });
});

describe("headlines open on the fact and keep a holding's modality", () => {
  it("drops connectives and pointers at the start (その結果、 / そのため / 最終的に)", () => {
    expect(headlineOf("2005年8月8日、最終的に「8月8日解散」案が採用された。")).toBe("「8月8日解散」案が採用");
    expect(headlineOf("1945年9月2日、その結果、タイ国民は裁きを免れた。")).toBe("タイ国民は裁きを免れる");
  });

  it("a court's …というべきである stays a holding (…というべき), never hearsay (…という)", async () => {
    const judgment = ["# 主文", "", "本件上告を棄却する。", "", "# 理由", "", "周辺住民は、本件処分の取消しを求める原告適格を有しないというべきである。"].join("\n");
    const { cleaned } = await ingestDocument({ text: judgment, filename: "judgment.md" });
    const facts = extract(cleaned, { publishedAt: "1999-11-25", title: "最高裁判所第一小法廷 判決" });
    expect(facts.map((f) => f.headline).find((h) => h.includes("原告適格"))).toMatch(/原告適格を有しないというべき$/);
  });
});

describe("headlines of an act timed by a range", () => {
  it("leave no まで where the range was (まず、7月28日から31日まで、…を訪問)", () => {
    expect(headlineOf("まず、2022年7月28日から31日まで、米国ワシントンD.C.を訪問する予定でございます。")).toBe("米国ワシントンD.C.を訪問");
  });
});

describe("headlines leave the time of day with the date", () => {
  it("午後3時より臨時閣議が開催 → 臨時閣議が開催; 夜間に stays a word", () => {
    expect(headlineOf("2005年8月8日、午後3時より臨時閣議が開催された。")).toBe("臨時閣議が開催");
    expect(headlineOf("2005年8月8日、夜間に臨時閣議が開催された。")).toBe("夜間に臨時閣議が開催");
  });
});

describe("a headline keeps a main verb that is no frame", () => {
  it("…重要な動きがありました → …重要な動きがある (あった is the predicate, not a frame after a noun)", () => {
    expect(headlineOf("2016年12月、プーチン大統領の訪日など重要な動きがありました。")).toMatch(/動きがある$/);
  });
});

describe("a long headline keeps the event and the subject (issue 8: fragments)", () => {
  const headlineOn = (sentence: string) => factsOf(`2026年2月13日、${sentence}`, "2026-02-22").find((f) => f.kind === "event")?.headline ?? "";

  it("two results with one verb share it, so the event the sentence opens with stays", () => {
    const medals = headlineOn("フィギュアスケート男子フリーに出場した鍵山優真選手が銀メダルを獲得し、佐藤駿選手は銅メダルを獲得した。");
    expect(medals).toContain("フィギュアスケート男子フリー");
    expect(medals).toMatch(/鍵山優真.*佐藤駿は銅メダルを獲得$/);
    const prizes = headlineOn("全国高校囲碁選手権大会の個人戦に出場した山田太郎選手が優勝杯を獲得し、佐々木次郎選手は準優勝杯を獲得した。");
    expect(prizes).toContain("全国高校囲碁選手権大会の個人戦");
    expect(prizes).toMatch(/山田太郎.*佐々木次郎は準優勝杯を獲得$/);
  });

  it("an outcome told after a concessive aside keeps its subject and event (また…も…、…ものの、…進めなかった)", () => {
    const out = headlineOn("また女子500mの準々決勝に進出した金井莉佳選手も4着で終わり、先にゴールした1人が失格となり3位となったものの、準決勝には進めなかった。");
    expect(out).toMatch(/^女子500mの準々決勝で/);
    expect(out).toContain("金井莉佳も4着で終わり");
    expect(out).toMatch(/準決勝には進めなかった$/);
    const chess = headlineOn("将棋の名人戦七番勝負に挑戦した中村一郎選手は3勝4敗となり、第6局では終盤まで優勢に進めていたものの、名人位の獲得はならなかった。");
    expect(chess).toContain("中村一郎");
    expect(chess).toMatch(/名人位の獲得はならなかった$/);
  });

  it("an event set off at the start (…の予選で、) stays, with 「との試合を行ったが、」 said shorter", () => {
    const lost = headlineOn("カーリング女子の予選で、日本代表がデンマーク代表との試合を行ったが、延長の末7対10で敗れた。");
    expect(lost).toMatch(/^カーリング女子の予選で/);
    expect(lost).toContain("7対10で敗れる");
    const talks = headlineOn("東アジア首脳会議の閣僚会合で、日本代表団の外務審議官がインドネシア代表団との協議を行ったが、共同文書の採択には至らなかった。");
    expect(talks).toMatch(/^東アジア首脳会議の閣僚会合で/);
    expect(talks).toMatch(/採択には至らなかった$/);
  });

  it("「…が行われ、」 becomes the event's frame when the results would not fit", () => {
    const held = headlineOn("スノーボード男子ビッグエアの決勝が行われ、木村葵来選手が金メダル、木俣椋真選手が銀メダルを獲得した。");
    expect(held).toMatch(/^スノーボード男子ビッグエアの決勝で/);
    expect(held.length).toBeLessThanOrEqual(40);
  });

  it("a cut never leaves a headline opening on a pointer (これで, その, 先に)", () => {
    expect(headlineOn("これで通算成績は1勝3敗となり、予選突破はならなかった。")).toMatch(/^通算成績は/);
    const passed = headlineOn("市議会は長時間にわたって審議を続けた結果、その日の深夜になってようやく、新しい条例案を賛成多数で可決した。");
    expect(passed).toContain("条例案を賛成多数で可決");
    expect(passed).not.toMatch(/^(?:これ|それ|この|その|先に)/);
  });
});

describe("a party's demand reads as a demand (issue 8)", () => {
  const demands = (items: string[]) =>
    extract(cleanText(`主文\n\n1　本件控訴を棄却する。\n\n事実及び理由\n\n第1　控訴の趣旨\n\n${items.map((s, i) => `${i + 1}　${s}`).join("\n\n")}\n`), {
      publishedAt: "2017-08-09",
      title: "名古屋高等裁判所 判決",
    }).filter((f) => f.kind === "position").map((f) => f.headline);

  it("…を取り消す / …を確認する / …を支払え become the appellant's 取消し, 確認, …よう求める", () => {
    const [undo, confirm, pay] = demands([
      "被控訴人が平成26年11月18日付けでした異議申立てを却下する旨の決定を取り消す。",
      "別紙目録記載の土地が農用地区域に該当しないことを確認する。",
      "被控訴人は、控訴人に対し、8万5000円を支払え。",
    ]);
    expect(undo).toBe("控訴人は被控訴人がした異議申立てを却下する旨の決定の取消しを求める");
    expect(confirm).toBe("控訴人は別紙目録記載の土地が農用地区域に該当しないことの確認を求める");
    expect(pay).toMatch(/^控訴人は、被控訴人が控訴人に対し、?8万5000円を支払うよう求める$/);
  });

  it("a demand in another kind of case is its demander's too (請求の趣旨 → 原告)", () => {
    const text = "主文\n\n1　原告の請求を棄却する。\n\n事実及び理由\n\n第1　請求の趣旨\n\n1　被告は、原告に対し、120万円を支払え。\n\n2　被告が令和2年4月1日付けでした懲戒処分を取り消す。\n";
    const heads = extract(cleanText(text), { publishedAt: "2021-03-01", title: "東京地方裁判所 判決" }).filter((f) => f.kind === "position").map((f) => f.headline);
    expect(heads).toContain("原告は、被告が原告に対し、120万円を支払うよう求める");
    expect(heads).toContain("原告は被告がした懲戒処分の取消しを求める");
  });

  it("a stance told in the past is no demand (両国は協力を確認した)", () => {
    expect(headlineOf("2024年3月4日、両国の外相は経済分野での協力を確認した。")).not.toMatch(/求める$/);
  });
});

describe("a cut keeps the sentence's topic, and debris stays out (issue 8)", () => {
  it("a topic opening the sentence, even with a short name in parentheses, stays when a cut drops it", () => {
    expect(headlineOf("2023年10月、日本電気株式会社（ＮＥＣ）は、自社で開発した大規模言語モデルの自治体業務における活用に向けて、相模原市と協定を締結しました。")).toBe(
      "日本電気株式会社（ＮＥＣ）は相模原市と協定を締結",
    );
    expect(headlineOf("2024年1月、北海道大学は、寒冷地における再生可能エネルギーの安定供給に関する、大規模な実証実験を開始しました。")).toMatch(/^北海道大学は/);
  });

  it("a subject with its の-phrase stays whole when it fits (農振除外の申請は), and a judgment's item mark goes", () => {
    const judgment = "主文\n\n1　本件控訴を棄却する。\n\n事実及び理由\n\n第3　当裁判所の判断\n\n1　本件要望のような農振除外の申請は、市町村長に対して職権発動を促すものにすぎないというべきである。\n";
    const holding = extract(cleanText(judgment), { publishedAt: "2017-08-09", title: "名古屋高等裁判所 判決" }).find((f) => f.kind === "position");
    expect(holding?.headline).toBe("農振除外の申請は市町村長に対して職権発動を促すものにすぎないというべき");
    expect(headlineOf("ウ　控訴人は、2012年10月頃、被控訴人の職員に対し、本件要望について相談した。")).toMatch(/^控訴人は/);
  });

  it("…と、…取材で分かった: the news is what comes before the reporting frame", () => {
    expect(headlineOf("2024年6月20日、県警は市の条例違反として業者に警告したと、地元紙の関係者に対する取材で分かった。")).toBe("県警は市の条例違反として業者に警告");
  });

  it("a footnote's number after the predicate, and a date's particle after a clause, leave no debris", () => {
    const facts = factsOf("相模原市の業務に特化した言語モデルを構築する作業を進めてきたＡ社は、その言語モデルを構築し、2023年11月から実証実験を開始しています3。");
    const head = facts.find((f) => f.date?.value === "2023-11")?.headline ?? "";
    expect(head).not.toMatch(/しから|[0-9]$/);
    expect(head).toMatch(/実証実験を開始$/);
  });
});

describe("a headline ends on its predicate, not on a frame's particle or a lost voice (issue 8)", () => {
  it("…ことになる / …こととなった end at the verb (never 「…強いることに」)", () => {
    expect(headlineOf("2024年3月1日、新制度は利用者に無用な負担を強いることになった。")).toBe("新制度は利用者に無用な負担を強いる");
    expect(headlineOf("2024年3月1日、委員会は法案を3年後に見直すこととなった。")).toBe("委員会は法案を3年後に見直す");
  });

  it("…認められるべきである keeps the passive before べき (never 「認めべき」)", () => {
    const judgment = "主文\n\n1　本件控訴を棄却する。\n\n事実及び理由\n\n第3　当裁判所の判断\n\n1　確認の訴えが有効適切な手段であれば認められるべきものである。\n";
    const holding = extract(cleanText(judgment), { publishedAt: "2017-08-09", title: "名古屋高等裁判所 判決" }).find((f) => f.kind === "position");
    expect(holding?.headline).toMatch(/認められるべき$/);
  });
});

describe("headlines open on the fact, not on a connective (issue 8)", () => {
  it("drops ところが / 例えば / しかも at the start, and a cut may keep only the subject and its act", () => {
    expect(headlineOf("1989年8月19日、ところが、テレビの中継映像で集会の様子を見ていたホーネッカーは、駐東独ハンガリー特命全権大使に激しく抗議した。")).toBe(
      "ホーネッカーは駐東独ハンガリー特命全権大使に激しく抗議",
    );
    expect(headlineOf("2023年11月、例えば、ある研究所は自治体向けの対話システムの実証実験を始めた。")).toMatch(/^ある研究所は/);
    expect(headlineOf("2024年4月11日、これに関して、取材に応じた党首は寄付の条件を説明した。")).toMatch(/^取材に応じた党首は/);
    expect(headlineOf("2024年4月11日、これに対して、野党は修正案を提出した。")).toMatch(/^野党は/);
    expect(headlineOf("1990年3月16日、申請人は、市の担当課と協議を重ねたうえで、その頃設計審査手数料、工事検査手数料として合計八四万円を支払った。")).toBe("申請人は設計審査手数料、工事検査手数料として合計八四万円を支払う");
    // その後数年間… tells a later time than the fact's date: it stays (and keeps such a headline off the cards).
    expect(headlineOf("1985年、その後数年間のインフレ率は低迷した。")).toMatch(/^その後数年間/);
    // A cut that leaves 「これによって、…」 keeps what follows the connective, with its subject.
    expect(headlineOf("1941年12月、日本軍の進駐と講和の仲介が続いた後、これによってタイは旧領土のほとんどを回復できたため、日本への協力姿勢を強めた。")).toBe(
      "タイは旧領土のほとんどを回復できたため、日本への協力姿勢を強める",
    );
  });
});

describe("a cleft that focuses the date", () => {
  it("…のは、一月であります: the headline is what happened, not 「…のは」", () => {
    expect(headlineOf("輸出が落ち込んだのは、2023年1月であります。")).toBe("輸出が落ち込んだ");
  });
});

describe("a duty is no negation", () => {
  it("…しなければならない(かった) keeps the duty, never 「…しない」", () => {
    expect(headlineOf("市は3月に計画を見直さなければならなかった。")).toBe("市は計画を見直さなければならなかった");
    expect(headlineOf("同社は4月に賃金を支払わなければならない。")).toBe("同社は賃金を支払わなければならない");
  });
});

describe("a reasoning connective opens no headline", () => {
  it("いずれにせよ / したがって / すなわち go", () => {
    expect(headlineOf("いずれにせよ、政府は2016年に消費税率を引き上げた。")).toBe("政府は消費税率を引き上げる");
    expect(headlineOf("したがって、委員会は2019年に計画を承認した。")).toBe("委員会は計画を承認");
  });
});
