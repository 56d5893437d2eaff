// Puts interleaved columns back in reading order. A text piece that stops mid-sentence continues with
// a piece that starts mid-sentence; which one is decided by evidence, strongest first:
//  1. a word split across the break that occurs whole elsewhere in the document (金党委|員長, 取|り組む);
//  2. a piece starting with a particle (の, に …) after a piece ending in a word;
//  3. a piece ending at a comma continues with a piece starting a clause;
// ties go to the nearest piece, preferring one that follows.

import { visibleText } from "./ruby";

export interface TextPiece {
  /** Position in document order. */
  order: number;
  /** Marked text of the piece (lines already joined). */
  text: string;
  startsMid: boolean;
  endsMid: boolean;
}

const WORD_CHAR = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
/** Hiragana words that can open a sentence or clause, unlike particles and verb endings. */
const CLAUSE_OPENERS = /^(?:その|この|あの|これ|それ|あれ|こう|そう|しかし|また|さらに|なお|ただ|そして|つまり|すなわち|ところが|いずれ|いわゆる|もっとも|あるいは|および|まず|すでに|ほぼ|かつ|むしろ|やがて|いまだ|どの|なぜ)/;
const COMMA_END = /[，、,]$/;

/** Substring lookup through a bigram index, so that long documents stay linear-ish. */
function substringIndex(corpus: string): (s: string) => boolean {
  const positions = new Map<string, number[]>();
  for (let i = 0; i + 1 < corpus.length; i++) {
    const bigram = corpus.slice(i, i + 2);
    const list = positions.get(bigram);
    if (list) list.push(i);
    else positions.set(bigram, [i]);
  }
  const memo = new Map<string, boolean>();
  return (s) => {
    let found = memo.get(s);
    if (found === undefined) {
      found = (positions.get(s.slice(0, 2)) ?? []).some((i) => corpus.startsWith(s, i));
      memo.set(s, found);
    }
    return found;
  };
}

/** Longest string crossing the break (≥1 word character on each side) that occurs elsewhere in the corpus. */
function splitWordEvidence(left: string, right: string, occurs: (s: string) => boolean): number {
  let best = 0;
  for (let l = 1; l <= Math.min(4, left.length); l++) {
    const tail = left.slice(-l);
    if (!WORD_CHAR.test(tail)) continue;
    for (let r = 1; r <= Math.min(4, right.length); r++) {
      const head = right.slice(0, r);
      if (!WORD_CHAR.test(head)) continue;
      if (l + r <= best || l + r < 2) continue;
      if (occurs(tail + head)) best = l + r;
    }
  }
  return best;
}

/** Columns interleave within a page or two: a continuation is looked for this many pieces away at most. */
const MAX_PIECE_DISTANCE = 16;

interface Candidate {
  from: number;
  to: number;
  tier: number;
  evidence: number;
  distance: number;
}

/**
 * Links pieces into chains. Returns, for each piece index, the index of the piece that continues it
 * (or -1). `corpus` is the visible text of the whole document with pieces kept apart.
 */
export function linkContinuations(pieces: TextPiece[], corpus: string): number[] {
  const next = pieces.map(() => -1);
  const prev = pieces.map(() => -1);
  const candidates: Candidate[] = [];
  const occurs = substringIndex(corpus);
  pieces.forEach((end, from) => {
    if (!end.endsMid) return;
    const left = visibleText(end.text);
    const lastChar = left.at(-1) ?? "";
    pieces.forEach((start, to) => {
      if (to === from || !start.startsMid || Math.abs(to - from) > MAX_PIECE_DISTANCE) return;
      const right = visibleText(start.text).replace(/^[ 　]+/, "");
      const firstChar = right[0] ?? "";
      const dependent = HIRAGANA.test(firstChar) && !CLAUSE_OPENERS.test(right);
      const commaEnd = COMMA_END.test(left);
      const evidence = WORD_CHAR.test(lastChar) ? splitWordEvidence(left, right, occurs) : 0;
      let tier: number;
      if (evidence >= 2 && !commaEnd) tier = 3;
      else if (dependent && !commaEnd) tier = 2;
      else if (commaEnd && !dependent) tier = 1;
      else tier = 0;
      const gap = to - from;
      const distance = gap > 0 ? gap : -gap * 1.5;
      candidates.push({ from, to, tier, evidence, distance });
    });
  });
  candidates.sort((a, b) => b.tier - a.tier || b.evidence - a.evidence || a.distance - b.distance || a.from - b.from);
  for (const c of candidates) {
    if (c.tier === 0) continue;
    if (next[c.from] !== -1 || prev[c.to] !== -1) continue;
    if (reaches(next, c.to, c.from)) continue;
    next[c.from] = c.to;
    prev[c.to] = c.from;
  }
  return next;
}

function reaches(next: number[], from: number, target: number): boolean {
  for (let at = from, steps = 0; at !== -1 && steps <= next.length; at = next[at]!, steps++) {
    if (at === target) return true;
  }
  return false;
}
