// The matrix's topics come from the position statements themselves, so any uploaded document
// gets columns of its own: the topics extraction gave a fact (lib/extract/topics.ts knows a
// few subjects of the built-in corpus) plus the terms that recur across the statements —
// runs of kanji, katakana or Latin capitals, the closest thing to a noun phrase without a
// tokenizer. Pure.

/** Terms that say how something was said, who said it, or when, rather than what about. */
const NOT_TOPICS = new Set([
  "表明", "主張", "強調", "言及", "指摘", "発言", "発表", "述べ", "要求", "要請", "求め", "示し", "声明", "立場", "姿勢", "考え",
  "必要", "重要", "問題", "可能", "意向", "方針", "用意", "今後", "今回", "以上", "以来", "同日", "同年", "同月", "当時", "現在",
  "政府", "大統領", "委員長", "国務委員長", "首相", "外相", "長官", "国務長官", "報道官", "外務省", "国防省", "代表", "特別代表", "両国", "両首脳", "各国", "我々", "自国",
  "会見", "記者会見", "談話", "報道", "演説", "書簡", "対応", "実現", "実施", "継続", "維持", "完全", "早期", "具体的", "一方",
]);

/** Candidate terms of a text: kanji runs (2+), katakana runs (3+), Latin capitals (2+). */
export function candidateTerms(text: string): string[] {
  const runs = text.normalize("NFKC").match(/[\p{Script=Han}々〆ヶ]{2,}|[\p{Script=Katakana}ー]{3,}|[A-Z]{2,}/gu) ?? [];
  return [...new Set(runs)].filter((t) => !NOT_TOPICS.has(t) && !/^[一二三四五六七八九十百千〇]+$/.test(t) && !/[年月日]$/.test(t));
}

export interface TopicSource {
  statement: string;
  content?: string | null;
  topics: readonly string[];
  /** Actors and speaker: never a topic of their own statement. */
  actors: readonly string[];
  speaker?: string | null;
}

export interface DeriveTopicsOptions {
  /** At most this many columns. */
  maxTopics?: number;
  /** A derived term needs at least this many statements. */
  minFacts?: number;
}

/**
 * The topics of each fact (index-aligned with `facts`) and the columns, most facts first:
 * a fact's own topics, then recurring terms of its statement. A term that contains a chosen
 * topic, or is contained in one, is not a second column (首脳会談 / 米朝首脳会談).
 */
export function deriveTopics(facts: readonly TopicSource[], { maxTopics = 8, minFacts = 2 }: DeriveTopicsOptions = {}): {
  topics: string[];
  factTopics: string[][];
} {
  const names = new Set(facts.flatMap((f) => [...f.actors, ...(f.speaker ? [f.speaker] : [])]).map((n) => n.normalize("NFKC")));
  const texts = facts.map((f) => `${f.statement}\n${f.content ?? ""}`.normalize("NFKC"));
  const given = new Map<string, number>();
  for (const f of facts) for (const t of new Set(f.topics)) given.set(t, (given.get(t) ?? 0) + 1);
  const candidates = new Set(texts.flatMap(candidateTerms).filter((t) => ![...names].some((n) => n.includes(t) || t.includes(n))));
  // How many statements mention each candidate (as part of a longer run too).
  const mentions = new Map<string, number>();
  for (const term of candidates) mentions.set(term, texts.filter((text) => text.includes(term)).length);
  const score = (t: string) => (given.get(t) ?? 0) * 2 + (mentions.get(t) ?? 0);
  const ranked = [...new Set([...given.keys(), ...[...candidates].filter((t) => (mentions.get(t) ?? 0) >= minFacts)])].sort(
    (a, b) => score(b) - score(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const topics: string[] = [];
  for (const t of ranked) {
    if (topics.length >= maxTopics) break;
    if (topics.some((chosen) => chosen.includes(t) || t.includes(chosen))) continue;
    topics.push(t);
  }
  const factTopics = facts.map((f, i) => topics.filter((t) => f.topics.includes(t) || texts[i]!.includes(t)));
  return { topics, factTopics };
}
