// Dates on assignment pages: minute precision, in Japan time by default, always naming the
// zone ("… JST") so a reader elsewhere is never misled about a due date.
export function formatDue(d: Date, locale: string, timeZone = "Asia/Tokyo"): string {
  return d.toLocaleString(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

export function formatDuration(ms: number): { minutes: number; seconds: number } {
  const s = Math.round(ms / 1000);
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
