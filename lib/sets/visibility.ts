// Who may see a set, as one Prisma filter used everywhere (lists, pages, review checks):
// built-in sets, the user's own sets, public sets, and sets assigned to a class the user
// teaches or is enrolled in. "shared" sets are reached by their share code only
// (lib/sets/shared.ts), and become the user's own when saved.
import type { Prisma } from "@/generated/sqlite/client";

export function visibleSetWhere(userId: string): Prisma.CardSetWhereInput {
  return {
    OR: [
      { builtin: true },
      { ownerId: userId },
      { visibility: "public" },
      {
        assignments: {
          some: {
            class: {
              OR: [{ ownerId: userId }, { enrollments: { some: { userId, removedAt: null } } }],
            },
          },
        },
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
