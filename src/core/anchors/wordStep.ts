export type Edge = 'start' | 'end';
export type Step = 'widen' | 'narrow';

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}'’-]/u.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * Moves one edge of [start, end) by one word in `text`: widening takes in the next word outside
 * the span (with the spaces and punctuation before it), narrowing gives up the outermost word.
 * Returns the span unchanged when it cannot move (text edge, or a single word left).
 */
export function stepBoundary(
  text: string,
  span: { start: number; end: number },
  edge: Edge,
  step: Step,
): { start: number; end: number } {
  let { start, end } = span;
  if (edge === 'end' && step === 'widen') {
    let i = end;
    while (i < text.length && !isWordChar(text[i])) i++;
    while (i < text.length && isWordChar(text[i])) i++;
    // Keep closing punctuation that belongs to the word ("year," / "rise.").
    while (i < text.length && /[.,;:!?)]/.test(text[i]!)) i++;
    end = i;
  } else if (edge === 'start' && step === 'widen') {
    let i = start;
    while (i > 0 && !isWordChar(text[i - 1])) i--;
    while (i > 0 && isWordChar(text[i - 1])) i--;
    start = i;
  } else if (edge === 'end' && step === 'narrow') {
    let i = end;
    while (i > start && !isWordChar(text[i - 1])) i--;
    while (i > start && isWordChar(text[i - 1])) i--;
    while (i > start && (isSpace(text[i - 1]) || !isWordChar(text[i - 1]))) i--;
    if (i > start) end = i;
  } else {
    let i = start;
    while (i < end && !isWordChar(text[i])) i++;
    while (i < end && isWordChar(text[i])) i++;
    while (i < end && !isWordChar(text[i])) i++;
    if (i < end) start = i;
  }
  return { start, end };
}

/** Trims whitespace at both ends of a span, so a selection made by double-click or drag is tidy. */
export function trimSpan(text: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}
