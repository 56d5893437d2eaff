// The one place sessions are checked. A session is a next-auth JWT carrying the user's id and
// the user's sessionVersion at sign-in; it holds only while the user row still exists with that
// version (sign-out, a role or password change and account deletion bump or remove it).
// Route handlers reach this through the gate in lib/http/handler.ts; pages through
// currentViewer / requireViewer / requirePermission below.
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { authOptions } from "./options";
import { currentViewerFor, type SessionToken } from "./current-viewer";
import { cachedDecode } from "./token-cache";
import { can, isRole, type Permission } from "./roles";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer";

/** The request's session token, decoded and signature-checked only (no database). */
export async function decodeSessionToken(req: Request): Promise<(SessionToken & { role: Viewer["role"] }) | null> {
  // Remembered per exact token string: key derivation and decryption were ~8 % of a review's CPU.
  const token = await getToken({ req: req as unknown as NextRequest, secret: env().NEXTAUTH_SECRET, decode: cachedDecode });
  if (!token?.id) return null;
  return { id: token.id, sessionVersion: token.sv ?? 0, role: isRole(token.role) ? token.role : "learner" };
}

/** For route handlers (via the gate): the request's current viewer, or null. */
export async function viewerOfRequest(req: Request): Promise<Viewer | null> {
  const token = await decodeSessionToken(req);
  return token ? currentViewerFor(db, token) : null;
}

/** For pages: the signed-in viewer with name and email, or null (checked once per request). */
export const currentViewer = cache(async (): Promise<SignedInViewer | null> => {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id || !u.email) return null;
  const viewer = await currentViewerFor(db, { id: u.id, sessionVersion: u.sessionVersion ?? 0 });
  return viewer && { ...viewer, email: u.email, name: u.name ?? "" };
});

/** For pages: the signed-in viewer, or a redirect to sign-in that comes back here. */
export async function requireViewer(returnTo = "/"): Promise<SignedInViewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For pages: a viewer holding `permission`, else sign-in (anonymous) or the 403 page. */
export async function requirePermission(permission: Permission, returnTo = "/"): Promise<SignedInViewer> {
  const viewer = await requireViewer(returnTo);
  if (!can(viewer.role, permission)) redirect("/forbidden");
  return viewer;
}
