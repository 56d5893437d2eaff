// Shows a date at the precision the source gives it: "2018年6月" when only the month is known.
export type Precision = "year" | "month" | "day";

export function formatDateAtPrecision(value: string, precision: Precision | null | undefined, locale: "ja" | "en"): string {
  const [y, m, d] = value.split("-").map(Number);
  const p = precision ?? (d ? "day" : m ? "month" : "year");
  if (locale === "ja") {
    if (p === "year" || !m) return `${y}年`;
    if (p === "month" || !d) return `${y}年${m}月`;
    return `${y}年${m}月${d}日`;
  }
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  if (p === "year" || !m) return String(y);
  if (p === "month" || !d) return `${months[m - 1]} ${y}`;
  return `${d} ${months[m - 1]} ${y}`;
}
