import { describe, expect, it } from 'vitest';
import { decodeText, lineEndings, markdownToText } from '../../../src/core/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}
/** Encodes with a single-byte code page by inverting TextDecoder's table. */
function singleByte(s: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((c) => table.get(c) ?? 0x3f));
}

const russian =
  '«Отношения между Россией и Азербайджаном остаются стабильными», — заявил министр иностранных дел. Эксперты отметили рост товарооборота в первом полугодии.';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Çağdaş “quote”'))).toMatchObject({
      ok: true,
      text: 'Çağdaş “quote”',
      encoding: 'utf-8',
    });
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('Hello')))).toMatchObject({
      ok: true,
      text: 'Hello',
    });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(concat([0xff, 0xfe], utf16(russian, 'le')))).toMatchObject({
      ok: true,
      text: russian,
      encoding: 'utf-16le',
    });
    expect(decodeText(concat([0xfe, 0xff], utf16(russian, 'be')))).toMatchObject({
      ok: true,
      text: russian,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16 without a byte-order mark when the text is mostly Latin', () => {
    const text = 'The minister said "relations remain stable" on Monday.';
    expect(decodeText(utf16(text, 'le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('recognises Windows-1251 Cyrillic and says how it read it', () => {
    const result = decodeText(singleByte(russian, 'windows-1251'));
    expect(result).toMatchObject({ ok: true, text: russian, encoding: 'windows-1251' });
    if (result.ok) expect(result.notes[0]).toMatch(/not UTF-8.*windows-1251/);
  });

  it('reads damaged UTF-8 with replacement characters and says how many', () => {
    const bytes = concat(utf8('Good “words” here and '), [0xc3, 0x28], utf8(' more ü words'));
    const result = decodeText(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('\ufffd');
    expect(result.notes).toEqual(['1 invalid UTF-8 byte sequence was replaced with “�”.']);
  });

  it('refuses empty files, images and binary data with a sentence saying what they are', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      ok: false,
      problem: 'The file is empty (0 bytes).',
    });
    const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(100));
    expect(decodeText(png, { noun: 'article' })).toEqual({
      ok: false,
      problem: 'This is a PNG image, not a text article.',
    });
    expect(decodeText(utf8('%PDF-1.7 ...'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('PDF'),
    });
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(decodeText(random)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('binary'),
    });
  });

  it('refuses files over the size limit before decoding them', () => {
    const big = new Uint8Array(50_000_001);
    expect(decodeText(big, { maxBytes: 5_000_000, noun: 'article' })).toEqual({
      ok: false,
      problem: 'The file is too large (50.0 MB); an article can be at most 5.0 MB.',
    });
  });

  it('keeps CRLF and lone-CR line endings as they are and names them', () => {
    for (const [text, kind] of [
      ['a\r\nb\r\n', 'CRLF'],
      ['a\rb\r', 'CR'],
      ['a\nb', 'LF'],
      ['a\r\nb\nc', 'mixed'],
    ] as const) {
      const result = decodeText(utf8(text));
      expect(result).toMatchObject({ ok: true, text });
      expect(lineEndings(text)).toBe(kind);
    }
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const md = [
      '# Baku and Moscow **talk** again',
      '',
      '*By* [Anna Ivanova](https://example.com/anna)',
      '',
      '> "We are partners," said the **minister**. ![photo](x.png)',
      '',
      '- first point with `code`',
      '1. numbered snake_case_name',
      '',
      '```',
      '# not a heading inside a fence',
      '```',
      '[1]: https://example.com',
      '---',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Baku and Moscow talk again',
        '',
        'By Anna Ivanova',
        '',
        '"We are partners," said the minister. ',
        '',
        'first point with code',
        'numbered snake_case_name',
        '',
        '# not a heading inside a fence',
      ].join('\n'),
    );
  });
});
