// A document's identity: sha256 of its raw text, so the same document is never stored twice.
// Its own module so the web server can check duplicates without importing extraction.
import crypto from "node:crypto";

export function contentHash(raw: string): string {
  return crypto.createHash("sha256").update(raw).digest("hex");
}
