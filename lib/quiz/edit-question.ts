// An instructor's edit of one fixed quiz question: the text and the options of a multiple-choice
// question (the right answer stays one of them), the accepted answers of a typed one, the items
// of an ordering one. Pure (no database), so the edit form validates with the same schema the
// server does; zod messages are codes the form shows in the UI language (quiz.editErrors.*).
import { z } from "zod";
import { multiLine, singleLine } from "@/lib/validation/fields";
import { normalizeAnswer } from "@/lib/cards/normalize-answer";
import type { QuizQuestion } from "./assemble";

const MAX_OPTIONS = 8;
const MAX_ITEMS = 10;
const option = singleLine(300);

function allDistinct(values: readonly string[]): boolean {
  return new Set(values.map(normalizeAnswer)).size === values.length;
}

export const editQuestionSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("multiple_choice"),
      prompt: multiLine(1000),
      options: z.array(option).min(2, "too_few_options").max(MAX_OPTIONS, "too_many_options"),
      answer: option,
    })
    .strict()
    .refine((q) => allDistinct(q.options), { message: "duplicate_options", path: ["options"] })
    .refine((q) => q.options.includes(q.answer), { message: "answer_not_an_option", path: ["answer"] }),
  z
    .object({
      kind: z.literal("typed"),
      prompt: multiLine(1000),
      /** The first is the answer shown with the results; every one counts as correct. */
      accepted: z.array(option).min(1, "required").max(MAX_OPTIONS, "too_many_options"),
    })
    .strict()
    .refine((q) => q.accepted.every((a) => normalizeAnswer(a) !== ""), { message: "required", path: ["accepted"] }),
  z
    .object({
      kind: z.literal("ordering"),
      prompt: multiLine(1000),
      /** In the right order; attempts present them shuffled. */
      items: z.array(option).min(2, "too_few_options").max(MAX_ITEMS, "too_many_options"),
    })
    .strict()
    .refine((q) => allDistinct(q.items), { message: "duplicate_options", path: ["items"] }),
]);
export type EditQuestionInput = z.infer<typeof editQuestionSchema>;

/** The form's starting values for a question. */
export function editableOf(q: QuizQuestion): EditQuestionInput {
  if (q.kind === "multiple_choice") return { kind: q.kind, prompt: q.prompt, options: [...(q.options ?? [])], answer: String(q.answer) };
  if (q.kind === "typed") return { kind: q.kind, prompt: q.prompt, accepted: q.accepted?.length ? [...q.accepted] : [String(q.answer)] };
  return { kind: q.kind, prompt: q.prompt, items: Array.isArray(q.answer) ? [...q.answer] : [] };
}
