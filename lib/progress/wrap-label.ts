// Chart axis labels that wrap instead of being clipped: a set's title split into lines that fit
// the axis (CJK characters count double the width of Latin ones), the last line ending in "…"
// only when even maxLines are not enough (the full title is in the list beside the chart).

const wide = (ch: string) => /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch);

/** Width in half-width units. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += wide(ch) ? 2 : 1;
  return w;
}

export function wrapLabel(text: string, maxUnits: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const ch of text) {
    const w = wide(ch) ? 2 : 1;
    if (width + w > maxUnits && line) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  while (last.length && labelWidth(last.join("")) + 2 > maxUnits) last.pop();
  kept[maxLines - 1] = `${last.join("")}…`;
  return kept;
}
