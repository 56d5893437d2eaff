// The message namespaces: one file each in messages/<locale>/ (i18n/messages.ts merges them).
// Client components get only the namespaces they use (i18n/client-messages.tsx).
export const NAMESPACES = [
  "apiErrors", "assignments", "auth", "cardQuestion", "classes", "common", "dashboard", "documents", "fsrs", "gradebook",
  "home", "jobs", "nav", "positions", "quiz", "reader", "sets", "settings", "study", "timeline", "upload",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The given namespaces of a locale's merged messages; a namespace it lacks is a programming error. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly Namespace[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const ns of namespaces) {
    if (!(ns in messages)) throw new Error(`no message namespace "${ns}"`);
    picked[ns] = messages[ns];
  }
  return picked;
}
