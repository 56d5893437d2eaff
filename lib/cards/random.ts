// Deterministic hashing and pseudo-randomness. Card keys and every "random" choice
// (distractors, option order, quiz shuffles) derive from strings, so regenerating cards or
// reloading a quiz yields exactly the same result. No Math.random anywhere.

/** cyrb53-style 53-bit string hash with a seed; fast, pure JS, good spread. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable identifier for a list of parts: two independent 53-bit hashes, base 36, so a
 * collision needs ~2^53 keys. Parts are joined with a separator that cannot occur in
 * Japanese text, so ["ab","c"] and ["a","bc"] differ.
 */
export function stableKey(parts: readonly string[]): string {
  const text = parts.join("\u241f");
  const a = hash53(text, 1).toString(36).padStart(11, "0");
  const b = hash53(text, 2).toString(36).padStart(11, "0");
  return a + b;
}

/** A number in [0, 2^32) derived from a string; the seed of a generator. */
export function seedFrom(text: string): number {
  return hash53(text, 7) >>> 0;
}

/** mulberry32: a small, fast generator of floats in [0, 1). */
export function createRng(seed: string | number): () => number {
  let state = typeof seed === "number" ? seed >>> 0 : seedFrom(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array, driven by a seed string. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const rng = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * Orders items by hash(seed, id) — rendezvous hashing. Adding or removing one item leaves
 * the relative order of the others unchanged, which keeps derived groups stable.
 */
export function rankByHash<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, rank: hash53(seed + "\u241f" + idOf(item), 11) }))
    .sort((x, y) => x.rank - y.rank || compareStrings(idOf(x.item), idOf(y.item)))
    .map((x) => x.item);
}

/** Locale-independent string comparison (code units), for deterministic sorts. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
