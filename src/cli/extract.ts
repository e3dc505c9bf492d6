/**
 * `npm run --silent extract -- <file-or-directory>...`
 *
 * Prints one JSON array to stdout, one element per input text file, in order:
 * {"file", "source": {...}, "claims": [...]} or {"file", "error"}. Offsets index the file's
 * UTF-8-decoded text with a leading BOM removed (TextDecoder's default). Directories are read
 * recursively for .txt, .md and .html files, sorted by name. Exit code 1 only when no input
 * could be read. Files are read one at a time (no descriptor exhaustion) and results are
 * streamed (memory does not grow with the number of files).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeArticle } from '../core/extract/index';

const TEXT_EXT = /\.(?:txt|md|html)$/i;

async function* inputs(paths: string[]): AsyncGenerator<string> {
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      yield p; // reported as unreadable below
      continue;
    }
    if (isDir) yield* walk(p);
    else yield p;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && TEXT_EXT.test(e.name)) yield full;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

function element(file: string, text: string): unknown {
  const a = analyzeArticle(text, { fileName: file });
  const m = a.metadata;
  return {
    file,
    source: {
      title: m.title.value,
      outlet: m.outlet.value,
      author: m.author.value,
      publishedAt: m.publishedAt.value,
      kind: m.kind.value,
    },
    claims: a.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      speaker: c.speaker,
      speakerRole: c.speakerRole,
      kind: c.kind,
      confidence: c.confidence,
    })),
  };
}

function write(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write('usage: extract <file-or-directory>...\n');
    return 2;
  }
  let readOk = 0;
  let count = 0;
  await write('[');
  // Read the next file while the current one is analysed.
  let pending: { file: string; text: Promise<string> } | null = null;
  const iter = inputs(argv);
  const next = async (): Promise<{ file: string; text: Promise<string> } | null> => {
    const r = await iter.next();
    if (r.done) return null;
    const text = readText(r.value);
    text.catch(() => undefined);
    return { file: r.value, text };
  };
  pending = await next();
  while (pending) {
    const cur = pending;
    pending = await next();
    let out: unknown;
    try {
      const text = await cur.text;
      readOk++;
      try {
        out = element(cur.file, text);
      } catch (err) {
        out = { file: cur.file, error: `extraction failed: ${(err as Error).message}` };
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      out = { file: cur.file, error: e.code ? `cannot read: ${e.code}` : e.message };
    }
    await write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(out)}`);
    count++;
  }
  await write(count === 0 ? ']\n' : '\n]\n');
  return readOk > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
