/**
 * The offset contract: claim.text === raw.slice(start, end) (quote marks excluded), and
 * body.slice(bodyStart, bodyEnd) is the same words after normalisation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, normalizeText } from '../../../src/core/extract/index';
import { checkContract, FIXTURE_DIR, readSeed, seedFiles } from './helpers';

const QUOTE_MARKS = /["“”„‟«»‹›‘’‚']/;

const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt'));

describe('offset contract', () => {
  for (const file of seedFiles()) {
    it(`holds for seed ${file}`, () => {
      const raw = readSeed(file);
      checkContract(raw, analyzeArticle(raw));
    });
  }
  for (const file of fixtures) {
    it(`holds for fixture ${file}`, () => {
      const raw = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      checkContract(raw, analyzeArticle(raw));
    });
  }

  it('direct claims never start or end with a quote mark', () => {
    for (const file of seedFiles()) {
      for (const c of analyzeArticle(readSeed(file)).claims.filter((x) => x.kind === 'direct')) {
        expect(QUOTE_MARKS.test(c.text[0] ?? '')).toBe(false);
        expect(/[“”„«»"]$/.test(c.text)).toBe(false);
      }
    }
  });

  it('never ends a claim between a letter and its decomposed accent', () => {
    // Found by the property test: “e◌́” composes to “é”, and the claim's end fell between the two.
    for (const raw of [
      'called it a\u201ce\u0301\u2013 ',
      'He called it a \u201ccafe\u0301 crisis\u201d yesterday.',
      'Le ministre a d\u00e9clar\u00e9 : \u00ab Nous refuserons ce proce\u0301de\u0301 inacceptable \u00bb, a-t-il dit.',
      'She said: \u201cWe will build the Se\u0301\u0323 bridge next year.\u201d',
      // Hangul written as separate letters (jamo), which NFC joins into syllables.
      'He said: \u201c\u1100\u1161\u1102\u1161\u1103\u1161 is the word we will use from now on.\u201d',
    ]) {
      const analysis = analyzeArticle(raw);
      expect(analysis.claims.length, raw).toBeGreaterThan(0);
      checkContract(raw, analysis);
      for (const c of analysis.claims) expect(/^\p{M}/u.test(raw.slice(c.end)), raw).toBe(false);
    }
  });

  it('survives BOM, CRLF, NBSP and decomposed accents with offsets into the original', () => {
    const plain = readSeed('003_ff115c9a54fb5bb6.txt');
    const base = analyzeArticle(plain);
    const variant = `\ufeff${plain.replace(/\n/g, '\r\n').replace(/ü/g, 'u\u0308')}`;
    const a = analyzeArticle(variant);
    checkContract(variant, a);
    expect(a.body).toBe(base.body);
    expect(a.claims.map((c) => [c.speaker, c.kind, c.bodyStart, c.bodyEnd])).toEqual(base.claims.map((c) => [c.speaker, c.kind, c.bodyStart, c.bodyEnd]));
    // Raw offsets move with the inserted characters but always index the variant text.
    expect(a.claims.some((c) => c.text.includes('\r\n'))).toBe(true);
  });

  it('gives the same claims for a file and for its normalised content', () => {
    for (const file of seedFiles()) {
      const raw = readSeed(file);
      const a = analyzeArticle(raw);
      const b = analyzeArticle(normalizeText(raw));
      expect(b.claims.map((c) => c.bodyStart)).toEqual(a.claims.map((c) => c.bodyStart));
    }
  });

  it('keeps a multi-paragraph quote contiguous in the body', () => {
    const raw = readSeed('003_ff115c9a54fb5bb6.txt');
    const a = analyzeArticle(raw);
    const long = a.claims.find((c) => c.text.startsWith('It was on Russian territory'));
    expect(long).toBeDefined();
    expect(a.body.slice(long?.bodyStart, long?.bodyEnd)).toContain('\n\nAzerbaijan cannot accept such silence');
  });
});

describe('normalizeText (content hash identity)', () => {
  it('strips BOM, unifies line ends, composes, turns NBSP into spaces and trims', () => {
    expect(normalizeText('\ufeff  Cafe\u0301\u00a0au lait\r\nline\rend \n')).toBe('Café au lait\nline\nend');
  });
  it('is idempotent and equal for CRLF and LF versions of a seed', () => {
    const raw = readSeed('000_48d998494b7224c2.txt');
    expect(normalizeText(normalizeText(raw))).toBe(normalizeText(raw));
    expect(normalizeText(raw.replace(/\n/g, '\r\n'))).toBe(normalizeText(raw));
  });
});

describe('body cleaning', () => {
  const bodies = Object.fromEntries(seedFiles().map((f) => [f, analyzeArticle(readSeed(f)).body]));
  it('drops menus, social links, language switchers, share prompts, comment forms, counters and related lists', () => {
    const all = Object.values(bodies).join('\n');
    for (const junk of [/^twitter$/m, /^ru$/im, /^A\+$/m, /Views: \d+/, /Share it on social media/, /Leave a Reply/, /Your email address/, /You May Also Like/, /Telethon/, /Follow us on Instagram/, /^loading$/m, /Photo: TASS/, /Any use of materials/, /Сылка|Избранный/]) {
      expect(all).not.toMatch(junk);
    }
  });
  it('keeps the article text and sub-headings, separated by blank lines', () => {
    const b = bodies['004_91ccc6a7fbaa0cfe.txt'] ?? '';
    expect(b).toContain('\n\nClimate change\n\n');
    expect(b).toContain('\n\n"Azerbaijan is striding wide"\n\n');
    expect(b.startsWith('A cold snap has begun')).toBe(true);
    expect(b).not.toMatch(/\n{3,}/);
    expect(bodies['003_ff115c9a54fb5bb6.txt']?.startsWith('Amid the cooling of relations')).toBe(true);
    expect(bodies['003_ff115c9a54fb5bb6.txt']?.trimEnd().endsWith('the MP concluded.')).toBe(true);
  });
});
