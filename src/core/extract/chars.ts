/**
 * Character classes by table lookup (much faster than Unicode property regexes in hot loops).
 * The table is filled lazily, one code unit at a time; astral characters fall back to regexes.
 */

export const SPACE = 1;
export const WORD = 2; // letter or digit
export const MARK = 4; // combining mark
export const UPPER = 8;
export const LETTER = 16; // \p{L}
export const LOWER = 32; // \p{Ll}
const KNOWN = 128;

const table = new Uint8Array(0x10000);
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const UPPER_RE = /\p{Lu}/u;
const LETTER_RE = /\p{L}/u;
const LOWER_RE = /\p{Ll}/u;
const SPACE_RE = /\s/u;

function classify(ch: string): number {
  return (
    (WORD_RE.test(ch) ? WORD : 0) |
    (MARK_RE.test(ch) ? MARK : 0) |
    (UPPER_RE.test(ch) ? UPPER : 0) |
    (SPACE_RE.test(ch) ? SPACE : 0) |
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (LOWER_RE.test(ch) ? LOWER : 0)
  );
}

for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 48 && c <= 57) f = WORD;
  else if (c >= 97 && c <= 122) f = WORD | LETTER | LOWER;
  else if (c >= 65 && c <= 90) f = WORD | UPPER | LETTER;
  else if (c === 32 || (c >= 9 && c <= 13)) f = SPACE;
  table[c] = f | KNOWN;
}

/** Class flags of one UTF-16 code unit (a surrogate half has none). */
export function unitClass(c: number): number {
  return lookup(c) & ~KNOWN;
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

/** A letter (\p{L}) at i, judged by the code unit alone (as `/\p{L}/u.test(s[i])` does). */
export function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (lookup(s.charCodeAt(i)) & LETTER) !== 0;
}

/** Whitespace at i. */
export function isSpaceAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (lookup(s.charCodeAt(i)) & SPACE) !== 0;
}

/** Whitespace (as `/\s/` tests one code unit). */
export function isSpaceUnit(c: number): boolean {
  return (lookup(c) & SPACE) !== 0;
}

/** End of s[from, to) without trailing whitespace (what `trimEnd` keeps). */
export function trimEndIndex(s: string, from: number, to: number): number {
  let e = to;
  while (e > from && (lookup(s.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  return e;
}

/**
 * `/[.!?…]["”’»)]*$/` on s[from, to): a sentence mark, then only closing quotes or brackets.
 */
export function endsWithSentenceMark(s: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29) i--;
    else break;
  }
  if (i < from) return false;
  const c = s.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * `s.slice(start, end).replace(/\s+/g, ' ')`, without the regex when there is nothing to collapse
 * (no whitespace but single spaces).
 */
export function sliceCollapsed(s: string, start: number, end: number): string {
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((lookup(c) & SPACE) === 0) {
      prevSpace = false;
      continue;
    }
    if (c !== 32 || prevSpace) return s.slice(start, end).replace(/\s+/g, ' ');
    prevSpace = true;
  }
  return s.slice(start, end);
}
