/**
 * The extractor held to the hand-written gold annotation of the five seeds
 * (tests/fixtures/gold/seeds.gold.json).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';
import { canon, findClaim, loadGold, overlapping, readSeed, seedFiles } from './helpers';

const gold = loadGold();

describe('gold annotation of the seeds', () => {
  it('covers every seed file', () => {
    expect(Object.keys(gold.seeds).sort()).toEqual(seedFiles());
  });

  for (const [file, g] of Object.entries(gold.seeds)) {
    describe(file, () => {
      const raw = readSeed(file);
      const analysis = analyzeArticle(raw);
      const claims = analysis.claims;

      for (const q of g.direct) {
        it(`finds the direct quote “${q.text.slice(0, 40)}…” by ${q.speaker}`, () => {
          const c = findClaim(claims, q.text);
          expect(c, 'quote not found').toBeDefined();
          expect(c?.kind).toBe('direct');
          expect(c?.speaker).toBe(q.speaker);
          if (q.roleIncludes) expect(c?.speakerRole ?? '').toContain(q.roleIncludes);
          // The claim is the gold span of the raw text.
          expect(raw.slice(c?.start ?? 0, c?.end ?? 0)).toBe(c?.text);
          expect(raw.indexOf(q.text)).toBe(c?.start);
        });
      }

      for (const q of g.interview ?? []) {
        it(`attributes the answer “${q.text.slice(0, 40)}…” to ${q.speaker}`, () => {
          const c = findClaim(claims, q.text);
          expect(c, 'answer not found').toBeDefined();
          expect(c?.kind).toBe('interview');
          expect(c?.speaker).toBe(q.speaker);
          if (q.roleIncludes) expect(c?.speakerRole ?? '').toContain(q.roleIncludes);
        });
      }

      it('proposes no scare quote, name, title, heading, question or caption', () => {
        for (const t of g.notClaims) {
          const hits = claims.filter((c) => canon(c.text) === canon(t) || (c.kind === 'direct' && raw.indexOf(t) >= c.start && raw.indexOf(t) + t.length <= c.end && canon(c.text).length <= canon(t).length + 2));
          expect(hits.map((c) => c.text), `scare quote proposed: ${t}`).toEqual([]);
        }
        for (const t of [...(g.questions ?? []), ...(g.captions ?? [])]) {
          expect(overlapping(raw, claims, t).map((c) => c.text), `claim on: ${t}`).toEqual([]);
        }
      });

      it('proposes no direct or interview claim outside the gold (precision)', () => {
        const allowed = [...g.direct, ...(g.interview ?? []), ...g.optional].map((q) => canon(q.text));
        const extra = claims.filter((c) => c.kind !== 'indirect' && !allowed.includes(canon(c.text)));
        expect(extra.map((c) => c.text)).toEqual([]);
      });

      if ((g.indirect ?? []).length > 0) {
        it('finds the reported speech with its speaker', () => {
          for (const q of g.indirect ?? []) {
            const hit = overlapping(raw, claims, q.text).find((c) => c.kind === 'indirect');
            expect(hit, `reported speech not found: ${q.text}`).toBeDefined();
            expect(hit?.speaker).toBe(q.speaker);
          }
        });
      }

      it('keeps questions and captions out of claims and captions out of the body', () => {
        for (const t of g.captions ?? []) expect(analysis.body).not.toContain(t);
        for (const t of g.questions ?? []) expect(analysis.body).toContain(t);
      });
    });
  }
});
