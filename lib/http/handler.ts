// Thin route handlers: parse the body with a zod schema at the boundary (size-capped),
// run one domain operation, and turn HttpError/ZodError into clear JSON errors.
import { NextResponse } from "next/server";
import { z } from "zod";
import { HttpError } from "./errors";

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
    return NextResponse.json({ error: { code: error.code, message: error.message, fields: error.details } }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong." } }, { status: 500 });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another origin (the session
 * cookie is SameSite=Lax, which still lets same-site pages on other ports or subdomains
 * send it). Requests without an Origin header (not from a browser page) pass.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    /* "null" or garbage: not our origin */
  }
  const ours = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host || host !== ours) throw new HttpError(403, "cross_origin", "Requests from other sites are refused.");
}

/** Wraps a route handler: a same-origin check for writes, and every failure as JSON. */
export function route<C>(fn: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      assertSameOrigin(req);
      return await fn(req, ctx);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
