// Liveness, and the bare-route baseline of `npm run bench`: constant JSON, no session, no DB.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ ok: true });
}
