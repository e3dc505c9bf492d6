/** A small tokenizer over a window of the body: words and single punctuation marks. */

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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*(?:\.[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

/** Tokens of body.slice(from, to), with absolute offsets. */
export function tokenize(body: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const s = body.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const word = !(c < 128 ? !/[A-Za-z0-9]/.test(t[0] as string) : !/[\p{L}\p{N}]/u.test(t[0] as string));
    out.push({
      t,
      lc: t.toLowerCase(),
      s: from + m.index,
      e: from + m.index + t.length,
      word,
      cap: word && (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t)),
    });
  }
  return out;
}

/** Strip a possessive ending ("Putin’s" → "Putin"). */
export function stripPossessive(t: string): string {
  return t.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}
