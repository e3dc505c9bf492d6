import type { Review } from '@shared/model';
import type { ClaimQueryRow } from '@core/query';
import { Numbering } from '@core/query/numbering';
import { reviewStates } from '@core/query/query';
import type { SourceMeta } from '../../../lib/search';

/**
 * A compact copy of the claims table's rows, so the table opens without reading every claim
 * record: 100,000 claims are one ~20 MB file, read and decoded in a few tenths of a second,
 * where reading the records takes many seconds. It is only a head start: after showing it, the
 * table reads the store in the background and corrects whatever differs (a crash can leave the
 * copy behind), and the store stays the only truth. Deleting the copy loses nothing. Where it is
 * kept: snapshot.ts.
 *
 * Format (binary, little-endian): u32 header length, the header as UTF-8 JSON (lists of the
 * distinct sources, speakers, outlets, statuses and tags, and where each block lies), then the
 * blocks, 4-byte aligned: all ids end to end (UTF-8) with their offsets, all texts end to end
 * (UTF-8) with their byte offsets, and per-row integer columns pointing into the header's lists.
 *
 * Texts are decoded one by one (format 3; format 2 decoded them as one string): a single
 * non-ASCII character (a curly apostrophe) makes a whole decoded string two bytes per character,
 * so one string of 100,000 texts cost ~0.3 s to decode, where text by text most stay one byte per
 * character and all of them take ~0.05 s.
 */

export const snapshotFormat = 3;

interface Block {
  name: string;
  kind: 'utf8' | 'u32' | 'i32' | 'u16' | 'u8';
  offset: number;
  length: number;
}

interface Header {
  format: number;
  savedAt: string;
  count: number;
  sources: SourceMeta[];
  speakers: [string, string | null][];
  outlets: [string, string | null][];
  statuses: string[];
  tags: string[];
  blocks: Block[];
}

export interface DecodedSnapshot {
  savedAt: string;
  rows: ClaimQueryRow[];
  sources: SourceMeta[];
  /**
   * All claim texts end to end as UTF-8, text i in bytes textOffsets[i]…textOffsets[i + 1]: the
   * search index takes them like this (a copy; the snapshot's buffer is not kept).
   */
  textBytes: Uint8Array;
  textOffsets: Uint32Array;
}

export function encodeSnapshot(
  rows: readonly ClaimQueryRow[],
  sources: ReadonlyMap<string, SourceMeta>,
): ArrayBuffer {
  const n = rows.length;
  const idOffsets = new Uint32Array(n + 1);
  const textOffsets = new Uint32Array(n + 1);
  const source = new Uint32Array(n);
  const speaker = new Int32Array(n);
  const outlet = new Int32Array(n);
  const status = new Uint16Array(n);
  const review = new Uint8Array(n);
  const tagOffsets = new Uint32Array(n + 1);
  const start = new Uint32Array(n);
  const tagList: number[] = [];
  const ids: string[] = [];
  const utf8 = new TextEncoder();
  let textBytes = new Uint8Array(1024);
  const sourceIds = new Numbering();
  const speakerIds = new Numbering();
  const outletIds = new Numbering();
  const speakerNames: (string | null)[] = [];
  const outletNames: (string | null)[] = [];
  const statuses = new Numbering();
  const tags = new Numbering();
  let idLength = 0;
  let textLength = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    ids.push(row.id);
    idLength += row.id.length;
    idOffsets[i + 1] = idLength;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const room = textLength + row.text.length * 3;
    if (room > textBytes.length) {
      const grown = new Uint8Array(Math.max(room, textBytes.length * 2));
      grown.set(textBytes.subarray(0, textLength));
      textBytes = grown;
    }
    textLength += utf8.encodeInto(row.text, textBytes.subarray(textLength)).written;
    textOffsets[i + 1] = textLength;
    source[i] = sourceIds.of(row.sourceId);
    if (row.speakerId === null) speaker[i] = -1;
    else speakerNames[(speaker[i] = speakerIds.of(row.speakerId))] = row.speakerName;
    if (row.outletId === null) outlet[i] = -1;
    else outletNames[(outlet[i] = outletIds.of(row.outletId))] = row.outletName;
    status[i] = statuses.of(row.status);
    review[i] = Math.max(0, reviewStates.indexOf(row.review));
    for (const tag of row.tags) tagList.push(tags.of(tag));
    tagOffsets[i + 1] = tagList.length;
    start[i] = row.start;
  }
  const payload: [string, Block['kind'], Uint8Array | ArrayBufferView][] = [
    ['ids', 'utf8', utf8.encode(ids.join(''))],
    ['idOffsets', 'u32', idOffsets],
    ['texts', 'utf8', textBytes.subarray(0, textLength)],
    ['textOffsets', 'u32', textOffsets],
    ['source', 'u32', source],
    ['speaker', 'i32', speaker],
    ['outlet', 'i32', outlet],
    ['status', 'u16', status],
    ['review', 'u8', review],
    ['tagOffsets', 'u32', tagOffsets],
    ['tagList', 'u16', Uint16Array.from(tagList)],
    ['start', 'u32', start],
  ];
  const blocks: Block[] = [];
  let offset = 0;
  for (const [name, kind, data] of payload) {
    blocks.push({ name, kind, offset, length: data.byteLength });
    offset += Math.ceil(data.byteLength / 4) * 4;
  }
  const header: Header = {
    format: snapshotFormat,
    savedAt: new Date().toISOString(),
    count: n,
    sources: sourceIds.list.map(
      (id) => sources.get(id) ?? { id, title: '', publishedAt: null, outletId: null },
    ),
    speakers: speakerIds.list.map((id, i) => [id, speakerNames[i] ?? null]),
    outlets: outletIds.list.map((id, i) => [id, outletNames[i] ?? null]),
    statuses: statuses.list,
    tags: tags.list,
    blocks,
  };
  const headerBytes = utf8.encode(JSON.stringify(header));
  const headerSpace = Math.ceil((4 + headerBytes.byteLength) / 4) * 4;
  const buffer = new ArrayBuffer(headerSpace + offset);
  const bytes = new Uint8Array(buffer);
  new DataView(buffer).setUint32(0, headerBytes.byteLength, true);
  bytes.set(headerBytes, 4);
  payload.forEach(([, , data], i) => {
    const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    bytes.set(view, headerSpace + blocks[i]!.offset);
  });
  return buffer;
}

/** A snapshot's header and where its blocks start, or null when this version cannot read it. */
function readHeader(buffer: ArrayBuffer): { header: Header; base: number } | null {
  if (buffer.byteLength < 4) return null;
  const headerLength = new DataView(buffer).getUint32(0, true);
  if (4 + headerLength > buffer.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(
      new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)),
    ) as Header;
  } catch {
    return null;
  }
  if (header.format !== snapshotFormat) return null;
  return { header, base: Math.ceil((4 + headerLength) / 4) * 4 };
}

/**
 * Rows from a snapshot, or null when it is not one this version can read or it is damaged (the
 * table then reads the store).
 */
export function decodeSnapshot(buffer: ArrayBuffer): DecodedSnapshot | null {
  try {
    return decodeRows(buffer);
  } catch {
    // A block missing or beyond the end of the file (a write cut short).
    return null;
  }
}

function decodeRows(buffer: ArrayBuffer): DecodedSnapshot | null {
  const read = readHeader(buffer);
  if (!read) return null;
  const { header, base } = read;
  const block = (name: string) => header.blocks.find((b) => b.name === name)!;
  const view = <T>(
    name: string,
    make: (buffer: ArrayBuffer, offset: number, length: number) => T,
    size: number,
  ) => {
    const b = block(name);
    return make(buffer, base + b.offset, b.length / size);
  };
  const utf8 = new TextDecoder();
  const bytes = (name: string) => {
    const b = block(name);
    return new Uint8Array(buffer, base + b.offset, b.length);
  };
  // Ids (UUIDs, ASCII) as one string, cut into each row's by their offsets.
  const ids = utf8.decode(bytes('ids'));
  const textBytes = bytes('texts');
  const idOffsets = view('idOffsets', (b, o, l) => new Uint32Array(b, o, l), 4);
  const textOffsets = view('textOffsets', (b, o, l) => new Uint32Array(b, o, l), 4);
  const source = view('source', (b, o, l) => new Uint32Array(b, o, l), 4);
  const speaker = view('speaker', (b, o, l) => new Int32Array(b, o, l), 4);
  const outlet = view('outlet', (b, o, l) => new Int32Array(b, o, l), 4);
  const status = view('status', (b, o, l) => new Uint16Array(b, o, l), 2);
  const review = view('review', (b, o, l) => new Uint8Array(b, o, l), 1);
  const tagOffsets = view('tagOffsets', (b, o, l) => new Uint32Array(b, o, l), 4);
  const tagList = view('tagList', (b, o, l) => new Uint16Array(b, o, l), 2);
  const start = view('start', (b, o, l) => new Uint32Array(b, o, l), 4);
  const { sources, speakers, outlets, statuses, tags } = header;
  const tagSets = new Map<string, readonly string[]>();
  const oneTag: (readonly string[] | undefined)[] = [];
  const noTags: readonly string[] = Object.freeze([]);
  const rows: ClaimQueryRow[] = new Array(header.count);
  for (let i = 0; i < header.count; i++) {
    const src = sources[source[i]!]!;
    const sp = speaker[i]!;
    const ou = outlet[i]!;
    const t0 = tagOffsets[i]!;
    const t1 = tagOffsets[i + 1]!;
    // Claims with the same tags share one frozen array (one tag, the usual case, without a key).
    let rowTags: readonly string[] = noTags;
    if (t1 === t0 + 1) {
      const t = tagList[t0]!;
      rowTags = oneTag[t] ??= Object.freeze([tags[t]!]);
    } else if (t1 > t0) {
      const list = Array.from(tagList.subarray(t0, t1), (t) => tags[t]!);
      const key = list.join('\u0000');
      let shared = tagSets.get(key);
      if (!shared) tagSets.set(key, (shared = Object.freeze(list)));
      rowTags = shared;
    }
    rows[i] = {
      id: ids.substring(idOffsets[i]!, idOffsets[i + 1]!),
      text: utf8.decode(textBytes.subarray(textOffsets[i]!, textOffsets[i + 1]!)),
      sourceId: src.id,
      sourceTitle: src.title,
      date: src.publishedAt,
      speakerId: sp < 0 ? null : speakers[sp]![0],
      speakerName: sp < 0 ? null : speakers[sp]![1],
      outletId: ou < 0 ? null : outlets[ou]![0],
      outletName: ou < 0 ? null : outlets[ou]![1],
      status: statuses[status[i]!]!,
      tags: rowTags,
      review: (reviewStates[review[i]!] ?? 'suggested') as Review,
      start: start[i]!,
    };
  }
  return {
    savedAt: header.savedAt,
    rows,
    sources,
    textBytes: textBytes.slice(),
    textOffsets: textOffsets.slice(),
  };
}

/**
 * The first rows of the snapshot, in the table's default order, kept in a small file of their own
 * beside it: read in a few milliseconds at launch, they are on screen while the whole snapshot is
 * still being read and decoded (ClaimStore.preview).
 */
export interface SnapshotHead {
  savedAt: string;
  /** How many claims the whole snapshot holds. */
  total: number;
  rows: ClaimQueryRow[];
}

/** Enough rows to fill a tall window. */
export const snapshotHeadRows = 60;

export function encodeSnapshotHead(rows: readonly ClaimQueryRow[]): string {
  return JSON.stringify({
    format: snapshotFormat,
    savedAt: new Date().toISOString(),
    total: rows.length,
    rows: rows.slice(0, snapshotHeadRows),
  });
}

const isRow = (value: unknown): value is ClaimQueryRow => {
  const row = value as Partial<ClaimQueryRow> | null;
  return (
    typeof row === 'object' &&
    row !== null &&
    typeof row.id === 'string' &&
    typeof row.text === 'string' &&
    typeof row.sourceId === 'string' &&
    typeof row.status === 'string' &&
    Array.isArray(row.tags) &&
    reviewStates.includes(row.review as Review) &&
    typeof row.start === 'number'
  );
};

/** The head, or null when it is missing, damaged or of another format. */
export function decodeSnapshotHead(text: string | null): SnapshotHead | null {
  if (!text) return null;
  try {
    const head = JSON.parse(text) as Partial<SnapshotHead> & { format?: number };
    if (head.format !== snapshotFormat || typeof head.total !== 'number') return null;
    if (!Array.isArray(head.rows) || !head.rows.every(isRow)) return null;
    return { savedAt: String(head.savedAt), total: head.total, rows: head.rows };
  } catch {
    return null;
  }
}
