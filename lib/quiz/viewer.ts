// Who is asking, as the domain functions need it: an id and a role (from the session).
import type { Role } from "@/lib/auth/roles";

export interface Viewer {
  id: string;
  role: Role;
}
