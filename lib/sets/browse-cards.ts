// The card browser of a set (Anki's browser): text search over front and back, filters by
// template, by the viewer's study state and by source document, and pages. Pure: the page
// reads the set's cards and the viewer's states once and filters here (a set holds at most
// MAX_SET_CARDS cards). The filter comes from the URL, so it is validated with zod.
import { z } from "zod";
import { normalizeAnswer } from "@/lib/cards/normalize-answer";

export const STUDY_STATES = ["new", "learning", "review", "due"] as const;
export type StudyStateFilter = (typeof STUDY_STATES)[number];
export const BROWSER_PAGE_SIZE = 30;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (one(v) === "" ? undefined : one(v)), schema.optional()).catch(undefined);

/** Search parameters → filter. Anything malformed is dropped (a shared link never errors). */
export const browseFilterSchema = z.object({
  q: optional(z.string().max(200)),
  template: optional(z.string().max(64)),
  state: optional(z.enum(STUDY_STATES)),
  doc: optional(z.string().max(64)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type BrowseFilter = z.infer<typeof browseFilterSchema>;

export interface BrowsableCard {
  id: string;
  template: string;
  front: string;
  back: string;
  choices: string[];
  answer: string | string[];
  documentId: string | null;
}

/** The viewer's state of a card (absent: never studied). */
export interface BrowsedState {
  state: string;
  due: Date;
}

/** Which study-state filters a card matches for the viewer now. */
export function studyStatesOf(state: BrowsedState | undefined, now: Date): StudyStateFilter[] {
  if (!state || state.state === "new") return ["new"];
  const out: StudyStateFilter[] = [state.state === "review" ? "review" : "learning"];
  if (state.due.getTime() <= now.getTime()) out.push("due");
  return out;
}

/** Width- and kana-insensitive text of a card, for search. */
function searchable(card: BrowsableCard): string {
  const answer = Array.isArray(card.answer) ? card.answer.join(" ") : card.answer;
  return normalizeAnswer([card.front, card.back, answer, ...card.choices].join(" "));
}

export interface BrowseResult<C> {
  cards: C[];
  /** Cards matching the filter (all pages). */
  total: number;
  page: number;
  pages: number;
}

export function browseCards<C extends BrowsableCard>(
  cards: readonly C[],
  states: ReadonlyMap<string, BrowsedState>,
  filter: BrowseFilter,
  now: Date,
  pageSize = BROWSER_PAGE_SIZE,
): BrowseResult<C> {
  const terms = (filter.q ?? "").split(/\s+/).map(normalizeAnswer).filter(Boolean);
  const matching = cards.filter((c) => {
    if (filter.template && c.template !== filter.template) return false;
    if (filter.doc && c.documentId !== filter.doc) return false;
    if (filter.state && !studyStatesOf(states.get(c.id), now).includes(filter.state)) return false;
    if (terms.length) {
      const text = searchable(c);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(filter.page, pages);
  return { cards: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pages };
}
