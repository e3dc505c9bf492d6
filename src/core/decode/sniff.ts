/**
 * Recognises files that are not text at all from their first bytes, so the user hears "this is a
 * PNG image" rather than seeing mojibake imported as an article.
 */

interface Signature {
  bytes: (number | null)[];
  offset?: number;
  what: string;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const signatures: Signature[] = [
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF8'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (Word and OpenDocument files are ZIPs)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [...ascii('SQLite format 3'), 0], what: 'an SQLite database' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office file' },
  { bytes: [0x7f, ...ascii('ELF')], what: 'a program' },
  { bytes: ascii('ftyp'), offset: 4, what: 'a video or audio file' },
  { bytes: ascii('ID3'), what: 'an MP3 file' },
  { bytes: [...ascii('{\\rtf')], what: 'an RTF document (save it as plain text or HTML)' },
];

/** What kind of non-text file the bytes start like, or null when they could be text. */
export function knownBinaryType(bytes: Uint8Array): string | null {
  for (const signature of signatures) {
    const offset = signature.offset ?? 0;
    if (bytes.length < offset + signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => b === null || bytes[offset + i] === b)) {
      return signature.what;
    }
  }
  return null;
}

export type Utf16Guess = 'utf-16le' | 'utf-16be' | null;

/**
 * Text in UTF-16 without a byte-order mark shows as every other byte being zero (for the Latin
 * and punctuation characters every article has plenty of).
 */
export function guessUtf16(sample: Uint8Array): Utf16Guess {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZero++;
    if (sample[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Share of bytes in the sample that no text file contains: NUL and C0 controls other than tab,
 * line feed, form feed, carriage return and escape.
 */
export function controlByteShare(sample: Uint8Array): number {
  const n = Math.min(sample.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) bad++;
  }
  return bad / n;
}
