// next-auth's own endpoints (sign-in, sign-out, session, CSRF token): public by nature.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { route } from "@/lib/http/handler";

const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;
const ctxOf = (req: Request) => ({ params: Promise.resolve({ nextauth: new URL(req.url).pathname.split("/").slice(3) }) });

export const GET = route({ auth: "public" }, async ({ req }) => nextAuth(req, ctxOf(req)));
export const POST = route({ auth: "public" }, async ({ req }) => nextAuth(req, ctxOf(req)));
