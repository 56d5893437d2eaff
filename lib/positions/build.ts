// The positions matrix: sides × topics, each cell the position facts of that side on that
// topic. A fact's side is its first actor (the one holding the position). Pure.
export const MAIN_TOPICS = ["非核化", "制裁", "相応の措置", "体制の安全"] as const;
export const SIDE_ORDER = ["北朝鮮", "米国", "韓国", "中国", "ロシア", "日本", "IAEA", "国連安保理"] as const;

export interface PositionFact {
  id: string;
  side: string;
  speaker: string | null;
  statement: string;
  topics: string[];
  dateValue: string | null;
  documentSlug: string;
  cardCount: number;
}

export interface PositionsMatrix {
  sides: string[];
  topics: string[];
  /** cells[side][topic] */
  cells: Record<string, Record<string, PositionFact[]>>;
}

function rank(order: readonly string[], x: string): number {
  const i = order.indexOf(x);
  return i < 0 ? order.length : i;
}

export function buildPositions(facts: readonly PositionFact[], { allTopics = false }: { allTopics?: boolean } = {}): PositionsMatrix {
  const topicCount = new Map<string, number>();
  for (const f of facts) for (const t of f.topics) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
  const topics = [...topicCount.keys()]
    .filter((t) => allTopics || (MAIN_TOPICS as readonly string[]).includes(t) || (topicCount.get(t) ?? 0) >= 3)
    .sort((a, b) => rank(MAIN_TOPICS, a) - rank(MAIN_TOPICS, b) || (topicCount.get(b) ?? 0) - (topicCount.get(a) ?? 0) || (a < b ? -1 : 1));
  const cells: PositionsMatrix["cells"] = {};
  for (const f of facts) {
    for (const t of f.topics) {
      if (!topics.includes(t)) continue;
      ((cells[f.side] ??= {})[t] ??= []).push(f);
    }
  }
  const sides = Object.keys(cells).sort((a, b) => rank(SIDE_ORDER, a) - rank(SIDE_ORDER, b) || (a < b ? -1 : 1));
  return { sides, topics, cells };
}
