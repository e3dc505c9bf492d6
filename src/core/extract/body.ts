/**
 * The cleaned body: kept blocks joined by blank lines, with a map from body offsets back to
 * the normalised text.
 */
import type { Block } from './blocks';

export interface Paragraph {
  /** Offsets in the body. */
  start: number;
  end: number;
  /** Offset of the same content in the normalised text. */
  normStart: number;
  /** Index of the block it came from. */
  block: number;
}

export interface Body {
  text: string;
  paragraphs: Paragraph[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function buildBody(blocks: Block[], keep: (i: number) => boolean): Body {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!keep(i)) continue;
    const b = blocks[i] as Block;
    if (parts.length > 0) {
      parts.push(PARAGRAPH_SEPARATOR);
      pos += PARAGRAPH_SEPARATOR.length;
    }
    parts.push(b.text);
    paragraphs.push({ start: pos, end: pos + b.text.length, normStart: b.start, block: i });
    pos += b.text.length;
  }
  return { text: parts.join(''), paragraphs };
}

/** Index of the paragraph containing body offset `pos` (or the one before a separator). */
export function paragraphAt(paragraphs: Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as Paragraph).start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Normalised-text offset of a body offset that lies inside (or at the end of) a paragraph. */
export function bodyToNorm(paragraphs: Paragraph[], pos: number, isEnd: boolean): number {
  let idx = paragraphAt(paragraphs, pos);
  if (idx < 0) return 0;
  let p = paragraphs[idx] as Paragraph;
  if (pos > p.end) {
    // Inside a separator: an end maps to the end of this paragraph, a start to the next one.
    if (isEnd) return p.normStart + (p.end - p.start);
    idx++;
    p = paragraphs[idx] ?? p;
    return p.normStart;
  }
  return p.normStart + (pos - p.start);
}
