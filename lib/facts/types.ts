// Shared vocabulary of the pipeline: what ingestion produces and what extraction,
// cards and quizzes consume. Plain data, no behaviour.

export const FACT_KINDS = ["event", "agreement", "position"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date at the precision the source gives: "2018", "2018-06" or "2018-06-12". */
export interface FactDate {
  value: string;
  precision: DatePrecision;
}

/** A reading the source printed as ruby over `text.slice(start, end)` (寧辺 → ニョンビョン). */
export interface RubyAnnotation {
  start: number;
  end: number;
  reading: string;
}

export const BLOCK_KINDS = ["heading", "body", "caption", "table", "meta"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A span of the cleaned text and what it is; only "body" and "table" blocks yield facts. */
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

/** The cleaned text of a document and its annotations. Offsets index `text` (UTF-16 units). */
export interface CleanedDocument {
  text: string;
  ruby: RubyAnnotation[];
  blocks: TextBlock[];
}

export interface ExtractedFact {
  kind: FactKind;
  date: FactDate | null;
  /** Canonical sides: 北朝鮮, 米国, 韓国, 中国, ロシア, 日本, IAEA, 国連安保理 … */
  actors: string[];
  /** The person or body that stated a position (金正恩, ポンペオ国務長官), if named. */
  speaker: string | null;
  /** A short statement of the fact, in Japanese. */
  text: string;
  /** Who–what–where in a few words, no date inside (米朝首脳会談をシンガポールで開催); agreements: their name. */
  headline: string;
  /** Where the event took place, when the text says (シンガポール). */
  place: string | null;
  /** For a position: what is held, said or demanded (the quote or the と-clause), without the holder. */
  content: string | null;
  /** The agreement's name for kind = "agreement" (米朝共同声明). */
  name: string | null;
  /** The agreement's items for kind = "agreement". */
  items: string[];
  /** Topics (非核化, 制裁, 相応の措置, 体制の安全, …) for the positions matrix. */
  topics: string[];
  /** Exactly `text.slice(start, end)` of the cleaned document. */
  quote: string;
  start: number;
  end: number;
}
