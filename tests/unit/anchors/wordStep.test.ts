import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepBoundary, trimSpan } from '../../../src/core/anchors';

const text = 'He said “prices will fall next year,” and left.';
const span = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};
const show = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('stepBoundary', () => {
  it('widens and narrows the end by one word, keeping trailing punctuation', () => {
    expect(show(stepBoundary(text, span('prices will fall'), 'end', 'widen'))).toBe(
      'prices will fall next',
    );
    expect(show(stepBoundary(text, span('prices will fall next'), 'end', 'widen'))).toBe(
      'prices will fall next year,',
    );
    expect(show(stepBoundary(text, span('prices will fall next year,'), 'end', 'narrow'))).toBe(
      'prices will fall next',
    );
  });

  it('widens and narrows the start by one word', () => {
    expect(show(stepBoundary(text, span('will fall'), 'start', 'widen'))).toBe('prices will fall');
    expect(show(stepBoundary(text, span('prices will fall'), 'start', 'narrow'))).toBe('will fall');
  });

  it('never narrows a single word away, nor widens past the text', () => {
    expect(show(stepBoundary(text, span('prices'), 'end', 'narrow'))).toBe('prices');
    expect(show(stepBoundary(text, span('prices'), 'start', 'narrow'))).toBe('prices');
    expect(stepBoundary(text, { start: 0, end: 2 }, 'start', 'widen')).toEqual({
      start: 0,
      end: 2,
    });
    expect(stepBoundary(text, { start: 40, end: text.length }, 'end', 'widen').end).toBe(
      text.length,
    );
  });

  it('keeps any span inside the text and non-empty', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('start', 'end'),
        fc.constantFrom('widen', 'narrow'),
        (t, a, b, edge, step) => {
          if (t.length === 0) return;
          const start = a % t.length;
          const end = start + 1 + (b % (t.length - start));
          const next = stepBoundary(t, { start, end }, edge as 'start', step as 'widen');
          expect(next.start).toBeGreaterThanOrEqual(0);
          expect(next.end).toBeLessThanOrEqual(t.length);
          expect(next.end).toBeGreaterThan(next.start);
          if (step === 'widen') expect(next.end - next.start).toBeGreaterThanOrEqual(end - start);
          else expect(next.end - next.start).toBeLessThanOrEqual(end - start);
        },
      ),
    );
  });
});

describe('trimSpan', () => {
  it('drops whitespace at both ends', () => {
    expect(trimSpan('  a b  ', { start: 0, end: 7 })).toEqual({ start: 2, end: 5 });
  });
});
