// Today's study queue for one user (one set, or every card the user has started), with
// what the study screen shows for each card: the question, the answer and the source
// sentence with a link into the reader.
import type { Db } from "@/lib/db/client";
import { jsonStrings } from "@/lib/cards/from-rows";
import { getSetForUser } from "@/lib/sets/get-for-user";
import { visibleCardWhere } from "@/lib/sets/visibility";
import { buildQueue, countReviewedToday, factsReviewedToday, startOfStudyDay, type CardState, type DueCounts } from "@/lib/srs";
import { parseStoredParameters } from "@/lib/srs/parameters";
import { rowToState } from "./state-row";

export interface StudyCard {
  id: string;
  template: string;
  front: string;
  back: string;
  choices: string[];
  quote: string | null;
  factId: string | null;
  documentSlug: string | null;
  documentTitle: string | null;
  state: CardState | null;
  newPosition: number;
}

export interface StudySettings {
  desiredRetention: number;
  /** The learner's FSRS weights; null: the defaults. */
  fsrsParameters: readonly number[] | null;
  newPerDay: number;
  reviewsPerDay: number;
  timeZone: string;
  /** Show cards of one fact on the same day (off: siblings wait for the next day). */
  siblingsSameDay: boolean;
}

export interface LoadedQueue {
  settings: StudySettings;
  queue: StudyCard[];
  /** Learning cards due later today (after the learn-ahead window). */
  later: StudyCard[];
  counts: DueCounts;
}

export async function loadStudySettings(db: Db, userId: string): Promise<StudySettings> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true, fsrsParameters: true, newPerDay: true, reviewsPerDay: true, timeZone: true, siblingsSameDay: true } });
  return { ...u, fsrsParameters: parseStoredParameters(u.fsrsParameters) };
}

/** `setId` null: every visible card the user has already started (reviews only, no new cards). */
export async function loadStudyQueue(db: Db, userId: string, setId: string | null, now = new Date()): Promise<LoadedQueue | null> {
  const settings = await loadStudySettings(db, userId);
  let cards: { card: CardRow; position: number }[];
  if (setId) {
    if (!(await getSetForUser(db, setId, userId))) return null;
    const rows = await db.setCard.findMany({ where: { setId, card: { retired: false } }, orderBy: { position: "asc" }, select: { position: true, card: { select: CARD_SELECT } } });
    cards = rows;
  } else {
    const rows = await db.card.findMany({ where: { ...visibleCardWhere(userId), states: { some: { userId } } }, select: CARD_SELECT });
    cards = rows.map((card, position) => ({ card, position }));
  }
  const ids = cards.map((c) => c.card.id);
  const dayStart = startOfStudyDay(now, settings.timeZone);
  const [states, logs, docs] = await Promise.all([
    db.cardState.findMany({ where: { userId, cardId: { in: ids } } }),
    db.reviewLog.findMany({ where: { userId, undoneAt: null, reviewedAt: { gte: dayStart } }, select: { reviewedAt: true, stateBefore: true, card: { select: { factId: true } } } }),
    db.document.findMany({ where: { id: { in: [...new Set(cards.map((c) => c.card.documentId).filter((d): d is string => !!d))] } }, select: { id: true, slug: true, title: true } }),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, rowToState(s)]));
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const items: StudyCard[] = cards.map(({ card, position }) => {
    const doc = card.documentId ? docOf.get(card.documentId) : undefined;
    return {
      id: card.id,
      template: card.template,
      front: card.front,
      back: card.back,
      choices: jsonStrings(card.choices),
      quote: card.quote,
      factId: card.factId,
      documentSlug: doc?.slug ?? null,
      documentTitle: doc?.title ?? null,
      state: stateOf.get(card.id) ?? null,
      newPosition: position,
    };
  });
  const reviewedTodayCounts = countReviewedToday(
    logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), stateBefore: l.stateBefore as CardState["state"] })),
    now,
    settings.timeZone,
  );
  const q = buildQueue({
    cards: items,
    now,
    timeZone: settings.timeZone,
    newPerDay: setId ? settings.newPerDay : 0,
    reviewsPerDay: settings.reviewsPerDay,
    reviewedTodayCounts,
    siblingsSameDay: settings.siblingsSameDay,
    factsReviewedToday: factsReviewedToday(logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), factId: l.card.factId })), now, settings.timeZone),
  });
  const learning = q.learning.length + q.learningLater.length;
  return {
    settings,
    queue: q.queue,
    later: q.learningLater,
    counts: { learning, review: q.reviews.length, new: q.newCards.length, total: learning + q.reviews.length + q.newCards.length },
  };
}

const CARD_SELECT = { id: true, template: true, front: true, back: true, choices: true, quote: true, factId: true, documentId: true } as const;
type CardRow = { id: string; template: string; front: string; back: string; choices: unknown; quote: string | null; factId: string | null; documentId: string | null };
