// Who is asking, as every layer sees it: an id and a role. Route handlers get one from the
// gate (lib/http/handler.ts), pages from requireViewer/requirePermission (lib/auth/session.ts);
// domain functions take it and check ownership.
import type { Role } from "./roles";

export interface Viewer {
  id: string;
  role: Role;
}

/** What the page header shows besides the identity. */
export interface SignedInViewer extends Viewer {
  name: string;
  email: string;
}
