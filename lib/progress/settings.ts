// A learner's study settings: desired retention, daily limits, time zone (the study day runs
// 04:00–04:00 there), and whether cards of one fact may come on the same day.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { isValidTimeZone } from "@/lib/srs/day";
import { DESIRED_RETENTION_MAX, DESIRED_RETENTION_MIN } from "@/lib/srs/schedule";

export const studySettingsSchema = z.object({
  desiredRetention: z.number().min(DESIRED_RETENTION_MIN).max(DESIRED_RETENTION_MAX),
  newPerDay: z.number().int().min(0).max(1000),
  reviewsPerDay: z.number().int().min(0).max(10000),
  timeZone: z.string().min(1).max(64).refine(isValidTimeZone, "unknown time zone"),
  /** Cards of one fact on the same study day; absent keeps the stored choice. */
  siblingsSameDay: z.boolean().optional(),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;

export async function updateStudySettings(db: Db, userId: string, input: StudySettingsInput) {
  return db.user.update({
    where: { id: userId },
    data: { ...input, desiredRetention: Math.round(input.desiredRetention * 100) / 100 },
    select: { desiredRetention: true, newPerDay: true, reviewsPerDay: true, timeZone: true, siblingsSameDay: true },
  });
}
