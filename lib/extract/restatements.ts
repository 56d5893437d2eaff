// Pass 6b — a happening told twice is one fact. A sentence that recaps what an earlier sentence told
// (堀島選手は12日に行われた…決勝で、銅メダルを獲得している) or counts it again (髙木選手は女子1000mに続き、
// 今大会2つ目の銅メダルを獲得した) would otherwise ask the same happening on two cards.
import type { ExtractedFact } from "@/lib/facts/types";

/** A recap: the perfect (…している), or a count of the same kind of result (…に続き、…2つ目の). */
const RECAP = /(?:てい(?:る|た)|ております|ています|ていました)。?$|に続(?:き|いて)[、，]?[^。]*?[0-9０-９一二三四五六七八九十]+(?:つ|個|度|回|枚)目/;
/** The sentence's topic, a name with any title after it (堀島選手は → 堀島). */
const TOPIC = /^(?:[^、，。「」]*?[、，])?([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?)(?:選手|氏|さん|代表|首相|大統領|大臣)?(?:は|が)[、，]?/u;
/** The headline's last word: the act (獲得, 署名, 開催). */
const ACT = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})[^\p{Script=Han}\p{Script=Katakana}ー]{0,4}$/u;

function restates(recap: ExtractedFact, told: ExtractedFact): boolean {
  if (told === recap || told.kind !== "event" || told.date?.value !== recap.date?.value) return false;
  if (told.start === recap.start) return false;
  const name = TOPIC.exec(recap.quote)?.[1];
  const act = ACT.exec(recap.headline)?.[1];
  return !!name && !!act && told.quote.includes(name) && ACT.exec(told.headline)?.[1] === act;
}

export function withoutRestatements(facts: ExtractedFact[]): ExtractedFact[] {
  return facts.filter((fact) => !(fact.kind === "event" && fact.date && RECAP.test(fact.quote) && facts.some((told) => told.start < fact.start && restates(fact, told))));
}
