import { describe, expect, it } from "vitest";
import type { CleanedDocument, TextBlock } from "@/lib/facts/types";
import { extract } from "./__fixtures__/analysed";
import { appellantOf, courtOf, findRulingSections, rulingFacts, startsPeriod, voiceOfLabel, type RulingVoice } from "./ruling";

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
    expect(courtOf(null, "令和3年5月10日判決言渡東京地方裁判所")).toBe("東京地方裁判所");
    expect(appellantOf("被上告人の主張に対し控訴人は")).toBe("控訴人");
    expect(appellantOf("本件控訴の趣意は、弁護人某作成の控訴趣意書に記載のとおりであり、これに対する答弁は、検察官某作成の答弁書に記載のとおりである")).toBe("弁護人");
  });
});

describe("the judgment's outline decides whose words follow", () => {
  const speakers = (d: CleanedDocument, title = "大阪高等裁判所 判決") =>
    rulingFacts(d, findRulingSections(d)!, { title, publishedAt: { value: "2020-03-02", precision: "day" } })
      .filter((f) => f.kind === "position")
      .map((f) => [f.speaker, f.date?.value ?? null]);

  it("Markdown headings: the appellant's argument, the respondent's answer to it, then the court", () => {
    const appeal = doc([
      "# 主文",
      "本件控訴を棄却する。",
      "# 事実及び理由",
      "# 3　当審における控訴人の主張",
      "# （1）争点（1）（通知の性質について）の主張",
      "市の通知は申請に対する応答であるから、抗告訴訟の対象となる行政処分に当たるというべきである。",
      "# 4　当審における控訴人の主張に対する被控訴人の答弁",
      "# （1）控訴人の主張（1）に対して",
      "市の通知は事実上の案内にすぎず、それ自体で国民の権利義務を直接変動させるものではない。",
      "# 第3　当裁判所の判断",
      "# （1）控訴人の主張（1）について",
      "市の通知は、法令上の申請権に基づく申請に対する応答ではないから、行政処分に当たるとはいえない。",
    ]);
    expect(speakers(appeal)).toEqual([
      ["控訴人", null],
      ["被控訴人", null],
      ["大阪高等裁判所", "2020-03-02"],
    ]);
  });

  it("plain-text labels: a party's line holds until the next label of the same or a higher level", () => {
    const plain = doc([
      "# 主文",
      "原告の請求を棄却する。",
      "# 事実及び理由",
      "第2　当事者の主張",
      "1　原告",
      "被告の担当者は原告に対し説明を尽くす義務を負っていたのに、これを怠ったものである。",
      "2　被告",
      "担当者は契約の前に必要な説明を書面で尽くしており、義務違反はないというべきである。",
      "第3　当裁判所の判断",
      "1　説明義務について",
      "担当者が契約の前に重要事項を書面で説明したことは当事者間に争いがなく、説明義務違反があったとは認められない。",
    ]);
    expect(speakers(plain, "東京地方裁判所 判決")).toEqual([
      ["原告", null],
      ["被告", null],
      ["東京地方裁判所", "2020-03-02"],
    ]);
  });

  it("the court's telling of the case (事案の概要) states no finding of its own", () => {
    const summary = doc([
      "# 主文",
      "本件控訴を棄却する。",
      "# 事実及び理由",
      "第2　事案の概要（略語は原判決の例による。）",
      "本件は、控訴人が、被控訴人に対し、損害の賠償を求める事案である。",
      "第3　当裁判所の判断",
      "被控訴人の職員の対応に国家賠償法上の違法があったとは認められない。",
    ]);
    expect(speakers(summary)).toEqual([["大阪高等裁判所", "2020-03-02"]]);
  });

  it("names the speaking side in every layout: the last party before 主張/答弁/反論, 判断 back to the court, points keep their section's", () => {
    const court = { kind: "court" } as const;
    const claim = (party: string): RulingVoice => ({ kind: "claim", party });
    expect(voiceOfLabel("当審における控訴人の主張に対する被控訴人の答弁", court)).toEqual(claim("被控訴人"));
    expect(voiceOfLabel("被告らの反論", court)).toEqual(claim("被告"));
    expect(voiceOfLabel("債務者の主張", court)).toEqual(claim("債務者"));
    expect(voiceOfLabel("相手方の意見", court)).toEqual(claim("相手方"));
    expect(voiceOfLabel("弁護人の控訴趣意", court)).toEqual(claim("弁護人"));
    expect(voiceOfLabel("検察官の答弁", court)).toEqual(claim("検察官"));
    expect(voiceOfLabel("争点（1）の主張", claim("申立人"))).toEqual(claim("申立人"));
    expect(voiceOfLabel("当審における控訴人の主張に対する判断", claim("控訴人"))).toEqual(court);
    expect(voiceOfLabel("控訴人の主張について", court)).toEqual(court);
    expect(voiceOfLabel("上告代理人某の上告理由第一点について", court)).toEqual(court);
    expect(voiceOfLabel("控訴人の主張に対して", claim("被控訴人"))).toEqual(claim("被控訴人"));
    expect(voiceOfLabel("事案の概要", court)).toEqual({ kind: "summary" });
    expect(voiceOfLabel("請求", court)).toEqual({ kind: "demand", party: "原告" });
    expect(voiceOfLabel("請求原因", claim("当事者"))).toEqual(claim("原告"));
    expect(voiceOfLabel("請求原因に対する認否", claim("当事者"))).toEqual(claim("被告"));
    expect(voiceOfLabel("抗弁", claim("当事者"))).toEqual(claim("被告"));
    expect(voiceOfLabel("抗弁に対する認否", claim("当事者"))).toEqual(claim("原告"));
    expect(voiceOfLabel("再抗弁", claim("当事者"))).toEqual(claim("原告"));
    expect(voiceOfLabel("申立ての趣旨", court)).toEqual({ kind: "demand", party: "申立人" });
    expect(voiceOfLabel("控訴の趣旨に対する答弁", court)).toEqual({ kind: "demand", party: "被控訴人" });
    expect(voiceOfLabel("債権者", { kind: "demand", party: "当事者" })).toEqual({ kind: "demand", party: "債権者" });
  });
});

describe("a party's demands (控訴の趣旨, 請求の趣旨) are that party's positions, not happenings", () => {
  const appeal = doc([
    "# 主文",
    "本件控訴を棄却する。",
    "# 事実及び理由",
    "# 第1　控訴の趣旨",
    "# 1",
    "原判決を取り消す。",
    "# 2",
    "被控訴人が令和2年6月10日付けでした建築確認取消処分を取り消す。",
    "# 3",
    "被控訴人は、控訴人に対し、30万円及びこれに対する令和3年1月5日から支払済みまで年3分の割合による金員を支払え。",
    "# 4",
    "訴訟費用は第1、2審とも被控訴人の負担とする。",
    "# 第2　事案の概要",
    "本件は、控訴人が建築確認の取消処分の取消しを求める事案である。",
    "# 第3　当裁判所の判断",
    "市の条例は建築主に事前の説明会を義務付けるものではないから、本件処分に手続上の違法はない。",
  ]);
  const facts = rulingFacts(appeal, findRulingSections(appeal)!, { title: "大阪高等裁判所 判決", publishedAt: { value: "2022-02-01", precision: "day" } });

  it("each demand is a position of the party who asks; costs and the formula 原判決を取り消す are left out", () => {
    const demands = facts.filter((f) => f.kind === "position" && f.speaker === "控訴人");
    expect(demands.map((f) => f.quote)).toEqual([
      "被控訴人が令和2年6月10日付けでした建築確認取消処分を取り消す",
      "被控訴人は、控訴人に対し、30万円及びこれに対する令和3年1月5日から支払済みまで年3分の割合による金員を支払え",
    ]);
    expect(demands.every((f) => f.date === null)).toBe(true);
    expect(demands[1]!.actors).toEqual(["控訴人", "被控訴人"]);
  });

  it("the dated act a demand asks to undo is an event of the side that did it; an interest period dates nothing", () => {
    const events = facts.filter((f) => f.kind === "event");
    expect(events.map((f) => [f.quote, f.date?.value, f.actors])).toEqual([
      ["本件控訴を棄却する", "2022-02-01", ["大阪高等裁判所"]],
      ["建築確認取消処分", "2020-06-10", ["被控訴人"]],
    ]);
  });

  it("the whole pipeline reads no happening out of a demand, nor out of a statutory period", () => {
    const withLaw = doc([
      ...appeal.text.split("\n\n").slice(0, 14).map((line, i) => (appeal.blocks[i]!.kind === "heading" ? `# ${line}` : line)),
      "# 第2　当事者の主張",
      "# 1　被控訴人の主張",
      "被控訴人は、令和2年6月10日、控訴人に対し本件処分を通知した。",
      "同法は、処分があった日の翌日から起算して30日以内に審査請求をすることができると定めている。",
    ]);
    const all = extract(withLaw, { publishedAt: "2022-02-01", title: "大阪高等裁判所 判決" });
    const dated = all.filter((f) => f.kind === "event" && f.date).map((f) => [f.date!.value, f.actors]);
    expect(dated).toContainEqual(["2020-06-10", ["被控訴人"]]);
    expect(all.filter((f) => f.kind === "event" && f.quote.includes("支払え"))).toEqual([]);
    expect(all.filter((f) => f.kind === "event" && /起算して|支払済み/.test(f.quote))).toEqual([]);
    for (const f of all) expect(withLaw.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("a party label under 当事者の求めた裁判 gives that party's demand; 主文と同旨 asks for nothing new", () => {
    const interim = doc([
      "# 主文",
      "本件申請を却下する。",
      "# 理由",
      "# 第一　当事者の求めた裁判",
      "# 一　申請人",
      "被申請人は申請人に対し、仮に上水を供給せよ。",
      "# 二　被申請人",
      "主文と同旨。",
      "# 第二　当裁判所の判断",
    ]);
    const positions = rulingFacts(interim, findRulingSections(interim)!, { title: "大阪地方裁判所 決定", publishedAt: null }).filter((f) => f.kind === "position");
    expect(positions.map((f) => [f.speaker, f.quote, f.actors])).toEqual([["申請人", "被申請人は申請人に対し、仮に上水を供給せよ", ["申請人", "被申請人"]]]);
  });

  it("knows a date that starts a period", () => {
    const t = "満了の日の翌日から起算して15日以内";
    expect(startsPeriod(t, { start: t.indexOf("翌日"), end: t.indexOf("翌日") + 2 })).toBe(true);
    const u = "令和2年6月10日に通知した";
    expect(startsPeriod(u, { start: 0, end: 10 })).toBe(false);
  });
});

describe("a finding says what it holds, not where it pointed", () => {
  const reasons = (...lines: string[]) => {
    const d = doc(["# 主文", "本件控訴を棄却する。", "# 事実及び理由", "# 第3　当裁判所の判断", ...lines]);
    return rulingFacts(d, findRulingSections(d)!, { title: "福岡高等裁判所 判決", publishedAt: null }).filter((f) => f.kind === "position");
  };

  it("…ことは上記のとおりである: the finding is what it points back to", () => {
    const [f] = reasons("そして、市の職員に審査基準を公表する義務がないことは、原判決（10頁3行目）が判示するとおりである。");
    expect(f?.quote).toBe("市の職員に審査基準を公表する義務がない");
    const [g] = reasons("しかし、計画の策定自体が権利義務に直接影響を与えるものではないこと、したがって、その変更も同様であることは上記のとおりである。");
    expect(g?.quote).toBe("計画の策定自体が権利義務に直接影響を与えるものではない");
  });

  it("次の事実が認められる points ahead and says nothing itself", () => {
    expect(reasons("証拠及び弁論の全趣旨によると、次の事実が認められる。")).toEqual([]);
  });

  it("…であるから、控訴人の上記主張は採用できない: the reason is the finding; a verdict with no reason says nothing", () => {
    const facts = reasons(
      "したがって、本件届出は、行政庁に調査を促すものにすぎないから、控訴人の上記主張は採用できない。",
      "これらの事情を考慮すれば、控訴人の上記主張は、当を得ないものというべきである。",
      "以上によれば、市の対応が違法である旨を述べる控訴人の主張を採用することはできない。",
    );
    expect(facts.map((f) => f.quote)).toEqual([
      "本件届出は、行政庁に調査を促すものにすぎない",
      "市の対応が違法である旨を述べる控訴人の主張を採用することはできない",
    ]);
  });

  it("a last clause with no subject takes the sentence's topic, past asides and shared predicates", () => {
    const [f, g] = reasons(
      "土地所有者は、計画により一定の制約を受けるが、権利義務に直接影響を受けるものではないから、計画の策定は、行政処分に該当しないというべきである。",
      "ア　本件届出は、事実としては個別に審査されるとしても、制度としては、飽くまでも全体計画の見直しを促すものである。",
    );
    expect(f?.quote).toBe("計画の策定は、行政処分に該当しないというべきである");
    expect(g?.quote).toBe("本件届出は、事実としては個別に審査されるとしても、制度としては、飽くまでも全体計画の見直しを促すものである");
  });

  it("a party argues in its own ways (…べきであった, …ことになる) and names the side it blames", () => {
    const d = doc([
      "# 主文",
      "本件控訴を棄却する。",
      "# 事実及び理由",
      "# 3　当審における控訴人の主張",
      "イ　被控訴人は、いたずらに回答を遅らせ、控訴人への通知を怠ったものである。",
      "被控訴人は、処分に先立って審議会の意見を聴くべきであった。",
      "原判決の見解に従うと、不許可処分を待って訴えることになるが、これは救済を求める者に無用な負担を強いることになる。",
    ]);
    const facts = rulingFacts(d, findRulingSections(d)!, { title: "福岡高等裁判所 判決", publishedAt: null });
    expect(facts.filter((f) => f.kind === "position").map((f) => [f.quote, f.actors])).toEqual([
      ["被控訴人は、いたずらに回答を遅らせ、控訴人への通知を怠ったものである", ["控訴人", "被控訴人"]],
      ["被控訴人は、処分に先立って審議会の意見を聴くべきであった", ["控訴人", "被控訴人"]],
      ["これは救済を求める者に無用な負担を強いることになる", ["控訴人"]],
    ]);
  });
});

describe("the court's telling of the case", () => {
  it("gives what the court below decided as its undated event, and nothing else", () => {
    const d = doc([
      "# 主文",
      "本件控訴を棄却する。",
      "# 事実及び理由",
      "# 第2　事案の概要",
      "本件は、控訴人が、被控訴人に対し、建築確認の取消しを求める事案である。",
      "原審は、控訴人の請求のうち、確認の訴えを却下し、その余の請求を棄却したところ、控訴人が控訴した。",
    ]);
    const facts = rulingFacts(d, findRulingSections(d)!, { title: "仙台高等裁判所 判決", publishedAt: null });
    expect(facts.filter((f) => f.kind !== "event" || f.actors[0] !== "仙台高等裁判所").map((f) => [f.kind, f.quote, f.actors, f.date])).toEqual([
      ["event", "原審は、控訴人の請求のうち、確認の訴えを却下し、その余の請求を棄却した", ["原審"], null],
    ]);
  });
});

describe("an older judgment's 事実 and the court's formulas", () => {
  const older = doc([
    "# 主文",
    "被告が原告に対してした免許停止処分を取り消す。",
    "# 事実",
    "第一　当事者の求めた裁判",
    "一　請求の趣旨",
    "被告が原告に対してした営業停止処分を取り消す。",
    "第二　当事者の主張",
    "一　請求原因",
    "原告は、本件処分には裁量権の濫用があり違法であると主張するものである。",
    "二　被告の主張",
    "本件処分は法令の定める手続に従つてされたものであり、何ら違法はない。",
    "# 理由",
    "原告が昭和四八年一二月一日に営業所を開設したことは当事者間に争いがない。",
    "他に右認定を左右するに足る証拠はない。",
    "被告の右主張は失当である。",
    "原告の主張は理由がない。",
    "本件処分は、処分の基礎とされた事実を欠き、違法であるといわなければならない。",
  ]);

  it("the parties' pleadings under 事実 are theirs and undated; the court finds only under 理由", () => {
    const sections = findRulingSections(older)!;
    expect(sections.disposition).toHaveLength(1);
    const facts = rulingFacts(older, sections, { title: "福岡地方裁判所判決", publishedAt: { value: "1976-01-23", precision: "day" } });
    const plaintiff = facts.filter((f) => f.speaker === "原告");
    const defendant = facts.filter((f) => f.speaker === "被告");
    expect(plaintiff.map((f) => f.quote).join()).toContain("裁量権の濫用");
    expect(defendant.map((f) => f.quote).join()).toContain("何ら違法はない");
    expect([...plaintiff, ...defendant].every((f) => f.date === null)).toBe(true);
    const court = facts.filter((f) => f.speaker === "福岡地方裁判所");
    expect(court.map((f) => f.quote)).toEqual([expect.stringContaining("違法であるといわなければならない")]);
  });

  it("weighing evidence and a verdict naming an argument only by its side are no findings", () => {
    const facts = rulingFacts(older, findRulingSections(older)!, { title: "福岡地方裁判所判決", publishedAt: null });
    const quotes = facts.map((f) => f.quote).join("|");
    expect(quotes).not.toMatch(/証拠はない|争いがない|失当|理由がない/);
  });

  it("the whole pipeline still reads the happenings the pleadings recite, and dates none of their statements", () => {
    const text = doc([
      "# 主文",
      "被告が原告に対してした処分を取り消す。",
      "# 事実",
      "第二　当事者の主張",
      "一　請求原因",
      "被告は、昭和四八年一二月一七日、原告に対し運転免許の効力を停止する処分をした。",
      "原告は、本件処分は裁量権の範囲を逸脱したものであつて違法であると考える。",
      "# 理由",
      "本件処分は、処分の基礎とされた事実を欠き、違法であるといわなければならない。",
    ]);
    const facts = extract(text, { publishedAt: "1976-01-23", title: "福井地方裁判所判決" });
    expect(facts.find((f) => f.kind === "event" && f.quote.includes("停止する処分"))?.date?.value).toBe("1973-12-17");
    expect(facts.filter((f) => f.kind === "position" && f.speaker === "原告").every((f) => f.date === null)).toBe(true);
  });
});

describe("an answer to one side's argument", () => {
  it("被告の主張に対する反論 is the plaintiff's; a label naming both keeps the last-named speaker", () => {
    expect(voiceOfLabel("被告の主張に対する反論", { kind: "court" })).toEqual({ kind: "claim", party: "原告" });
    expect(voiceOfLabel("控訴人の当審における主張に対する反論", { kind: "court" })).toEqual({ kind: "claim", party: "被控訴人" });
    expect(voiceOfLabel("控訴人の主張に対する被控訴人の答弁", { kind: "court" })).toEqual({ kind: "claim", party: "被控訴人" });
  });
});
