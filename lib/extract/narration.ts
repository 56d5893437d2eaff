// Which time the narration stands on, from one sentence or paragraph to the next: the year later bare dates
// read against (only the narration's own dates set it), and the day a paragraph goes on telling.
import type { RoledDate } from "./clauses";
import { scanDates, type DateContext } from "./dates";
import type { FactDate } from "@/lib/facts/types";

/** A paragraph that goes on with the day just told opens on a time of that day or a word that continues it, */
const CONTINUES_NARRATION = /^[^。]{0,16}?(?:(?:午前|午後|正午|夕方|夜)[0-9０-９一二三四五六七八九十]*時|同日|当日|同夜|その日|直後|続いて|これに対し|しかし|そして)/;
/** or on the setting the last paragraph ended with (…臨時閣議が開催された。 → 臨時閣議では…). */
const OPENING_SETTING = /^([^、，。「」]{2,12}?)(?:では|において|で[、，])/;
export function continuesNarration(paragraph: string, previousSentence: string): boolean {
  const setting = OPENING_SETTING.exec(paragraph)?.[1];
  return CONTINUES_NARRATION.test(paragraph) || (setting !== undefined && previousSentence.includes(setting));
}

/**
 * A sentence that sums up what stands rather than telling a happening of the narration's time: a habit
 * (常々…と語っている, 日頃から), a standing reputation (…として知られる, …と評されている). It takes no date carried
 * from the sentences before it.
 */
const STANDING_SUMMARY = /常々|日頃|日ごろ|普段から|ふだんから|常日頃|(?:として|と)(?:知られ|評され|呼ばれ)(?:る|ている|ています|てきた)[」』）)]?。?$/;
export function summarisesWhatStands(sentence: string): boolean {
  return STANDING_SUMMARY.test(sentence.replace(/[\s]+$/, ""));
}

/**
 * The context the next sentence reads bare dates against (7月4日 → which year?). Only the narration's own
 * time carries on: not a year that names a noun (1961年のベルリンの壁建設), a point measured from, a limit,
 * an aside in parentheses (…（大阪工場は2001年3月末に閉鎖された）) or a relative year inside the sentence
 * (…前年誕生した政権).
 */
export function carriedContext(before: DateContext, scanned: DateContext, dates: RoledDate[], sentence: string, offset: number): DateContext {
  const mainLine = dates.filter((d) => {
    const at = d.start - offset;
    if (d.approximate || d.role === "reference" || d.role === "elsewhere" || inAside(sentence, at, d.end - offset)) return false;
    // 1961年のベルリンの壁建設: a year naming a noun; 6月12日の首脳会談では… still tells when the narration stands.
    if (d.role === "adnominal" && d.date.precision === "year") return false;
    // …前年誕生した政権: a bare relative year leading straight into a verb qualifies a noun; 翌年3月、/ 同年には tell time.
    return !(d.relative && d.date.precision === "year" && !/^(?:[、，,]|に|は|の|から|まで|以降)/.test(sentence.slice(d.end - offset)));
  });
  const last = mainLine.at(-1);
  if (!last) return before;
  // Everything the sentence resolved up to and with its last main-line date (同月, 同日 inside it follow it).
  const [year, month, day] = last.date.value.split("-").map(Number);
  return { ...scanned, year: year!, month: month, day: day };
}
/** A date inside parentheses that hold more than the date: an aside of its own. */
function inAside(sentence: string, start: number, end: number): boolean {
  const open = Math.max(sentence.lastIndexOf("（", start), sentence.lastIndexOf("(", start));
  if (open < 0) return false;
  const closeAt = sentence.slice(open).search(/[）)]/);
  if (closeAt < 0 || open + closeAt < end) return false;
  const inside = sentence.slice(open + 1, open + closeAt);
  return inside.length - (end - start) > 4;
}

/** A heading that is nothing but a date (2月5日, 2005年8月8日（月）, 1998年): the date and the context it sets. */
export function headingDate(heading: string, before: DateContext): { date: FactDate; context: DateContext } | null {
  const line = heading.replace(/^#+\s*/, "").trim();
  const scanned = scanDates(line, before);
  const only = scanned.mentions[0];
  if (!only || scanned.mentions.length > 1 || only.approximate || only.start > 0) return null;
  if (!/^\s*(?:[（(][月火水木金土日][)）]|の動き|の出来事)?\s*$/.test(line.slice(only.end))) return null;
  const [year, month, day] = only.date.value.split("-").map(Number);
  return { date: only.date, context: { published: before.published, year: year!, month, day } };
}
