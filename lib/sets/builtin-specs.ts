// The ready-made sets of the built-in corpus: which generated cards each one holds. Pure.
import { findDateMentions, parseDateAnswer, type DateMention } from "@/lib/cards/date-mentions";
import type { CardDraft, CardTemplate, SourceFact } from "@/lib/cards/types";

export interface BuiltinSetSpec {
  slug: string;
  title: string;
  description: string;
  cardIds: string[];
}

const DATE_TEMPLATES: readonly CardTemplate[] = ["event-to-date", "date-to-event", "which-first", "put-in-order"];
const AGREEMENT_TEMPLATES: readonly CardTemplate[] = ["agreement-to-items", "agreement-includes-item", "item-to-agreement"];
const POSITION_TEMPLATES: readonly CardTemplate[] = ["who-said", "side-topic-position", "speaker-view"];

const SIDES = [
  { slug: "north-korea", actor: "北朝鮮", title: "北朝鮮の立場" },
  { slug: "united-states", actor: "米国", title: "米国の立場" },
] as const;

/** Ready-made sets for the built-in documents; sets without cards are left out. */
export function builtinSetSpecs(
  drafts: readonly CardDraft[],
  facts: readonly SourceFact[],
  documents: readonly { id: string; slug: string; title: string }[],
): BuiltinSetSpec[] {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const factOf = (d: CardDraft) => (d.factId ? factById.get(d.factId) : undefined);
  const pick = (pred: (d: CardDraft, f: SourceFact | undefined) => boolean) => drafts.filter((d) => pred(d, factOf(d))).map((d) => d.key);
  const year = (f: SourceFact | undefined) => f?.date?.value.slice(0, 4);
  const mainSide = (f: SourceFact | undefined) => f?.actors[0];

  const specs: BuiltinSetSpec[] = [
    {
      slug: "builtin-timeline-2018",
      title: "2018年の年表",
      description: "2018年の出来事：いつ起きたか、どの順に起きたか。",
      cardIds: pick((d, f) => DATE_TEMPLATES.includes(d.template) && year(f) === "2018"),
    },
    {
      slug: "builtin-timeline-2019",
      title: "2019年の年表",
      description: "ハノイ会談から交渉停滞まで：2019年の出来事。",
      cardIds: pick((d, f) => DATE_TEMPLATES.includes(d.template) && year(f) === "2019"),
    },
    {
      slug: "builtin-timeline-all",
      title: "年表（2017〜2019年）",
      description: "日付のある出来事すべて：日付から出来事、出来事から日付、並べ替え。",
      cardIds: pick((d) => DATE_TEMPLATES.includes(d.template)),
    },
    {
      slug: "builtin-joint-statement",
      title: "米朝共同声明（2018年6月12日）",
      description: "シンガポールでの米朝首脳会談と共同声明の4項目。",
      cardIds: pick(
        (_d, f) =>
          !!f && (f.name === "米朝共同声明" || f.quote.includes("共同声明") || (f.date?.value.startsWith("2018-06") ?? false)),
      ),
    },
    {
      slug: "builtin-agreements",
      title: "合意と宣言",
      description: "板門店宣言・米朝共同声明などの合意と、その項目。",
      cardIds: pick((d, f) => AGREEMENT_TEMPLATES.includes(d.template) || (d.template === "cloze" && f?.kind === "agreement")),
    },
    ...SIDES.map((side) => ({
      slug: `builtin-positions-${side.slug}`,
      title: side.title,
      description: `${side.actor}が何を主張し、何を求めたか。`,
      cardIds: pick(
        (d, f) => mainSide(f) === side.actor && (POSITION_TEMPLATES.includes(d.template) || (d.template === "cloze" && f?.kind === "position")),
      ),
    })),
    {
      slug: "builtin-positions-others",
      title: "韓国・中国・ロシアなどの立場",
      description: "米朝以外の関係国・機関の主張。",
      cardIds: pick(
        (d, f) =>
          !!mainSide(f) &&
          !SIDES.some((s) => s.actor === mainSide(f)) &&
          (POSITION_TEMPLATES.includes(d.template) || (d.template === "cloze" && f?.kind === "position")),
      ),
    },
    {
      slug: "builtin-readings",
      title: "地名・人名の読み",
      description: "ルビのついた地名・人名の読み方（寧辺 → ニョンビョン）。",
      cardIds: pick((d) => d.template === "reading"),
    },
    ...documents.map((doc) => ({
      slug: `builtin-doc-${doc.slug}`,
      title: `全カード：${doc.title}`,
      description: "この資料から作られたすべてのカード。",
      cardIds: drafts.filter((d) => d.documentId === doc.id).map((d) => d.key),
    })),
  ];
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  return specs
    .map((s) => ({ ...s, cardIds: s.cardIds.filter((id) => !titleGivesAway(s.title, byKey.get(id))) }))
    .filter((s) => s.cardIds.length > 0);
}

/**
 * A set's title the learner reads above every card must not hold a card's whole date answer: in 「2018年の年表」 a card
 * asking 何年 is answered by the title, in 「…（2018年6月12日）」 one asking that day is. A title naming only the year of
 * a day's answer leaves the question open.
 */
export function titleGivesAway(title: string, draft: CardDraft | undefined): boolean {
  if (!draft || typeof draft.answer !== "string") return false;
  const answer = parseDateAnswer(draft.answer);
  if (!answer) return false;
  const whole = (m: DateMention) => (["year", "month", "day"] as const).every((p) => answer[p] === undefined || m[p] === answer[p]);
  return findDateMentions(title).some(whole);
}
