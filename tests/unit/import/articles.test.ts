import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimdeskDB } from '../../../src/renderer/src/db/db';
import {
  articlesPerTransaction,
  importArticles,
  markDuplicates,
  prepareInput,
  type ArticleInput,
  type PreparedInput,
} from '../../../src/renderer/src/db/import/articles';
import { commitArticles } from '../../../src/renderer/src/db/import/commit';
import type { HtmlReducer } from '../../../src/renderer/src/lib/html/types';
import { freshDb, snapshot } from '../backup/helpers';
import { concat, english, png, russian, singleByte, utf16, utf8 } from './inputs';

/** Stands in for Readability + DOMPurify (tested against a real DOM in tests/dom/data). */
const fakeReducer: HtmlReducer = (html) => ({
  text: html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim(),
  metadata: {
    title: 'From the page',
    author: null,
    outlet: 'Page Outlet',
    publishedAt: '2025-01-02',
  },
  usedReadability: true,
  removed: { scripts: 1, frames: 0, handlers: 0, scriptLinks: 0 },
});

let db: ClaimdeskDB;
beforeEach(() => {
  db = freshDb('articles');
});
afterEach(() => db.close());

const file = (name: string, bytes: Uint8Array): ArticleInput => ({ type: 'file', name, bytes });
const prepare = (input: ArticleInput) => prepareInput(input, fakeReducer);
const ready = (p: PreparedInput) => {
  if (p.state !== 'ready') throw new Error(`${p.name}: ${p.problem}`);
  return p;
};
const failed = (p: PreparedInput) => {
  if (p.state !== 'failed') throw new Error(`${p.name} was read`);
  return p.problem;
};

describe('reading articles', () => {
  it('reads text, Markdown, HTML and pasted text, with metadata and suggested claims', async () => {
    const txt = ready(await prepare(file('story.txt', utf8(english))));
    expect(txt.details).toMatchObject({
      title: 'Baku and Moscow trade words over flight crash',
      author: 'Anna Ivanova',
    });
    expect(txt.article.claims.length).toBeGreaterThanOrEqual(2);
    expect(txt.article.claims.some((c) => c.speakerName === 'Jeyhun Bayramov')).toBe(true);

    const md = ready(
      await prepare(file('story.md', utf8(`# ${english.replace('By Anna', '*By* **Anna')}`))),
    );
    expect(md.article.text).not.toMatch(/[#*]/);
    expect(md.details.title).toBe('Baku and Moscow trade words over flight crash');

    const html = ready(
      await prepare(
        file(
          'page.html',
          utf8(`<p>${english.split('\n\n').join('</p><p>')}</p><script>x()</script>`),
        ),
      ),
    );
    expect(html.details).toMatchObject({
      title: 'From the page',
      outlet: 'Page Outlet',
      publishedAt: '2025-01-02',
    });
    expect(html.notes.join(' ')).toMatch(/1 script removed without running/);
    expect(html.article.rawText).not.toContain('<');

    const paste = ready(await prepare({ type: 'paste', name: 'Pasted text 1', text: english }));
    expect(paste.article.origin).toEqual({ type: 'paste', name: null });
    expect(paste.article.contentHash).toBe(txt.article.contentHash);
  });

  it('treats CRLF, lone-CR and BOM copies of an article as the same article', async () => {
    const lf = ready(await prepare(file('a.txt', utf8(english))));
    const crlf = ready(await prepare(file('b.txt', utf8(english.replace(/\n/g, '\r\n')))));
    const cr = ready(await prepare(file('c.txt', utf8(english.replace(/\n/g, '\r')))));
    const bom = ready(await prepare(file('d.txt', concat([0xef, 0xbb, 0xbf], utf8(english)))));
    for (const copy of [crlf, cr, bom]) {
      expect(copy.article.text).toBe(lf.article.text);
      expect(copy.article.contentHash).toBe(lf.article.contentHash);
      expect(copy.article.claims.map((c) => c.text)).toEqual(lf.article.claims.map((c) => c.text));
    }
    const marked = await markDuplicates(db, [lf, crlf]);
    expect(marked[1]).toMatchObject({ sameAs: lf.key });
  });
});

describe('bad input: each file gets a correct import or a clear error, and the store is untouched', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['empty.txt', () => new Uint8Array(), /The file is empty \(0 bytes\)/],
    ['blank.txt', () => utf8(' \n\r\n\t '), /holds no text/],
    [
      'huge.txt',
      () => new Uint8Array(50 * 1024 * 1024).fill(0x61),
      /too large \(52\.4 MB\); an article can be at most 5\.0 MB/,
    ],
    ['photo.png', () => png, /This is a PNG image, not a text article/],
    ['photo-renamed.txt', () => png, /This is a PNG image/],
    ['report.pdf', () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    ['claims.csv', () => utf8('claim_id,status\n1,x'), /CSV file.*Re-import edited CSV/],
    ['backup.json', () => utf8('{"format":"claimdesk-backup"}'), /JSON file.*Restore/],
    ['binary.txt', () => new Uint8Array(2048).map((_, i) => (i * 7) % 32), /binary data/],
    [
      'nothing.md',
      () => utf8('![only an image](x.png)\n\n---\n'),
      /no text once its markup is removed/,
    ],
  ];

  it.each(cases)('%s', async (name, bytes, problem) => {
    const before = await snapshot(db);
    const result = await prepare(file(name, bytes()));
    expect(failed(result)).toMatch(problem);
    const outcomes = await importArticles(db, [{ input: result }]);
    expect(outcomes).toEqual([
      { key: result.key, name, status: 'failed', problem: expect.any(String) },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('UTF-16 LE and BE with a byte-order mark', async () => {
    for (const bytes of [utf16(english, 'le'), utf16(english, 'be')]) {
      const result = ready(await prepare(file('utf16.txt', bytes)));
      expect(result.article.rawText).toBe(english);
    }
  });

  it('Windows-1251 Cyrillic, read as Cyrillic and said so', async () => {
    const result = ready(await prepare(file('novosti.txt', singleByte(russian, 'windows-1251'))));
    expect(result.article.rawText).toBe(russian);
    expect(result.notes.join(' ')).toMatch(/windows-1251/);
    expect(result.article.claims.length).toBeGreaterThan(0);
  });

  it('invalid UTF-8: a few bad bytes in UTF-8 text are replaced and reported', async () => {
    const curly = english.replace(/"([^"]+)"/g, '“$1”');
    const bytes = concat(utf8(curly.slice(0, 200)), [0xff, 0xfe, 0xc3], utf8(curly.slice(200)));
    const result = ready(await prepare(file('damaged.txt', bytes)));
    expect(result.article.rawText).toContain('\ufffd');
    expect(result.article.rawText).toContain('“We expect a full and honest investigation,”');
    expect(result.notes[0]).toMatch(/3 invalid UTF-8 byte sequences were replaced/);
  });

  it('invalid UTF-8 without any UTF-8 in it is a legacy 8-bit file, read as one and said so', async () => {
    const latin = english.replace('Anna Ivanova', 'Zoë Müller');
    const result = ready(await prepare(file('latin1.txt', singleByte(latin, 'windows-1252'))));
    expect(result.article.rawText).toBe(latin);
    expect(result.notes[0]).toMatch(/not UTF-8; it was read as/);
  });

  it('one bad file never stops the others, even when storing one fails', async () => {
    const inputs = await Promise.all([
      prepare(file('good-1.txt', utf8(english))),
      prepare(file('photo.png', png)),
      prepare(file('good-2.txt', utf8(russian))),
      prepare(
        file('good-3.md', utf8('# Third\n\n"Quoted words here," said Ilham Aliyev on Tuesday.')),
      ),
    ]);
    // Storing good-2.txt fails, whichever transaction it is stored in.
    const failing = ready(inputs[2]!).article.contentHash;
    const realAdd = db.sources.add.bind(db.sources);
    vi.spyOn(db.sources, 'add').mockImplementation((row) => {
      if (row.contentHash === failing) throw new Error('disk full');
      return realAdd(row);
    });
    const outcomes = await importArticles(
      db,
      inputs.map((input) => ({ input })),
    );
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['good-1.txt', 'imported'],
      ['photo.png', 'failed'],
      ['good-2.txt', 'failed'],
      ['good-3.md', 'imported'],
    ]);
    expect(outcomes[2]).toMatchObject({ problem: expect.stringContaining('disk full') });
    // The failed article left nothing behind: no source, claims, speakers or outlet of its own.
    expect(await db.sources.count()).toBe(2);
    const claims = await db.claims.toArray();
    const sources = new Set((await db.sources.toArray()).map((s) => s.id));
    expect(claims.every((c) => sources.has(c.sourceId))).toBe(true);
    expect(await db.speakers.where('name').startsWith('Джейхун').count()).toBe(0);
  });

  it('imports with the details as corrected, and reports an article already in the store', async () => {
    const first = ready(await prepare(file('story.txt', utf8(english))));
    const [outcome] = await importArticles(db, [
      {
        input: first,
        details: {
          ...first.details,
          title: 'Corrected title',
          outlet: 'Report.az',
          publishedAt: '2025-02-03',
        },
      },
    ]);
    expect(outcome).toMatchObject({ status: 'imported', title: 'Corrected title' });
    const source = (await db.sources.toArray())[0]!;
    expect(source).toMatchObject({
      title: 'Corrected title',
      publishedAt: '2025-02-03',
      origin: { type: 'file', name: 'story.txt' },
    });
    expect((await db.outlets.get(source.outletId!))!.name).toBe('Report.az');
    expect(await db.claims.where('sourceId').equals(source.id).count()).toBeGreaterThan(0);

    const again = (
      await markDuplicates(db, [
        ready(await prepare({ type: 'paste', name: 'Pasted text 1', text: english })),
      ])
    )[0]!;
    expect(again).toMatchObject({ duplicateOf: { id: source.id, title: 'Corrected title' } });
    const [second] = await importArticles(db, [{ input: again }]);
    expect(second).toMatchObject({ status: 'duplicate', sourceId: source.id });
    expect(await db.sources.count()).toBe(1);
  });

  it('stores a large batch a group of articles per transaction, each source complete, speakers shared', async () => {
    // 60 distinct articles from the same story: the same speakers in every one.
    const inputs = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        prepare(file(`copy-${i}.txt`, utf8(`${english}\n\nCopy ${i} of the wire story.`))),
      ),
    );
    let commits = 0;
    const counted = () => (commits += 1);
    await db.open(); // opening a new database reports every table as changed
    Dexie.on('storagemutated', counted);
    const progress: number[] = [];
    const outcomes = await importArticles(
      db,
      inputs.map((input) => ({ input })),
      (p) => progress.push(p.done),
    );
    Dexie.on.storagemutated.unsubscribe(counted);

    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    // Three transactions of up to 25 articles, not 60: every commit wakes every live query.
    expect(commits).toBe(Math.ceil(60 / articlesPerTransaction));
    // Progress moves a group at a time and ends at the total.
    expect(progress).toEqual([0, 25, 50, 60]);
    // Each source holds exactly the claims its article gave; speakers were created once.
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status !== 'imported') continue;
      expect(await db.claims.where('sourceId').equals(outcome.sourceId).count()).toBe(
        ready(inputs[i]!).article.claims.length,
      );
    }
    const names = (await db.speakers.toArray()).map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a batch of one transaction: a repeated article is reported, speakers are shared and gain their role', async () => {
    const story = ready(await prepare(file('story.txt', utf8(english)))).article;
    const named = story.claims.find((c) => c.speakerName && c.speakerRole)!;
    expect(named.speakerRole).toBeTruthy();
    // The same person, named in other case and without a role, in an earlier article.
    const earlier = {
      ...story,
      contentHash: `${story.contentHash}-earlier`,
      claims: [{ ...named, speakerName: named.speakerName!.toUpperCase(), speakerRole: null }],
    };
    const results = await commitArticles(db, [earlier, story, story]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'duplicate']);
    expect(results[2]!.sourceId).toBe(results[1]!.sourceId);
    const speakers = await db.speakers.where('name').equalsIgnoreCase(named.speakerName!).toArray();
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.role).toBe(named.speakerRole);
    expect(await db.sources.count()).toBe(2);
    expect(await db.events.where('state').equals('log').count()).toBe(2);
  });

  it('reports every file in order across groups, also when storing one fails in a later group', async () => {
    const inputs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i === 3 || i === 27
          ? prepare(file(`photo-${i}.png`, png))
          : prepare(file(`copy-${i}.txt`, utf8(`${english}\n\nCopy ${i} of the wire story.`))),
      ),
    );
    const failing = ready(inputs[28]!).article.contentHash;
    const realAdd = db.sources.add.bind(db.sources);
    vi.spyOn(db.sources, 'add').mockImplementation((row) => {
      if (row.contentHash === failing) throw new Error('write refused');
      return realAdd(row);
    });
    const outcomes = await importArticles(
      db,
      inputs.map((input) => ({ input })),
    );
    expect(outcomes.map((o) => o.name)).toEqual(inputs.map((i) => i.name));
    expect(outcomes.map((o) => o.status)).toEqual(
      inputs.map((_, i) => (i === 3 || i === 27 || i === 28 ? 'failed' : 'imported')),
    );
    expect(outcomes[28]).toMatchObject({ problem: expect.stringContaining('write refused') });
    // The second group's other articles were stored on their own after it failed; none twice.
    expect(await db.sources.count()).toBe(27);
    expect(new Set((await db.sources.toArray()).map((s) => s.contentHash)).size).toBe(27);
  });
});
