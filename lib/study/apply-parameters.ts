// Applying FSRS weights the learner confirmed (a proposal of lib/study/optimize-parameters.ts),
// or going back to the defaults. Only the caller's own row is written; the next review
// schedules with the new weights (the review path reads them in its one read).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { fsrsParametersSchema, serializeParameters } from "@/lib/srs/parameters";

export const applyParametersSchema = z.object({ parameters: fsrsParametersSchema });
export type ApplyParametersInput = z.infer<typeof applyParametersSchema>;

export async function applyParameters(db: Db, userId: string, input: ApplyParametersInput): Promise<{ parameters: number[] }> {
  await db.user.update({ where: { id: userId }, data: { fsrsParameters: serializeParameters(input.parameters) } });
  return { parameters: input.parameters };
}

export async function resetParameters(db: Db, userId: string): Promise<{ parameters: null }> {
  await db.user.update({ where: { id: userId }, data: { fsrsParameters: null } });
  return { parameters: null };
}
