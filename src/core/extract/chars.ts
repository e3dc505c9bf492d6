/**
 * Character classes by table lookup (much faster than Unicode property regexes in hot loops).
 * The table is filled lazily, one code unit at a time; astral characters fall back to regexes.
 */

export const SPACE = 1;
export const WORD = 2; // letter or digit
export const MARK = 4; // combining mark
export const UPPER = 8;
const KNOWN = 128;

const table = new Uint8Array(0x10000);
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const UPPER_RE = /\p{Lu}/u;
const SPACE_RE = /\s/u;

function classify(ch: string): number {
  return (WORD_RE.test(ch) ? WORD : 0) | (MARK_RE.test(ch) ? MARK : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
}

for (let c = 0; c < 128; c++) {
  let f = 0;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) f = WORD;
  else if (c >= 65 && c <= 90) f = WORD | UPPER;
  else if (c === 32 || (c >= 9 && c <= 13)) f = SPACE;
  table[c] = f | KNOWN;
}

function lookup(c: number): number {
  let f = table[c] as number;
  if (f === 0) {
    f = (c >= 0xd800 && c <= 0xdfff ? 0 : classify(String.fromCharCode(c))) | KNOWN;
    table[c] = f;
  }
  return f;
}

/** Class flags of the character at i; a surrogate pair is classified as a whole. */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return lookup(c) & ~KNOWN;
  const cp = s.codePointAt(i) as number;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : 0;
}

/** A letter or digit at i. */
export function isWordCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classAt(s, i) & WORD) !== 0;
}

/** Whitespace at i. */
export function isSpaceAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (lookup(s.charCodeAt(i)) & SPACE) !== 0;
}
