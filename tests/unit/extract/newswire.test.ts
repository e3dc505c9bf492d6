/**
 * Hand-annotated newswire-style fixtures (tests/fixtures/extract/expected.json): AP and Reuters
 * conventions, British single quotes, German „…“ and »…«, French « … », colon introductions,
 * sign-off dashes, multi-paragraph quotes, Q:/A: interviews and an op-ed full of scare quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';
import { canon, FIXTURE_DIR, findClaim, overlapping } from './helpers';

interface Expected {
  text: string;
  speaker: string | null | Array<string | null>;
  roleIncludes?: string;
  kind?: string;
}
interface FixtureSpec {
  metadata: Record<string, string | null | string[]>;
  claims: Expected[];
  indirect: Expected[];
  notClaims: string[];
  optional: Expected[];
  bodyExcludes: string[];
}

const spec = JSON.parse(readFileSync(join(FIXTURE_DIR, 'expected.json'), 'utf8')) as { files: Record<string, FixtureSpec> };

describe('newswire fixtures', () => {
  for (const [file, e] of Object.entries(spec.files)) {
    describe(file, () => {
      const raw = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const a = analyzeArticle(raw);

      it('detects the stated metadata', () => {
        for (const [key, want] of Object.entries(e.metadata)) {
          const got = a.metadata[key as keyof typeof a.metadata].value;
          if (Array.isArray(want)) expect(want, key).toContain(got);
          else expect(got, key).toBe(want);
        }
      });

      for (const c of e.claims) {
        it(`finds “${c.text.slice(0, 40)}” by ${String(c.speaker)}`, () => {
          const hit = findClaim(a.claims, c.text);
          expect(hit, 'not found').toBeDefined();
          const accepted = Array.isArray(c.speaker) ? c.speaker : [c.speaker];
          expect(accepted).toContain(hit?.speaker ?? null);
          if (c.roleIncludes) expect(hit?.speakerRole ?? '').toContain(c.roleIncludes);
          if (c.kind) expect(hit?.kind).toBe(c.kind);
          expect(raw.slice(hit?.start ?? 0, hit?.end ?? 0)).toBe(hit?.text);
        });
      }

      it('proposes nothing else as a quote (precision) and no scare quote', () => {
        const allowed = [...e.claims, ...e.optional].map((c) => canon(c.text));
        expect(a.claims.filter((c) => c.kind !== 'indirect' && !allowed.includes(canon(c.text))).map((c) => c.text)).toEqual([]);
        for (const t of e.notClaims) expect(a.claims.filter((c) => canon(c.text) === canon(t))).toEqual([]);
      });

      if (e.indirect.length > 0) {
        it('finds the reported speech', () => {
          for (const c of e.indirect) {
            const hit = overlapping(raw, a.claims, c.text).find((x) => x.kind === 'indirect');
            expect(hit?.speaker, c.text).toBe(c.speaker);
          }
        });
      }

      it('leaves page furniture out of the body', () => {
        for (const t of e.bodyExcludes) expect(a.body).not.toContain(t);
      });
    });
  }
});
