// Study streak and review heatmap from the study days ("YYYY-MM-DD", 04:00 rollover) on which
// reviews happened. The streak counts consecutive days up to today, or up to yesterday when
// today has no review yet (Anki does the same: the streak is not lost until the day ends).

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function studyStreak(days: ReadonlySet<string>, today: string): number {
  let day = days.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

export interface HeatCell {
  day: string;
  count: number;
  /** 0 (none) … 4 (most), relative to the busiest day shown. */
  level: 0 | 1 | 2 | 3 | 4;
}

/** The last `weeks` × 7 days ending today, oldest first, with review counts and a shade level. */
export function heatmap(counts: ReadonlyMap<string, number>, today: string, weeks = 12): HeatCell[] {
  const total = weeks * 7;
  const cells: HeatCell[] = [];
  let max = 0;
  for (let i = total - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const count = counts.get(day) ?? 0;
    max = Math.max(max, count);
    cells.push({ day, count, level: 0 });
  }
  for (const c of cells) c.level = c.count === 0 ? 0 : (Math.min(4, Math.ceil((c.count / max) * 4)) as HeatCell["level"]);
  return cells;
}
