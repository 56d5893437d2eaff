// Creating an account. Instructors sign up with the instructor code (README).
import { z } from "zod";
import { singleLine } from "@/lib/validation/fields";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";

export const PASSWORD_MIN = 10;

export const signUpSchema = z.object({
  name: singleLine(80),
  email: z.string().trim().toLowerCase().max(254, "too_long").pipe(z.email("invalid_email")),
  password: z.string().min(PASSWORD_MIN, "too_short").max(256, "too_long"),
  instructorCode: z.string().max(200).optional().default(""),
  locale: z.enum(["ja", "en"]).optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export async function signUp(db: Db, input: z.output<typeof signUpSchema>, instructorCode: string | undefined) {
  let role: "learner" | "instructor" = "learner";
  if (input.instructorCode) {
    if (!instructorCode || input.instructorCode !== instructorCode) {
      throw new HttpError(400, "invalid_input", "The instructor code is wrong.", { instructorCode: ["wrong_code"] });
    }
    role = "instructor";
  }
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new HttpError(409, "email_taken", "That email is already registered.", { email: ["taken"] });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role, locale: input.locale ?? "ja" },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new HttpError(409, "email_taken", "That email is already registered.", { email: ["taken"] });
    }
    throw error;
  }
}
