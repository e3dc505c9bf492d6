/** Arbitrary text never makes the extractor throw, and every offset satisfies the contract. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, extractClaims, normalizeText, proposeSameSpeakers } from '../../../src/core/extract/index';
import { maskHtml } from '../../../src/core/extract/html';
import { checkContract } from './helpers';

const fragments = [
  '"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', "'", '‚', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\u00a0',
  '\ufeff', '\u200b', '\u0301', 'e\u0301', '\ud83d\ude00', '\ud800', '\udc00', '—', '–', '-', ':', ',', '.', '?', '…',
  'said', 'told', 'he said.', 'according to', 'Smith', 'John Smith', 'the expert', 'Q:', 'A:', '– ', 'Photo: AP',
  'share', 'Views: 12', 'We will win', 'It is time', 'called it a', 'By JANE DOE', '<p>', '</p>', '&ldquo;', '&amp;',
  'Krylov', 'noted', 'political scientist', ', a spokesman for X,', 'The Kommersant newspaper claims that',
];

const articleLike = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 }).map((a) => a.join(''));

// Generous timeouts: the machine running the suite may be busy with other work.
describe('property: arbitrary input', { timeout: 60_000 }, () => {
  it('never throws and keeps the offset contract', () => {
    fc.assert(
      fc.property(articleLike, (raw) => {
        checkContract(raw, analyzeArticle(raw));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the contract for fully random unicode and binary-ish strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        checkContract(raw, analyzeArticle(raw));
        expect(extractClaims(raw)).toEqual(analyzeArticle(raw).claims);
      }),
      { numRuns: 800 },
    );
  });

  it('reads HTML without losing offsets', () => {
    fc.assert(
      fc.property(articleLike, (raw) => {
        expect(maskHtml(raw).length).toBe(raw.length);
        checkContract(raw, analyzeArticle(raw, { fileName: 'x.html' }), { html: true });
      }),
      { numRuns: 500 },
    );
  });

  it('reads fully random strings as HTML without throwing or losing offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        expect(maskHtml(raw).length).toBe(raw.length);
        checkContract(raw, analyzeArticle(raw, { fileName: 'x.html' }), { html: true });
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeText is idempotent', () => {
    fc.assert(
      fc.property(articleLike, (raw) => {
        const once = normalizeText(raw);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('proposeSameSpeakers never throws and scores stay in 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 30 }), role: fc.option(fc.string({ maxLength: 20 })) }), { maxLength: 12 }), (speakers) => {
        for (const p of proposeSameSpeakers(speakers)) {
          expect(p.score).toBeGreaterThan(0);
          expect(p.score).toBeLessThanOrEqual(1);
          expect(p.a).not.toBe(p.b);
        }
      }),
    );
  });

  it('handles large adversarial inputs (dense quote marks, unclosed single quotes, one huge paragraph)', () => {
    const inputs = [
      '“a ‘b’ ” " \' « » „ “ '.repeat(10_000),
      'He said ‘yes and no. '.repeat(10_000),
      'John Smith met Jane Doe in Paris. "We agree," he said. '.repeat(3_000),
      `“${'word '.repeat(50_000)}`,
    ];
    for (const raw of inputs) checkContract(raw, analyzeArticle(raw));
  });
});
