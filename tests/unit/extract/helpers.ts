import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { ArticleAnalysis, ExtractedClaim } from '../../../src/core/extract/index';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SEED_DIR = join(ROOT, 'seeds');
export const FIXTURE_DIR = join(ROOT, 'tests/fixtures/extract');

export interface GoldQuote {
  text: string;
  speaker: string;
  roleIncludes?: string;
  organisation?: boolean;
  cue?: string;
}

export interface GoldSeed {
  direct: GoldQuote[];
  interview?: GoldQuote[];
  indirect?: GoldQuote[];
  questions?: string[];
  captions?: string[];
  notClaims: string[];
  optional: GoldQuote[];
}

export interface Gold {
  version: 1;
  seeds: Record<string, GoldSeed>;
}

export function loadGold(): Gold {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.gold.json'), 'utf8')) as Gold;
}

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readSeed(file: string): string {
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

/** Whitespace collapsed, trailing separators dropped: how claim texts are compared. */
export function canon(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[\s,;:]+$/, '');
}

/** The claim whose text is the gold text (after canonicalisation), if any. */
export function findClaim(claims: ExtractedClaim[], text: string): ExtractedClaim | undefined {
  const want = canon(text);
  return claims.find((c) => canon(c.text) === want);
}

/** Claims that overlap the first occurrence of `text` in `raw`. */
export function overlapping(raw: string, claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  const at = raw.indexOf(text);
  if (at < 0) throw new Error(`not in text: ${text}`);
  return claims.filter((c) => c.start < at + text.length && c.end > at);
}

/** What normalisation may change between the raw claim and the claim as shown in the body. */
function shown(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC').replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[\u200b\u00ad\ufeff]/g, '').replace(/\n+/g, '\n');
}

/** Asserts the offset contract for every claim of an analysis. */
export function checkContract(raw: string, a: ArticleAnalysis, opts: { html?: boolean } = {}): void {
  for (const c of a.claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(raw.length);
    expect(raw.slice(c.start, c.end)).toBe(c.text);
    expect(c.bodyEnd).toBeGreaterThan(c.bodyStart);
    expect(c.bodyEnd).toBeLessThanOrEqual(a.body.length);
    // In HTML the body shows decoded entities, so only the raw side is exact there.
    if (!opts.html) expect(shown(a.body.slice(c.bodyStart, c.bodyEnd))).toBe(shown(c.text));
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  }
}

