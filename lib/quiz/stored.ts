// The frozen question stored on an attempt (AttemptQuestion.question), read back safely.
import type { QuizQuestion } from "./assemble";

export function storedQuestion(value: unknown): QuizQuestion {
  return value as QuizQuestion;
}

/** What the learner sees while answering: never the answer, the accepted answers or the source. */
export interface PublicQuestion {
  id: string;
  kind: QuizQuestion["kind"];
  prompt: string;
  options?: string[];
}

export function publicQuestion(q: QuizQuestion): PublicQuestion {
  return { id: q.id, kind: q.kind, prompt: q.prompt, ...(q.options ? { options: [...q.options] } : {}) };
}

