// The one entry point to "who is asking": auth(), and guards named require*.
// Pages call the redirecting guards; route handlers call the api* guards, which throw
// HttpError (turned into a JSON 401/403 by lib/http/handler.ts).
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { redirect } from "next/navigation";
import { HttpError } from "@/lib/http/errors";
import { authOptions } from "./options";
import { cachedDecode } from "./token-cache";
import { can, type Permission, type Role } from "./roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function auth(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id || !u.email) return null;
  return { id: u.id, email: u.email, name: u.name ?? "", role: u.role };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await auth();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: an instructor, else sign-in (anonymous) or 403 page. */
export async function requireInstructor(returnTo = "/"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "instructor") redirect("/forbidden");
  return user;
}

/** For route handlers: the signed-in user, or 401. */
export async function apiRequireUser(): Promise<SessionUser> {
  const user = await auth();
  if (!user) throw new HttpError(401, "unauthenticated", "Sign in first.");
  return user;
}

/** For route handlers: a user holding `permission`, else 401/403. */
export async function apiRequirePermission(permission: Permission): Promise<SessionUser> {
  const user = await apiRequireUser();
  if (!can(user.role, permission)) throw new HttpError(403, "forbidden", "You may not do this.");
  return user;
}

/**
 * For hot route handlers (review, quiz answer): decodes the session JWT from the request's
 * cookie and nothing else — no session callback, no database. Same 401/403 as above.
 */
export async function apiTokenUser(req: Request, permission?: Permission): Promise<{ id: string; role: Role }> {
  const token = await getToken({ req: req as unknown as NextRequest, secret: env().NEXTAUTH_SECRET, decode: cachedDecode });
  if (!token?.id) throw new HttpError(401, "unauthenticated", "Sign in first.");
  if (permission && !can(token.role, permission)) throw new HttpError(403, "forbidden", "You may not do this.");
  return { id: token.id, role: token.role };
}
