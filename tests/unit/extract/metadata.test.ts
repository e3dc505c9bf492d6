import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedManifestSchema } from '../../../src/shared/manifest';
import { analyzeArticle } from '../../../src/core/extract/index';
import { readSeed, ROOT } from './helpers';

const manifest = seedManifestSchema.parse(JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')));

describe('metadata of the seeds matches the curated manifest', () => {
  for (const seed of manifest.seeds) {
    describe(seed.file, () => {
      const m = analyzeArticle(readSeed(seed.file)).metadata;

      it('outlet', () => {
        expect(m.outlet.value).toBe(seed.outlet);
        expect(m.outlet.confidence).toBeGreaterThan(0.5);
      });
      it('author', () => expect(m.author.value).toBe(seed.author));
      it('date, only when stated', () => expect(m.publishedAt.value).toBe(seed.publishedAt));
      it('kind', () => expect(m.kind.value).toBe(seed.kind));
      it('title, when the text states one', () => {
        if (seed.titleStated) {
          expect(m.title.value).toBe(seed.title);
          expect(m.title.confidence).toBeGreaterThan(0.5);
        } else {
          // The curated title is not in the text: nothing should be invented.
          expect(m.title.value).toBeNull();
        }
      });
      it('confidences are in 0..1 and 0 exactly when nothing was found', () => {
        for (const d of Object.values(m)) {
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          if (d.value === null) expect(d.confidence).toBe(0);
        }
      });
    });
  }
});

describe('metadata rules', () => {
  it('never invents a date from an unstated year or ambiguous numbers', () => {
    expect(analyzeArticle('LONDON, March 3 - Prices fell sharply on Monday, traders said in the morning.').metadata.publishedAt.value).toBeNull();
    expect(analyzeArticle('03/04/2025\n\nPrices fell sharply on Monday, traders said in the morning session.').metadata.publishedAt.value).toBeNull();
  });
  it('reads common date forms in the header', () => {
    const body = '\n\nPrices fell sharply on Monday, traders said in the morning session today.';
    expect(analyzeArticle(`Title of the story here\n\n7 February 2025${body}`).metadata.publishedAt.value).toBe('2025-02-07');
    expect(analyzeArticle(`Title of the story here\n\nFeb. 7, 2025, 10:31 AM${body}`).metadata.publishedAt.value).toBe('2025-02-07');
    expect(analyzeArticle(`Title of the story here\n\nPublished 2025-02-07T10:00:00Z${body}`).metadata.publishedAt.value).toBe('2025-02-07');
    expect(analyzeArticle(`Title of the story here\n\nFebruary 30 2025${body}`).metadata.publishedAt.value).toBeNull();
  });
  it('takes an outlet from a wire dateline and a byline author', () => {
    const m = analyzeArticle('By JANE DOE\n\nPARIS (AFP) - The French government on Monday announced new measures to support farmers.').metadata;
    expect(m.outlet.value).toBe('AFP');
    expect(m.author.value).toBe('Jane Doe');
  });
});
