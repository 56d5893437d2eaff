// Thin route handlers: parse the body with a zod schema at the boundary (size-capped),
// run one domain operation, and turn HttpError/ZodError into clear JSON errors.
import { NextResponse } from "next/server";
import { z } from "zod";
import { decodeSessionToken, viewerOfRequest } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { env, type Env } from "@/lib/env";
import { clientAddress } from "@/lib/throttle/client-address";
import { checkRouteLimits, type RouteLimit } from "@/lib/throttle/route-limits";
import { HttpError } from "./errors";
import { assertSameOrigin } from "./same-origin";

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The body as text, refusing it as soon as it passes `limit` bytes (a sender may omit or
 *  understate Content-Length; the rest is never buffered). */
async function readBounded(req: Request, limit: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new HttpError(413, "body_too_large", `Request body over ${limit} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S, limit = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new HttpError(413, "body_too_large", `Request body over ${limit} bytes.`);
  // The media type itself, not a substring: "text/plain; x=application/json" is a type any
  // cross-site form may send, so it must not pass as JSON.
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new HttpError(415, "unsupported_media_type", "Send application/json.");
  const text = await readBounded(req, limit);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HttpError(400, "invalid_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new HttpError(400, "invalid_input", "Some fields are invalid.", z.flattenError(parsed.error).fieldErrors);
  }
  return parsed.data;
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError) {
    const retryAfterSec = (error.details as { retryAfterSec?: number } | undefined)?.retryAfterSec;
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fields: error.details } },
      { status: error.status, headers: retryAfterSec ? { "retry-after": String(retryAfterSec) } : {} },
    );
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong." } }, { status: 500 });
}

/** What an action needs from the one asking: nobody ("public"), a signed-in user, an instructor,
 *  or a permission from lib/auth/roles.ts. */
export type Access = "public" | "user" | "instructor" | Permission;

export interface RouteSpec<A extends Access, S extends z.ZodType | undefined, P extends z.ZodType | undefined = undefined> {
  auth: A;
  /** The path parameters' schema (e.g. pathParams("id")); a value it refuses is a 404. */
  params?: P;
  /** The JSON body's schema; the handler gets the parsed value. */
  body?: S;
  /** Largest accepted body in bytes (default 64 KiB). */
  bodyLimit?: number;
  /** Only for the hot paths (reviews, quiz answers): the handler compares the token's session
   *  version itself, inside the read of the user row it makes anyway (lib/study/submit-review.ts,
   *  lib/quiz/answer.ts). The token's role is used for the access check: changing a role bumps
   *  the session version, so a token that passes that comparison carries the row's role. */
  sessionCheck?: "in-handler";
  /** Rate limits (lib/throttle/route-limits.ts), counted after the access check; over one is a 429. */
  limit?: readonly RouteLimit[] | ((config: Env) => readonly RouteLimit[]);
}

/** The viewer a handler gets: null only for public actions. With sessionCheck "in-handler" it
 *  carries the token's session version, not yet compared with the row. */
export type ViewerFor<A extends Access> = A extends "public" ? Viewer | null : Viewer & { sessionVersion?: number };

export interface RouteInput<A extends Access, S extends z.ZodType | undefined, P extends z.ZodType | undefined> {
  req: Request;
  viewer: ViewerFor<A>;
  body: S extends z.ZodType ? z.infer<S> : undefined;
  params: P extends z.ZodType ? z.infer<P> : Record<string, never>;
}

/** Path parameters that are ids: 1–64 characters each. */
export function pathParams<K extends string>(...names: K[]) {
  const id = z.string().min(1).max(64);
  return z.object(Object.fromEntries(names.map((n) => [n, id])) as Record<K, typeof id>);
}

/** Marks a handler made by route(), so a test can tell that every route declared its access. */
export const ROUTE_SPEC = Symbol.for("genten.routeSpec");

function unauthenticated(): HttpError {
  return new HttpError(401, "unauthenticated", "Sign in first.");
}

function forbidden(): HttpError {
  return new HttpError(403, "forbidden", "You may not do this.");
}

async function gate<A extends Access>(req: Request, spec: RouteSpec<A, z.ZodType | undefined, z.ZodType | undefined>): Promise<ViewerFor<A>> {
  if (spec.auth === "public") {
    // Signed-in or not; a session cookie is looked at only when there is one.
    const hasCookie = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/.test(req.headers.get("cookie") ?? "");
    return (hasCookie ? await viewerOfRequest(req) : null) as ViewerFor<A>;
  }
  let viewer: (Viewer & { sessionVersion?: number }) | null;
  if (spec.sessionCheck === "in-handler") {
    const token = await decodeSessionToken(req);
    viewer = token && { id: token.id, role: token.role, sessionVersion: token.sessionVersion };
  } else {
    viewer = await viewerOfRequest(req);
  }
  if (!viewer) throw unauthenticated();
  if (spec.auth === "instructor" && viewer.role !== "instructor") throw forbidden();
  if (spec.auth !== "user" && spec.auth !== "instructor" && !can(viewer.role, spec.auth as Permission)) throw forbidden();
  return viewer as ViewerFor<A>;
}

async function enforceLimits(req: Request, viewer: Viewer | null, limits: readonly RouteLimit[], trustProxy: boolean): Promise<void> {
  const waitMs = await checkRouteLimits(db, limits, { accountId: viewer?.id ?? null, address: clientAddress(req.headers, trustProxy) });
  if (waitMs > 0) {
    const retryAfterSec = Math.ceil(waitMs / 1000);
    throw new HttpError(429, "too_many_requests", `Too many requests; try again in ${retryAfterSec} s.`, { retryAfterSec });
  }
}

/** API answers are about someone (or say whether they are signed in): never stored by a shared
 *  cache or kept by the browser. */
function personal(res: Response): Response {
  try {
    res.headers.set("cache-control", "private, no-store");
  } catch {
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers: { ...Object.fromEntries(res.headers), "cache-control": "private, no-store" } });
  }
  return res;
}

/**
 * Declares one action: who may call it, what body it takes, and the handler. Writes from other
 * origins are refused, access is checked before the body is read, and every failure becomes JSON.
 */
export function route<A extends Access, S extends z.ZodType | undefined = undefined, P extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<A, S, P>,
  handler: (input: RouteInput<A, S, P>) => Promise<Response>,
) {
  const wrapped = async (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const config = env();
      assertSameOrigin(req, { publicUrl: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`, trustProxy: config.TRUST_PROXY });
      const viewer = await gate(req, spec);
      if (spec.limit) await enforceLimits(req, viewer, typeof spec.limit === "function" ? spec.limit(config) : spec.limit, config.TRUST_PROXY);
      let params = {} as RouteInput<A, S, P>["params"];
      if (spec.params) {
        const parsed = spec.params.safeParse(ctx?.params ? await ctx.params : {});
        if (!parsed.success) throw new HttpError(404, "not_found", "Not found.");
        params = parsed.data as RouteInput<A, S, P>["params"];
      }
      const body = (spec.body ? await readJson(req, spec.body, spec.bodyLimit) : undefined) as RouteInput<A, S, P>["body"];
      return personal(await handler({ req, viewer, body, params }));
    } catch (error) {
      return personal(errorResponse(error));
    }
  };
  return Object.assign(wrapped, { [ROUTE_SPEC]: spec });
}
