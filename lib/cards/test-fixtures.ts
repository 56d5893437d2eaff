// Hand-written facts resembling the corpus (US–DPRK talks 2017–2019), for unit tests.
// Offsets are computed from a small document text so quote === text.slice(start, end).
import type { RubyReading, SourceFact } from "./types";

export const FIXTURE_DOCUMENT_ID = "doc-talks";

export const FIXTURE_TEXT = [
  "2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。",
  "2018年4月27日、文在寅大統領と金正恩委員長は板門店で会談し、「板門店宣言」に署名した。",
  "2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。",
  "両首脳は「米朝共同声明」に署名した。",
  "2018年9月、南北首脳は平壌で会談し、「9月平壌共同宣言」を発表した。",
  "2019年2月27日から28日、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。",
  "北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。",
  "ポンペオ国務長官は、米国は完全な非核化まで制裁を維持すると述べた。",
  "2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。",
].join("");

function span(quote: string): { quote: string; start: number; end: number } {
  const start = FIXTURE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { quote, start, end: start + quote.length };
}

const base = {
  documentId: FIXTURE_DOCUMENT_ID,
  speaker: null,
  name: null,
  items: [],
  topics: [] as string[],
  headline: "",
  place: null,
  content: null,
};

export const FIXTURE_FACTS: SourceFact[] = [
  {
    ...base,
    id: "f-nuclear-test",
    kind: "event",
    date: { value: "2017-09-03", precision: "day" },
    actors: ["北朝鮮"],
    text: "2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。",
    topics: ["非核化"],
    ...span("2017年9月3日、北朝鮮は豊渓里で6回目の核実験を行った。"),
  },
  {
    ...base,
    id: "f-panmunjom",
    kind: "agreement",
    date: { value: "2018-04-27", precision: "day" },
    actors: ["韓国", "北朝鮮"],
    text: "2018年4月27日、南北首脳が「板門店宣言」に署名した。",
    name: "板門店宣言",
    items: ["南北関係の改善", "軍事的緊張の緩和", "朝鮮半島の完全な非核化"],
    ...span("2018年4月27日、文在寅大統領と金正恩委員長は板門店で会談し、「板門店宣言」に署名した。"),
  },
  {
    ...base,
    id: "f-singapore",
    kind: "event",
    date: { value: "2018-06-12", precision: "day" },
    actors: ["米国", "北朝鮮"],
    text: "2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。",
    ...span("2018年6月12日、シンガポールで史上初の米朝首脳会談が開かれた。"),
  },
  {
    ...base,
    id: "f-joint-statement",
    kind: "agreement",
    date: { value: "2018-06-12", precision: "day" },
    actors: ["米国", "北朝鮮"],
    text: "米朝首脳が「米朝共同声明」に署名した。",
    name: "米朝共同声明",
    items: ["新たな米朝関係の確立", "朝鮮半島の恒久的で安定した平和体制の構築", "朝鮮半島の完全な非核化に向けた努力", "戦争捕虜・行方不明兵の遺骨収集と返還"],
    ...span("両首脳は「米朝共同声明」に署名した。"),
  },
  {
    ...base,
    id: "f-pyongyang",
    kind: "agreement",
    date: { value: "2018-09", precision: "month" },
    actors: ["韓国", "北朝鮮"],
    text: "2018年9月、南北首脳が「9月平壌共同宣言」を発表した。",
    name: "9月平壌共同宣言",
    items: ["軍事分野合意書の採択", "東倉里のミサイル試験場の廃棄", "寧辺の核施設の永久廃棄の用意"],
    ...span("2018年9月、南北首脳は平壌で会談し、「9月平壌共同宣言」を発表した。"),
  },
  {
    ...base,
    id: "f-hanoi",
    kind: "event",
    date: { value: "2019-02", precision: "month" },
    actors: ["米国", "北朝鮮"],
    text: "2019年2月、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。",
    ...span("2019年2月27日から28日、ハノイで2回目の米朝首脳会談が開かれたが、合意に至らなかった。"),
  },
  {
    ...base,
    id: "f-dprk-demand",
    kind: "position",
    date: { value: "2019-02", precision: "month" },
    actors: ["北朝鮮"],
    speaker: "金正恩",
    text: "北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。",
    topics: ["相応の措置", "制裁"],
    ...span("北朝鮮は寧辺の核施設廃棄の見返りに制裁の解除という相応の措置を求めた。"),
  },
  {
    ...base,
    id: "f-us-demand",
    kind: "position",
    date: { value: "2019-02", precision: "month" },
    actors: ["米国"],
    speaker: "ポンペオ国務長官",
    text: "米国は完全な非核化まで制裁を維持すると主張した。",
    topics: ["非核化", "制裁"],
    ...span("ポンペオ国務長官は、米国は完全な非核化まで制裁を維持すると述べた。"),
  },
  {
    ...base,
    id: "f-dmz-meeting",
    kind: "event",
    date: { value: "2019-06-30", precision: "day" },
    actors: ["米国", "北朝鮮"],
    text: "2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。",
    ...span("2019年6月30日、トランプ大統領と金正恩委員長が板門店で面会した。"),
  },
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
