// Named agreements in a clause: in 「」, by their usual name before or after the verb that made them, or as
// the subject an article opens on; and the items a contents sentence lists (「A、B、Cなどが盛り込まれた」).
import type { Span } from "./segment";

export interface AgreementMention {
  name: string;
  /** Offset of 「 before the name. */
  at: number;
}

/** Names of agreements: 「米朝共同声明」, 「板門店宣言」, 「…合意」. */
export const AGREEMENT_NAME = /(?:共同声明|声明|宣言|合意|協定|条約|議定書|覚書|コミュニケ|合意書|枠組み|憲章)$/;

export const AGREEMENT_VERB = /署名|調印|締結|採択|合意|発表|発出|交わ/;

/**
 * A named agreement that the clause signs, adopts or dates: in 「」 (2018年4月27日の「板門店宣言」, 「…」に署名),
 * after the verb that made it (1992年2月に発効した…に関する合意書), or by its usual name before that verb
 * (日泰攻守同盟条約が調印され).
 */
export function findAgreement(text: string, span: Span): AgreementMention | null {
  return findBracketedAgreement(text, span) ?? findNamedAgreement(text, span);
}

export const AGREEMENT_SUFFIX = "(?:協定|条約|宣言|共同声明|声明|議定書|決議|覚書|合意書|合意|コミュニケ|憲章)";

export const MADE_BY = "(?:署名|調印|締結|採択|発効|発出|発表|公布|批准)(?:された|した|し)";

export const AFTER_VERB = new RegExp(`${MADE_BY}([^、，。「」（）()]{4,40}?${AGREEMENT_SUFFIX})(?![\\p{Script=Han}])`, "u");

export const BEFORE_VERB = new RegExp(
  `([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,24}${AGREEMENT_SUFFIX})(?:が|を|は|に)[^。、，]{0,10}?(?:署名|調印|締結|採択|発効|発出|結ば|結ん|交わ|破棄|失効)`,
  "u",
);

export const LEAD_MADE_BY = new RegExp(`^[^。]*?(?:${MADE_BY}|(?:宣言|合意|署名|調印)した(?:文書|もの|宣言|協定|条約))`);

/** Words that name no particular agreement (同条約, 本協定, 共同声明 alone). */
export const GENERIC_AGREEMENT = /^(?:同|両|本|当|その|この|新|各|旧|基本|最終|大筋|正式|暫定|事実上の)?(?:協定|条約|宣言|共同声明|声明|議定書|決議|覚書|合意書|合意|コミュニケ|憲章)$/;

export function findNamedAgreement(text: string, span: Span): AgreementMention | null {
  const clauseText = text.slice(span.start, span.end);
  // An article that opens on its subject: 日朝平壌宣言（…）は、2002年に…で発表された…共同宣言。
  // A subtitle may follow the name (日韓共同宣言 21世紀に向けた新たな日韓パートナーシップ（…）は), and the
  // definition may end on the act itself (…との共通の決意を宣言した文書).
  const lead = new RegExp(
    `^([\\p{Script=Han}\\p{Script=Katakana}ー・]{2,24}${AGREEMENT_SUFFIX})(?:[ 　][^（(、。は]{2,40})?(?:[（(][^）)]*[）)])*と?は`,
    "u",
  ).exec(clauseText);
  if (lead && LEAD_MADE_BY.test(text.slice(span.start)) && !GENERIC_AGREEMENT.test(lead[1]!)) return { name: lead[1]!, at: span.start };
  for (const re of [AFTER_VERB, BEFORE_VERB]) {
    const m = re.exec(clauseText);
    if (!m) continue;
    const name = m[1]!.replace(/^(?:の|、|，)/, "");
    if (GENERIC_AGREEMENT.test(name)) continue;
    return { name, at: span.start + m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}

export function findBracketedAgreement(text: string, span: Span): AgreementMention | null {
  const clauseText = text.slice(span.start, span.end);
  for (const m of clauseText.matchAll(/「([^「」]{2,30})」/g)) {
    const name = m[1]!;
    if (!AGREEMENT_NAME.test(name)) continue;
    const before = clauseText.slice(0, m.index);
    const after = clauseText.slice(m.index + m[0].length);
    const dated = /(?:\d|[０-９])(?:日|月|年)の$/.test(before);
    const signed =
      (AGREEMENT_VERB.test(after.slice(0, 20)) && !/を受けて/.test(after.slice(0, 6))) ||
      new RegExp(`${MADE_BY}$`).test(before);
    if (dated || signed) return { name, at: span.start + m.index };
  }
  return null;
}

/** What a contents sentence lists: 「A、B、Cなどが盛り込まれた」 → [A, B, C]. */
export const CONTENTS_VERB = /(?:が|を|は)(?:盛り込まれ|明記され|規定され|定められ|うたわれ|謳われ|記され|含まれ|列挙され)/;

export function contentsOf(sentence: string): string[] {
  const verb = CONTENTS_VERB.exec(sentence);
  if (!verb) return [];
  const listed = sentence.slice(0, verb.index).replace(/(?:など|等|といった(?:こと)?)$/, "");
  const lastClause = listed.split(/[。]/).at(-1) ?? "";
  const items = lastClause.split(/[、，]/).map((s) => s.trim()).filter((s) => s.length >= 2 && s.length <= 60);
  return items.length >= 2 ? items : [];
}
