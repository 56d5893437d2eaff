// next-auth's JWT decode derives the encryption key with HKDF and decrypts the token on every
// call: the largest cost of the hot routes after the database (a CPU profile of the review
// route put HKDF alone at ~8 %). The same session cookie arrives with every request of a
// session, so remember what each exact token decrypted to — the token is authenticated
// encryption, so equal strings mean an equal, genuine payload — and still refuse it once it
// expires, as jwtDecrypt would (same 15 s tolerance).
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const MAX_ENTRIES = 5000;
const CLOCK_TOLERANCE_SEC = 15;
const decoded = new Map<string, { secret: JWTDecodeParams["secret"]; salt: string; payload: JWT }>();

export async function cachedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token) return null;
  const salt = params.salt ?? "";
  const hit = decoded.get(token);
  if (hit && hit.secret === secret && hit.salt === salt) {
    const exp = hit.payload.exp;
    if (typeof exp !== "number" || exp + CLOCK_TOLERANCE_SEC > Date.now() / 1000) return hit.payload;
    decoded.delete(token);
    return null;
  }
  const payload = await decode(params);
  if (payload) {
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { secret, salt, payload });
  }
  return payload;
}
