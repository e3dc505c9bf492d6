/** Sentence boundaries inside a paragraph, ignoring full stops inside quotes and abbreviations. */

const ABBREV = new Set(
  `mr mrs ms dr prof st gen sen rep gov lt col sgt capt jr sr inc corp ltd co no vs etc e.g i.e u.s u.k u.n
  jan feb mar apr jun jul aug sep sept oct nov dec adm maj brig rev fr mt ft approx est dept univ`.split(/\s+/),
);

const SENTENCE_OPENERS = new Set('he she it they we i the a an this that these those but and in on at his her their its there however meanwhile'.split(' '));

/** Is the full stop at `i` the end of a sentence? */
export function isSentenceEnd(body: string, i: number): boolean {
  const c = body[i];
  if (c === '!' || c === '?' || c === '…') return true;
  if (c !== '.') return false;
  // The word before the full stop.
  let s = i;
  while (s > 0 && /[\p{L}.]/u.test(body[s - 1] as string)) s--;
  const word = body.slice(s, i).toLowerCase();
  if (ABBREV.has(word)) return false;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(body[s] as string)) {
    // An initial ("J. Smith"), unless a sentence clearly starts after it ("on X. She added").
    const next = /^\s+(\p{L}+)/u.exec(body.slice(i + 1, i + 20))?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(next);
  }
  if (/^\d$/.test(body[i + 1] ?? '')) return false; // 3.5
  return true;
}

const CLOSING_QUOTE = /[”"»’]/;

export interface Range {
  start: number;
  end: number;
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
    const c = body[i] as string;
    if (CLOSING_QUOTE.test(c) && /[.!?…]/.test(body[i - 1] as string) && /\s/.test(body[i + 1] ?? '')) {
      // “…in his development.” Another sentence starts here.
      let j = i + 1;
      while (j < pos && /\s/.test(body[j] as string)) j++;
      if (j < pos && /[\p{Lu}“"«„]/u.test(body[j] as string)) return j;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (!/\s/.test(body[i + 1] ?? ' ')) continue;
    if (inRanges(skip, i)) continue;
    if (!isSentenceEnd(body, i)) continue;
    let j = i + 1;
    while (j < pos && /\s/.test(body[j] as string)) j++;
    return j;
  }
  if (limit === paraStart) return paraStart;
  const space = body.indexOf(' ', limit);
  return space >= 0 && space < pos ? space + 1 : limit;
}

const MAX_LOOKBACK = 600;

/** End of the sentence that starts at or contains `pos` (exclusive, after the terminal mark). */
export function sentenceEnd(body: string, pos: number, paraEnd: number, skip: Range[]): number {
  for (let i = pos; i < paraEnd; i++) {
    const c = body[i] as string;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (inRanges(skip, i)) continue;
    if (!isSentenceEnd(body, i)) continue;
    let j = i + 1;
    while (j < paraEnd && /["”’»)\]]/.test(body[j] as string)) j++;
    if (j < paraEnd && !/\s/.test(body[j] as string)) continue;
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
