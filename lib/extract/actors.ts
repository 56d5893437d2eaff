// Canonical actors (sides) and the names, titles and bodies that stand for them.

export const CANONICAL_ACTORS = [
  "北朝鮮",
  "米国",
  "韓国",
  "中国",
  "ロシア",
  "日本",
  "IAEA",
  "国連安保理",
  "国連",
  "EU",
] as const;
export type CanonicalActor = (typeof CANONICAL_ACTORS)[number];

/** Surface forms per side. People are mapped to the side they speak for. Longest form wins. */
const ALIASES: Record<CanonicalActor, string[]> = {
  北朝鮮: [
    "北朝鮮", "朝鮮民主主義人民共和国", "朝鮮労働党", "朝鮮中央通信", "労働新聞",
    "金正恩", "金党委員長", "金委員長", "金英哲", "金正日", "金日成", "金与正", "崔善姫", "李容浩", "金桂冠",
    "金星国連大使", "北側",
  ],
  米国: [
    "米国", "アメリカ", "米政府", "米側", "米兵", "ホワイトハウス", "国務省", "国防総省", "米軍",
    "トランプ", "ポンペオ", "ボルトン", "ビーガン", "ペンス", "オバマ", "バイデン", "ブリンケン", "エスパー",
  ],
  韓国: ["韓国", "大韓民国", "文在寅", "文大統領", "康京和", "尹錫悦", "青瓦台", "韓国大統領特使団"],
  中国: ["中国", "中華人民共和国", "習近平", "習国家主席", "習主席", "王毅", "栗戦書", "李克強"],
  ロシア: ["ロシア", "プーチン", "ラブロフ", "マトビエンコ", "クレムリン"],
  日本: ["日本", "我が国", "日本政府", "安倍", "菅首相", "岸田", "河野外相"],
  IAEA: ["IAEA", "国際原子力機関", "天野事務局長", "グロッシ"],
  国連安保理: ["国連安保理", "国連安全保障理事会", "安全保障理事会", "安保理", "国連決議", "国連制裁"],
  国連: ["国連", "国際連合", "グテーレス"],
  EU: ["EU", "欧州連合"],
};

/** One-character abbreviations used in compounds such as 米朝, 中朝, 露・朝・韓. */
const ABBREVIATIONS: Record<string, CanonicalActor> = {
  米: "米国",
  朝: "北朝鮮",
  韓: "韓国",
  中: "中国",
  露: "ロシア",
  日: "日本",
};

/** Compounds of two or more abbreviations (米朝, 南北, 中・露・朝). 南北 is the two Koreas. */
const COMPOUND = /南北|[米朝韓中露日](?:・?[米朝韓中露日])+/;

/** Surface forms that contain an actor name but are not that actor (朝鮮半島 is a place). */
const NOT_ACTORS = ["朝鮮半島", "朝鮮戦争", "朝鮮通信"];

const ACTOR_OF_FORM = new Map<string, CanonicalActor>(
  Object.entries(ALIASES).flatMap(([actor, forms]) => forms.map((form) => [form, actor as CanonicalActor] as const)),
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * One pass over the text: at each position the longest alias wins, then the non-actor places
 * (claimed so that 朝鮮半島 is not 北朝鮮), then compounds of abbreviations.
 */
const MENTION = new RegExp(
  [...[...ACTOR_OF_FORM.keys(), ...NOT_ACTORS].sort((a, b) => b.length - a.length).map(escape), COMPOUND.source].join("|"),
  "g",
);

export interface ActorMention {
  start: number;
  end: number;
  form: string;
  actors: CanonicalActor[];
}

/** Every actor mention in `text`, left to right, longest match first, non-overlapping. */
export function findActorMentions(text: string): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const form = m[0];
    const start = m.index;
    const end = start + form.length;
    const actor = ACTOR_OF_FORM.get(form);
    if (actor) {
      mentions.push({ start, end, form, actors: [actor] });
      continue;
    }
    if (NOT_ACTORS.includes(form)) continue;
    // 日 right after a number is a day (28日中), not Japan.
    if (form.startsWith("日") && start > 0 && /[\d０-９]/.test(text[start - 1]!)) continue;
    const actors: CanonicalActor[] =
      form === "南北" ? ["韓国", "北朝鮮"] : [...form.replace(/・/g, "")].flatMap((ch) => ABBREVIATIONS[ch] ?? []);
    mentions.push({ start, end, form, actors: unique(actors) });
  }
  return mentions;
}

/** Canonical sides named in `text`, in order of first mention. */
export function findActors(text: string): CanonicalActor[] {
  return unique(findActorMentions(text).flatMap((m) => m.actors));
}

/** The side a speaker phrase stands for (ポンペオ国務長官 → 米国), or null. */
export function sideOf(phrase: string): CanonicalActor | null {
  return findActorMentions(phrase)[0]?.actors[0] ?? null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
