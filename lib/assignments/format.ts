// Dates on assignment pages: Japan time, minute precision.
export function formatDue(d: Date, locale: string): string {
  return d.toLocaleString(locale === "en" ? "en-GB" : "ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}

export function formatDuration(ms: number): { minutes: number; seconds: number } {
  const s = Math.round(ms / 1000);
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
