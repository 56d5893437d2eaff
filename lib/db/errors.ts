// Recognizing database errors the domain code recovers from.

/** A unique index refused the write (Prisma's P2002), on either database. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
