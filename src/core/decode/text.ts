import { analyse } from 'chardet';
import { controlByteShare, guessUtf16, knownBinaryType } from './sniff';

/** Bytes read as text, with how they were read and anything the user should know. */
export type DecodeResult =
  | {
      ok: true;
      text: string;
      /** WHATWG label of the encoding used (utf-8, utf-16le, windows-1251, …). */
      encoding: string;
      /** Things worth telling the user, e.g. "3 invalid UTF-8 sequences were replaced". */
      notes: string[];
    }
  | { ok: false; problem: string };

export interface DecodeOptions {
  /** Larger inputs are refused before any decoding, with their size in the message. */
  maxBytes?: number;
  /** What the bytes should be, for messages: "article", "CSV file", "backup". */
  noun?: string;
}

/** "1.5 MB", "730 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1000) return `${Math.round(n / 1000)} KB`;
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** Encodings chardet names that TextDecoder can read, by their WHATWG label. */
const decodable: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'windows-1257': 'windows-1257',
  'KOI8-R': 'koi8-r',
  Big5: 'big5',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Shift_JIS: 'shift_jis',
  'ISO-2022-JP': 'iso-2022-jp',
};

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8: a file with many
 * good sequences and a few bad ones is UTF-8 with damage, one with no good ones is a legacy
 * 8-bit encoding.
 */
function utf8Shape(bytes: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      bad++;
      i++;
      continue;
    }
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return { good, bad };
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/**
 * Reads bytes as text: byte-order marks first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then the
 * encoding chardet finds (Windows-1251, KOI8-R, Latin-1, …). Images, archives, other binary data
 * and empty files are refused with a sentence that says what they are.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const noun = options.noun ?? 'file';
  if (bytes.length === 0) return { ok: false, problem: 'The file is empty (0 bytes).' };
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    return {
      ok: false,
      problem: `The file is too large (${formatBytes(bytes.length)}); ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} can be at most ${formatBytes(options.maxBytes)}.`,
    };
  }
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return {
      ok: false,
      problem: 'The file is UTF-32 text, which Claimdesk cannot read; save it as UTF-8.',
    };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return {
      ok: true,
      text: decodeWith('utf-16le', bytes.subarray(2)),
      encoding: 'utf-16le',
      notes: [],
    };
  if (b0 === 0xfe && b1 === 0xff)
    return {
      ok: true,
      text: decodeWith('utf-16be', bytes.subarray(2)),
      encoding: 'utf-16be',
      notes: [],
    };

  const binary = knownBinaryType(bytes);
  if (binary) return { ok: false, problem: `This is ${binary}, not a text ${noun}.` };

  const hasUtf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  const sample = body.subarray(0, 65536);
  if (!hasUtf8Bom) {
    const utf16 = guessUtf16(sample);
    if (utf16) {
      return {
        ok: true,
        text: decodeWith(utf16, body),
        encoding: utf16,
        notes: [`Read as ${utf16.toUpperCase()} text without a byte-order mark.`],
      };
    }
  }
  if (controlByteShare(sample) > 0.01) {
    return {
      ok: false,
      problem: `The file holds binary data (control bytes), not a text ${noun}.`,
    };
  }

  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
      notes: [],
    };
  } catch {
    // Not clean UTF-8: damaged UTF-8, or a legacy encoding.
  }
  const shape = utf8Shape(body);
  if (hasUtf8Bom || (shape.good > 0 && shape.bad <= Math.max(3, shape.good * 0.02))) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(body),
      encoding: 'utf-8',
      notes: [
        `${shape.bad} invalid UTF-8 byte sequence${shape.bad === 1 ? ' was' : 's were'} replaced with “�”.`,
      ],
    };
  }
  const candidates = analyse(sample);
  const found = candidates.find((c) => decodable[c.name] && c.confidence >= 10);
  if (!found) {
    return {
      ok: false,
      problem: `The file is not valid UTF-8 and its encoding could not be recognised; save it as UTF-8 and import it again.`,
    };
  }
  const label = decodable[found.name]!;
  return {
    ok: true,
    text: decodeWith(label, body),
    encoding: label,
    notes: [
      `The file is not UTF-8; it was read as ${label}${found.lang ? ` (${found.lang})` : ''}.`,
    ],
  };
}

/** The line endings a text uses, for reports: "LF", "CRLF", "CR" or "mixed". */
export function lineEndings(text: string): 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'CRLF' : cr ? 'CR' : 'LF';
}
