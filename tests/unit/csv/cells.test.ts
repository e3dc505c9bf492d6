import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatLinks,
  formatOrigin,
  joinList,
  neutraliseFormula,
  parseLinks,
  parseOrigin,
  restoreFormula,
  splitList,
} from '../../../src/core/csv';

describe('formula neutralising', () => {
  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'prefixes %j with an apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary cells alone, including ones that start with an apostrophe', () => {
    for (const cell of ['hello', "'quoted", '', ' =not first', '1-2', "'"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });

  it('restore is the exact inverse, even for cells that already start with apostrophes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '\n') }),
        (cell) => {
          expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
        },
      ),
      { numRuns: 2000 },
    );
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreFormula("''=x")).toBe("'=x");
  });
});

describe('list cells', () => {
  it('round-trips tags, including ones with semicolons and backslashes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ unit: fc.constantFrom('a', 'b', ';', '\\', ' ', 'é', 'ж') })
            .map((s) => s.trim())
            .filter((s) => s.length > 0 && !s.endsWith('\\')),
        ),
        (tags) => {
          expect(splitList(joinList(tags))).toEqual(tags);
        },
      ),
    );
    expect(joinList(['a;b', 'c'])).toBe('a\\;b; c');
  });

  it('accepts hand-written lists with or without spaces', () => {
    expect(splitList('energy;aviation ;  ; trade')).toEqual(['energy', 'aviation', 'trade']);
    expect(splitList('')).toEqual([]);
  });

  it('writes linked claims as id:relation;…', () => {
    const links = [
      { id: 'a1', relation: 'corroborates' as const },
      { id: 'b2', relation: 'same-statement' as const },
    ];
    expect(formatLinks(links)).toBe('a1:corroborates;b2:same-statement');
    expect(parseLinks(formatLinks(links))).toEqual(links);
    expect(parseLinks('')).toEqual([]);
  });

  it('writes origins as type:name', () => {
    for (const origin of [
      { type: 'seed' as const, name: '000_x.txt' },
      { type: 'file' as const, name: 'a:b.html' },
      { type: 'paste' as const, name: null },
    ]) {
      expect(parseOrigin(formatOrigin(origin))).toEqual(origin);
    }
  });
});
