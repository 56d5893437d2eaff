// The question line of a generated card, read back as a template and its parameters, so the
// English UI can show the app's own words in English ("When did this happen?") while the
// source's words (headlines, statements, names) stay as the document gives them. A front that
// is not a template's (edited by its owner, imported) is shown as it is.

export type QuestionStem =
  | { key: "whenEvent" | "whenAgreement" | "whenBegan"; precision: "year" | "month" | "day" }
  | { key: "whatOnDate"; date: string; place: string | null }
  | { key: "agreementOnDate"; date: string }
  | { key: "whichFirst" | "putInOrder" | "blankTerm" | "blankPlace" | "itemAgreement" }
  | { key: "whoSaid" | "whoDemanded"; asked: Asked }
  | { key: "whoShowed"; noun: string; asked: Asked }
  | { key: "whoSaidAbout"; topic: string; asked: Asked }
  | { key: "speakerView"; speaker: string; topic: string; when: string | null }
  | { key: "sidePosition"; side: string; topic: string; when: string | null }
  | { key: "agreementItems"; name: string; count: number }
  | { key: "agreementIncludes"; name: string }
  | { key: "reading"; base: string }
  | { key: "judgmentOutcome"; date: string; court: string };

const PRECISION = { 何年: "year", 何年何月: "month", 何年何月何日: "day" } as const;

/** Who a "who said" question asks for: anyone (誰か), a state (どの国か), a state or a body (どの国・機関か). */
export type Asked = "anyone" | "country" | "countryOrBody";
const ASKED = { 誰か: "anyone", どの国か: "country", "どの国・機関か": "countryOrBody" } as const;
const WHO = "(誰か|どの国か|どの国・機関か)";
const asked = (word: string | undefined): Asked => ASKED[(word ?? "誰か") as keyof typeof ASKED];

/** [pattern of the first line, the stem it stands for] in the order the templates write them. */
const STEMS: Array<[RegExp, (m: RegExpExecArray) => QuestionStem]> = [
  [/^次の出来事は(何年|何年何月|何年何月何日)のことか。$/, (m) => ({ key: "whenEvent", precision: PRECISION[m[1] as keyof typeof PRECISION] })],
  [/^次の出来事が始まったのは(何年|何年何月|何年何月何日)か。$/, (m) => ({ key: "whenBegan", precision: PRECISION[m[1] as keyof typeof PRECISION] })],
  [/^次の合意・宣言は(何年|何年何月|何年何月何日)のものか。$/, (m) => ({ key: "whenAgreement", precision: PRECISION[m[1] as keyof typeof PRECISION] })],
  [/^(\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)に(?:(.+)で)?あったのはどれか。$/, (m) => ({ key: "whatOnDate", date: m[1]!, place: m[2] ?? null })],
  [/^(\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)の合意・宣言はどれか。$/, (m) => ({ key: "agreementOnDate", date: m[1]! })],
  [/^次のうち、最も早いものはどれか。$/, () => ({ key: "whichFirst" })],
  [/^次を古い順に並べよ。$/, () => ({ key: "putInOrder" })],
  [/^空欄に入る語はどれか。$/, () => ({ key: "blankTerm" })],
  [/^空欄に入る場所はどれか。$/, () => ({ key: "blankPlace" })],
  [new RegExp(`^次のように主張したのは${WHO}。$`), (m) => ({ key: "whoSaid", asked: asked(m[1]) })],
  [new RegExp(`^次のことを求めたのは${WHO}。$`), (m) => ({ key: "whoDemanded", asked: asked(m[1]) })],
  [new RegExp(`^次の(.+)を示したのは${WHO}。$`), (m) => ({ key: "whoShowed", noun: m[1]!, asked: asked(m[2]) })],
  [new RegExp(`^「(.+)」について、次のように主張したのは${WHO}。$`), (m) => ({ key: "whoSaidAbout", topic: m[1]!, asked: asked(m[2]) })],
  [/^(?:(\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)、)?(.+?)は、(.+)、どのように述べたか。$/, (m) => ({ key: "speakerView", when: m[1] ?? null, speaker: m[2]!, topic: m[3]! })],
  [/^(?:(\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)、)?(.+)は「(.+)」についてどのような立場をとったか。$/, (m) => ({ key: "sidePosition", when: m[1] ?? null, side: m[2]!, topic: m[3]! })],
  [/^「(.+)」の主な内容を(\d+)つ挙げよ。$/, (m) => ({ key: "agreementItems", name: m[1]!, count: Number(m[2]) })],
  [/^「(.+)」に盛り込まれた内容はどれか。$/, (m) => ({ key: "agreementIncludes", name: m[1]! })],
  [/^次の内容を盛り込んだ合意・宣言はどれか。$/, () => ({ key: "itemAgreement" })],
  [/^「(.+)」の読み方はどれか。$/, (m) => ({ key: "reading", base: m[1]! })],
  [/^(\d{1,4}年\d{1,2}月\d{1,2}日)、(.+)が言い渡した判決の結論はどれか。$/, (m) => ({ key: "judgmentOutcome", date: m[1]!, court: m[2]! })],
];

/** The template stem of a card's front and the rest of it (the source's words); null when the front is no template's. */
export function parseQuestionStem(front: string): { stem: QuestionStem; rest: string } | null {
  const [first = "", ...rest] = front.split("\n");
  for (const [pattern, make] of STEMS) {
    const m = pattern.exec(first.trim());
    if (m) return { stem: make(m), rest: rest.join("\n") };
  }
  return null;
}
