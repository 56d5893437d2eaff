// Roles and what they may do: shared by server guards and the UI.
export const ROLES = ["learner", "instructor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** What each role may do at all; ownership (this class, this set) is checked by the
 *  domain guards (e.g. requireInstructorOf) on top of this. */
export const PERMISSIONS = {
  "document:upload": ["instructor"],
  "fact:review": ["instructor"],
  "set:create": ["learner", "instructor"],
  "study": ["learner", "instructor"],
  "quiz:create": ["instructor"],
  "quiz:take": ["learner", "instructor"],
  /** A practice quiz of one's own from a set one can study (never graded, never in a class). */
  "quiz:practice": ["learner", "instructor"],
  "class:manage": ["instructor"],
  "class:join": ["learner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
