// Topics of the positions matrix: a small dictionary of subjects and the words that signal them.

const TOPIC_WORDS: Array<[topic: string, words: string[]]> = [
  ["非核化", ["非核化", "核放棄", "核廃棄"]],
  ["制裁", ["制裁"]],
  ["相応の措置", ["相応の措置", "相応の「見返り」", "見返り", "同時行動", "段階的"]],
  ["体制の安全", ["体制の安全", "体制保証", "安全を保証", "敵視政策"]],
  ["首脳会談", ["首脳会談"]],
  ["ミサイル", ["ミサイル", "ICBM", "発射場", "発射台", "衛星発射"]],
  ["核実験", ["核実験"]],
  ["核施設", ["核施設", "核関連施設", "ウラン濃縮", "寧辺", "実験場", "核兵器"]],
  ["遺骨", ["遺骨", "遺体"]],
  ["平和体制", ["平和体制", "終戦宣言", "平和協定"]],
  ["軍事演習", ["軍事演習"]],
  ["経済協力", ["経済協力", "観光"]],
  ["人権", ["人権"]],
  ["交渉", ["交渉", "協議", "対話"]],
];

/** Topics mentioned in `text`, in dictionary order. */
export function findTopics(text: string): string[] {
  return TOPIC_WORDS.filter(([, words]) => words.some((w) => text.includes(w))).map(([topic]) => topic);
}
