// Hand-written facts for unit tests, in two unrelated subjects so no template is tuned to one:
// the US–DPRK talks 2017–2019 (FIXTURE_*) and trade agreements 2016–2019 (TRADE_*). Facts carry
// the structured fields the extractor fills (headline, place, content, name, items), and offsets
// computed from a small document text so quote === text.slice(start, end).
import type { RubyReading, SourceFact } from "./types";

export const FIXTURE_DOCUMENT_ID = "doc-talks";
export const TRADE_DOCUMENT_ID = "doc-trade";

export const FIXTURE_TEXT = [
  "2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。",
  "2018年4月27日、文在寅大統領と金正恩委員長は板門店で会談し、「板門店宣言」に署名した。",
  "2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。",
  "両首脳は「米朝共同声明」に署名した。",
  "2018年9月、南北首脳は平壌で会談し、「9月平壌共同宣言」を発表した。",
  "2019年2月27日から28日、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。",
  "北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。",
  "ポンペオ国務長官は、米国は完全な非核化まで制裁を維持すると述べた。",
  "文在寅大統領は、南北の経済協力を進める考えを示した。",
  "中国外務省は、制裁の緩和を検討すべきだと主張した。",
  "ロシアのラブロフ外相は、段階的な非核化への支持を表明した。",
  "2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。",
].join("");

export const TRADE_TEXT = [
  "2016年2月4日、オークランドで環太平洋パートナーシップ（TPP）協定が署名された。",
  "協定は関税の撤廃・削減、投資ルールの整備、知的財産の保護を定める。",
  "2017年1月23日、米国はTPPからの離脱を表明した。",
  "トランプ大統領は、多国間協定より二国間交渉を優先すると主張した。",
  "2018年3月8日、残る11か国はサンティアゴで包括的・先進的TPP協定に署名した。",
  "同協定は一部規定を凍結し、新規加入の手続を設けた。",
  "2018年7月17日、東京で日EU経済連携協定が署名され、ワインや自動車の関税撤廃が決まった。",
  "EUの欧州委員会は、保護主義に対抗する明確な意思表示だと評価した。",
  "2019年10月7日、ワシントンで日米貿易協定が署名された。",
  "日本の茂木外務大臣は、自由で公正な経済圏を広げていくと述べた。",
  "ニュージーランドのアーダーン首相は、米国の協定復帰を歓迎すると述べた。",
].join("");

function spanIn(text: string, quote: string): { quote: string; start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { quote, start, end: start + quote.length };
}
const span = (quote: string) => spanIn(FIXTURE_TEXT, quote);
const tradeSpan = (quote: string) => spanIn(TRADE_TEXT, quote);

const base = {
  documentId: FIXTURE_DOCUMENT_ID,
  speaker: null,
  name: null,
  items: [],
  topics: [] as string[],
  place: null,
  content: null,
};

type Over = Omit<SourceFact, keyof typeof base | "quote" | "start" | "end"> & Partial<SourceFact>;
const fact = (over: Over, quote: string): SourceFact => ({ ...base, ...over, ...span(quote) });
const tradeFact = (over: Over, quote: string): SourceFact => ({ ...base, documentId: TRADE_DOCUMENT_ID, ...over, ...tradeSpan(quote) });

export const FIXTURE_FACTS: SourceFact[] = [
  fact(
    {
      id: "f-nuclear-test",
      kind: "event",
      date: { value: "2017-09-03", precision: "day" },
      actors: ["北朝鮮"],
      text: "2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。",
      headline: "北朝鮮が豊渓里で6回目の核実験を実施",
      place: "豊渓里",
      topics: ["核実験"],
    },
    "2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。",
  ),
  fact(
    {
      id: "f-panmunjom",
      kind: "agreement",
      date: { value: "2018-04-27", precision: "day" },
      actors: ["韓国", "北朝鮮"],
      text: "2018年4月27日、南北首脳が「板門店宣言」に署名した。",
      headline: "板門店宣言",
      place: "板門店",
      name: "板門店宣言",
      items: ["南北関係の改善", "軍事的緊張の緩和", "朝鮮半島の完全な非核化"],
    },
    "2018年4月27日、文在寅大統領と金正恩委員長は板門店で会談し、「板門店宣言」に署名した。",
  ),
  fact(
    {
      id: "f-singapore",
      kind: "event",
      date: { value: "2018-06-12", precision: "day" },
      actors: ["米国", "北朝鮮"],
      text: "2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。",
      headline: "史上初の米朝首脳会談をシンガポールで開催",
      place: "シンガポール",
      topics: ["首脳会談"],
    },
    "2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。",
  ),
  fact(
    {
      id: "f-joint-statement",
      kind: "agreement",
      date: { value: "2018-06-12", precision: "day" },
      actors: ["米国", "北朝鮮"],
      text: "米朝首脳が「米朝共同声明」に署名した。",
      headline: "米朝共同声明",
      place: "シンガポール",
      name: "米朝共同声明",
      items: ["新たな米朝関係の確立", "朝鮮半島の恒久的で安定した平和体制の構築", "朝鮮半島の完全な非核化に向けた努力", "戦争捕虜・行方不明兵の遺骨収集と返還"],
    },
    "両首脳は「米朝共同声明」に署名した。",
  ),
  fact(
    {
      id: "f-pyongyang",
      kind: "agreement",
      date: { value: "2018-09", precision: "month" },
      actors: ["韓国", "北朝鮮"],
      text: "2018年9月、南北首脳が「9月平壌共同宣言」を発表した。",
      headline: "9月平壌共同宣言",
      place: "平壌",
      name: "9月平壌共同宣言",
      items: ["軍事分野合意書の採択", "東倉里のミサイル試験場の廃棄", "寧辺の核施設の永久廃棄の用意"],
    },
    "2018年9月、南北首脳は平壌で会談し、「9月平壌共同宣言」を発表した。",
  ),
  fact(
    {
      id: "f-hanoi",
      kind: "event",
      date: { value: "2019-02", precision: "month" },
      actors: ["米国", "北朝鮮"],
      text: "2019年2月、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。",
      headline: "ハノイで2回目の米朝首脳会談、合意に至らず",
      place: "ハノイ",
      topics: ["首脳会談"],
    },
    "2019年2月27日から28日、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。",
  ),
  fact(
    {
      id: "f-dprk-demand",
      kind: "position",
      date: { value: "2019-02", precision: "month" },
      actors: ["北朝鮮"],
      speaker: "金正恩",
      text: "北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。",
      headline: "北朝鮮が制裁解除を要求",
      content: "寧辺の核施設廃棄の見返りに制裁の解除を求めた",
      topics: ["相応の措置", "制裁"],
    },
    "北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。",
  ),
  fact(
    {
      id: "f-us-demand",
      kind: "position",
      date: { value: "2019-02", precision: "month" },
      actors: ["米国"],
      speaker: "ポンペオ国務長官",
      text: "米国は完全な非核化まで制裁を維持すると主張した。",
      headline: "米国が制裁維持を主張",
      content: "完全な非核化まで制裁を維持すると述べた",
      topics: ["非核化", "制裁"],
    },
    "ポンペオ国務長官は、米国は完全な非核化まで制裁を維持すると述べた。",
  ),
  fact(
    {
      id: "f-rok-cooperation",
      kind: "position",
      date: null,
      actors: ["韓国"],
      speaker: "文在寅大統領",
      text: "文在寅大統領は、南北の経済協力を進める考えを示した。",
      headline: "韓国が南北経済協力を推進",
      content: "南北の経済協力を進める考えを示した",
      topics: ["経済協力"],
    },
    "文在寅大統領は、南北の経済協力を進める考えを示した。",
  ),
  fact(
    {
      id: "f-china-relief",
      kind: "position",
      date: null,
      actors: ["中国"],
      speaker: "中国外務省",
      text: "中国外務省は、制裁の緩和を検討すべきだと主張した。",
      headline: "中国が制裁緩和の検討を主張",
      content: "制裁の緩和を検討すべきだと主張した",
      topics: ["制裁"],
    },
    "中国外務省は、制裁の緩和を検討すべきだと主張した。",
  ),
  fact(
    {
      id: "f-russia-support",
      kind: "position",
      date: null,
      actors: ["ロシア"],
      speaker: "ラブロフ外相",
      text: "ロシアのラブロフ外相は、段階的な非核化への支持を表明した。",
      headline: "ロシアが段階的な非核化を支持",
      content: "段階的な非核化への支持を表明した",
      topics: ["非核化"],
    },
    "ロシアのラブロフ外相は、段階的な非核化への支持を表明した。",
  ),
  fact(
    {
      id: "f-dmz-meeting",
      kind: "event",
      date: { value: "2019-06-30", precision: "day" },
      actors: ["米国", "北朝鮮"],
      text: "2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。",
      headline: "トランプ大統領と金正恩委員長が板門店で面会",
      place: "板門店",
      topics: ["首脳会談"],
    },
    "2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。",
  ),
];

export const TRADE_FACTS: SourceFact[] = [
  tradeFact(
    {
      id: "t-tpp",
      kind: "agreement",
      date: { value: "2016-02-04", precision: "day" },
      actors: ["日本", "米国"],
      text: "2016年2月4日、オークランドでTPP協定が署名された。",
      headline: "環太平洋パートナーシップ協定",
      place: "オークランド",
      name: "環太平洋パートナーシップ協定",
      items: ["関税の撤廃・削減", "投資ルールの整備", "知的財産の保護"],
      topics: ["自由貿易"],
    },
    "2016年2月4日、オークランドで環太平洋パートナーシップ（TPP）協定が署名された。",
  ),
  tradeFact(
    {
      id: "t-us-withdrawal",
      kind: "event",
      date: { value: "2017-01-23", precision: "day" },
      actors: ["米国"],
      text: "2017年1月23日、米国はTPPからの離脱を表明した。",
      headline: "米国がTPPからの離脱を表明",
      place: "ワシントン",
      topics: ["自由貿易"],
    },
    "2017年1月23日、米国はTPPからの離脱を表明した。",
  ),
  tradeFact(
    {
      id: "t-cptpp",
      kind: "agreement",
      date: { value: "2018-03-08", precision: "day" },
      actors: ["日本"],
      text: "2018年3月8日、11か国が包括的・先進的TPP協定に署名した。",
      headline: "包括的・先進的TPP協定",
      place: "サンティアゴ",
      name: "包括的・先進的TPP協定",
      items: ["一部規定の凍結", "新規加入の手続", "11か国による発効"],
      topics: ["自由貿易"],
    },
    "2018年3月8日、残る11か国はサンティアゴで包括的・先進的TPP協定に署名した。",
  ),
  tradeFact(
    {
      id: "t-japan-eu",
      kind: "agreement",
      date: { value: "2018-07-17", precision: "day" },
      actors: ["日本", "EU"],
      text: "2018年7月17日、東京で日EU経済連携協定が署名された。",
      headline: "日EU経済連携協定",
      place: "東京",
      name: "日EU経済連携協定",
      items: ["ワインの関税撤廃", "自動車関税の段階的撤廃", "政府調達市場の開放"],
      topics: ["自由貿易"],
    },
    "2018年7月17日、東京で日EU経済連携協定が署名され、ワインや自動車の関税撤廃が決まった。",
  ),
  tradeFact(
    {
      id: "t-japan-us",
      kind: "agreement",
      date: { value: "2019-10-07", precision: "day" },
      actors: ["日本", "米国"],
      text: "2019年10月7日、ワシントンで日米貿易協定が署名された。",
      headline: "日米貿易協定",
      place: "ワシントン",
      name: "日米貿易協定",
      items: ["牛肉の関税引き下げ", "工業品関税の撤廃", "デジタル貿易のルール"],
      topics: ["自由貿易"],
    },
    "2019年10月7日、ワシントンで日米貿易協定が署名された。",
  ),
  tradeFact(
    {
      id: "t-us-position",
      kind: "position",
      date: { value: "2017-01", precision: "month" },
      actors: ["米国"],
      speaker: "トランプ大統領",
      text: "トランプ大統領は、多国間協定より二国間交渉を優先すると主張した。",
      headline: "米国が二国間交渉を優先",
      content: "多国間協定より二国間交渉を優先すると主張した",
      topics: ["自由貿易"],
    },
    "トランプ大統領は、多国間協定より二国間交渉を優先すると主張した。",
  ),
  tradeFact(
    {
      id: "t-eu-position",
      kind: "position",
      date: { value: "2018-07", precision: "month" },
      actors: ["EU"],
      speaker: "欧州委員会",
      text: "欧州委員会は、保護主義に対抗する明確な意思表示だと評価した。",
      headline: "EUが協定を評価",
      content: "保護主義に対抗する明確な意思表示だと評価した",
      topics: ["自由貿易"],
    },
    "EUの欧州委員会は、保護主義に対抗する明確な意思表示だと評価した。",
  ),
  tradeFact(
    {
      id: "t-japan-position",
      kind: "position",
      date: { value: "2019-10", precision: "month" },
      actors: ["日本"],
      speaker: "茂木外務大臣",
      text: "茂木外務大臣は、自由で公正な経済圏を広げていくと述べた。",
      headline: "日本が経済圏の拡大を表明",
      content: "自由で公正な経済圏を広げていくと述べた",
      topics: ["自由貿易"],
    },
    "日本の茂木外務大臣は、自由で公正な経済圏を広げていくと述べた。",
  ),
  tradeFact(
    {
      id: "t-nz-position",
      kind: "position",
      date: null,
      actors: ["ニュージーランド"],
      speaker: "アーダーン首相",
      text: "アーダーン首相は、米国の協定復帰を歓迎すると述べた。",
      headline: "ニュージーランドが米国の復帰を歓迎",
      content: "米国の協定復帰を歓迎すると述べた",
      topics: ["自由貿易"],
    },
    "ニュージーランドのアーダーン首相は、米国の協定復帰を歓迎すると述べた。",
  ),
];

function ruby(base: string, reading: string): RubyReading {
  const s = span(base);
  return { documentId: FIXTURE_DOCUMENT_ID, base, reading, ...s };
}

export const FIXTURE_RUBY: RubyReading[] = [
  ruby("寧辺", "ニョンビョン"),
  ruby("豊渓里", "プンゲリ"),
  ruby("板門店", "パンムンジョム"),
  ruby("文在寅", "ムンジェイン"),
];

/**
 * A stand-alone fact for a rule's fixture: an undated-looking event of one document on 1990-01-01, with
 * every field empty unless given; its quote is its headline (or content) as a sentence.
 */
export function sampleFact(id: string, over: Partial<SourceFact> = {}): SourceFact {
  const sentence = (over.headline ?? over.content ?? "") + "。";
  return {
    id,
    documentId: "doc",
    kind: "event",
    date: { value: "1990-01-01", precision: "day" },
    actors: [],
    speaker: null,
    text: over.headline ?? "",
    headline: "",
    place: null,
    content: null,
    name: null,
    items: [],
    topics: [],
    quote: sentence,
    start: 0,
    end: sentence.length,
    ...over,
  };
}
