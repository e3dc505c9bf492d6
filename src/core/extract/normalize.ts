/**
 * Text normalisation with an offset map back to the original text.
 *
 * `normalizeText` is the identity used for content hashes. `buildNormalized` does the same
 * character-level clean-up (without trimming) and remembers, for every position of the
 * normalised text, the position in the raw text it came from, so that claims found in the
 * clean text can be anchored in the original.
 */

const BOM = 0xfeff;
/** Spaces that render like a space: NBSP, narrow NBSP, figure space. */
const SPACE_LIKE = /[\u00a0\u202f\u2007]/g;
const DROPPED = new Set([0x200b, 0x00ad, 0xfeff]);

/** The identity of an article's content: BOM stripped, CRLF/CR → LF, NFC, NBSP → space, trimmed. */
export function normalizeText(raw: string): string {
  const noBom = raw.charCodeAt(0) === BOM ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC').replace(SPACE_LIKE, ' ').trim();
}

export interface NormalizedText {
  /** Normalised text (not trimmed). */
  text: string;
  /** Raw offset of normalised offset `i` (0 ≤ i ≤ text.length); monotonic. */
  toRaw(i: number): number;
}

function isSpaceLike(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2007;
}

/**
 * Per code unit, lazily: 1 = checked, 2 = "NFC-safe": not a surrogate, not a combining mark,
 * not a Hangul jamo, and unchanged by NFC on its own. No character composes with, or is
 * reordered around, a safe one, so a text made only of safe units is already in NFC.
 */
const nfcSafe = new Uint8Array(0x10000);
const MARK_RE = /\p{M}/u;

function isNfcSafe(c: number): boolean {
  let v = nfcSafe[c] as number;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const ok = !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0x1100 && c <= 0x11ff) && !MARK_RE.test(ch) && ch.normalize('NFC') === ch;
    v = ok ? 3 : 1;
    nfcSafe[c] = v;
  }
  return v === 3;
}

export function buildNormalized(raw: string): NormalizedText {
  const skip = raw.charCodeAt(0) === BOM ? 1 : 0;
  // One scan instead of a regex, a full NFC pass and a replace over the whole text.
  let care = false;
  let nfcUnsure = false;
  let spaceLike = false;
  for (let i = skip; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if (c === 13) care = true;
      continue;
    }
    if (c === 0x200b || c === 0x00ad || c === BOM) care = true;
    else if (isSpaceLike(c)) spaceLike = true;
    if (!nfcUnsure && !isNfcSafe(c)) nfcUnsure = true;
  }
  if (!care) {
    const rest = skip ? raw.slice(1) : raw;
    if (!nfcUnsure || rest.normalize('NFC') === rest) {
      // Same length: only space-like characters change.
      const text = spaceLike ? rest.replace(SPACE_LIKE, ' ') : rest;
      return { text, toRaw: (i) => i + skip };
    }
  }
  return slowPath(raw, skip);
}

function slowPath(raw: string, skip: number): NormalizedText {
  const n = raw.length;
  const parts: string[] = [];
  const map: number[] = [];
  let i = skip;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 13) {
      parts.push('\n');
      map.push(i);
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (DROPPED.has(c)) {
      i++;
      continue;
    }
    if (c < 0x80) {
      parts.push(raw[i] as string);
      map.push(i);
      i++;
      continue;
    }
    // A run of non-ASCII characters, normalised together with the ASCII base before it
    // (an ASCII letter may compose with a following combining mark). ASCII characters are
    // starters that never compose with what precedes them, so runs are independent.
    let j = i;
    while (j < n) {
      const d = raw.charCodeAt(j);
      if (d < 0x80 || DROPPED.has(d)) break;
      j++;
    }
    let a = i;
    const prev = map.length > 0 ? (map[map.length - 1] as number) : -1;
    if (prev === i - 1 && raw.charCodeAt(i - 1) > 32 && raw.charCodeAt(i - 1) < 0x80) {
      parts.pop();
      map.pop();
      a = i - 1;
    }
    const chunk = raw.slice(a, j);
    for (const [at, rawLength, nfc] of composedClusters(chunk)) {
      for (let k = 0; k < nfc.length; k++) {
        const d = nfc.charCodeAt(k);
        parts.push(isSpaceLike(d) ? ' ' : (nfc[k] as string));
        // Same length: one-to-one. Otherwise (e + ◌́ → é) positions inside the cluster map to
        // its start, so the position after it maps to the next cluster's start: a span never
        // ends between a letter and its accent.
        map.push(a + at + (nfc.length === rawLength ? k : 0));
      }
    }
    i = j;
  }
  map.push(n);
  const text = parts.join('');
  return {
    text,
    toRaw: (k) => (k <= 0 ? (map[0] ?? n) : k >= map.length ? n : (map[k] as number)),
  };
}

/**
 * A chunk's NFC form cut into clusters (a character and the marks that follow it), each as
 * [offset in the chunk, length in the chunk, NFC text], so that offsets can be mapped cluster by
 * cluster. The whole chunk as one cluster when it is already in NFC, or when NFC still joins
 * across a cut (rare), which keeps the map correct at the chunk's ends at least.
 */
function composedClusters(chunk: string): [number, number, string][] {
  const nfc = chunk.normalize('NFC');
  if (nfc.length === chunk.length && nfc === chunk) return [[0, chunk.length, nfc]];
  const clusters: [number, number, string][] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) {
      const text = chunk.slice(start, end);
      clusters.push([start, end - start, text.normalize('NFC')]);
    }
    start = end;
  };
  for (let k = 0; k < chunk.length; ) {
    const point = chunk.codePointAt(k) as number;
    const size = point > 0xffff ? 2 : 1;
    if (k > 0 && !joinsPrevious(point)) cut(k);
    k += size;
  }
  cut(chunk.length);
  return clusters.map((c) => c[2]).join('') === nfc ? clusters : [[0, chunk.length, nfc]];
}

/** Marks, and the vowel and final jamo that compose with the Hangul letters before them. */
function joinsPrevious(point: number): boolean {
  return (
    (point >= 0x1160 && point <= 0x11ff) ||
    (point >= 0xd7b0 && point <= 0xd7ff) ||
    MARK_RE.test(String.fromCodePoint(point))
  );
}
