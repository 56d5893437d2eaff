// Join codes: 8 characters from an alphabet without look-alikes (0/O, 1/I/L), case-insensitive.
import crypto from "node:crypto";

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  const bytes = crypto.randomBytes(JOIN_CODE_LENGTH);
  return [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join("");
}

/** Upper-cases and drops spaces and hyphens; null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/**
 * The link a learner opens to join, on the app's configured public URL (NEXTAUTH_URL) — never
 * built from the request's Host or X-Forwarded-* headers, which the client controls.
 */
export function joinLink(appUrl: string, code: string): string {
  return new URL(`join/${encodeURIComponent(code)}`, appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}
