// next-auth 4 configuration: email + password, JWT sessions carrying id and role.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/throttle/client-address";
import { isRole } from "./roles";
import { verifyCredentials } from "./verify-credentials";
import { endSessions } from "./end-sessions";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

/** The message a throttled sign-in carries; the form shows when to try again. */
export const THROTTLED_PREFIX = "throttled:";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials(db, { ...parsed.data, address: clientAddress(req?.headers, env().TRUST_PROXY) });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${Math.ceil(result.retryAfterMs / 1000)}`);
        return null; // one message for either wrong part
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = isRole(user.role) ? user.role : "learner";
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.id;
        session.user.role = token.role;
        session.user.sessionVersion = token.sv ?? 0;
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account, not just this browser's cookie: a copied
    // or stolen token stops working too.
    async signOut({ token }) {
      if (token?.id) await endSessions(db, token.id);
    },
  },
};
