// Which facts the reader's filters show, and which fact a highlighted run of text stands for.
export interface FactFilters {
  kind: string;
  actor: string;
  status: string;
}

export interface FilterableFact {
  kind: string;
  actors: string[];
  status: string;
}

/** "all" lets every value through; otherwise the fact must match each filter. */
export function isFactShown(fact: FilterableFact, filters: FactFilters): boolean {
  return (
    (filters.kind === "all" || fact.kind === filters.kind) &&
    (filters.actor === "all" || fact.actors.includes(filters.actor)) &&
    (filters.status === "all" || fact.status === filters.status)
  );
}

/** Of the facts covering a run of text (in document order), the one its highlight shows: the
 *  selected fact if it is among the shown ones, else the first shown; null when none is shown. */
export function highlightedFact(covering: readonly string[], isShown: (id: string) => boolean, selected: string | null): string | null {
  const shown = covering.filter(isShown);
  if (shown.length === 0) return null;
  return selected !== null && shown.includes(selected) ? selected : shown[0]!;
}
