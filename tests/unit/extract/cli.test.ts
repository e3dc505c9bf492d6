/** Spawns the extract CLI on a temporary directory with good, binary and invalid files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, ROOT } from './helpers';

interface Element {
  file: string;
  error?: string;
  source?: { title: string | null; outlet: string | null; author: string | null; publishedAt: string | null; kind: string | null };
  claims?: Array<{ text: string; start: number; end: number; speaker: string | null; speakerRole: string | null; kind: string; confidence: number }>;
}

/** What `npm run extract` runs: the plain-node launcher (bundle), or with `tsx` the TypeScript entry. */
function run(args: string[], env: Record<string, string> = {}, entry: 'launcher' | 'tsx' = 'launcher'): { code: number | null; out: Element[]; stderr: string } {
  const cli = entry === 'launcher' ? [join(ROOT, 'src/cli/extract.mjs')] : ['--import', 'tsx', join(ROOT, 'src/cli/extract.ts')];
  const r = spawnSync(process.execPath, [...cli, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  let out: Element[] = [];
  try {
    out = JSON.parse(r.stdout) as Element[];
  } catch {
    throw new Error(`stdout is not one JSON array: ${r.stdout.slice(0, 300)} ${r.stderr}`);
  }
  return { code: r.status, out, stderr: r.stderr };
}

describe('extract CLI', { timeout: 60_000 }, () => {
  let dir = '';
  const seed = readSeed('000_48d998494b7224c2.txt');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'));
    mkdirSync(join(dir, 'b-sub'));
    writeFileSync(join(dir, 'a-good.txt'), seed);
    writeFileSync(join(dir, 'b-sub', 'nested.md'), '\ufeff“We will not back down on this,” Smith said.');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('caf\xe9 “hello there,” he said', 'latin1'));
    writeFileSync(join(dir, 'e-ignored.pdf'), 'not a text file');
    writeFileSync(join(dir, 'f-page.html'), '<html><body><p>&ldquo;Prices will rise again next year,&rdquo; said Anna Berg, an economist.</p></body></html>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one array, one element per text file in sorted order, errors inline', () => {
    const { code, out } = run([dir]);
    expect(code).toBe(0);
    expect(out.map((e) => e.file.slice(dir.length + 1))).toEqual(['a-good.txt', 'b-sub/nested.md', 'c-binary.txt', 'd-latin1.txt', 'f-page.html']);
    expect(out[2]?.error).toMatch(/binary/);
    expect(out[3]?.error).toMatch(/UTF-8/);
    expect(out[0]?.source).toEqual({ title: 'Russia-Azerbaijan relations are not at best level now – Alexander Krylov', outlet: 'Alpha News', author: null, publishedAt: '2025-02-07', kind: 'news' });
  });

  it('gives offsets into the decoded text (BOM removed) with the exact claim fields', () => {
    const { out } = run([join(dir, 'a-good.txt'), join(dir, 'b-sub', 'nested.md'), join(dir, 'f-page.html')]);
    const good = out[0];
    expect(good?.claims?.length).toBeGreaterThanOrEqual(2);
    for (const c of good?.claims ?? []) {
      expect(Object.keys(c).sort()).toEqual(['confidence', 'end', 'kind', 'speaker', 'speakerRole', 'start', 'text']);
      expect(seed.slice(c.start, c.end)).toBe(c.text);
    }
    const nested = out[1]?.claims?.[0];
    expect(nested?.text).toBe('We will not back down on this');
    expect(nested?.start).toBe(1); // after “ in the BOM-less text
    expect(nested?.speaker).toBe('Smith');
    const html = out[2]?.claims?.[0];
    expect(html?.speaker).toBe('Anna Berg');
    expect(html?.text).toBe('Prices will rise again next year');
  });

  it('exits non-zero only when nothing could be read', () => {
    const bad = run([join(dir, 'c-binary.txt'), join(dir, 'missing.txt')]);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toHaveLength(2);
    expect(bad.out[1]?.error).toMatch(/ENOENT/);
    const mixed = run([join(dir, 'c-binary.txt'), join(dir, 'a-good.txt')]);
    expect(mixed.code).toBe(0);
  });

  it('gives the same output on worker threads as on one thread', () => {
    const fixtures = join(ROOT, 'tests/fixtures/extract');
    const seeds = join(ROOT, 'seeds');
    const threaded = run([seeds, fixtures], { EXTRACT_PARALLEL_FROM: '1', EXTRACT_WORKERS: '2' });
    const single = run([seeds, fixtures], { EXTRACT_WORKERS: '0' });
    expect(threaded.out.length).toBeGreaterThan(10);
    expect(threaded.out).toEqual(single.out);
  });

  it('gives the same output from the launcher, the tsx entry and the TypeScript sources', () => {
    const args = [join(ROOT, 'seeds'), dir];
    const launcher = run(args, { EXTRACT_WORKERS: '0' });
    expect(launcher.out.length).toBeGreaterThan(5);
    expect(run(args, { EXTRACT_WORKERS: '0' }, 'tsx').out).toEqual(launcher.out);
    expect(run(args, { EXTRACT_WORKERS: '0', EXTRACT_BUNDLE: '0' }).out).toEqual(launcher.out);
  });

  it('handles thousands of files in one call', () => {
    const many = mkdtempSync(join(tmpdir(), 'claimdesk-many-'));
    try {
      for (let i = 0; i < 3000; i++) writeFileSync(join(many, `f${String(i).padStart(4, '0')}.txt`), `“Number ${i} is the one we want,” Smith said.`);
      const { code, out } = run([many], { EXTRACT_WORKERS: '2' });
      expect(code).toBe(0);
      expect(out).toHaveLength(3000);
      expect(out[2999]?.claims?.[0]?.text).toBe('Number 2999 is the one we want');
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 120_000);
});
