/**
 * Splits normalised text into blocks: one block per line for web-style text (one paragraph per
 * line), or one block per blank-line-separated paragraph when the text is hard-wrapped.
 */

export interface Block {
  /** Offsets of the trimmed content in the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Number of whitespace-separated words. */
  words: number;
  /** Letters by script (see boilerplate.ts), counted in the same pass as the words. */
  latin: number;
  cyrillic: number;
  otherScript: number;
}

interface Line {
  start: number;
  end: number;
}

function isBlankish(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11;
}

function trimLine(text: string, start: number, end: number): Line {
  let s = start;
  let e = end;
  while (s < e && isBlankish(text.charCodeAt(s))) s++;
  while (e > s && isBlankish(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function countWords(s: string): number {
  return countWordsIn(s, 0, s.length);
}

/** countWords(s.slice(start, end)) without the slice. */
export function countWordsIn(s: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Lines that look wrapped: mid-length and followed by a line starting in lower case. */
function looksHardWrapped(text: string, lines: Line[]): boolean {
  let pairs = 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as Line;
    const b = lines[i + 1] as Line;
    if (a.end === a.start || b.end === b.start) continue;
    pairs++;
    const len = a.end - a.start;
    const first = text[b.start] ?? '';
    if (len >= 30 && len <= 100 && first !== first.toUpperCase()) wrapped++;
  }
  return wrapped >= 3 && wrapped >= pairs * 0.3;
}

export function splitBlocks(text: string): Block[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push(trimLine(text, pos, nl));
    pos = nl + 1;
  }
  const blocks: Block[] = [];
  const push = (start: number, end: number): void => {
    const t = text.slice(start, end);
    // Words (runs without space, newline or tab) and letters by script, in one pass.
    let words = 0;
    let inWord = false;
    let latin = 0;
    let cyrillic = 0;
    let otherScript = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const space = c === 32 || c === 10 || c === 9;
      if (!space && !inWord) words++;
      inWord = !space;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
      else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
      else if (c > 0x2af && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000) otherScript++;
    }
    blocks.push({ start, end, text: t, words, latin, cyrillic, otherScript });
  };
  if (!looksHardWrapped(text, lines)) {
    for (const l of lines) if (l.end > l.start) push(l.start, l.end);
    return blocks;
  }
  let open: Line | null = null;
  for (const l of lines) {
    if (l.end === l.start) {
      if (open) push(open.start, open.end);
      open = null;
    } else if (open) {
      open.end = l.end;
    } else {
      open = { start: l.start, end: l.end };
    }
  }
  if (open) push(open.start, open.end);
  return blocks;
}
