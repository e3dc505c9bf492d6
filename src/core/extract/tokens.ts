/** A small tokenizer over a window of the body: words and single punctuation marks. */
import { classAt, MARK, SPACE, unitClass, UPPER, WORD } from './chars';
import { stripPossessive, wordFlags } from './lexicon';

export { stripPossessive };

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
  /** Word flags of `lc` (lexicon F_*); 0 for punctuation. */
  f: number;
}

const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * Per ASCII code: 1 = word-internal (letter, digit, apostrophe, hyphen), 2 = upper-case letter
 * (which needs lower-casing), 4 = space, 8 = letter or digit.
 */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) ASCII[c] = 1 | 8;
  else if (c >= 65 && c <= 90) ASCII[c] = 1 | 2 | 8;
  else if (c === APOS || c === HYPHEN) ASCII[c] = 1;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = 4;
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
    const c0 = body.charCodeAt(i);
    const f = c0 < 128 ? (ASCII[c0] as number) & 4 ? SPACE : (ASCII[c0] as number) & 8 ? WORD | ((ASCII[c0] as number) & 2 ? UPPER : 0) : 0 : classAt(body, i);
    if (f & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (f & WORD) {
      // Lower-casing is needed only when an upper-case ASCII letter or a non-ASCII unit occurs.
      let needsLower = c0 >= 128 || c0 === 0x2019 || ((ASCII[c0] as number) & 2) !== 0;
      i += c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < to ? 2 : 1;
      for (;;) {
        while (i < to) {
          const c = body.charCodeAt(i);
          if (c < 128) {
            const a = ASCII[c] as number;
            if ((a & 1) === 0) break;
            if (a & 2) needsLower = true;
          } else {
            // Word-internal: a right single quote, or a letter, digit or mark (by code unit;
            // a high surrogate is judged with its pair).
            if (c !== RSQUO && ((c >= 0xd800 && c <= 0xdbff ? classAt(body, i) : unitClass(c)) & (WORD | MARK)) === 0) break;
            needsLower = true;
          }
          i++;
        }
        if (i + 1 < to && body.charCodeAt(i) === DOT && (classAt(body, i + 1) & WORD) !== 0) {
          const d = body.charCodeAt(i + 1);
          if (d >= 128 || ((ASCII[d] as number) & 2) !== 0) needsLower = true;
          i += 2;
          continue;
        }
        break;
      }
      // A trailing lone surrogate half stays outside the token.
      const t = body.slice(start, i);
      const lc = needsLower ? t.toLowerCase() : t;
      out.push({ t, lc, s: start, e: i, word: true, cap: (f & UPPER) !== 0, f: wordFlags(lc) });
    } else {
      i += c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < to && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      const t = body.slice(start, i);
      out.push({ t, lc: t, s: start, e: i, word: false, cap: false, f: 0 });
    }
  }
  return out;
}
