/** A small tokenizer over a window of the body: words and single punctuation marks. */
import { classAt, MARK, SPACE, UPPER, WORD } from './chars';

export interface Tok {
  /** The token text. */
  t: string;
  /** Lower-cased text. */
  lc: string;
  /** Body offsets. */
  s: number;
  e: number;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** Word-internal characters: letters, digits, marks, apostrophes and hyphens. */
function inWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === APOS || c === RSQUO || c === HYPHEN) return true;
  return (classAt(s, i) & (WORD | MARK)) !== 0;
}

/**
 * Tokens of body.slice(from, to), with absolute offsets. A word is a letter or digit followed by
 * letters, digits, marks, apostrophes and hyphens, and may continue after a full stop that is
 * directly followed by a letter or digit ("Caliber.Az", "U.S"); anything else that is not a
 * space is a one-character token.
 */
export function tokenize(body: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const f = classAt(body, i);
    if (f & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (f & WORD) {
      i += body.charCodeAt(i) >= 0xd800 && body.charCodeAt(i) <= 0xdbff && i + 1 < to ? 2 : 1;
      for (;;) {
        while (i < to && inWord(body, i)) i++;
        if (i + 1 < to && body.charCodeAt(i) === DOT && (classAt(body, i + 1) & WORD) !== 0) {
          i += 2;
          continue;
        }
        break;
      }
      // A trailing lone surrogate half stays outside the token.
      const t = body.slice(start, i);
      out.push({ t, lc: t.toLowerCase(), s: start, e: i, word: true, cap: (f & UPPER) !== 0 });
    } else {
      const c = body.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      const t = body.slice(start, i);
      out.push({ t, lc: t, s: start, e: i, word: false, cap: false });
    }
  }
  return out;
}

/** Strip a possessive ending ("Putin’s" → "Putin"). */
export function stripPossessive(t: string): string {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x27 || last === 0x2019) return t.slice(0, -1);
  if ((last === 0x73 || last === 0x53) && t.length > 2) {
    const before = t.charCodeAt(t.length - 2);
    if (before === 0x27 || before === 0x2019) return t.slice(0, -2);
  }
  return t;
}
