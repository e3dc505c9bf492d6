/** Byte builders for the bad-input suite (big files are generated here, never committed). */
export const utf8 = (s: string) => new TextEncoder().encode(s);

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  if (!bom) return out;
  return concat(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], out);
}

/** Encodes with a single-byte code page by inverting TextDecoder's table. */
export function singleByte(s: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((c) => table.get(c) ?? 0x3f));
}

export const png = concat(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52],
  new Uint8Array(512).map((_, i) => (i * 31) % 256),
);

export const english = [
  'Baku and Moscow trade words over flight crash',
  '',
  'By Anna Ivanova',
  '',
  'The foreign ministry said on Monday that relations were "under strain" after the crash.',
  '',
  '"We expect a full and honest investigation," said Jeyhun Bayramov, the foreign minister. "Nothing less will do."',
  '',
  'Kremlin spokesman Dmitry Peskov told reporters that "all the facts will be established" and that Moscow had offered its help.',
].join('\n');

export const russian = [
  'Москва и Баку обменялись заявлениями',
  '',
  '«Мы ожидаем полного и честного расследования», — заявил министр иностранных дел Джейхун Байрамов.',
  '',
  'Пресс-секретарь Кремля Дмитрий Песков сказал журналистам, что «все факты будут установлены».',
].join('\n');
