// The positions matrix: sides × topics, each cell the position facts of that side on that
// topic. A fact's side is its first actor (the one holding the position). Topics come from
// the statements (./derive-topics.ts); a position on none of them goes to a last column,
// "other", so every document's positions appear. Pure.
import { deriveTopics } from "./derive-topics";
import { positionSummary } from "./summarize-position";

/** Sides the built-in corpus is about come first, in this order; others follow by name. */
export const SIDE_ORDER = ["北朝鮮", "米国", "韓国", "中国", "ロシア", "日本", "IAEA", "国連安保理"] as const;
/** The column of positions on none of the topics (the page shows it as "other"). */
export const OTHER_TOPIC = "";

export interface PositionFact {
  id: string;
  side: string;
  actors: string[];
  speaker: string | null;
  statement: string;
  headline: string;
  content: string | null;
  /** The source sentence (the fact's span of the document). */
  quote: string;
  topics: string[];
  dateValue: string | null;
  documentSlug: string;
  cardCount: number;
}

export interface PositionCellFact extends PositionFact {
  /** At most 40 characters, cut at a phrase boundary. */
  summary: string;
}

export interface PositionsMatrix {
  sides: string[];
  /** Column topics; OTHER_TOPIC last when some position is on none of them. */
  topics: string[];
  /** cells[side][topic] */
  cells: Record<string, Record<string, PositionCellFact[]>>;
}

function rank(order: readonly string[], x: string): number {
  const i = order.indexOf(x);
  return i < 0 ? order.length : i;
}

export function buildPositions(facts: readonly PositionFact[], { maxTopics = 8 }: { maxTopics?: number } = {}): PositionsMatrix {
  const derived = deriveTopics(facts, { maxTopics });
  const cells: PositionsMatrix["cells"] = {};
  let other = false;
  facts.forEach((f, i) => {
    const cellFact = { ...f, summary: positionSummary(f) };
    const topics = derived.factTopics[i]!.length ? derived.factTopics[i]! : [OTHER_TOPIC];
    if (topics[0] === OTHER_TOPIC) other = true;
    for (const t of topics) ((cells[f.side] ??= {})[t] ??= []).push(cellFact);
  });
  const sides = Object.keys(cells).sort((a, b) => rank(SIDE_ORDER, a) - rank(SIDE_ORDER, b) || (a < b ? -1 : a > b ? 1 : 0));
  return { sides, topics: other ? [...derived.topics, OTHER_TOPIC] : derived.topics, cells };
}
