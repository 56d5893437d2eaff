// Applies an instructor's edit (./edit-question.ts) to a fixed quiz question. Server side.
import { presentationOrder } from "@/lib/cards/generate";
import { stableKey } from "@/lib/cards/random";
import type { QuizQuestion } from "./assemble";
import { editableOf, type EditQuestionInput } from "./edit-question";

/**
 * The question after the edit, or null when the edit changes its kind (not allowed: the card
 * decided which kinds it supports). The id changes with the content, so item analysis never
 * mixes answers to the old and the new wording; an edit that changes nothing keeps the id.
 */
export function applyQuestionEdit(q: QuizQuestion, input: EditQuestionInput): QuizQuestion | null {
  if (input.kind !== q.kind) return null;
  const before = editableOf(q);
  if (JSON.stringify(before) === JSON.stringify(input)) return q;
  const id = stableKey([q.cardKey, q.kind, "edited", JSON.stringify(input)]);
  const { options: _options, accepted: _accepted, ...rest } = q;
  switch (input.kind) {
    case "multiple_choice":
      return { ...rest, id, prompt: input.prompt, options: [...input.options], answer: input.answer };
    case "typed":
      return { ...rest, id, prompt: input.prompt, answer: input.accepted[0]!, accepted: [...input.accepted] };
    case "ordering":
      // Never presented in the right order, also when the quiz does not shuffle.
      return { ...rest, id, prompt: input.prompt, options: presentationOrder(input.items, id), answer: [...input.items] };
  }
}
