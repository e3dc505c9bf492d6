/**
 * Finds quoted spans in the body, paragraph by paragraph, in all common typographic styles:
 * “…” "…" ‘…’ «…» »…« „…“ „…” ‹…›, with nesting, and quotes running over several paragraphs
 * (re-opened at each paragraph or not).
 */
import type { Paragraph } from './body';
import { isWordCharAt } from './chars';

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

const MARKS = /["“”„‟«»‹›‘’‚‛']/g;
const DOUBLE_MARKS = '"“”„‟«»';

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
function isBlank(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t';
}
/** Characters after which a quote mark opens. */
function opensAfter(c: string | undefined): boolean {
  return c === undefined || isBlank(c) || /[([{—–\-/:;,«“„‘‹"'*_]/.test(c);
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
  const at = (i: number): string | undefined => body[i];

  /** Can the mark at i open a quote (given its neighbours), when nothing or something else is open. */
  const canOpen = (i: number, p: Paragraph): boolean => {
    const ch = body[i] as string;
    const prev = i > p.start ? at(i - 1) : undefined;
    const next = i + 1 < p.end ? at(i + 1) : undefined;
    if (next === undefined) return false;
    switch (ch) {
      case '“':
      case '„':
      case '‟':
      case '«':
      case '‚':
      case '‹':
        return !isBlank(next) || ch === '«' || ch === '‹' || ch === '„';
      case '‘':
        return opensAfter(prev) && !isBlank(next);
      case '"':
      case '”':
      case '»':
      case '›':
        return opensAfter(prev) && !isBlank(next);
      case "'":
        return opensAfter(prev) && isWordChar(next);
      default:
        return false;
    }
  };
  /** Can the mark at i close a quote opened with `open`. */
  const canClose = (i: number, p: Paragraph, open: Open): boolean => {
    const ch = body[i] as string;
    if (!open.closers.includes(ch)) return false;
    const prev = i > p.start ? at(i - 1) : undefined;
    const next = i + 1 < p.end ? at(i + 1) : undefined;
    if (ch === '’' || ch === "'") {
      // An apostrophe inside a word is not a closing mark.
      if (isWordChar(prev) && isWordChar(next)) return false;
      return prev !== undefined && !isBlank(prev);
    }
    if (ch === '"' || ch === '”') return (prev !== undefined && !isBlank(prev)) || isBlank(next);
    return true;
  };
  const isApostrophe = (i: number, p: Paragraph): boolean => {
    const ch = body[i];
    if (ch !== '’' && ch !== "'") return false;
    const prev = i > p.start ? at(i - 1) : undefined;
    const next = i + 1 < p.end ? at(i + 1) : undefined;
    return isWordChar(prev) && isWordChar(next);
  };

  const marksOf = (p: Paragraph): number[] => {
    const out: number[] = [];
    MARKS.lastIndex = 0;
    const s = body.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    while ((m = MARKS.exec(s)) !== null) out.push(p.start + m.index);
    return out;
  };

  const emit = (open: Open, closePos: number, lastPara: number, nested: boolean, endLimit: number): void => {
    let s = open.pos + 1;
    let e = closePos >= 0 ? closePos : endLimit;
    while (s < e && isBlank(at(s))) s++;
    while (e > s && isBlank(at(e - 1))) e--;
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
      const marks = marksOf(p).filter((i) => !isApostrophe(i, p));
      const sameFamily = marks.filter((i) => DOUBLE_MARKS.includes(body[i] as string) !== open.single);
      const first = sameFamily[0];
      if (first === undefined) continue;
      let lead = p.start;
      while (lead < p.end && /[\s—–-]/.test(body[lead] as string)) lead++;
      if (first === lead && canOpen(first, p)) return { para: k, reopen: first };
      if (canClose(first, p, open)) return { para: k, reopen: -1 };
      return null;
    }
    return null;
  };

  let carried: Open | null = null;
  let skipUntil = -1;
  const memo: CloserMemo = { closers: '', found: -1, searchedTo: -1 };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Paragraph;
    const stack: Open[] = carried ? [carried] : [];
    for (const i of marksOf(p)) {
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
          // A top-level single quote needs a proper closing mark later in the paragraph.
          if (!hasCloser(body, i, p.end, closersFor(ch), memo)) continue;
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
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
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
