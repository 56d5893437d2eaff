// An instructor creates a class and gets its join code (the link is /join/<code>).
import { z } from "zod";
import { singleLine } from "@/lib/validation/fields";
import { can } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { newJoinCode } from "./join-code";

export const createClassSchema = z.object({ name: singleLine(100) }).strict();

export async function createClass(db: Db, viewer: Viewer, input: z.infer<typeof createClassSchema>) {
  if (!can(viewer.role, "class:manage")) throw new HttpError(403, "forbidden", "Only instructors create classes.");
  for (let i = 0; ; i++) {
    const joinCode = newJoinCode();
    if (await db.class.findUnique({ where: { joinCode }, select: { id: true } })) {
      if (i > 5) throw new HttpError(500, "join_code", "Could not make a join code.");
      continue;
    }
    return db.class.create({ data: { name: input.name, ownerId: viewer.id, joinCode }, select: { id: true, name: true, joinCode: true } });
  }
}
