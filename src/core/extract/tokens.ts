/** A small tokenizer over a window of the body: words and single punctuation marks. */
import { classAt, MARK, SPACE, unitClass, UPPER, WORD } from './chars';
import { asciiWordFlags, stripPossessive, WORD_HASH_SEED, wordFlags, wordHashStep } from './lexicon';

export { stripPossessive };

export class Tok {
  /** The token text. */
  readonly t: string;
  /** Body offsets. */
  readonly s: number;
  readonly e: number;
  readonly word: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Word flags of `lc` (lexicon F_*); 0 for punctuation. */
  readonly f: number;
  /** The lower case, made on first use (most tokens never need it). */
  private lower: string | null;

  constructor(t: string, lower: string | null, s: number, e: number, word: boolean, cap: boolean, f: number) {
    this.t = t;
    this.lower = lower;
    this.s = s;
    this.e = e;
    this.word = word;
    this.cap = cap;
    this.f = f;
  }

  /** Lower-cased text. */
  get lc(): string {
    let l = this.lower;
    if (l === null) {
      l = this.t.toLowerCase();
      this.lower = l;
    }
    return l;
  }
}

const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * Per ASCII code: 1 = word-internal (letter, digit, apostrophe, hyphen), 2 = upper-case letter,
 * 4 = space, 8 = letter or digit.
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
 * space is a one-character token. ASCII words are looked up in the lexicon from a hash folded
 * while they are read; others through their lower case.
 */
export function tokenize(body: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c0 = body.charCodeAt(i);
    const a0 = c0 < 128 ? (ASCII[c0] as number) : 0;
    const f = c0 < 128 ? (a0 & 4 ? SPACE : a0 & 8 ? WORD | (a0 & 2 ? UPPER : 0) : 0) : classAt(body, i);
    if (f & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (f & WORD) {
      let ascii = c0 < 128;
      let hasUpper = (a0 & 2) !== 0;
      let h = ascii ? wordHashStep(WORD_HASH_SEED, hasUpper ? c0 + 32 : c0) : 0;
      i += c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < to ? 2 : 1;
      for (;;) {
        while (i < to) {
          const c = body.charCodeAt(i);
          if (c < 128) {
            const a = ASCII[c] as number;
            if ((a & 1) === 0) break;
            if (a & 2) {
              hasUpper = true;
              h = wordHashStep(h, c + 32);
            } else h = wordHashStep(h, c);
          } else {
            // Word-internal: a right single quote, or a letter, digit or mark (by code unit;
            // a high surrogate is judged with its pair).
            if (c !== RSQUO && ((c >= 0xd800 && c <= 0xdbff ? classAt(body, i) : unitClass(c)) & (WORD | MARK)) === 0) break;
            ascii = false;
          }
          i++;
        }
        if (i + 1 < to && body.charCodeAt(i) === DOT && (classAt(body, i + 1) & WORD) !== 0) {
          const d = body.charCodeAt(i + 1);
          if (d >= 128) ascii = false;
          else {
            h = wordHashStep(h, DOT);
            if (((ASCII[d] as number) & 2) !== 0) {
              hasUpper = true;
              h = wordHashStep(h, d + 32);
            } else h = wordHashStep(h, d);
          }
          i += 2;
          continue;
        }
        break;
      }
      // A trailing lone surrogate half stays outside the token.
      const t = body.slice(start, i);
      if (ascii) {
        out.push(new Tok(t, hasUpper ? null : t, start, i, true, (f & UPPER) !== 0, asciiWordFlags(body, start, i, h)));
      } else {
        const lc = t.toLowerCase();
        out.push(new Tok(t, lc, start, i, true, (f & UPPER) !== 0, wordFlags(lc)));
      }
    } else {
      i += c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < to && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      const t = body.slice(start, i);
      out.push(new Tok(t, t, start, i, false, false, 0));
    }
  }
  return out;
}
