// Who may see a set, as one Prisma filter used everywhere (lists, pages, review checks):
// built-in sets, the user's own sets, public sets, and an instructor's own sets assigned to a
// class the user is enrolled in. "shared" sets are reached by their share code only
// (lib/sets/shared.ts), and become the user's own when saved.
import type { Prisma } from "@/generated/sqlite/client";

export function visibleSetWhere(userId: string): Prisma.CardSetWhereInput {
  const enrolled: Prisma.ClassWhereInput = { enrollments: { some: { userId, removedAt: null } } };
  return {
    OR: [
      { builtin: true },
      { ownerId: userId },
      { visibility: "public" },
      // Assigned to a class: a set assigned to a class counts only while it is built-in,
      // public (both covered above) or the instructor's own. For the instructor that is
      // their own set (covered above); for an enrolled learner, the set must be owned by an
      // instructor of a class they are in and assigned to a class they are in. (Prisma cannot
      // compare the set's owner with the assigning class's owner in one filter; both
      // conditions hold whenever the class's instructor assigned their own set.) So a learner's
      // set that was public when assigned and later made private stops being exposed.
      {
        ownerId: { not: null },
        owner: { ownedClasses: { some: enrolled } },
        assignments: { some: { class: enrolled } },
      },
    ],
  };
}

/** Sets visible to someone signed out: built-in and public ones. */
export const publicSetWhere: Prisma.CardSetWhereInput = { OR: [{ builtin: true }, { visibility: "public" }] };

/** A card the user may study: not retired and in at least one set the user can see. */
export function visibleCardWhere(userId: string): Prisma.CardWhereInput {
  return { retired: false, sets: { some: { set: visibleSetWhere(userId) } } };
}

export const SET_VISIBILITIES = ["private", "shared", "public"] as const;
export type SetVisibility = (typeof SET_VISIBILITIES)[number];
