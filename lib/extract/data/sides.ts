// General world knowledge the actor pass needs, for any subject: the short Japanese names news and
// government texts use for countries (米国 rather than アメリカ合衆国), their one-character forms in
// compounds (日米, 中・露・朝), international bodies, and the titles that mark a person and, for a few
// offices, the country that holds them. Nothing here is about one document's subject.
import countries from "i18n-iso-countries";
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" };

countries.registerLocale(ja);

/** ISO alpha-2 → the short name used as the canonical side, where it differs from the ISO Japanese name. */
const SHORT_NAME: Record<string, string> = {
  US: "米国", KP: "北朝鮮", KR: "韓国", CN: "中国", RU: "ロシア", GB: "英国", TW: "台湾", VN: "ベトナム",
  LA: "ラオス", IR: "イラン", SY: "シリア", VE: "ベネズエラ", BO: "ボリビア", TZ: "タンザニア", MD: "モルドバ",
  KN: "セントクリストファー・ネービス", MK: "北マケドニア", CZ: "チェコ", PS: "パレスチナ", VA: "バチカン",
};

/** Other names of a side: older states, common spellings. */
const OTHER_NAMES: Record<string, string[]> = {
  米国: ["アメリカ", "アメリカ合衆国", "合衆国", "米政府"],
  北朝鮮: ["朝鮮民主主義人民共和国"],
  韓国: ["大韓民国"],
  中国: ["中華人民共和国", "中国政府"],
  ロシア: ["ロシア連邦"],
  英国: ["イギリス", "連合王国"],
  日本: ["日本国", "我が国", "わが国", "大日本帝国", "日本政府"],
  タイ: ["タイ王国"],
  オーストラリア: ["豪州"],
  ドイツ: ["ドイツ連邦共和国", "西ドイツ", "東ドイツ"],
  ソ連: ["ソビエト連邦", "ソヴィエト連邦", "ソビエト社会主義共和国連邦"],
  フランス: ["フランス共和国"],
  インド: ["インド共和国"],
  台湾: ["中華民国"],
};

/** One-character forms that stand for a country inside compounds (日米, 米朝, 中・露・朝, 日豪). */
export const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  日: "日本", 米: "米国", 英: "英国", 仏: "フランス", 独: "ドイツ", 露: "ロシア", 中: "中国", 韓: "韓国",
  朝: "北朝鮮", 豪: "オーストラリア", 印: "インド", 伊: "イタリア", 加: "カナダ", 比: "フィリピン",
  泰: "タイ", 蘭: "オランダ", 越: "ベトナム", 墨: "メキシコ", 伯: "ブラジル", 台: "台湾", ソ: "ソ連",
};

/** International bodies and groupings, by every name they go by; the canonical name first. */
export const INTERNATIONAL_BODIES: string[][] = [
  ["国連", "国際連合", "UN"],
  ["国連安保理", "国連安全保障理事会", "安全保障理事会", "安保理"],
  ["国連総会"],
  ["ASEAN", "東南アジア諸国連合", "アセアン"],
  ["EU", "欧州連合"],
  ["NATO", "北大西洋条約機構"],
  ["IAEA", "国際原子力機関"],
  ["WHO", "世界保健機関"],
  ["WTO", "世界貿易機関"],
  ["IMF", "国際通貨基金"],
  ["世界銀行"],
  ["OECD", "経済協力開発機構"],
  ["G7", "Ｇ７", "主要7か国", "主要国首脳会議"],
  ["G20", "Ｇ２０"],
  ["G5", "Ｇ５", "先進5か国", "先進5カ国"],
  ["G8", "Ｇ８"],
  ["G10", "Ｇ１０"],
  ["G4"],
  ["APEC", "アジア太平洋経済協力"],
  ["AU", "アフリカ連合"],
  ["国際司法裁判所", "ICJ"],
  ["国際刑事裁判所", "ICC"],
];

/** Titles that make the noun before them a person (or an office) speaking for a side. */
export const PERSON_TITLES = [
  "外務大臣", "外務副大臣", "外務審議官", "外務報道官", "官房長官", "内閣総理大臣", "総理大臣", "国務長官", "国防長官",
  "事務総長", "事務局長", "報道官", "大統領", "副大統領", "首相", "総理", "外相", "蔵相", "財務相", "防衛相", "国防相",
  "経済産業大臣", "大臣", "副大臣", "長官", "次官", "大使", "公使", "領事", "代表", "首席代表", "特別代表", "委員長",
  "国家主席", "主席", "書記長", "総書記", "国王", "女王", "皇帝", "天皇", "首長", "知事", "市長", "町長", "村長", "議長",
  "議員", "社長", "会長", "頭取", "総裁", "理事長", "所長", "室長", "局長", "部長", "課長", "裁判長", "判事", "検事",
  "弁護士", "教授", "氏", "元首", "司令官", "将軍", "党首", "代表幹事", "幹事長",
  // Ministers by their short titles (農林水産大臣 → 農水相), as news writes them.
  "農水相", "経産相", "厚労相", "文科相", "国交相", "法相", "総務相", "環境相", "復興相", "担当相", "経済相", "貿易相",
  "商務相", "内相", "副首相", "農相", "通産相", "運輸相", "労相", "国土相",
];

/** Offices whose title alone names the country (a 国務長官 is American). */
export const TITLE_COUNTRY: Record<string, string> = {
  国務長官: "米国", 国防長官: "米国", 内閣総理大臣: "日本", 官房長官: "日本", 外務大臣: "日本", 外務副大臣: "日本",
  外務審議官: "日本", 外務報道官: "日本", 経済産業大臣: "日本", 総理大臣: "日本", 天皇: "日本",
};

/** Titles that belong to Japan's government when a Japanese text gives no country (林外相, 茂木大臣). */
export const JAPANESE_CABINET_TITLES = [
  "外相", "首相", "総理", "大臣", "副大臣", "官房長官", "防衛相", "財務相", "蔵相", "外務報道官",
  "農水相", "経産相", "厚労相", "文科相", "国交相", "法相", "総務相", "環境相", "復興相", "担当相", "通産相",
];

/**
 * Japan's ministries and agencies, current and former (府省庁): a 省 or 庁 named without a country is Japan's
 * only when it is one of these — 国防総省 or 商務省 alone is another government's.
 */
export const JAPANESE_OFFICES = new Set([
  "内閣府", "内閣官房", "総務省", "法務省", "外務省", "財務省", "文部科学省", "厚生労働省", "農林水産省", "経済産業省",
  "国土交通省", "環境省", "防衛省", "復興庁", "デジタル庁", "こども家庭庁", "宮内庁", "警察庁", "金融庁", "消費者庁",
  "公正取引委員会", "国家公安委員会", "個人情報保護委員会", "出入国在留管理庁", "公安調査庁", "国税庁", "文化庁", "スポーツ庁",
  "林野庁", "水産庁", "資源エネルギー庁", "特許庁", "中小企業庁", "観光庁", "気象庁", "海上保安庁", "原子力規制委員会",
  "防衛装備庁", "大蔵省", "通商産業省", "厚生省", "労働省", "文部省", "運輸省", "建設省", "郵政省", "自治省", "農林省",
  "防衛庁", "科学技術庁", "経済企画庁", "環境庁", "国土庁", "北海道開発庁", "沖縄開発庁", "総理府", "総務庁", "内務省",
  "商工省", "逓信省", "陸軍省", "海軍省", "社会保険庁", "防衛施設庁",
]);

/** Canonical side for every country name and spelling: ISO Japanese names, short names and other names. */
export function countryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const all = countries.getNames("ja", { select: "all" }) as Record<string, string[]>;
  for (const [code, forms] of Object.entries(all)) {
    const canonical = SHORT_NAME[code] ?? forms[0]!;
    for (const form of [canonical, ...forms]) if (form.length >= 2) names.set(form, canonical);
  }
  for (const [canonical, forms] of Object.entries(OTHER_NAMES)) {
    names.set(canonical, canonical);
    for (const form of forms) names.set(form, canonical);
  }
  return names;
}
