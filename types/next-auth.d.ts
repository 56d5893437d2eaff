import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; sessionVersion: number };
  }
  interface User {
    id: string;
    role: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: Role;
    /** The user's sessionVersion when the token was issued; an older value than the row's is refused. */
    sv?: number;
  }
}
