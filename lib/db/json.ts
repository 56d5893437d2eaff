// Plain data (interfaces without index signatures) as Prisma's JSON input type. A type-level
// conversion only: the values are already JSON-serialisable data.
import type { Prisma } from "@/generated/sqlite/client";

export function toJson<T>(value: T): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}
