/** Sentence boundaries inside a paragraph, ignoring full stops inside quotes and abbreviations. */
import { LETTER, SPACE, unitClass, UPPER } from './chars';

const ABBREV = new Set(
  `mr mrs ms dr prof st gen sen rep gov lt col sgt capt jr sr inc corp ltd co no vs etc e.g i.e u.s u.k u.n
  jan feb mar apr jun jul aug sep sept oct nov dec adm maj brig rev fr mt ft approx est dept univ`.split(/\s+/),
);

/** The word after a full stop. */
const NEXT_WORD = /^\s+(\p{L}+)/u;

const SENTENCE_OPENERS = new Set('he she it they we i the a an this that these those but and in on at his her their its there however meanwhile'.split(' '));

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

function isStop(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS;
}

/** Whitespace (`/\s/`) at i; false past the end. */
function spaceAt(body: string, i: number): boolean {
  return i < body.length && (unitClass(body.charCodeAt(i)) & SPACE) !== 0;
}

/** Longest abbreviation in ABBREV: longer words need no look-up. */
const ABBREV_MAX = Math.max(...[...ABBREV].map((w) => w.length));

/** Is the full stop at `i` the end of a sentence? */
export function isSentenceEnd(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c === BANG || c === QUESTION || c === ELLIPSIS) return true;
  if (c !== DOT) return false;
  // The word before the full stop (letters and full stops, by code unit).
  let s = i;
  while (s > 0) {
    const d = body.charCodeAt(s - 1);
    if (d !== DOT && (unitClass(d) & LETTER) === 0) break;
    s--;
  }
  // Lower-casing never shortens a string, so longer words are no abbreviation.
  if (i - s <= ABBREV_MAX && ABBREV.has(body.slice(s, i).toLowerCase())) return false;
  if (i - s === 1 && isSingleLetterLower(body.charCodeAt(s)) && (unitClass(body.charCodeAt(s)) & UPPER) !== 0) {
    // An initial ("J. Smith"), unless a sentence clearly starts after it ("on X. She added").
    const next = NEXT_WORD.exec(body.slice(i + 1, i + 20))?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(next);
  }
  const n = body.charCodeAt(i + 1);
  if (n >= 0x30 && n <= 0x39) return false; // 3.5
  return true;
}

/** The lower case of the letter unit `c` is one letter (as `/^\p{L}$/u` tests it). */
function isSingleLetterLower(c: number): boolean {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 && (unitClass(lower.charCodeAt(0)) & LETTER) !== 0;
}

/** ” " » ’ */
function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0xbb || c === 0x2019;
}

export interface Range {
  start: number;
  end: number;
}

const NO_RANGE: Range = { start: 0, end: 0 };

/**
 * A new, empty Range[] whose elements kind is already that of a filled one: an empty `[]` or
 * `.map()` result has another hidden class, and code optimised for one deoptimises on the
 * other (each time recompiling the large functions inRanges is inlined into).
 */
export function newRanges(): Range[] {
  const r = [NO_RANGE];
  r.pop();
  return r;
}

/** A plain array of the words of a space-separated name (split can return a copy-on-write array). */
export function splitWords(name: string): string[] {
  const out = [''];
  out.pop();
  for (const w of name.split(' ')) out.push(w);
  return out;
}

/**
 * Start of the sentence containing `pos` in the paragraph [paraStart, pos), skipping sentence
 * ends inside the given ranges (quotes).
 */
export function sentenceStart(body: string, paraStart: number, pos: number, skip: Range[]): number {
  // Attribution sits close to the quote: look back a bounded distance (keeps huge
  // unpunctuated paragraphs linear).
  const limit = Math.max(paraStart, pos - MAX_LOOKBACK);
  for (let i = pos - 1; i > limit; i--) {
    const c = body.charCodeAt(i);
    if (isClosingQuote(c) && isStop(body.charCodeAt(i - 1)) && spaceAt(body, i + 1)) {
      // “…in his development.” Another sentence starts here.
      let j = i + 1;
      while (j < pos && spaceAt(body, j)) j++;
      if (j < pos) {
        const d = body.charCodeAt(j);
        if ((unitClass(d) & UPPER) !== 0 || d === 0x201c || d === 0x22 || d === 0xab || d === 0x201e) return j;
      }
      continue;
    }
    if (!isStop(c)) continue;
    if (i + 1 < body.length && !spaceAt(body, i + 1)) continue;
    if (inRanges(skip, i)) continue;
    if (!isSentenceEnd(body, i)) continue;
    let j = i + 1;
    while (j < pos && spaceAt(body, j)) j++;
    return j;
  }
  if (limit === paraStart) return paraStart;
  const space = body.indexOf(' ', limit);
  return space >= 0 && space < pos ? space + 1 : limit;
}

const MAX_LOOKBACK = 600;

/** " ” ’ » ) ] after a sentence's terminal mark. */
function isTrailer(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/** End of the sentence that starts at or contains `pos` (exclusive, after the terminal mark). */
export function sentenceEnd(body: string, pos: number, paraEnd: number, skip: Range[]): number {
  for (let i = pos; i < paraEnd; i++) {
    if (!isStop(body.charCodeAt(i))) continue;
    if (inRanges(skip, i)) continue;
    if (!isSentenceEnd(body, i)) continue;
    let j = i + 1;
    while (j < paraEnd && isTrailer(body.charCodeAt(j))) j++;
    if (j < paraEnd && !spaceAt(body, j)) continue;
    return j;
  }
  return paraEnd;
}

/** Is `i` inside one of the ranges? Ranges must be sorted by start and not overlap. */
export function inRanges(ranges: Range[], i: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as Range;
    if (i < r.start) hi = mid - 1;
    else if (i >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
