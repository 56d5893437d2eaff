import crypto from "node:crypto";

/** A document's identity by content: the SHA-256 of its raw text. */
export function contentHash(raw: string): string {
  return crypto.createHash("sha256").update(raw).digest("hex");
}
