// Roles and what they may do: shared by server guards and the UI.
export const ROLES = ["learner", "instructor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const PERMISSIONS = {
  "document:upload": ["instructor"],
  "fact:review": ["instructor"],
  "class:manage": ["instructor"],
  "study": ["learner", "instructor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
