// The main navigation. `signedIn`: shown only to signed-in users; `instructor`: only to instructors.
export const NAV_ITEMS = [
  { href: "/", key: "home" },
  { href: "/documents", key: "documents" },
  { href: "/timeline", key: "timeline" },
  { href: "/positions", key: "positions" },
  { href: "/sets", key: "sets" },
  { href: "/study", key: "study", signedIn: true },
  { href: "/dashboard", key: "dashboard", signedIn: true },
  { href: "/quizzes", key: "quizzes", signedIn: true },
  { href: "/classes", key: "classes", signedIn: true },
] as const;
