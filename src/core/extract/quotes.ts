/**
 * Finds quoted spans in the body, paragraph by paragraph, in all common typographic styles:
 * “…” "…" ‘…’ «…» »…« „…“ „…” ‹…›, with nesting, and quotes running over several paragraphs
 * (re-opened at each paragraph or not).
 */
import type { Paragraph } from './body';
import { isWordCharAt, SPACE, unitClass, WORD } from './chars';

export interface QuoteSpan {
  /** Body offsets of the quoted words (marks and surrounding blanks excluded). */
  start: number;
  end: number;
  /** Body offset of the opening mark and of the closing mark (-1 when never closed). */
  openPos: number;
  closePos: number;
  openChar: string;
  /** Paragraph indices where the quote starts and ends. */
  firstPara: number;
  lastPara: number;
  /** Inside another quote. */
  nested: boolean;
}

interface Open {
  char: string;
  pos: number;
  closers: string;
  single: boolean;
  para: number;
}

const DOUBLE_MARKS = '"“”„‟«»';

/** The marks isMark accepts, to jump from one to the next in native code. */
const MARK = /["'\u2018-\u201f\u00ab\u00bb\u2039\u203a]/g;

/**
 * Finds quote marks in `body` left to right: the first at or after `from`, before `to` (else
 * `to`). The last search's answer is kept, so paragraphs without marks do not each search on to
 * the end of the text.
 */
export function markFinder(body: string): (from: number, to: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from, to) => {
    if (from < searchedFrom || found < from) {
      MARK.lastIndex = from;
      found = MARK.test(body) ? MARK.lastIndex - 1 : body.length;
      searchedFrom = from;
    }
    return found < to ? found : to;
  };
}

/** Quote marks: " “ ” „ ‟ « » ‹ › ‘ ’ ‚ ‛ ' */
export function isMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

/** A letter or digit (by code unit); false outside the string. */
function isWordUnit(c: number): boolean {
  return c === c && (unitClass(c) & WORD) !== 0;
}
/** Space, line break or tab; true outside the paragraph (NaN). */
function isBlankUnit(c: number): boolean {
  return c !== c || c === 32 || c === 10 || c === 9;
}
/** Characters after which a quote mark opens: ( [ { — – - / : ; , « “ „ ‘ ‹ " ' * _ */
function opensAfterUnit(c: number): boolean {
  if (isBlankUnit(c)) return true;
  switch (c) {
    case 0x28: case 0x5b: case 0x7b: case 0x2014: case 0x2013: case 0x2d: case 0x2f: case 0x3a: case 0x3b: case 0x2c:
    case 0xab: case 0x201c: case 0x201e: case 0x2018: case 0x2039: case 0x22: case 0x27: case 0x2a: case 0x5f:
      return true;
    default:
      return false;
  }
}

function closersFor(ch: string): string {
  switch (ch) {
    case '“':
      return '”';
    case '„':
      return '“”';
    case '‟':
      return '”';
    case '«':
      return '»';
    case '»':
      return '«';
    case '"':
      return '"”';
    case '”':
      return '”';
    case '‘':
      return '’';
    case '‚':
      return '‘’';
    case '‹':
      return '›';
    case '›':
      return '‹';
    case "'":
      return "'’";
    default:
      return '';
  }
}

export function findQuotes(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  /** The code unit at i inside paragraph p, NaN outside it. */
  const unitIn = (i: number, p: Paragraph): number => (i >= p.start && i < p.end ? body.charCodeAt(i) : Number.NaN);

  /** Can the mark at i open a quote (given its neighbours), when nothing or something else is open. */
  const canOpen = (i: number, p: Paragraph): boolean => {
    const c = body.charCodeAt(i);
    const prev = i > p.start ? body.charCodeAt(i - 1) : Number.NaN;
    const next = i + 1 < p.end ? body.charCodeAt(i + 1) : Number.NaN;
    if (next !== next) return false;
    switch (c) {
      case 0x201c: // “
      case 0x201e: // „
      case 0x201f: // ‟
      case 0xab: // «
      case 0x201a: // ‚
      case 0x2039: // ‹
        return !isBlankUnit(next) || c === 0xab || c === 0x2039 || c === 0x201e;
      case 0x2018: // ‘
      case 0x22: // "
      case 0x201d: // ”
      case 0xbb: // »
      case 0x203a: // ›
        return opensAfterUnit(prev) && !isBlankUnit(next);
      case 0x27: // '
        return opensAfterUnit(prev) && isWordUnit(next);
      default:
        return false;
    }
  };
  /** Can the mark at i close a quote opened with `open`. */
  const canClose = (i: number, p: Paragraph, open: Open): boolean => {
    const ch = body[i] as string;
    if (!open.closers.includes(ch)) return false;
    const c = body.charCodeAt(i);
    const prev = i > p.start ? body.charCodeAt(i - 1) : Number.NaN;
    const next = i + 1 < p.end ? body.charCodeAt(i + 1) : Number.NaN;
    if (c === 0x2019 || c === 0x27) {
      // An apostrophe inside a word is not a closing mark.
      if (isWordUnit(prev) && isWordUnit(next)) return false;
      return prev === prev && !isBlankUnit(prev);
    }
    if (c === 0x22 || c === 0x201d) return (prev === prev && !isBlankUnit(prev)) || isBlankUnit(next);
    return true;
  };
  const isApostrophe = (i: number, p: Paragraph): boolean => {
    const c = body.charCodeAt(i);
    if (c !== 0x2019 && c !== 0x27) return false;
    return isWordUnit(unitIn(i - 1, p)) && isWordUnit(unitIn(i + 1, p));
  };

  const emit = (open: Open, closePos: number, lastPara: number, nested: boolean, endLimit: number): void => {
    let s = open.pos + 1;
    let e = closePos >= 0 ? closePos : endLimit;
    while (s < e && isBlankUnit(body.charCodeAt(s))) s++;
    while (e > s && isBlankUnit(body.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    spans.push({
      start: s,
      end: e,
      openPos: open.pos,
      closePos,
      openChar: open.char,
      firstPara: open.para,
      lastPara,
      nested,
    });
  };

  /**
   * An outer quote is still open at the end of paragraph `pi`: does it go on? Returns the
   * paragraph where it resumes and the position of a re-opening mark there (-1 if none).
   */
  const continuation = (pi: number, open: Open): { para: number; reopen: number } | null => {
    for (let k = pi + 1; k < paragraphs.length && k <= pi + 12; k++) {
      const p = paragraphs[k] as Paragraph;
      // The first mark of the same family (double or single) that is not an apostrophe.
      let first = -1;
      for (let i = p.start; i < p.end; i++) {
        if (!isMark(body.charCodeAt(i)) || isApostrophe(i, p)) continue;
        if (DOUBLE_MARKS.includes(body[i] as string) !== open.single) {
          first = i;
          break;
        }
      }
      if (first < 0) continue;
      if (first === leadOf(body, p) && canOpen(first, p)) return { para: k, reopen: first };
      if (canClose(first, p, open)) return { para: k, reopen: -1 };
      return null;
    }
    return null;
  };

  const nextMark = markFinder(body);
  /** The paragraph's lead (where its text starts), worked out once per paragraph. */
  let leadPara = -1;
  let lead = -1;
  /**
   * A single quote mark at i opens paragraph pi, the next paragraph opens with the same mark, and
   * it is no elision ("‘80s", "‘Tis"): a quote over paragraphs, British style (‘… ¶ ‘… ’).
   */
  const opensSingleRun = (i: number, pi: number, mark: string): boolean => {
    if (leadPara !== pi) {
      leadPara = pi;
      lead = leadOf(body, paragraphs[pi] as Paragraph);
    }
    if (i !== lead || ELISION.test(body.slice(i + 1, i + 6))) return false;
    const next = paragraphs[pi + 1];
    return next !== undefined && body[leadOf(body, next)] === mark;
  };
  let carried: Open | null = null;
  let skipUntil = -1;
  const memo: CloserMemo = { closers: '', found: -1, searchedTo: -1 };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Paragraph;
    const stack: Open[] = carried ? [carried] : [];
    for (let i = nextMark(p.start, p.end); i < p.end; i = nextMark(i + 1, p.end)) {
      if (i <= skipUntil) continue;
      if (isApostrophe(i, p)) continue;
      const ch = body[i] as string;
      const top = stack[stack.length - 1];
      if (top && canClose(i, p, top)) {
        stack.pop();
        emit(top, i, pi, stack.length > 0, p.end);
        continue;
      }
      if (stack.length < 4 && canOpen(i, p)) {
        const single = !DOUBLE_MARKS.includes(ch);
        if (single && stack.length === 0) {
          // A top-level single quote needs a proper closing mark later in the paragraph, unless it
          // opens the paragraph and the next one opens with it again (British style: ‘… ¶ ‘… ’).
          if (!hasCloser(body, i, p.end, closersFor(ch), memo) && !opensSingleRun(i, pi, ch)) continue;
        }
        stack.push({ char: ch, pos: i, closers: closersFor(ch), single, para: pi });
      }
    }
    carried = null;
    skipUntil = -1;
    const bottom = stack[0];
    if (!bottom) continue;
    const cont = continuation(pi, bottom);
    if (cont) {
      carried = bottom;
      skipUntil = cont.reopen;
      pi = cont.para - 1;
    } else if (!bottom.single && bottom.char !== '"' && bottom.char !== '”') {
      // Never closed: take it to the end of its paragraph (a missing closing mark).
      emit(bottom, -1, pi, false, p.end);
    }
  }
  addBlockquotes(body, paragraphs, spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

/** A blockquote's words start with a letter or a quote mark. */
const BLOCKQUOTE_START = /^["“‘«„'\p{L}]/u;

/**
 * Markdown and e-mail blockquotes: a paragraph opened by ">" quotes its words without quote marks
 * ("As Tamar Beridze put it:" ¶ "> The problem with Anaklia …"). Quotes inside one become nested.
 */
function addBlockquotes(body: string, paragraphs: Paragraph[], spans: QuoteSpan[]): void {
  const added: QuoteSpan[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Paragraph;
    if (body.charCodeAt(p.start) !== 0x3e) continue; // ">"
    let start = p.start + 1;
    while (start < p.end && isBlankUnit(body.charCodeAt(start))) start++;
    let end = p.end;
    while (end > start && isBlankUnit(body.charCodeAt(end - 1))) end--;
    // Words, not "> 50 households" (more than) or ">>" (a reply quoted twice).
    if (end - start < 2 || !BLOCKQUOTE_START.test(body.slice(start, start + 2))) continue;
    added.push({ start, end, openPos: p.start, closePos: -1, openChar: '>', firstPara: pi, lastPara: pi, nested: false });
  }
  if (added.length === 0) return;
  // Quotes inside a blockquote are nested in it (the blockquotes are in text order: a binary
  // search finds the last one starting at or before each quote).
  for (const q of spans) {
    let lo = 0;
    let hi = added.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((added[mid] as QuoteSpan).start <= q.start) lo = mid + 1;
      else hi = mid;
    }
    const b = added[lo - 1];
    if (b && q.end <= b.end) q.nested = true;
  }
  spans.push(...added);
}

/** Where a paragraph's text starts, after blanks and dashes. */
function leadOf(body: string, p: Paragraph): number {
  let lead = p.start;
  while (lead < p.end && isLeadBlank(body.charCodeAt(lead))) lead++;
  return lead;
}

/** Words an apostrophe opens, and figures: "‘Tis", "‘Twas", "‘em", "‘80s". */
const ELISION = /^(?:\d|(?:tis|twas|twill|em|cause|til)\b)/i;

/** `/[\s—–-]/`: whitespace or a dash before a paragraph's first quote mark. */
function isLeadBlank(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2d || (unitClass(c) & SPACE) !== 0;
}

/** Where the last search for a closing mark ended, so repeated searches stay linear. */
interface CloserMemo {
  closers: string;
  found: number;
  searchedTo: number;
}

/** A closing mark within reach (a single-quoted passage is short; bounded to stay linear). */
function hasCloser(body: string, from: number, to: number, closers: string, memo: CloserMemo): boolean {
  const end = Math.min(to, from + 1500);
  let i = from + 1;
  if (memo.closers === closers) {
    if (memo.found > from && memo.found < end) return true;
    // Nothing was found up to searchedTo: continue from there.
    if (memo.found < 0 && memo.searchedTo > i) i = memo.searchedTo;
  }
  memo.closers = closers;
  for (; i < end; i++) {
    const c = body[i] as string;
    if (closers.includes(c) && !isWordCharAt(body, i + 1)) {
      memo.found = i;
      memo.searchedTo = i;
      return true;
    }
  }
  memo.found = -1;
  memo.searchedTo = Math.max(end, from + 1);
  return false;
}
