// An attempt of a quiz with fixed questions: the quiz's questions, in a per-attempt order and
// with per-attempt option order when the quiz shuffles (from the attempt's stored seed, so a
// reload rebuilds the same), else as the instructor left them.
import { presentationOrder } from "@/lib/cards/generate";
import { seededShuffle } from "@/lib/cards/random";
import type { QuizQuestion } from "./assemble";

export function attemptQuestionsFrom(fixed: readonly QuizQuestion[], seed: string, shuffle: boolean): QuizQuestion[] {
  if (!shuffle) return fixed.map((q) => ({ ...q }));
  return seededShuffle(fixed, `${seed}:order`).map((q) => {
    const optionSeed = `${seed}:${q.cardKey}`;
    if (q.kind === "multiple_choice" && q.options) return { ...q, options: seededShuffle(q.options, optionSeed) };
    if (q.kind === "ordering" && Array.isArray(q.answer)) return { ...q, options: presentationOrder(q.answer, optionSeed) };
    return { ...q };
  });
}
